package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A place in the genitive before a noun is cut from a longer place or organisation span (bundled
 * word lists).
 */
class GenitivePlaceTest {
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() throws IOException {
    recognizer = new EntityRecognizer(EntityModel.loadBundled());
  }

  private static String[] cut(String[] tokens, String... tags) {
    String[] out = tags.clone();
    recognizer.cutGenitivePlaces(tokens, out);
    return out;
  }

  @Test
  void genitiveOfAListedPlaceEndsTheSpan() {
    assertArrayEquals(
        new String[] {"O", "B-LOC", "O", "O"},
        cut(new String[] {"von", "Chinas", "Botschafter", "erklärte"}, "O", "B-LOC", "I-LOC", "O"));
    // the rest is an organisation when it is a listed one
    assertArrayEquals(
        new String[] {"B-LOC", "B-ORG", "O"},
        cut(new String[] {"Chinas", "Außenministerium", "erklärte"}, "B-LOC", "I-LOC", "O"));
  }

  @Test
  void otherSpansAreKept() {
    String[] staaten = {"B-LOC", "I-LOC"};
    assertArrayEquals(staaten, cut(new String[] {"Vereinigte", "Staaten"}, staaten));
    // the next word is a place itself
    assertArrayEquals(staaten, cut(new String[] {"Chinas", "Peking"}, staaten));
    // an organisation span that starts with the genitive: the genitive is the place
    String[] org = {"B-ORG", "I-ORG"};
    assertArrayEquals(
        new String[] {"B-LOC", "B-ORG"}, cut(new String[] {"Chinas", "Außenministerium"}, org));
    // an organisation span without one stays
    assertArrayEquals(org, cut(new String[] {"Deutsche", "Bank"}, org));
    assertArrayEquals(org, cut(new String[] {"Paris", "Saint-Germain"}, org));
    // the whole sentence through the recognizer: Chinas alone is the place (whether a bare
    // ministry is an organisation is the model's call: GermEval marks Wirtschaftsministerium O)
    String[] tags =
        recognizer.tag(
            new String[] {
              "hieß",
              "es",
              "in",
              "der",
              "von",
              "Chinas",
              "Außenministerium",
              "veröffentlichten",
              "Erklärung",
              "."
            },
            null);
    assertEquals("B-LOC", tags[5]);
    assertTrue(!tags[6].startsWith("I-"), tags[6]);
  }
}
