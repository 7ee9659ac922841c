package io.github.germannlp.internal.pos;

import java.util.List;

/**
 * A rule applied to a tagged sentence after decoding: it corrects tags where UD German GSD's
 * conventions differ from what the model gives (auxiliaries, pronouns, {@code zu}, subordinators,
 * words the lexicon knows better). Rules are stateless; {@link #GSD} applies them in order, each
 * seeing the tags the ones before it left.
 */
interface PosRule {
  /** The rules, in the order the tagger applies them. */
  List<PosRule> GSD =
      List.of(
          new ZuRule(),
          new PronounRule(),
          new LexicalRule(),
          new NoPunctuationRule(),
          new CapitalisedAtStartRule(),
          new SubordinatorRule(),
          new HabenRule(),
          new WerdenRule(),
          new SeinRule(),
          new ModalRule());

  /**
   * Corrects tags in place.
   *
   * @param words the sentence's words
   * @param flags each word's {@link WordFlags}
   * @param tags each word's UPOS tag, changed in place
   */
  void apply(String[] words, int[] flags, String[] tags);
}
