package io.github.germannlp.internal.pos;

/**
 * A token with a letter or digit is not punctuation, whatever its final period or hyphens ("Min.",
 * "imago-images-bilder"): NOUN if capitalised (an abbreviated noun), else X.
 */
final class NoPunctuationRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].equals("PUNCT") && hasLetterOrDigit(words[i])) {
        tags[i] = Character.isUpperCase(words[i].charAt(0)) ? "NOUN" : "X";
      }
    }
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
