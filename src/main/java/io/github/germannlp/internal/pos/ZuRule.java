package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.INFINITIVE;
import static io.github.germannlp.internal.pos.WordFlags.ZU;

/**
 * "zu" before an infinitive is the infinitive marker (PART: "zu liefern"), before a noun phrase a
 * preposition (ADP: "zu ihm", "zu Hause"); the model confuses the two.
 */
final class ZuRule implements PosRule {
  @Override
  public void apply(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i + 1 < tags.length; i++) {
      if ((flags[i] & ZU) == 0 || !(tags[i].equals("PART") || tags[i].equals("ADP"))) {
        continue;
      }
      String next = tags[i + 1];
      if ((flags[i + 1] & INFINITIVE) != 0 && (next.equals("VERB") || next.equals("AUX"))) {
        tags[i] = "PART";
      } else if (next.equals("NOUN")
          || next.equals("PROPN")
          || next.equals("PRON")
          || next.equals("DET")
          || next.equals("NUM")
          || next.equals("ADJ")) {
        tags[i] = "ADP";
      }
    }
  }
}
