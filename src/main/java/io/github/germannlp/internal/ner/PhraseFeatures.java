package io.github.germannlp.internal.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the word is part of a whole name of several words from the gazetteer's phrase lists
 * ({@link Gazetteer.Builder#addPhrases}): {@code ph=GEO-B} for the first word of <i>Straße von
 * Hormus</i>, {@code ph=GEO-I} for the others, and {@code phl=B} or {@code phl=I} whatever the
 * list. Where phrases overlap, a word takes the longest that covers it, of those as long the one
 * that starts first; a phrase on several lists gives the first of them. {@link NerFeatures#prepare}
 * matches the phrases once a sentence ({@link #match}).
 */
final class PhraseFeatures implements FeatureGenerator {
  private final FeatureTable byCategory;
  private final FeatureTable any;

  PhraseFeatures(Gazetteer gazetteer, FeatureNumbering numbering) {
    List<String> values = new ArrayList<>();
    for (String c : gazetteer.categories()) {
      values.add(c + "-B");
      values.add(c + "-I");
    }
    byCategory = numbering.table("ph", values);
    any = numbering.table("phl", List.of("B", "I"));
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    int code = s.phrases == null ? 0 : s.phrases[i];
    if (code != 0) {
      out.add(byCategory, code - 1);
      out.add(any, (code - 1) & 1);
    }
  }

  /**
   * The phrases of a sentence: for each token 0 if no phrase covers it, else {@code 1 + 2c + i},
   * {@code c} the phrase's first category, {@code i} 0 for its first word and 1 for the others;
   * null if no phrase covers any.
   *
   * @param forms the sentence's tokens in their {@link Gazetteer#phraseForm}s
   * @param longest for each token, the most words of a phrase that begins with it ({@link
   *     Gazetteer#phraseLength}), 0 if none
   */
  static int[] match(Gazetteer gazetteer, String[] forms, int[] longest) {
    int n = forms.length;
    int[] codes = null;
    int[] covered = null; // the length of the phrase each token has, where it has one
    for (int start = 0; start < n; start++) {
      for (int len = Math.min(longest[start], n - start); len >= 2; len--) {
        int mask = gazetteer.phraseOfForms(forms, start, len);
        if (mask != 0) {
          if (covered == null) {
            covered = new int[n];
            codes = new int[n];
          }
          int c = Integer.numberOfTrailingZeros(mask);
          for (int k = start; k < start + len; k++) {
            if (len > covered[k]) { // longer wins; of equal ones, the first (it came first)
              covered[k] = len;
              codes[k] = 1 + 2 * c + (k == start ? 0 : 1);
            }
          }
          break; // a shorter phrase from the same start covers nothing more
        }
      }
    }
    return codes;
  }
}
