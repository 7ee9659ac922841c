package io.github.germannlp.internal.ner;

/**
 * The gazetteer's word lists that hold the word before and the word after ({@code g-1=}, {@code
 * g+1=}).
 */
final class NeighbourGazetteerFeatures implements FeatureGenerator {
  private final FeatureTable previous;
  private final FeatureTable next;

  NeighbourGazetteerFeatures(Gazetteer gazetteer, FeatureNumbering numbering) {
    previous = numbering.table("g-1", gazetteer.categories());
    next = numbering.table("g+1", gazetteer.categories());
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    if (i > 0) {
      out.addCategories(previous, s.masks[i - 1]);
    }
    if (i + 1 < s.tokens.length) {
      out.addCategories(next, s.masks[i + 1]);
    }
  }
}
