package io.github.germannlp.internal.ner;

/**
 * The word in lower case ({@code w=}); the words before and after it and the second ones ({@code
 * w-1=}, {@code w+1=}, {@code w-2=}, {@code w+2=}), and the word with each of its direct neighbours
 * ({@code w-1w=}, {@code ww+1=}), {@code BOS} and {@code EOS} beyond the sentence.
 */
final class WordFormFeatures implements FeatureGenerator {
  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    out.add("w=" + s.lower[i]);
  }

  @Override
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    switch (offset) {
      case -1 -> out.add(Neighbour.WORD_PREVIOUS, s, i);
      case 1 -> out.add(Neighbour.WORD_NEXT, s, i);
      case -2 -> out.add(Neighbour.WORD_PREVIOUS2, s, i);
      case 2 -> out.add(Neighbour.WORD_NEXT2, s, i);
      default -> {}
    }
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    out.add(WordPairs.Kind.PREVIOUS_WORD, s, i);
    out.add(WordPairs.Kind.WORD_NEXT, s, i);
  }
}
