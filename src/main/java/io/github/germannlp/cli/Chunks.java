package io.github.germannlp.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces at blank lines, so that a very large input is analysed piece by
 * piece with bounded memory. A blank line always ends a sentence and resets the tokenizer's
 * quote state, so tokens and sentences come out as for the whole text.
 */
final class Chunks {
  private Chunks() {}

  /**
   * Piece boundaries {@code [start, end)} covering {@code text}, each about {@code max} chars or
   * less, cut after a blank line; a stretch without blank lines stays whole.
   */
  static List<int[]> atBlankLines(String text, int max) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (n - start > max) {
      int cut = lastBlankLineEnd(text, start + max / 2, start + max);
      if (cut < 0) {
        cut = nextBlankLineEnd(text, start + max);
      }
      if (cut < 0 || cut >= n) {
        break;
      }
      out.add(new int[] {start, cut});
      start = cut;
    }
    out.add(new int[] {start, n});
    return out;
  }

  /** The end of the last blank line ending in {@code (from, to]}, or -1. */
  private static int lastBlankLineEnd(String text, int from, int to) {
    for (int i = Math.min(to, text.length()) - 1; i > from; i--) {
      if (text.charAt(i) == '\n' && blankLineBefore(text, i)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The end of the first blank line after {@code from}, or -1. */
  private static int nextBlankLineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && blankLineBefore(text, i)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Whether the line break at {@code nl} ends an empty (white-space-only) line. */
  private static boolean blankLineBefore(String text, int nl) {
    for (int j = nl - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }
}
