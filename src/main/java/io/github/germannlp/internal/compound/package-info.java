/**
 * Parts of German noun compounds in dictionary form ({@code Sanktionsdruck} → {@code Sanktion},
 * {@code Druck}) for the compounds layer, the topics and the Lucene analyzer. Not supported API: it
 * may change or go in any release.
 */
package io.github.germannlp.internal.compound;
