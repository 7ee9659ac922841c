package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two normalisations of perceptron scores: OpenNLP's (for the beam) and the confidences. */
class PerceptronScoresTest {

  @Test
  void softmaxWithTemperatureIsAProbabilityDistribution() {
    double[] sums = {30, 10, -20};
    double[] out = new double[3];
    PerceptronScores.softmax(sums, 10, out);
    assertEquals(1, out[0] + out[1] + out[2], 1e-12);
    // exp(2) : exp(0) : exp(-3)
    double z = Math.exp(2) + 1 + Math.exp(-3);
    assertArrayEquals(new double[] {Math.exp(2) / z, 1 / z, Math.exp(-3) / z}, out, 1e-12);
    assertArrayEquals(new double[] {30, 10, -20}, sums, 0); // left as it was
  }

  @Test
  void softmaxIsStableForLargeScores() {
    double[] out = new double[2];
    PerceptronScores.softmax(new double[] {1e6, 1e6 - 10}, 10, out);
    assertEquals(1 / (1 + Math.exp(-1)), out[0], 1e-12);
    assertTrue(Double.isFinite(out[1]) && out[1] > 0);
  }

  @Test
  void openNlpNormalisationIsFlatWhereTheSoftmaxIsSure() {
    // the reason for the second normalisation: scores divided by the largest one give a sure
    // tag among nine at most e / (e + 8/e), about 0.48, however sure it is
    double[] sums = new double[9];
    sums[0] = 100;
    for (int o = 1; o < 9; o++) {
      sums[o] = -100;
    }
    double[] calibrated = new double[9];
    PerceptronScores.softmax(sums, EntityRecognizer.CONFIDENCE_TEMPERATURE, calibrated);
    double[] open = PerceptronScores.normalize(sums.clone());
    assertEquals(Math.E / (Math.E + 8 / Math.E), open[0], 1e-12);
    assertTrue(calibrated[0] > 0.999, "calibrated " + calibrated[0]);
  }

  @Test
  void logNormalizeIsTheLogarithmOfOpenNlpsNormalisation() {
    double[][] cases = {{3, -1, 0.5, 0}, {100, -100, 0, 7}, {0.2, 0.1, -0.3}, {0, 0, 0}};
    for (double[] sums : cases) {
      double[] log = new double[sums.length];
      PerceptronScores.logNormalize(sums, log);
      double[] p = PerceptronScores.normalize(sums.clone());
      for (int o = 0; o < sums.length; o++) {
        assertEquals(Math.log(p[o]), log[o], 1e-12);
      }
    }
  }
}
