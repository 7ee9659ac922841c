package io.github.germannlp.internal.ner;

/**
 * Where the token stands: first in the sentence ({@code first}), or capitalised inside it ({@code
 * capmid}), which in German marks a noun or a name.
 */
final class SentencePositionFeatures implements FeatureGenerator {
  private final FeatureTable first;
  private final FeatureTable capmid;

  SentencePositionFeatures(FeatureNumbering numbering) {
    first = numbering.table(new String[] {"first"});
    capmid = numbering.table(new String[] {"capmid"});
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    if (i == 0) {
      out.add(first, 0);
    }
    if (i > 0 && Character.isUpperCase(s.tokens[i].charAt(0))) {
      out.add(capmid, 0);
    }
  }
}
