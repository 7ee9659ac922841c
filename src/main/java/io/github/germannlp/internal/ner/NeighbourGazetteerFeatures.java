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
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    int j = i + offset;
    if (offset == -1 && j >= 0) {
      out.addCategories(previous, s.masks[j]);
    } else if (offset == 1 && j < s.tokens.length) {
      out.addCategories(next, s.masks[j]);
    }
  }
}
