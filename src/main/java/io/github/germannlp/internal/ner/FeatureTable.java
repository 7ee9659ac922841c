package io.github.germannlp.internal.ner;

/** Features made once: their names and, when features are numbered, their numbers. */
final class FeatureTable {
  final String[] names;

  /** The numbers of {@link #names}, or null when features are not numbered. */
  final int[] ids;

  FeatureTable(String[] names, int[] ids) {
    this.names = names;
    this.ids = ids;
  }
}
