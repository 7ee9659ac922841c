package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.LOWER_ADJ;
import static io.github.germannlp.internal.pos.WordFlags.LOWER_ADV;
import static io.github.germannlp.internal.pos.WordFlags.LOWER_VERB;
import static io.github.germannlp.internal.pos.WordFlags.isPunctuation;

/**
 * A word at the start of a sentence or clause that the lexicon knows only in lower case, as an
 * adjective, verb or adverb, is not a name: "Schönes Hotel", "Kenne den Shop", "Knapp 20 Euro". The
 * model, seeing a capital, tags it PROPN. Unless a name follows ("Knapp Müller"). Works with the
 * tagger's lexicon mask, which does not allow PROPN for such a word.
 */
final class CapitalisedAtStartRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      if (!tags[i].equals("PROPN")
          || i > 0 && !isPunctuation(words[i - 1])
          || i + 1 < tags.length && tags[i + 1].equals("PROPN")) {
        continue;
      }
      if ((flags[i] & LOWER_ADJ) != 0) {
        tags[i] = "ADJ";
      } else if ((flags[i] & LOWER_VERB) != 0) {
        tags[i] = "VERB";
      } else if ((flags[i] & LOWER_ADV) != 0) {
        tags[i] = "ADV";
      }
    }
  }
}
