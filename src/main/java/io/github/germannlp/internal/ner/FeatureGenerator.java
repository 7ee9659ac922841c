package io.github.germannlp.internal.ner;

/**
 * One job among the entity features of a token, in the manner of OpenNLP's {@code featuregen}
 * generators: {@link NerFeatures} runs a list of them, the same at training and at run time. A
 * generator's features come in two parts, so that a recognizer can keep the sums of the first part
 * per word type: those of the word alone ({@link #word}), the same wherever the word occurs, and
 * those of its position and neighbours ({@link #position}). Each part is added in a fixed order,
 * since a model's weights are summed in that order. Generators are immutable and thread-safe.
 */
interface FeatureGenerator {
  /** Adds the features of token {@code i} that depend on its word alone. */
  default void word(PreparedSentence s, int i, FeatureSink out) {}

  /** Adds the features of token {@code i} that depend on its position or its neighbours. */
  default void position(PreparedSentence s, int i, FeatureSink out) {}
}
