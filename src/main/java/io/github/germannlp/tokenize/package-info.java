/**
 * How text is cut into tokens: the {@link io.github.germannlp.tokenize.TokenScheme} (the library's
 * own or a Universal Dependencies one) and the {@link io.github.germannlp.tokenize.Abbreviations}
 * that do not end a sentence. The tokenizer itself lives in an internal package.
 */
package io.github.germannlp.tokenize;
