package io.github.germannlp.internal.ner;

/**
 * The {@link FeatureGroup#NAME_KINDS} group: which kinds of proper name the lexicon knows the word
 * and its neighbours as ({@code lxk=}, {@code lxk-1=}, {@code lxk+1=}): a person's first or family
 * name, a place (city, country, region, water, mountain), or another name.
 */
final class NameKindFeatures implements FeatureGenerator {
  /** The value beyond the sentence. */
  private static final int EDGE = 8;

  private final FeatureTable word;
  private final FeatureTable previous;
  private final FeatureTable next;

  NameKindFeatures(FeatureNumbering numbering) {
    word = numbering.table(FeatureNames.kindFeatures("lxk="));
    previous = numbering.table(FeatureNames.kindFeatures("lxk-1="));
    next = numbering.table(FeatureNames.kindFeatures("lxk+1="));
  }

  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    out.add(word, s.kinds[i]);
  }

  @Override
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    int[] k = s.kinds;
    int j = i + offset;
    switch (offset) {
      case -1 -> out.add(previous, j >= 0 ? k[j] : EDGE);
      case 1 -> out.add(next, j < k.length ? k[j] : EDGE);
      default -> {}
    }
  }
}
