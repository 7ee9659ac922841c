package io.github.germannlp.internal.eval;

import java.util.List;

/**
 * Turns token lists back into running text the way German is typeset: no space before closing
 * punctuation and closing quotes, none after opening brackets and quotes; straight double quotes
 * alternate between opening and closing within a sentence.
 */
public final class Detokenizer {
  private Detokenizer() {}

  /**
   * Detokenizes sentences into running text with the gold spans. Sentences are joined as {@link
   * GoldText} describes.
   *
   * @param sentences the token texts of each sentence, in order
   * @return the running text and the character spans of every token and non-empty sentence
   */
  public static GoldText detokenize(List<List<String>> sentences) {
    GoldText.Builder b = new GoldText.Builder();
    for (List<String> sentence : sentences) {
      b.beginSentence();
      StringBuilder sb = b.text();
      boolean noSpaceNext = true;
      boolean doubleOpen = false;
      boolean singleOpen = false;
      for (String tok : sentence) {
        boolean attachLeft;
        boolean attachRight = false;
        switch (tok) {
          case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…", "''", "“", "‘", "«" ->
              attachLeft = true;
          case "(", "[", "{", "„", "``", "‚", "»" -> {
            attachLeft = false;
            attachRight = true;
          }
          case "\"" -> {
            attachLeft = doubleOpen;
            attachRight = !doubleOpen;
            doubleOpen = !doubleOpen;
          }
          case "'" -> {
            attachLeft = singleOpen;
            attachRight = !singleOpen;
            singleOpen = !singleOpen;
          }
          default -> attachLeft = false;
        }
        if (!noSpaceNext && !attachLeft) {
          sb.append(' ');
        }
        int start = sb.length();
        sb.append(tok);
        b.token(start, sb.length());
        noSpaceNext = attachRight;
      }
      b.endSentence();
    }
    return b.build();
  }
}
