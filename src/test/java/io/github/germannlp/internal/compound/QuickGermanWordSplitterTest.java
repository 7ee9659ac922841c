package io.github.germannlp.internal.compound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.danielnaber.jwordsplitter.AbstractWordSplitter;
import de.danielnaber.jwordsplitter.EmbeddedGermanDictionary;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quick-loading splitter against jWordSplitter's own {@code GermanWordSplitter(true)}. */
class QuickGermanWordSplitterTest {
  private static final String EXCEPTIONS = "/de/danielnaber/jwordsplitter/exceptionsGerman.txt";

  private static AbstractWordSplitter quick;
  private static AbstractWordSplitter upstream;

  @BeforeAll
  static void load() throws IOException {
    quick = QuickGermanWordSplitter.load();
    upstream = new GermanWordSplitter(true);
  }

  private static List<String> exceptionWords() throws IOException {
    List<String> words = new ArrayList<>();
    try (InputStream in = GermanWordSplitter.class.getResourceAsStream(EXCEPTIONS)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String word = line.replace("|", "").replace("/NS", "");
        words.add(word);
        if (line.endsWith("/NS")) {
          words.add(word + "n");
          words.add(word + "s");
        }
      }
    }
    return words;
  }

  @Test
  void theDictionaryIsJWordSplittersOwn() throws IOException {
    // the build packs it into the class folder (PackDictionary); without it the text is read
    assertNotNull(QuickGermanWordSplitter.class.getResource(QuickGermanWordSplitter.PACKED));
    Set<String> upstreamWords = EmbeddedGermanDictionary.getWords();
    assertEquals(upstreamWords, QuickGermanWordSplitter.words());
    assertEquals(upstreamWords, QuickGermanWordSplitter.textWords(Locale.getDefault()));
    for (String w : List.of("haus", "bahnhof", "Haus", "hausx", "")) {
      assertEquals(upstreamWords.contains(w), QuickGermanWordSplitter.words().contains(w), w);
    }
  }

  @Test
  void thePackedDictionaryReadsBackAsWritten() throws IOException {
    Set<String> words = QuickGermanWordSplitter.textWords(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuickGermanWordSplitter.writePacked(words, out);
    byte[] bytes = out.toByteArray();
    Set<String> read = QuickGermanWordSplitter.readPacked(new ByteArrayInputStream(bytes)).asSet();
    assertEquals(words, read);
    bytes[3] ^= 1; // not the magic any more
    IOException e =
        assertThrows(
            IOException.class,
            () -> QuickGermanWordSplitter.readPacked(new ByteArrayInputStream(bytes)));
    assertTrue(e.getMessage().contains(QuickGermanWordSplitter.PACKED), e.getMessage());
  }

  @Test
  void everyExceptionSplitsAsJWordSplitterSplitsIt() throws IOException {
    List<String> words = exceptionWords();
    assertTrue(words.size() > 1000, "exception words: " + words.size());
    int differentFromPlainSplitting = 0;
    for (String w : words) {
      assertEquals(upstream.splitWord(w), quick.splitWord(w), w);
      assertEquals(upstream.splitWord(w.toLowerCase()), quick.splitWord(w.toLowerCase()), w);
      if (quick.splitWord(w).size() > 1) {
        differentFromPlainSplitting++;
      }
    }
    // the exceptions are loaded at all: Buchungs|trick would otherwise split elsewhere or not
    assertEquals(List.of("Buchungs", "trick"), quick.splitWord("Buchungstrick"));
    assertTrue(
        differentFromPlainSplitting > 500, "split exceptions: " + differentFromPlainSplitting);
  }

  @Test
  void compoundsOfDictionaryWordsSplitAsJWordSplitterSplitsThem() throws IOException {
    List<String> dictionary = new ArrayList<>(QuickGermanWordSplitter.words());
    dictionary.sort(null);
    Random random = new Random(20261206);
    for (int i = 0; i < 3000; i++) {
      String a = dictionary.get(random.nextInt(dictionary.size()));
      String b = dictionary.get(random.nextInt(dictionary.size()));
      String word =
          Character.toUpperCase(a.charAt(0))
              + a.substring(1)
              + (random.nextBoolean() ? "s" : "")
              + b;
      if (word.length() <= CompoundCore.MAX_WORD_LENGTH) {
        assertEquals(upstream.splitWord(word), quick.splitWord(word), word);
      }
    }
  }

  @Test
  void aLaterExceptionFileReplacesTheExceptionsAsInJWordSplitter() throws IOException {
    AbstractWordSplitter q = QuickGermanWordSplitter.load();
    AbstractWordSplitter u = new GermanWordSplitter(true);
    q.addException("Sonderfallwort", List.of("Sonder", "fall", "wort"));
    u.addException("Sonderfallwort", List.of("Sonder", "fall", "wort"));
    q.setExceptionFile(EXCEPTIONS);
    u.setExceptionFile(EXCEPTIONS);
    assertEquals(u.splitWord("Sonderfallwort"), q.splitWord("Sonderfallwort"));
    assertEquals(List.of("Buchungs", "trick"), q.splitWord("Buchungstrick"));
  }
}
