package io.github.germannlp.internal.ner;

/**
 * The {@link FeatureGroup#POS} group: the universal POS tags of the word and its neighbours ({@code
 * pos=}, {@code pos-1=}, {@code pos+1=}) and of the word with its shape ({@code poss=}). A tag
 * depends on the context, so all of them are position features.
 */
final class PosFeatures implements FeatureGenerator {
  private final FeatureTable tag;
  private final FeatureTable previous;
  private final FeatureTable next;

  PosFeatures(FeatureNumbering numbering) {
    tag = numbering.table(FeatureNames.posFeatures("pos="));
    previous = numbering.table(FeatureNames.posFeatures("pos-1="));
    next = numbering.table(FeatureNames.posFeatures("pos+1="));
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    int[] t = s.tags;
    int edge = NerFeatures.UPOS.length;
    out.add(tag, t[i]);
    out.add(previous, i > 0 ? t[i - 1] : edge);
    out.add(next, i + 1 < t.length ? t[i + 1] : edge);
    out.add(WordPairs.Kind.POS_SHAPE, s, i);
  }
}
