package io.github.germannlp.internal.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.ThreadAllocations;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The POS tagger's beam search ({@link PosBeamDecoder}): the same tags as the reference search over
 * OpenNLP's feature strings for any beam width, and no allocation per word.
 */
class PosBeamTest {
  private static final String[] SENTENCE =
      "Der russische Präsident Wladimir Putin hat am Dienstag in Moskau den chinesischen"
          .concat(" Regierungschef Li Qiang empfangen , sagte ein Sprecher des Kremls .")
          .split(" ");

  /**
   * Beams of one entry, of the default three, and wider than the words can fill (a beam holds at
   * most k, k * k, ... sequences after the first words), on sentences of one word up to a whole
   * one: the decoder's tags are the reference's.
   */
  @Test
  void everyBeamWidthTagsAsTheReference() {
    for (int width : new int[] {1, 2, 3, 7, 100, 5000}) {
      PosTagger tagger = new PosTagger(true, width, 0.1);
      for (int n : new int[] {1, 2, 3, 5, SENTENCE.length}) {
        String[] words = Arrays.copyOf(SENTENCE, n);
        assertArrayEquals(
            tagger.tagUncached(words), tagger.tag(words), "beam " + width + ", " + n + " words");
      }
    }
  }

  /**
   * Tagging a sentence eight times as long allocates little more a word than the arrays of tags and
   * word facts the sentence needs (about 36 bytes a word): the beam keeps its entries in arrays
   * made once a sentence, not in new arrays at every word (124 bytes a word when it did).
   */
  @Test
  void theBeamAllocatesNothingPerWord() {
    PosTagger tagger = new PosTagger();
    String[] longer = new String[SENTENCE.length * 8];
    for (int i = 0; i < longer.length; i++) {
      longer[i] = SENTENCE[i % SENTENCE.length];
    }
    double perWord =
        ThreadAllocations.perExtraUnit(
            () -> tagger.tag(SENTENCE),
            () -> tagger.tag(longer),
            longer.length - SENTENCE.length,
            20);
    assertTrue(perWord < 64, perWord + " bytes allocated a word");
  }
}
