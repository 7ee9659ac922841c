package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.ThreadAllocations;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity beam search: the back pointers of every token in arrays made once a sentence, so that
 * tagging allocates little per token, and the best sequence read back through them.
 */
class EntityBeamTest {
  private static final String[] SENTENCE =
      "Der russische Präsident Wladimir Putin hat am Dienstag in Moskau den chinesischen"
          .concat(" Regierungschef Li Qiang empfangen , sagte ein Sprecher des Kremls .")
          .split(" ");

  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() throws IOException {
    recognizer = new EntityRecognizer(EntityModel.loadBundled());
  }

  /**
   * Entries offered out of order come out best first, at most {@link EntityBeam#WIDTH} a token; the
   * best sequence follows its back pointers, with each chosen tag's probability.
   */
  @Test
  void theBestSequenceFollowsTheBackPointers() {
    EntityBeam beam = new EntityBeam(3);
    String[] outcomes = {"O", "B-PER", "I-PER"};
    beam.offer(0, 0, 0, Math.log(0.2), 0.2);
    beam.offer(0, 0, 1, Math.log(0.7), 0.7);
    beam.offer(0, 0, 2, Math.log(0.1), 0.1);
    beam.advance();
    assertEquals(3, beam.live);
    // token 1: B-PER then I-PER is best; the entry after O (entry 1 now) second
    beam.offer(1, 1, 0, Math.log(0.9), 0.9); // O after O: 0.2 * 0.9 = 0.18
    beam.offer(1, 0, 2, Math.log(0.8), 0.8); // I-PER after B-PER: 0.56
    beam.offer(1, 0, 0, Math.log(0.2), 0.2); // O after B-PER: 0.14
    beam.offer(1, 2, 0, Math.log(0.5), 0.5); // O after I-PER: 0.05, not kept
    beam.advance();
    assertEquals(EntityBeam.WIDTH, beam.live);
    assertEquals(2, beam.previous(2, 0, 1)); // the best entry's tag: I-PER
    assertEquals(1, beam.previous(2, 0, 2)); // and the one before it: B-PER
    assertEquals(0, beam.previous(2, 1, 2)); // O, O for the second
    assertEquals(-1, beam.previous(1, 0, 2)); // before the sentence
    beam.offer(2, 1, 0, Math.log(0.1), 0.1); // 0.018
    beam.offer(2, 0, 0, Math.log(0.6), 0.6); // 0.336
    beam.advance();
    double[] confidence = new double[3];
    assertArrayEquals(new String[] {"B-PER", "I-PER", "O"}, beam.best(outcomes, confidence));
    assertArrayEquals(new double[] {0.7, 0.8, 0.6}, confidence);
  }

  /**
   * Tagging a sentence eight times as long allocates no more a token than the arrays the sentence
   * needs (its features' numbers, both models' sums, its facts and tags: about 600 bytes a token):
   * the beams keep their entries in arrays made once a sentence, and the numbers' array has room
   * for the sentence from the start. It was about 780 bytes a token when each beam made three
   * arrays at every token and the numbers' array grew from 64 by doubling.
   */
  @Test
  void theBeamAllocatesNothingPerToken() {
    String[] longer = new String[SENTENCE.length * 8];
    for (int i = 0; i < longer.length; i++) {
      longer[i] = SENTENCE[i % SENTENCE.length];
    }
    double perToken =
        ThreadAllocations.perExtraUnit(
            () -> recognizer.tag(SENTENCE, null),
            () -> recognizer.tag(longer, null),
            longer.length - SENTENCE.length,
            20);
    assertTrue(perToken < 690, perToken + " bytes allocated a token");
  }
}
