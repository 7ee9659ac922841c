/**
 * Gold-data readers and scorers behind the {@code evaluate} commands (GermEval, CoNLL-U, token and
 * entity scores, calibration). Not supported API: use the command line; these classes may change or
 * go in any release.
 */
package io.github.germannlp.internal.eval;
