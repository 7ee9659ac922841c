package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.isQuote;

/** Clause boundaries in a tagged sentence, for the verb rules ({@link PosRule}). */
final class Clauses {
  private Clauses() {}

  /** Whether word j is the last word before position to, quotation marks aside. */
  static boolean isClauseFinal(String[] words, int j, int to) {
    for (int k = j + 1; k < to; k++) {
      if (!isQuote(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** The first word of the clause of word i (see {@link #isClauseBoundary}). */
  static int clauseStart(String[] words, int i) {
    int from = i;
    while (from > 0 && !isClauseBoundary(words[from - 1])) {
      from--;
      if (words[from].equals(")")) {
        int open = from - 1;
        while (open >= 0 && !words[open].equals("(")) {
          open--;
        }
        if (open > 0) {
          from = open; // a parenthesis inside the clause
        }
      }
    }
    return from;
  }

  /**
   * The end (exclusive) of the clause of word i: the next clause boundary, but not a parenthesis
   * inside the clause nor a comma between adjectives ("ein gewaltfreies, demokratisches Land") or
   * between nouns or names ("in der Schweiz, Großbritannien und").
   */
  static int clauseEnd(String[] words, String[] tags, int i) {
    int to = i + 1;
    while (to < words.length) {
      String w = words[to];
      if (w.equals("(")) {
        int close = to + 1;
        while (close < words.length && !words[close].equals(")")) {
          close++;
        }
        if (close < words.length) {
          to = close + 1;
          continue;
        }
      }
      if (w.equals(",") && to + 1 < words.length && isEnumeration(tags[to - 1], tags[to + 1])) {
        to++;
        continue;
      }
      if (isClauseBoundary(w)) {
        break;
      }
      to++;
    }
    return to;
  }

  /** Whether a comma between words tagged a and b separates the items of an enumeration. */
  static boolean isEnumeration(String a, String b) {
    if (a.equals("ADJ")) {
      return b.equals("ADJ");
    }
    return (a.equals("NOUN") || a.equals("PROPN")) && (b.equals("NOUN") || b.equals("PROPN"));
  }

  static boolean isClauseBoundary(String w) {
    switch (w) {
      case ",":
      case ";":
      case ":":
      case ".":
      case "!":
      case "?":
      case "(":
      case ")":
      case "–":
      case "--":
      case "—":
        return true;
      default:
        return false;
    }
  }
}
