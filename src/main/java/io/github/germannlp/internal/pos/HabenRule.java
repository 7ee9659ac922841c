package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.Clauses.clauseEnd;
import static io.github.germannlp.internal.pos.Clauses.clauseStart;
import static io.github.germannlp.internal.pos.Clauses.isClauseFinal;
import static io.github.germannlp.internal.pos.WordFlags.HABEN;
import static io.github.germannlp.internal.pos.WordFlags.PARTICIPLE;

/**
 * GSD tags {@code haben} as AUX only with a past participle in its clause ("hat ... ergriffen"), as
 * VERB otherwise ("hatte Gelegenheit"); the model confuses the two. A participle tagged ADJ at the
 * end of the clause counts, and becomes VERB ("hat sich dafür ausgesprochen").
 */
final class HabenRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB") || (flags[i] & HABEN) == 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean participle = false;
      for (int j = from; j < to && !participle; j++) {
        participle =
            j != i
                && (tags[j].equals("VERB")
                    || tags[j].equals("AUX")
                    || tags[j].equals("ADJ") && isClauseFinal(words, j, to))
                && (flags[j] & PARTICIPLE) != 0;
        if (participle && tags[j].equals("ADJ")) {
          tags[j] = "VERB"; // a participle at the end of a clause with haben: the perfect
        }
      }
      tags[i] = participle ? "AUX" : "VERB";
    }
  }
}
