package io.github.germannlp.internal.ner;

/**
 * The {@link FeatureGroup#GUIDE} group: the tags a second, smaller model (the <em>guide</em>,
 * stored in the same model file) gives the word and its neighbours ({@code gd=}, {@code gd-1=},
 * {@code gd+1=}), and the word's with its shape ({@code gds=}) and its lower-case form ({@code
 * gdw=}). The guide is trained on other annotated corpora, whose conventions differ from the main
 * training data's, so they are not mixed into it; as features, the main model learns how far to
 * trust them. A sentence without guide tags ({@link PreparedSentence#withGuide}), such as the one
 * the guide itself tags, gets none.
 */
final class GuideFeatures implements FeatureGenerator {
  private final FeatureNumbering.Prefixed tag;
  private final FeatureNumbering.Prefixed previous;
  private final FeatureNumbering.Prefixed next;

  GuideFeatures(FeatureNumbering numbering) {
    tag = numbering.prefixed("gd=");
    previous = numbering.prefixed("gd-1=");
    next = numbering.prefixed("gd+1=");
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    String[] g = s.guide;
    if (g == null) {
      return;
    }
    String t = g[i];
    out.add(tag, t);
    out.add(previous, i > 0 ? g[i - 1] : "BOS");
    out.add(next, i + 1 < g.length ? g[i + 1] : "EOS");
    out.add(WordPairs.Kind.GUIDE_SHAPE, s, i);
    out.add(WordPairs.Kind.GUIDE_WORD, s, i);
  }
}
