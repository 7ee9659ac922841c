package io.github.germannlp.internal.ner;

import java.util.Locale;

/**
 * The first and the last part of a hyphenated word ({@code UN-Sicherheitsrat}: {@code h0=un},
 * {@code hN=sicherheitsrat}), their shapes ({@code hs=XX-Xx}) and their gazetteer lists ({@code
 * hg0=}, {@code hgN=}).
 */
final class HyphenFeatures implements FeatureGenerator {
  private final Gazetteer gazetteer;
  private final FeatureTable head;
  private final FeatureTable tail;

  HyphenFeatures(Gazetteer gazetteer, FeatureNumbering numbering) {
    this.gazetteer = gazetteer;
    this.head = numbering.table("hg0", gazetteer.categories());
    this.tail = numbering.table("hgN", gazetteer.categories());
  }

  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    String w = s.tokens[i];
    int hyphen = w.indexOf('-');
    if (hyphen > 0 && hyphen < w.length() - 1) {
      String first = w.substring(0, hyphen);
      String last = w.substring(w.lastIndexOf('-') + 1);
      out.add("h0=" + first.toLowerCase(Locale.ROOT));
      out.add("hN=" + last.toLowerCase(Locale.ROOT));
      out.add("hs=" + FeatureNames.shape(first) + '-' + FeatureNames.shape(last));
      out.addCategories(head, gazetteer.lookup(first));
      out.addCategories(tail, gazetteer.lookup(last));
    }
  }
}
