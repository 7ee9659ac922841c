package io.github.germannlp.internal.ner;

/**
 * A feature of one neighbouring word's form: its lower-case form or its shape, {@code BOS} before
 * the sentence and {@code EOS} after it. For numbered features, its number is kept per word type.
 */
enum Neighbour {
  WORD_PREVIOUS("w-1=", -1, false),
  WORD_NEXT("w+1=", 1, false),
  WORD_PREVIOUS2("w-2=", -2, false),
  WORD_NEXT2("w+2=", 2, false),
  SHAPE_PREVIOUS("s-1=", -1, true),
  SHAPE_NEXT("s+1=", 1, true);

  final String prefix;
  final int offset;
  final boolean shape;

  Neighbour(String prefix, int offset, boolean shape) {
    this.prefix = prefix;
    this.offset = offset;
    this.shape = shape;
  }

  /** The feature's name for token {@code i} of {@code s}. */
  String name(PreparedSentence s, int i) {
    int j = i + offset;
    return prefix + (j < 0 ? "BOS" : j >= s.tokens.length ? "EOS" : form(s, j));
  }

  /** The form of word {@code j} of {@code s} that the feature holds. */
  String form(PreparedSentence s, int j) {
    return shape ? s.shapes[j] : s.lower[j];
  }
}
