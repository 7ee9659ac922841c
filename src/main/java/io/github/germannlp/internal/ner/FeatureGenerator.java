package io.github.germannlp.internal.ner;

/**
 * One job among the entity features of a token, in the manner of OpenNLP's {@code featuregen}
 * generators: {@link NerFeatures} runs a list of them, the same at training and at run time. A
 * generator's features come in three parts, so that a recognizer can keep the sums of two of them
 * per word type: those of the word alone ({@link #word}), the same wherever the word occurs; those
 * of one neighbour alone ({@link #neighbour}), the same wherever that word stands at that offset
 * from a token; and the others, of the token's position and context ({@link #position}). Each part
 * is added in a fixed order, since a model's weights are summed in that order. Generators are
 * immutable and thread-safe.
 */
interface FeatureGenerator {
  /** Adds the features of token {@code i} that depend on its word alone. */
  default void word(PreparedSentence s, int i, FeatureSink out) {}

  /**
   * Adds the features of token {@code i} that depend on its neighbour {@code j = i + offset} alone
   * (its word type), or on the offset alone when {@code j} is outside the sentence. Reads nothing
   * of token {@code i}, which need not be in the sentence: a recognizer asks for the features of
   * word {@code j} at each offset ({@link NerFeatures#NEIGHBOUR_OFFSETS}) once per word type.
   */
  default void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {}

  /**
   * Adds the features of token {@code i} that depend on its position or its context: those not
   * {@link #word} or {@link #neighbour} features.
   */
  default void position(PreparedSentence s, int i, FeatureSink out) {}
}
