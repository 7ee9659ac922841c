/**
 * Corpus readers, word clusters and name statistics behind {@code train entities}. Not supported
 * API: these classes may change or go in any release.
 */
package io.github.germannlp.internal.ner.train;
