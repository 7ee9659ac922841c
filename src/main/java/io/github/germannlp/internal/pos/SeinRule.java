package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.Clauses.clauseEnd;
import static io.github.germannlp.internal.pos.Clauses.clauseStart;
import static io.github.germannlp.internal.pos.WordFlags.HABEN;
import static io.github.germannlp.internal.pos.WordFlags.SEIN;
import static io.github.germannlp.internal.pos.WordFlags.WERDEN;

/**
 * GSD tags {@code sein} as AUX as a copula or auxiliary, as VERB where it says where or that
 * something is ("ich war dort", "in dem Saal sind Wahlen"). AUX if its clause has a verb, a
 * predicative adjective or two noun phrases outside prepositional phrases (subject and predicate);
 * VERB if it has neither but a prepositional phrase or "da", "hier", "dort"; otherwise the model's
 * tag stays.
 */
final class SeinRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    int n = words.length;
    for (int i = 0; i < n; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB")
          || (flags[i] & SEIN) == 0
          || (flags[i] & (HABEN | WERDEN)) != 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean predicate = false;
      boolean place = false;
      boolean inPhrase = false; // after a preposition, before its noun
      boolean inNoun = false; // within a run of nouns
      int nounPhrases = 0;
      for (int j = from; j < to && !predicate; j++) {
        if (j == i) {
          inNoun = false;
          continue;
        }
        String t = tags[j];
        switch (t) {
          case "VERB":
          case "AUX":
            predicate = true;
            break;
          case "ADJ":
            {
              String next = j + 1 < n ? tags[j + 1] : "PUNCT";
              predicate =
                  !(next.equals("NOUN")
                      || next.equals("PROPN")
                      || next.equals("ADJ")
                      || next.equals("NUM")
                      || next.equals("CCONJ")
                      || next.equals("PUNCT") && j + 2 < n && tags[j + 2].equals("ADJ"));
              inNoun = false;
              break;
            }
          case "ADP":
            place = true;
            inPhrase = true;
            inNoun = false;
            break;
          case "NOUN":
          case "PROPN":
          case "PRON":
            if (!inNoun && !inPhrase) {
              nounPhrases++;
            }
            inNoun = !t.equals("PRON");
            inPhrase = false;
            break;
          case "ADV":
            switch (words[j]) {
              case "da":
              case "hier":
              case "dort":
              case "daheim":
              case "dabei":
                place = true;
                break;
              default:
                break;
            }
            inNoun = false;
            break;
          case "DET":
          case "NUM":
            inNoun = false;
            break;
          default:
            inNoun = false;
            inPhrase = false;
        }
      }
      if (predicate || nounPhrases >= 2) {
        tags[i] = "AUX";
      } else if (place) {
        tags[i] = "VERB";
      }
    }
  }
}
