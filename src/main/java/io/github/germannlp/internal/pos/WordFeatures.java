package io.github.germannlp.internal.pos;

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
    String lower = lowerCodePoints(word);
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

  /**
   * {@code word} with {@link Character#toLowerCase(int)} applied to each code point, as OpenNLP's
   * {@code StringUtil.toLowerCase} does (not {@link String#toLowerCase}, which treats a few
   * letters, such as a final sigma, by their context). Without that class: its first use starts
   * SLF4J, about 15 ms of the first text, and it lower-cases through a stream of code points. A
   * word that is lower case already comes back as it is.
   */
  static String lowerCodePoints(String word) {
    int n = word.length();
    int i = 0;
    while (i < n) {
      char c = word.charAt(i);
      if (Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
        break;
      }
      i++;
    }
    if (i == n) {
      return word;
    }
    StringBuilder b = new StringBuilder(n).append(word, 0, i);
    while (i < n) {
      int cp = word.codePointAt(i);
      b.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
