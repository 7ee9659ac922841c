package io.github.germannlp.internal.ner;

/**
 * The word's shape ({@link FeatureNames#shape}: {@code Xx}, {@code XX}, {@code dd-dd}, …) and its
 * neighbours' ({@code s=}, {@code s-1=}, {@code s+1=}).
 */
final class ShapeFeatures implements FeatureGenerator {
  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    out.add("s=" + s.shapes[i]);
  }

  @Override
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    switch (offset) {
      case -1 -> out.add(Neighbour.SHAPE_PREVIOUS, s, i);
      case 1 -> out.add(Neighbour.SHAPE_NEXT, s, i);
      default -> {}
    }
  }
}
