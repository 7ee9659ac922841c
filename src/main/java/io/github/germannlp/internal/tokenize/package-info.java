/**
 * The tokenizer behind {@link io.github.germannlp.tokenize.TokenScheme}: the scanner, its character
 * tables, break hints and token buffer. Not supported API: these classes may change or go in any
 * release.
 */
package io.github.germannlp.internal.tokenize;
