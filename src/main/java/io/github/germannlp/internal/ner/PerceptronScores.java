package io.github.germannlp.internal.ner;

/**
 * Probabilities from the summed scores of an OpenNLP perceptron model ({@link FeatureWeights}):
 * {@link #normalize} reproduces OpenNLP's own normalisation exactly, so the probabilities equal
 * {@code PerceptronModel.eval}'s; {@link #softmax} gives the calibrated confidences. Stateless.
 */
final class PerceptronScores {
  private PerceptronScores() {}

  /**
   * The softmax of {@code sums / temperature} into {@code out}, computed stably (the largest sum is
   * subtracted first); {@code sums} is left as it is.
   */
  static void softmax(double[] sums, double temperature, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : sums) {
      max = Math.max(max, v);
    }
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      out[o] = Math.exp((sums[o] - max) / temperature);
      total += out[o];
    }
    for (int o = 0; o < sums.length; o++) {
      out[o] /= total;
    }
  }

  /**
   * The logarithms of {@link #normalize}'s probabilities into {@code out}, computed as {@code
   * sums[o] / max - log(sum of exp(sums[j] / max))}: one logarithm instead of one an outcome, which
   * the beam search needs per entry and token. {@code sums} is left as it is.
   */
  static void logNormalize(double[] sums, double[] out) {
    double max = scale(sums);
    double total = 0;
    for (double v : sums) {
      total += Math.exp(v / max);
    }
    double log = Math.log(total);
    for (int o = 0; o < sums.length; o++) {
      out[o] = sums[o] / max - log;
    }
  }

  /** OpenNLP's perceptron normalisation, in place: exp of the sums scaled by the largest. */
  static double[] normalize(double[] sums) {
    double max = scale(sums);
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o] / max);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
    return sums;
  }

  /** OpenNLP's divisor of perceptron scores: the largest absolute sum, at least 1. */
  private static double scale(double[] sums) {
    double max = 1;
    for (double v : sums) {
      if (max < StrictMath.abs(v)) {
        max = StrictMath.abs(v);
      }
    }
    return max;
  }
}
