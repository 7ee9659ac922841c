package io.github.germannlp.internal.ner;

/**
 * Features made once: their names, each a prefix and a value ({@code c0-1=} and {@code 17}), and,
 * when features are numbered, their numbers. The names are made only when first asked for: a
 * recognizer that numbers its features (thousands of them in the cluster tables) makes no string.
 */
final class FeatureTable {
  private final String prefix;
  private final String[] values;

  /** The numbers of the names, or null when features are not numbered. */
  final int[] ids;

  /**
   * The names, made on the first call of {@link #name} (features used as names: training, and
   * models whose features are not numbered); published whole through the volatile field.
   */
  private volatile String[] names;

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

  /** The name of feature {@code index}, or null for a null value. */
  String name(int index) {
    if (prefix.isEmpty()) {
      return values[index];
    }
    String[] n = names;
    if (n == null) {
      n = new String[values.length];
      for (int v = 0; v < n.length; v++) {
        n[v] = values[v] == null ? null : prefix + values[v];
      }
      names = n;
    }
    return n[index];
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
