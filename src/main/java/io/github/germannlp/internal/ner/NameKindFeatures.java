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
  public void position(PreparedSentence s, int i, FeatureSink out) {
    int[] k = s.kinds;
    out.add(previous, i > 0 ? k[i - 1] : EDGE);
    out.add(next, i + 1 < k.length ? k[i + 1] : EDGE);
  }
}
