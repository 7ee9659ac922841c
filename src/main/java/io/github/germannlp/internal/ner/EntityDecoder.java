package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.BoundedCache;
import java.util.function.Function;
import opennlp.tools.ml.model.MaxentModel;

/** A classifier with its outcomes split into BIO parts, for the beam search. */
final class EntityDecoder {
  final MaxentModel classifier;

  /** A perceptron's weights over the recognizer's shared feature numbers, or null. */
  final FeatureWeights.Rows rows;

  final String[] outcomes;
  final String[] outcomeTypes;
  final boolean[] inside;

  /**
   * The numbers of the previous-tag features by outcome index, {@code BOS} last ({@link
   * NerFeatures#previousTagFeature}), and of two previous tags; looked up once, not per beam entry.
   */
  final int[] previousTag;

  final int[][] previousTags;

  /**
   * A perceptron's sums over {@link NerFeatures#wordContext}, per word, for sentences prepared by
   * other features than the recognizer's own (whose words keep their sums with their facts, {@link
   * NerFeatures.WordFacts#sums}): the same for every occurrence of the word, so each token looks up
   * only its position's features.
   */
  final BoundedCache<String, double[]> wordSums =
      new BoundedCache<>(EntityRecognizer.WORD_SUMS_CACHED);

  /**
   * The numbers of {@link NerFeatures#previousTagShapeFeature} by word shape, for every previous
   * tag ({@code BOS} last): word shapes are few, tokens many.
   */
  final BoundedCache<String, int[]> shapeTags =
      new BoundedCache<>(EntityRecognizer.WORD_SUMS_CACHED);

  /** {@link #shapeTagIds}, made once: a method reference made per token is an object per token. */
  final Function<String, int[]> shapeTagIdsOf = this::shapeTagIds;

  final FeatureWeights weights;

  EntityDecoder(MaxentModel classifier, FeatureWeights weights, int index) {
    this.classifier = classifier;
    this.weights = weights;
    this.rows = weights == null ? null : weights.rows(index);
    int n = classifier.getNumOutcomes();
    outcomes = new String[n];
    outcomeTypes = new String[n];
    inside = new boolean[n];
    for (int i = 0; i < n; i++) {
      String o = classifier.getOutcome(i);
      outcomes[i] = o;
      if (o.length() > 2 && o.charAt(1) == '-') {
        outcomeTypes[i] = o.substring(2);
        inside[i] = o.charAt(0) == 'I';
      }
    }
    previousTag = new int[n + 1];
    previousTags = new int[n + 1][n + 1];
    for (int a = 0; a <= n && weights != null; a++) {
      previousTag[a] = weights.id(NerFeatures.previousTagFeature(tag(a)));
      for (int b = 0; b <= n; b++) {
        previousTags[a][b] = weights.id(NerFeatures.previousTagsFeature(tag(a), tag(b)));
      }
    }
  }

  /** Outcome {@code o}'s tag, or {@code BOS} for {@code o == outcomes.length}. */
  String tag(int o) {
    return o < outcomes.length ? outcomes[o] : "BOS";
  }

  /** The numbers of the previous-tag-and-shape features of a shape, by previous tag. */
  int[] shapeTagIds(String shape) {
    int[] ids = new int[outcomes.length + 1];
    for (int p = 0; p <= outcomes.length; p++) {
      ids[p] = weights.id(NerFeatures.previousTagShapeFeature(tag(p), shape));
    }
    return ids;
  }

  /**
   * The BIO rule: whether outcome {@code o} may follow outcome {@code prev}. An inside tag ({@code
   * I-X}) continues an entity of its type only; every other tag may follow anything.
   *
   * @param prev the previous token's outcome, or -1 at the sentence start
   * @param o an outcome
   * @return whether the sequence {@code prev o} is valid
   */
  boolean allows(int prev, int o) {
    return !inside[o] || prev >= 0 && outcomeTypes[o].equals(outcomeTypes[prev]);
  }
}
