package io.github.germannlp.ner;

import io.github.germannlp.util.ModelWeights;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores of an OpenNLP perceptron model computed from its weights, so that the sum over a
 * token's own features is computed once and shared by every beam entry, which only adds its
 * few tag features. {@link #normalize} reproduces OpenNLP's own normalisation exactly, so the
 * probabilities equal {@code PerceptronModel.eval}'s. Immutable and thread-safe.
 */
final class PerceptronScores {
  private final Map<String, Context> weights;

  private PerceptronScores(Map<String, Context> weights) {
    this.weights = weights;
  }

  /** Direct scoring for a perceptron model; null for any other kind of model. */
  @SuppressWarnings("unchecked")
  static PerceptronScores of(MaxentModel model) {
    if (!(model instanceof AbstractModel m)
        || m.getModelType() != AbstractModel.ModelType.Perceptron) {
      return null;
    }
    Object[] data = m.getDataStructures(); // {parameters, feature -> parameters, outcomes}
    return new PerceptronScores((Map<String, Context>) data[1]);
  }

  /** Adds the weights of {@code features} to {@code sums} (cleared first if {@code clear}). */
  void sum(List<String> features, double[] sums, boolean clear) {
    if (clear) {
      java.util.Arrays.fill(sums, 0);
    }
    for (int f = 0, n = features.size(); f < n; f++) {
      ModelWeights.add(weights.get(features.get(f)), sums);
    }
  }

  /**
   * The softmax of {@code sums / temperature} into {@code out}, computed stably (the largest sum
   * is subtracted first); {@code sums} is left as it is.
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

  /** OpenNLP's perceptron normalisation, in place: exp of the sums scaled by the largest. */
  static double[] normalize(double[] sums) {
    double max = 1;
    for (double v : sums) {
      if (max < StrictMath.abs(v)) {
        max = StrictMath.abs(v);
      }
    }
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
}
