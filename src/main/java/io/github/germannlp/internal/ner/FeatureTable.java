package io.github.germannlp.internal.ner;

/**
 * Features made once: their names, each a prefix and a value ({@code c0-1=} and {@code 17}), and,
 * when features are numbered, their numbers. The names are made only when asked for (in training):
 * a recognizer numbers its thousands of table features without making a string each.
 */
final class FeatureTable {
  private final String prefix;
  private final String[] values;

  /** The numbers of the names, or null when features are not numbered. */
  final int[] ids;

  /**
   * @param prefix what every name starts with, often empty
   * @param values the rest of each name; a null value has no name (and the number -1)
   * @param ids the names' numbers, or null
   */
  FeatureTable(String prefix, String[] values, int[] ids) {
    this.prefix = prefix;
    this.values = values;
    this.ids = ids;
  }

  /** The name of feature {@code index}: made here unless the prefix is empty. */
  String name(int index) {
    String v = values[index];
    return prefix.isEmpty() || v == null ? v : prefix + v;
  }

  /** The value of feature {@code index}, its name without the prefix. */
  String value(int index) {
    return values[index];
  }

  /** How many features the table holds. */
  int size() {
    return values.length;
  }
}
