/**
 * The entity recognizer behind {@link io.github.germannlp.ner}: features, weights, beam search,
 * word lists, gazetteer, word clusters, canonical names and news conventions (datelines, agency
 * credits). Not supported API: these classes may change or go in any release.
 */
package io.github.germannlp.internal.ner;
