package io.github.germannlp.internal.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.WordTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The caches of {@link GermanLexicon} (readings by form), {@link PosTagger} (word features and
 * lexicon masks by word type) and {@link Lemmatizer} (lemmas by word and tag) do not change
 * results: cached equals uncached, a second call equals the first, two threads filling the same
 * caches get the same results, and the caches stay within their bounds.
 */
class PosCacheTest {
  private static final String[][] SENTENCES = {
    {
      "Die",
      "Minister",
      "würden",
      "gegen",
      "die",
      "einseitigen",
      "Sanktionen",
      "Maßnahmen",
      "ergriffen",
      "haben",
      ",",
      "sagte",
      "sein",
      "Amtskollegen",
      "."
    },
    {
      "„",
      "Wir",
      "schaffen",
      "das",
      "“",
      ",",
      "sagte",
      "Merkel",
      "am",
      "31.",
      "August",
      "2015",
      "in",
      "Berlin",
      "."
    },
    {
      "Der",
      "UN-Sicherheitsrat",
      "hatte",
      "zum",
      "ersten",
      "Mal",
      "seit",
      "Jahren",
      "keine",
      "Gelegenheit",
      ",",
      "über",
      "die",
      "Lage",
      "im",
      "Nahen",
      "Osten",
      "zu",
      "beraten",
      "."
    },
    {"ÄRGER", "über", "E-Mails", "von", "x@y.de", "und", "https://example.org/a?b=1", "😀", "!"},
    {"Ja"},
    {"Sie", "hat", "Ihnen", "beim", "Umzug", "geholfen", "?"},
    {"", "Xylofrabbel", "-", "1.250", "Euro", "(", "netto", ")", ";", "SPD", "und", "CDU"},
  };

  private static String[] longSentence() {
    List<String> words = new ArrayList<>();
    while (words.size() < 450) {
      for (String[] s : SENTENCES) {
        words.addAll(List.of(s));
      }
    }
    return words.toArray(new String[0]);
  }

  @Test
  void cachedLexiconReadingsAreTheSame() {
    GermanLexicon lexicon = GermanLexicon.get();
    for (String form : new String[] {"hatte", "Hatte", "Sanktionen", "die", "Xylofrabbel", ""}) {
      List<GermanLexicon.Reading> first = lexicon.readings(form);
      int mask = 0;
      for (GermanLexicon.Reading r : first) {
        mask |= r.upos();
      }
      assertEquals(first, lexicon.readings(form));
      assertEquals(mask, lexicon.uposMask(form));
      assertEquals(mask, lexicon.uposMaskUncached(form), "the uncached probe agrees: " + form);
      GermanLexicon.Entry e = lexicon.entry(form);
      for (int i = 0; i < first.size(); i++) {
        assertEquals(first.get(i).upos(), e.masks()[i]);
      }
    }
    assertTrue(!lexicon.readings("hatte").isEmpty());
    List<GermanLexicon.Reading> hatte = lexicon.readings("hatte");
    for (int i = 0; i < GermanLexicon.CACHE_SIZE + 100; i++) {
      lexicon.readings("Qzx" + Integer.toString(i, 26));
      // the lexicon is shared: other threads may add one entry each past the bound
      assertTrue(lexicon.cachedForms() <= GermanLexicon.CACHE_SIZE + 8);
    }
    assertEquals(hatte, lexicon.readings("hatte"));
  }

  @Test
  void rebuiltContextsAreTheGenerators() {
    PosTagger tagger = new PosTagger();
    String[] tags = {"DET", "NOUN", "AUX", "ADP+DET", "ADJ", "PUNCT", "PROPN", "VERB"};
    for (String[] words : SENTENCES) {
      String[] prior = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        assertEquals(
            tagger.generatorContext(words, i, prior),
            tagger.rebuiltContext(words, i, prior),
            words[i]);
        prior[i] = tags[i % tags.length];
      }
    }
  }

  @Test
  void keptMasksAreTheLexiconsMasks() {
    PosTagger tagger = new PosTagger();
    // unknown capitalised compounds (common head, place head), unknown words, known ones in either
    // case, hyphenated heads, acronyms, days, pronouns, numbers, punctuation
    String[] words = {
      "Sanktionsdruck",
      "Wikingerdorf",
      "Xylofrabbel",
      "Haus",
      "haus",
      "Laufen",
      "laufen",
      "US-Präsident",
      "Ukraine-Krieg",
      "SPD",
      "Montag",
      "Sie",
      "Ihnen",
      "4.",
      "1.250",
      ",",
      "Abgeordnetenhausbeschluss",
      "Grünflächenamt",
      "Qwertzuiop",
      "Müller"
    };
    int compounds = 0;
    for (String w : words) {
      int[] kept = tagger.keptMasks(w);
      assertEquals(tagger.allowedMask(w, true), kept[0], w + " at a start");
      assertEquals(tagger.allowedMask(w, false), kept[1], w + " inside");
      compounds += kept[1] == GermanLexicon.NOUN ? 1 : 0;
    }
    assertTrue(compounds >= 2, compounds + " words with the noun mask alone");
  }

  @Test
  void cachedTagsAreTheUncachedOnes() {
    PosTagger tagger = new PosTagger();
    List<String[]> sentences = new ArrayList<>(List.of(SENTENCES));
    sentences.add(longSentence());
    for (String[] words : sentences) {
      String[] expected = tagger.tagUncached(words);
      assertArrayEquals(expected, tagger.tag(words));
      assertArrayEquals(expected, tagger.tag(words)); // from the cache
    }
  }

  @Test
  void wordTypeRecordsGiveTheUncachedTagsAndLemmas() {
    PosTagger tagger = new PosTagger();
    Lemmatizer lemmatizer = new Lemmatizer(); // with records only
    WordTypes types = new WordTypes(); // a pipeline's records, shared by its tagger and lemmatizer
    List<String[]> sentences = new ArrayList<>(List.of(SENTENCES));
    sentences.add(longSentence()); // tagged window by window
    for (int pass = 0; pass < 2; pass++) { // records filled, then read
      for (String[] words : sentences) {
        WordTypes.Type[] records = types.of(words);
        String[] tags = tagger.tag(words, records);
        assertArrayEquals(tagger.tagUncached(words), tags, String.join(" ", words));
        String[] lemmas = lemmatizer.lemmatize(words, tags, records);
        for (int i = 0; i < words.length; i++) {
          boolean initial = i == 0 || WordFlags.isPunctuation(words[i - 1]);
          assertEquals(lemmatizer.compute(words[i], tags[i], initial), lemmas[i], words[i]);
        }
      }
    }
    // the records keep what the caches would: the tagger cached only the truecased ÄRGER
    assertEquals(1, tagger.cachedWordTypes());
    assertEquals(0, lemmatizer.cachedWords());
    // "ÄRGER" is tagged as "Ärger" would be: its record is the word's as written, untouched
    String[] shouted = {"ÄRGER", "über", "die", "VERANSTALTER"};
    assertArrayEquals(tagger.tagUncached(shouted), tagger.tag(shouted, types.of(shouted)));
    assertThrows(
        IllegalArgumentException.class, () -> tagger.tag(shouted, types.of(new String[] {"x"})));
    assertThrows(
        IllegalArgumentException.class,
        () -> lemmatizer.lemmatize(shouted, shouted, types.of(new String[] {"x"})));
  }

  @Test
  void cachedLemmasAreTheUncachedOnes() {
    PosTagger tagger = new PosTagger();
    Lemmatizer lemmatizer = new Lemmatizer();
    for (int pass = 0; pass < 2; pass++) {
      for (String[] words : SENTENCES) {
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        for (int i = 0; i < words.length; i++) {
          boolean initial = i == 0 || WordFlags.isPunctuation(words[i - 1]);
          assertEquals(lemmatizer.compute(words[i], tags[i], initial), lemmas[i], words[i]);
          for (String upos : GermanLexicon.UPOS) {
            for (boolean b : new boolean[] {false, true}) {
              assertEquals(
                  lemmatizer.compute(words[i], upos, b), lemmatizer.lemma(words[i], upos, b));
            }
          }
        }
      }
    }
    assertEquals("zu+der", lemmatizer.lemma("zum", "ADP+DET"));
    assertEquals("", lemmatizer.lemma(null, "NOUN"));
  }

  @Test
  void twoThreadsFillingTheCachesGetTheSameResults() throws Exception {
    PosTagger reference = new PosTagger();
    Lemmatizer referenceLemmatizer = new Lemmatizer();
    List<String[]> sentences = new ArrayList<>(List.of(SENTENCES));
    sentences.add(longSentence());
    List<String[]> expectedTags = new ArrayList<>();
    List<String[]> expectedLemmas = new ArrayList<>();
    for (String[] words : sentences) {
      String[] tags = reference.tagUncached(words);
      expectedTags.add(tags);
      String[] lemmas = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lemmas[i] =
            referenceLemmatizer.compute(
                words[i], tags[i], i == 0 || WordFlags.isPunctuation(words[i - 1]));
      }
      expectedLemmas.add(lemmas);
    }
    PosTagger tagger = new PosTagger(); // empty caches, filled by both threads at once
    Lemmatizer lemmatizer = new Lemmatizer();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int shift = t;
        results.add(
            pool.submit(
                () -> {
                  for (int k = 0; k < 20; k++) {
                    for (int j = 0; j < sentences.size(); j++) {
                      int s = (j + shift * 3) % sentences.size();
                      String[] tags = tagger.tag(sentences.get(s));
                      String[] lemmas = lemmatizer.lemmatize(sentences.get(s), tags);
                      if (!java.util.Arrays.equals(tags, expectedTags.get(s))
                          || !java.util.Arrays.equals(lemmas, expectedLemmas.get(s))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theCachesStayWithinTheirBounds() {
    PosTagger tagger = new PosTagger();
    Lemmatizer lemmatizer = new Lemmatizer();
    String[] probe = SENTENCES[0];
    String[] expected = tagger.tagUncached(probe);
    int n = PosTagger.WORD_CACHE_SIZE + 1000;
    String[] words = new String[100];
    for (int w = 0; w < n; w += words.length) {
      for (int i = 0; i < words.length; i++) {
        words[i] = "Qzx" + Integer.toString(w + i, 26);
      }
      String[] tags = tagger.tag(words);
      lemmatizer.lemmatize(words, tags);
      assertTrue(tagger.cachedWordTypes() <= PosTagger.WORD_CACHE_SIZE);
      assertTrue(lemmatizer.cachedWords() <= Lemmatizer.CACHE_SIZE);
    }
    assertArrayEquals(expected, tagger.tag(probe));
    assertArrayEquals(expected, tagger.tag(probe));
  }
}
