package io.github.germannlp.internal.compound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.internal.WordTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compound parts in dictionary form, measured against jwordsplitter alone (its parts with a capital
 * first letter) on the same cases: news compounds with linking elements and inflected heads.
 */
class CompoundSplitterTest {
  private static final Map<String, List<String>> CASES =
      Map.ofEntries(
          Map.entry("Sanktionsdruck", List.of("Sanktion", "Druck")),
          Map.entry("Zwangsmaßnahmen", List.of("Zwang", "Maßnahme")),
          Map.entry("UN-Sicherheitsrats", List.of("UN", "Sicherheit", "Rat")),
          Map.entry("Sicherheitsrat", List.of("Sicherheit", "Rat")),
          Map.entry("Ministerpräsident", List.of("Minister", "Präsident")),
          Map.entry("Amtskollegen", List.of("Amt", "Kollege")),
          Map.entry("Staatssender", List.of("Staat", "Sender")),
          Map.entry("Getreidetransporte", List.of("Getreide", "Transport")),
          Map.entry("Bundesverfassungsgericht", List.of("Bund", "Verfassung", "Gericht")),
          Map.entry("Regierungssprecherin", List.of("Regierung", "Sprecherin")),
          Map.entry("Handelsbeziehungen", List.of("Handel", "Beziehung")),
          Map.entry("Haustür", List.of("Haus", "Tür")),
          Map.entry("Ukraine-Krieg", List.of("Ukraine", "Krieg")),
          Map.entry("Kinderarzt", List.of("Kind", "Arzt")),
          Map.entry("Arbeitsplätze", List.of("Arbeit", "Platz")));

  @Test
  void partsInDictionaryForm() {
    CompoundSplitter splitter = new CompoundSplitter();
    CASES.forEach((word, parts) -> assertEquals(parts, splitter.parts(word), word));
  }

  @Test
  void betterThanJwordsplitterAloneOnTheseCases() throws Exception {
    GermanWordSplitter plain = new GermanWordSplitter(true);
    CompoundSplitter ours = new CompoundSplitter();
    int plainRight = 0;
    int oursRight = 0;
    for (Map.Entry<String, List<String>> c : CASES.entrySet()) {
      List<String> p = new ArrayList<>();
      for (String piece : c.getKey().split("-")) {
        for (String part : plain.splitWord(piece)) {
          p.add(part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
      }
      plainRight += p.equals(c.getValue()) ? 1 : 0;
      oursRight += ours.parts(c.getKey()).equals(c.getValue()) ? 1 : 0;
    }
    assertEquals(CASES.size(), oursRight);
    assertTrue(plainRight < oursRight, "jwordsplitter alone: " + plainRight + "/" + CASES.size());
  }

  @Test
  void nonCompoundsAndOddInputHaveNoParts() {
    CompoundSplitter splitter = new CompoundSplitter();
    for (String w :
        new String[] {
          "Erklärung",
          "Entwicklungen",
          "",
          "a",
          "12345678",
          "-----",
          "https://example.de",
          "x".repeat(500)
        }) {
      assertEquals(List.of(), splitter.parts(w), w);
    }
    assertEquals(List.of(), splitter.parts(null));
  }

  @Test
  void wordTypeRecordsGiveTheSameParts() {
    CompoundSplitter splitter = new CompoundSplitter();
    CompoundSplitter withRecords = new CompoundSplitter();
    WordTypes types = new WordTypes();
    List<String> words = new ArrayList<>(CASES.keySet());
    words.addAll(List.of("Erklärung", "", "a", "x".repeat(500), "Ukraine-Krieg", "Sanktionsdruck"));
    for (int pass = 0; pass < 2; pass++) { // records filled, then read
      for (String w : words) {
        WordTypes.Type record = types.of(new String[] {w})[0];
        for (String upos : new String[] {"NOUN", "PROPN", "VERB"}) {
          assertEquals(splitter.parts(w, upos), withRecords.parts(w, upos, record), w + " " + upos);
        }
      }
    }
    assertEquals(0, withRecords.cachedWords(), "the records keep the parts");
    assertEquals(List.of("Sanktion", "Druck"), splitter.parts("Sanktionsdruck", "NOUN", null));
    assertEquals(List.of(), splitter.parts(null, "NOUN", types.of(new String[] {"x"})[0]));
  }

  @Test
  void documentNounsCarryTheirParts() {
    Document doc =
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS, Layer.COMPOUNDS))
            .build()
            .analyze("Die USA erhöhen den Sanktionsdruck.");
    assertTrue(doc.has(Layer.COMPOUNDS));
    assertEquals(List.of("Sanktion", "Druck"), doc.token(4).compoundParts());
    assertEquals(List.of(), doc.token(1).compoundParts());
  }

  @Test
  void theCacheDoesNotChangeParts() throws Exception {
    CompoundSplitter splitter = new CompoundSplitter();
    List<String> words = new ArrayList<>(CASES.keySet());
    words.addAll(
        List.of("Haus", "Arbeitsplätze-Abbau", "Xylofrabbelei", "--Bundesrat--", "1234567"));
    for (int pass = 0; pass < 2; pass++) {
      for (String w : words) {
        List<String> expected = w.length() >= 6 ? splitter.split(w) : List.of();
        assertEquals(expected, splitter.parts(w), w);
      }
    }
    // two threads filling one cache
    CompoundSplitter shared = new CompoundSplitter();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int k = 0; k < 50; k++) {
                    for (String w : words) {
                      List<String> expected = w.length() >= 6 ? splitter.split(w) : List.of();
                      if (!expected.equals(shared.parts(w))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (java.util.concurrent.Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** A distinct lower-case letter string for every i. */
  private static String letters(int i) {
    StringBuilder b = new StringBuilder();
    do {
      b.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return b.toString();
  }

  @Test
  void theCacheStaysWithinItsBound() {
    CompoundSplitter splitter = new CompoundSplitter();
    for (int i = 0; i < CompoundSplitter.CACHE_SIZE + 500; i++) {
      splitter.parts("Haus" + letters(i) + "tür");
      assertTrue(splitter.cachedWords() <= CompoundSplitter.CACHE_SIZE);
    }
    assertEquals(List.of("Haus", "Tür"), splitter.parts("Haustür"));
  }

  @Test
  void partsByTagAsThePipelineAsks() {
    CompoundSplitter splitter = new CompoundSplitter();
    assertEquals(List.of("Sanktion", "Druck"), splitter.parts("Sanktionsdruck", "NOUN"));
    assertEquals(List.of("UN", "Sicherheit", "Rat"), splitter.parts("UN-Sicherheitsrats", "PROPN"));
    assertEquals(List.of(), splitter.parts("Sicherheitsrat", "PROPN"));
    assertEquals(List.of(), splitter.parts("Sanktionsdruck", "VERB"));
  }
}
