/**
 * Parts of speech (Universal Dependencies tags) and lemmas: {@link
 * io.github.germannlp.pos.PosTagger} and {@link io.github.germannlp.pos.Lemmatizer}, with the
 * full-form lexicon they share ({@link io.github.germannlp.pos.GermanLexicon}). The pipeline
 * runs them for the {@code POS} and {@code LEMMA} layers.
 */
package io.github.germannlp.pos;
