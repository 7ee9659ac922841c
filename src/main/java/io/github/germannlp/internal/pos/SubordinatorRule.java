package io.github.germannlp.internal.pos;

/**
 * bis, seit, während, wie, als tagged ADP before a subject pronoun begin a clause ("bis er aufgab",
 * "wie sich herausstellte"): SCONJ. A preposition does not govern "er", "wir", "man".
 */
final class SubordinatorRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i + 1 < tags.length; i++) {
      if (!tags[i].equals("ADP")) {
        continue;
      }
      switch (words[i]) {
        case "bis":
        case "Bis":
        case "seit":
        case "Seit":
        case "während":
        case "Während":
        case "wie":
        case "Wie":
        case "als":
        case "Als":
          break;
        default:
          continue;
      }
      switch (words[i + 1]) {
        case "ich":
        case "du":
        case "er":
        case "sie":
        case "es":
        case "wir":
        case "ihr":
        case "man":
        case "sich":
          tags[i] = "SCONJ";
          break;
        default:
          break;
      }
    }
  }
}
