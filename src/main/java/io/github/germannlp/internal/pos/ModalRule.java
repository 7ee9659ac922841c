package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.Clauses.clauseEnd;
import static io.github.germannlp.internal.pos.Clauses.clauseStart;
import static io.github.germannlp.internal.pos.WordFlags.HABEN;
import static io.github.germannlp.internal.pos.WordFlags.INFINITIVE;
import static io.github.germannlp.internal.pos.WordFlags.MODAL;
import static io.github.germannlp.internal.pos.WordFlags.SEIN;
import static io.github.germannlp.internal.pos.WordFlags.WERDEN;

/**
 * GSD tags a modal verb as AUX with an infinitive in its clause ("wir konnten es nicht ändern",
 * "haben wollten"), as VERB without one ("Ich mag Pizza", "konnten nicht anders"). An infinitive
 * only past a comma or dash ("kann, wenn er will, kommen") leaves the model's tag.
 */
final class ModalRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB")
          || (flags[i] & MODAL) == 0
          || (flags[i] & (HABEN | SEIN | WERDEN)) != 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean infinitive = false;
      for (int j = from; j < to && !infinitive; j++) {
        infinitive = j != i && (flags[j] & INFINITIVE) != 0;
      }
      boolean later = false; // an infinitive further on, past a comma or dash
      for (int j = to; j < words.length && !later && !infinitive; j++) {
        later = (flags[j] & INFINITIVE) != 0;
      }
      if (infinitive) {
        tags[i] = "AUX";
      } else if (!later) {
        tags[i] = "VERB";
      }
    }
  }
}
