package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.INFLECTED_OR_ADVERB;
import static io.github.germannlp.internal.pos.WordFlags.PLACE_ADJECTIVE;
import static io.github.germannlp.internal.pos.WordFlags.QUANTIFIER;
import static io.github.germannlp.internal.pos.WordFlags.TITLE;

/**
 * Rules on single words whose class the lexicon tells:
 *
 * <ul>
 *   <li>titles are nouns ("Herr Dr. Sieben", UD's rule), which the model tags PROPN beside a name
 *       (the beam search already allows only NOUN for a title);
 *   <li>a word that is an inflected adjective or an adverb ("lange") is an adverb unless a noun,
 *       adjective or number follows ("schon lange", but "eine lange Reise");
 *   <li>viel, mehr, wenig before a noun (past adjectives) are determiners ("viel Zeit", "mehr
 *       Freizeit"; STTS PIAT), which the lexicon, knowing them as adverbs, talks the model out of;
 *   <li>an adjective from a place name (Aachener, Wiener) before a noun is an adjective ("der
 *       Wiener Kongress"), which the model tags as a name or noun.
 * </ul>
 */
final class LexicalRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    int n = tags.length;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & TITLE) != 0) {
        tags[i] = "NOUN";
      } else if ((flags[i] & INFLECTED_OR_ADVERB) != 0 && tags[i].equals("ADJ")) {
        String next = i + 1 < n ? tags[i + 1] : "PUNCT";
        if (!(next.equals("NOUN")
            || next.equals("PROPN")
            || next.equals("ADJ")
            || next.equals("NUM"))) {
          tags[i] = "ADV";
        }
      } else if ((flags[i] & (QUANTIFIER | PLACE_ADJECTIVE)) != 0) {
        int j = i + 1;
        while ((flags[i] & QUANTIFIER) != 0 && j < n && tags[j].equals("ADJ")) {
          j++;
        }
        if (j < n && (tags[j].equals("NOUN") || tags[j].equals("PROPN"))) {
          tags[i] = (flags[i] & QUANTIFIER) != 0 ? "DET" : "ADJ";
        }
      }
    }
  }
}
