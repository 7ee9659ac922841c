package io.github.germannlp.internal.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PosLemmaTest {
  private static final PosTagger TAGGER = new PosTagger();
  private static final Lemmatizer LEMMATIZER = new Lemmatizer();

  private static final String[] SENTENCE = {
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
  };

  @Test
  void tagsAndLemmatisesASentence() {
    String[] tags = TAGGER.tag(SENTENCE);
    String[] lemmas = LEMMATIZER.lemmatize(SENTENCE, tags);
    assertEquals("AUX", tags[2]);
    assertEquals("werden", lemmas[2]);
    assertEquals("ADJ", tags[5]);
    assertEquals("einseitig", lemmas[5]);
    assertEquals("NOUN", tags[6]);
    assertEquals("Sanktion", lemmas[6]);
    assertEquals("VERB", tags[8]);
    assertEquals("ergreifen", lemmas[8]);
    assertEquals("der", lemmas[0]);
    assertEquals("PUNCT", tags[14]);
  }

  @Test
  void lemmasByTag() {
    assertEquals("Sanktion", LEMMATIZER.lemma("Sanktionen", "NOUN"));
    assertEquals("Amtskollege", LEMMATIZER.lemma("Amtskollegen", "NOUN"));
    assertEquals("ergreifen", LEMMATIZER.lemma("ergriffen", "VERB"));
    assertEquals("werden", LEMMATIZER.lemma("würden", "AUX"));
    assertEquals("einseitig", LEMMATIZER.lemma("einseitigen", "ADJ"));
    assertEquals("Stunde", LEMMATIZER.lemma("Stunden", "NOUN"));
    assertEquals("wir", LEMMATIZER.lemma("uns", "PRON"));
    assertEquals("ich", LEMMATIZER.lemma("Ich", "PRON", true));
    assertEquals("Sie", LEMMATIZER.lemma("Ihnen", "PRON", false));
    assertEquals("erst", LEMMATIZER.lemma("ersten", "ADJ"));
    assertEquals("zu+der", LEMMATIZER.lemma("zum", "ADP"));
    // a hyphenated noun's head keeps its capital
    assertEquals("Ukraine-Krieg", LEMMATIZER.lemma("Ukraine-Krieges", "NOUN"));
    assertEquals("EU-Ebene", LEMMATIZER.lemma("EU-Ebene", "NOUN"));
    assertEquals("Vivantes-Klinik", LEMMATIZER.lemma("Vivantes-Kliniken", "NOUN"));
    assertArrayEquals(new String[] {"zu", "dem"}, Contractions.split("zum"));
  }

  @Test
  void unknownWordsNumbersUrlsEmojiGetATagAndALemma() {
    String[] words = {
      "Der", "Xylofrabbel", "kostet", "1.250", "Euro", "auf", "https://example.org/a?b=1", "😀", "!"
    };
    String[] tags = TAGGER.tag(words);
    String[] lemmas = LEMMATIZER.lemmatize(words, tags);
    for (int i = 0; i < words.length; i++) {
      assertNotNull(tags[i]);
      assertTrue(GermanLexicon.bit(tags[i]) != 0, "UPOS: " + tags[i]);
      assertNotNull(lemmas[i]);
      assertTrue(!lemmas[i].isEmpty());
    }
    assertEquals("NUM", tags[3]);
    assertEquals("1.250", lemmas[3]);
    assertEquals("https://example.org/a?b=1", lemmas[6]);
    assertEquals("😀", lemmas[7]);
    assertEquals(0, TAGGER.tag(new String[0]).length);
    assertEquals("", LEMMATIZER.lemma("", "X"));
  }

  @Test
  void threadSafe() throws Exception {
    String[] expectedTags = TAGGER.tag(SENTENCE);
    String[] expectedLemmas = LEMMATIZER.lemmatize(SENTENCE, expectedTags);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int k = 0; k < 200; k++) {
                    String[] tags = TAGGER.tag(SENTENCE);
                    String[] lemmas = LEMMATIZER.lemmatize(SENTENCE, tags);
                    if (!java.util.Arrays.equals(tags, expectedTags)
                        || !java.util.Arrays.equals(lemmas, expectedLemmas)) {
                      return false;
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
}
