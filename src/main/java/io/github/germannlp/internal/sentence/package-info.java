/**
 * Sentence boundaries over the tokenizer's tokens for the pipeline. Not supported API: it may
 * change or go in any release.
 */
package io.github.germannlp.internal.sentence;
