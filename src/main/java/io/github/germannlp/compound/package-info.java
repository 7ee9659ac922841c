/**
 * Parts of German noun compounds in dictionary form ({@code Sanktionsdruck} → {@code Sanktion},
 * {@code Druck}): {@link io.github.germannlp.compound.CompoundSplitter}, used by the pipeline's
 * compounds layer, the topics and the Lucene analyzer.
 */
package io.github.germannlp.compound;
