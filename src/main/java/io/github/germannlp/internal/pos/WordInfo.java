package io.github.germannlp.internal.pos;

/** What the POS decoder needs of a word type, computed once and cached by the tagger. */
/** What the tagger needs of one word type, whatever its neighbours; immutable. */
final class WordInfo {
  /** Summed weights of the word's own features before the neighbour features, in order. */
  final double[] own;

  /** Numbers ({@link PosWeights#id}) of its own features after the position feature, in order. */
  final int[] tail;

  /**
   * Numbers of its features as the previous, second previous, next, second next word; -1 for a
   * feature the model has no weights for.
   */
  final int p1;

  final int p2;
  final int n1;
  final int n2;

  /** Lexicon masks ({@link PosTagger}'s lexicon mask) at a sentence or clause start, elsewhere. */
  final int maskInitial;

  final int maskInner;
  final boolean punctuation;
  final boolean contraction;

  /** The word's {@link WordFlags}. */
  final int flags;

  WordInfo(
      double[] own,
      int[] tail,
      int p1,
      int p2,
      int n1,
      int n2,
      int maskInitial,
      int maskInner,
      boolean punctuation,
      boolean contraction,
      int flags) {
    this.own = own;
    this.tail = tail;
    this.p1 = p1;
    this.p2 = p2;
    this.n1 = n1;
    this.n2 = n2;
    this.maskInitial = maskInitial;
    this.maskInner = maskInner;
    this.punctuation = punctuation;
    this.contraction = contraction;
    this.flags = flags;
  }
}
