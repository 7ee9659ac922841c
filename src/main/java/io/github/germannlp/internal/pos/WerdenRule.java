package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.Clauses.clauseEnd;
import static io.github.germannlp.internal.pos.Clauses.clauseStart;
import static io.github.germannlp.internal.pos.Clauses.isClauseFinal;
import static io.github.germannlp.internal.pos.WordFlags.INFINITIVE;
import static io.github.germannlp.internal.pos.WordFlags.PARTICIPLE;
import static io.github.germannlp.internal.pos.WordFlags.WERDEN;

/**
 * GSD tags {@code werden} as AUX with a participle (passive) or an infinitive (future) in its
 * clause, as VERB otherwise ("er wird Arzt", "es wurde schlimmer"). A participle tagged ADJ at the
 * end of the clause ("wurde neu angelegt") is the passive's: VERB.
 */
final class WerdenRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB") || (flags[i] & WERDEN) == 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean verb = false;
      for (int j = from; j < to && !verb; j++) {
        if (j == i) {
          continue;
        }
        String t = tags[j];
        if (t.equals("VERB") || t.equals("AUX")) {
          verb = (flags[j] & (PARTICIPLE | INFINITIVE)) != 0;
        } else if (t.equals("ADJ") && (flags[j] & PARTICIPLE) != 0 && isClauseFinal(words, j, to)) {
          verb = true;
          tags[j] = "VERB";
        }
      }
      tags[i] = verb ? "AUX" : "VERB";
    }
  }
}
