/**
 * Parts of speech (Universal Dependencies tags) and lemmas for the pipeline's {@code POS} and
 * {@code LEMMA} layers: the tagger, the lemmatizer and the full-form lexicon they share. Not
 * supported API: these classes may change or go in any release.
 */
package io.github.germannlp.internal.pos;
