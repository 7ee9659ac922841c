package io.github.germannlp.internal;

import opennlp.tools.ml.model.Context;

/**
 * Sums of an OpenNLP linear model's weights, computed straight from its parameters: the POS tagger
 * and the entity recognizer add the weights of a word's features once and share the sums across
 * beam entries. Stateless.
 *
 * <pre>{@code
 * double[] sums = new double[model.getNumOutcomes()];
 * ModelWeights.add(weightsByFeature.get("w=putin"), sums);
 * }</pre>
 */
public final class ModelWeights {
  private ModelWeights() {}

  /**
   * Adds the weights of one feature to the per-outcome sums.
   *
   * @param feature the feature's weights by outcome; null (a feature the model does not know) adds
   *     nothing
   * @param sums one sum per outcome of the model
   */
  public static void add(Context feature, double[] sums) {
    if (feature != null) {
      int[] outcomes = feature.getOutcomes();
      double[] w = feature.getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        sums[outcomes[k]] += w[k];
      }
    }
  }
}
