package io.github.germannlp.internal.pos;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * A word's own features as the POS model's feature generator writes them (OpenNLP's default POS
 * descriptor: definition, suffixes and prefixes of up to four characters, the lower-cased word, its
 * token class, word and class), built directly instead of through the generator, which takes an XML
 * descriptor, reflection and a cache to set up. {@code WordFeaturesTest} checks the features
 * against the generator's, word by word.
 */
final class WordFeatures {
  /** The longest suffix and prefix the descriptor asks for. */
  private static final int AFFIX_LENGTH = 4;

  private WordFeatures() {}

  /**
   * The features of {@code word} that stand before the sentence-position feature in the generator's
   * context ({@code def}, {@code suf=}, {@code pre=}, {@code w=}) and those after it ({@code wc=},
   * {@code w&c=}).
   *
   * @param word a token, not null
   * @return {leading, trailing}
   */
  static String[][] of(String word) {
    String lower = StringUtil.toLowerCase(word);
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    int n = Math.min(AFFIX_LENGTH, word.length());
    String[] leading = new String[2 + 2 * n];
    leading[0] = "def";
    for (int i = 0; i < n; i++) {
      leading[1 + i] = "suf=" + word.substring(word.length() - i - 1);
      leading[1 + n + i] = "pre=" + word.substring(0, i + 1);
    }
    leading[1 + 2 * n] = "w=" + lower;
    return new String[][] {leading, {"wc=" + wordClass, "w&c=" + lower + "," + wordClass}};
  }
}
