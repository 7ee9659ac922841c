/**
 * The command line ({@code java -jar german-nlp-cli.jar}): its commands, flags and output formats
 * are a public contract, documented in the README; its classes are not supported API and may change
 * in any release.
 */
package io.github.germannlp.cli;
