package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.pos.GermanLexicon;

/**
 * The names of the entity features that come from fixed tables (lexicon classes, name kinds, POS
 * tags with their neighbours and the sentence edge) and the word shape, all built once.
 */
final class FeatureNames {
  private FeatureNames() {}

  /**
   * The feature strings {@code prefix + class} of every class value and of {@link
   * NerFeatures#EDGE}.
   */
  static String[] classFeatures(String prefix) {
    String[] out = new String[NerFeatures.EDGE + 1];
    for (int c = 0; c < NerFeatures.EDGE; c++) {
      StringBuilder b = new StringBuilder(prefix);
      if (c == 0) {
        b.append('-');
      }
      String letters = "NPAVO";
      for (int bit = 0; bit < letters.length(); bit++) {
        if ((c & (1 << bit)) != 0) {
          b.append(letters.charAt(bit));
        }
      }
      out[c] = b.toString();
    }
    out[NerFeatures.EDGE] = prefix + "EDGE";
    return out;
  }

  /** The feature strings {@code prefix + kinds} of every name-kind value 0-7, then the edge. */
  static String[] kindFeatures(String prefix) {
    String[] out = new String[9];
    for (int k = 0; k < 8; k++) {
      out[k] = prefix + k;
    }
    out[8] = prefix + "EDGE";
    return out;
  }

  /** The feature strings {@code prefix + tag} of every UPOS tag, then of the sentence edge. */
  static String[] posFeatures(String prefix) {
    String[] out = new String[NerFeatures.UPOS.length + 1];
    for (int t = 0; t < NerFeatures.UPOS.length; t++) {
      out[t] = prefix + NerFeatures.UPOS[t];
    }
    out[NerFeatures.UPOS.length] = prefix + "EDGE";
    return out;
  }

  /** Index of a UPOS tag in {@link GermanLexicon#UPOS} (X for anything else). */
  static int posIndex(String tag) {
    for (int t = 0; t < NerFeatures.UPOS.length; t++) {
      if (NerFeatures.UPOS[t].equals(tag)) {
        return t;
      }
    }
    return NerFeatures.UPOS.length - 1;
  }

  /** Word shape: X for upper, x for lower, d for digit, runs longer than two collapsed. */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(Math.min(w.length(), 8));
    char prev = 0;
    int run = 0;
    for (int i = 0; i < w.length() && sb.length() < 8; i++) {
      char c = w.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k == prev) {
        if (++run >= 2) {
          continue;
        }
      } else {
        run = 0;
      }
      sb.append(k);
      prev = k;
    }
    return sb.toString();
  }
}
