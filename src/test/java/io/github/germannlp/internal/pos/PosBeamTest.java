package io.github.germannlp.internal.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
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
    assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
            && t.isThreadAllocatedMemorySupported()
            && t.isThreadAllocatedMemoryEnabled(),
        "this JVM does not count a thread's allocated bytes");
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    PosTagger tagger = new PosTagger();
    String[] longer = new String[SENTENCE.length * 8];
    for (int i = 0; i < longer.length; i++) {
      longer[i] = SENTENCE[i % SENTENCE.length];
    }
    tagger.tag(SENTENCE); // the word caches filled
    tagger.tag(longer);
    int calls = 20;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int c = 0; c < calls; c++) {
      tagger.tag(SENTENCE);
    }
    long once = threads.getCurrentThreadAllocatedBytes() - before;
    before = threads.getCurrentThreadAllocatedBytes();
    for (int c = 0; c < calls; c++) {
      tagger.tag(longer);
    }
    long eightTimes = threads.getCurrentThreadAllocatedBytes() - before;
    double perWord = (eightTimes - once) / (double) calls / (longer.length - SENTENCE.length);
    assertTrue(perWord < 64, perWord + " bytes allocated a word");
  }
}
