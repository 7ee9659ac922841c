package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.DER;
import static io.github.germannlp.internal.pos.WordFlags.isQuote;

/**
 * der, die, das, dem, den tagged DET that do not begin a noun phrase are pronouns (relative: "die
 * Frau, die dort wohnt"; demonstrative: "das glaube ich"). Past adverbs, adjectives and quotation
 * marks, a pronoun follows if the next word is a verb or a personal pronoun (not itself followed by
 * an adjective: "der sie begleitende Minister"); or, with no adjective in between, a punctuation
 * mark or particle; or, after a comma, a preposition, past adverbs ("die in Berlin wohnt", ", der
 * heute von"; elsewhere it may begin an extended attribute: "der für uns neue Weg"); or, right
 * after it, another article, possessive or demonstrative ("Schafe, die das Image verderben"; but
 * "die beiden Männer").
 */
final class PronounRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    int n = tags.length;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & DER) == 0 || !tags[i].equals("DET")) {
        continue;
      }
      int j = i + 1;
      boolean adjective = false;
      while (j < n) {
        String t = tags[j];
        if (t.equals("ADV") || t.equals("ADJ")) {
          adjective |= t.equals("ADJ");
          j++;
        } else if (t.equals("PUNCT") && isQuote(words[j])) {
          j++;
        } else {
          break;
        }
      }
      String t = j < n ? tags[j] : "PUNCT";
      boolean pronoun;
      switch (t) {
        case "VERB":
        case "AUX":
          pronoun = true;
          break;
        case "PRON":
          pronoun = j + 1 >= n || !tags[j + 1].equals("ADJ");
          break;
        case "PUNCT":
        case "PART":
        case "SCONJ":
          pronoun = !adjective;
          break;
        case "ADP":
          pronoun = !adjective && i > 0 && words[i - 1].equals(",");
          break;
        case "DET":
          pronoun = j == i + 1 && isArticleLike(words[j]);
          break;
        default:
          pronoun = false;
      }
      if (pronoun) {
        tags[i] = "PRON";
      }
    }
  }

  /** An article, possessive or demonstrative, which cannot follow an article directly. */
  private static boolean isArticleLike(String w) {
    String l = w.toLowerCase(java.util.Locale.ROOT);
    switch (l) {
      case "der":
      case "die":
      case "das":
      case "dem":
      case "den":
      case "des":
        return true;
      default:
        return l.startsWith("ein")
            || l.startsWith("kein")
            || l.startsWith("mein")
            || l.startsWith("dein")
            || l.startsWith("sein")
            || l.startsWith("ihr")
            || l.startsWith("unser")
            || l.startsWith("euer")
            || l.startsWith("eur")
            || l.startsWith("dies")
            || l.startsWith("jen");
    }
  }
}
