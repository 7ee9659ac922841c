/**
 * Tokens with exact character offsets, cut the way German news needs (abbreviations, ordinals,
 * dates, quotes, hyphenated compounds, gender forms, URLs): {@link
 * io.github.germannlp.tokenize.GermanTokenizer} under a {@link
 * io.github.germannlp.tokenize.TokenScheme}, with its {@link
 * io.github.germannlp.tokenize.Abbreviations}. The character tables and the token buffer are its
 * internals.
 */
package io.github.germannlp.tokenize;
