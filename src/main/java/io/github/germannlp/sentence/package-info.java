/**
 * Sentence boundaries over the tokenizer's tokens: {@link
 * io.github.germannlp.sentence.SentenceSplitter}.
 */
package io.github.germannlp.sentence;
