package io.github.germannlp.internal.ner;

/**
 * The lower-case word's prefixes and suffixes of one to four characters ({@code pre1=} …, {@code
 * suf4=}, each shorter than the word), of five for words longer than five, and its length up to 12
 * ({@code len=}).
 */
final class AffixFeatures implements FeatureGenerator {
  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    String lw = s.lower[i];
    int n = lw.length();
    for (int k = 1; k <= 4 && k < n; k++) {
      out.add("pre" + k + '=' + lw.substring(0, k));
      out.add("suf" + k + '=' + lw.substring(n - k));
    }
    if (n > 5) {
      out.add("pre5=" + lw.substring(0, 5));
      out.add("suf5=" + lw.substring(n - 5));
    }
    out.add("len=" + Math.min(n, 12));
  }
}
