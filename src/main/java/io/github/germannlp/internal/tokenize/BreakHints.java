package io.github.germannlp.internal.tokenize;

/**
 * The invisible break hints of web text inside a word: the soft hyphen (U+00AD) and the zero-width
 * space (U+200B). Tokens keep them (their text and offsets are the source's), but the word a
 * tagger, lemmatizer or topic label should see is the word without them: {@code
 * Umwelt\u00ADausschusses} is {@code Umweltausschusses}.
 *
 * <pre>{@code
 * String word = BreakHints.remove(token.text());
 * }</pre>
 */
public final class BreakHints {
  private BreakHints() {}

  /**
   * {@code word} without soft hyphens and zero-width spaces; the same string when it has none, and
   * also when it has nothing else (a token of break hints only keeps its text).
   *
   * @param word a token's text
   * @return the word as a tagger or lemmatizer should see it
   * @throws NullPointerException if {@code word} is null
   */
  public static String remove(String word) {
    if (word.indexOf('\u00AD') < 0 && word.indexOf('\u200B') < 0) {
      return word;
    }
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '\u00AD' && c != '\u200B') {
        b.append(c);
      }
    }
    return b.length() == 0 ? word : b.toString();
  }
}
