/**
 * Readers of input archives and JSON lines for the command line and the trainers. Not supported
 * API: these classes may change or go in any release.
 */
package io.github.germannlp.corpus;
