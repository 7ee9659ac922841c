package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.BoundedCache;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The numbers of features in a recognizer's weights, or none for features used as names only (in
 * training). Generators make their fixed features here once, as {@link FeatureTable}s numbered
 * along; features of a few values ({@link Prefixed}) and the neighbour-word features keep their
 * numbers per value and per word type. Thread-safe: its only mutable state is bounded caches.
 */
final class FeatureNumbering {
  /** The numbering, or null for features used as names only. */
  private final ToIntFunction<String> numbering;

  /** The numbers of a word's {@link Neighbour} features, by word type (numbered only). */
  private final BoundedCache<String, int[]> neighbourIds;

  /** The numbers of the sentence start and end, by {@link Neighbour} template. */
  private final int[][] edgeIds;

  /**
   * @param numbering a feature's number, -1 for features the model does not know; null for features
   *     used as names only
   */
  FeatureNumbering(ToIntFunction<String> numbering) {
    this.numbering = numbering;
    this.neighbourIds = numbering == null ? null : new BoundedCache<>(NerFeatures.CACHE_SIZE);
    Neighbour[] templates = Neighbour.values();
    edgeIds = new int[templates.length][2];
    for (Neighbour t : templates) {
      edgeIds[t.ordinal()][0] = number(t.prefix + "BOS");
      edgeIds[t.ordinal()][1] = number(t.prefix + "EOS");
    }
  }

  /** A table of features made once, numbered if features are numbered. */
  FeatureTable table(String[] names) {
    int[] ids = null;
    if (numbering != null) {
      ids = new int[names.length];
      for (int f = 0; f < names.length; f++) {
        ids[f] = names[f] == null ? -1 : numbering.applyAsInt(names[f]);
      }
    }
    return new FeatureTable(names, ids);
  }

  /** The table of {@code prefix=value} for every value, in order. */
  FeatureTable table(String prefix, List<String> values) {
    String[] names = new String[values.size()];
    for (int v = 0; v < names.length; v++) {
      names[v] = prefix + '=' + values.get(v);
    }
    return table(names);
  }

  /** A feature of {@code prefix} and a value from a small set. */
  Prefixed prefixed(String prefix) {
    return new Prefixed(prefix);
  }

  /** A feature's number, or -1 when features are not numbered. */
  int number(String feature) {
    return numbering == null ? -1 : numbering.applyAsInt(feature);
  }

  /**
   * A sink that numbers features; one per caller at a time.
   *
   * @throws IllegalStateException if features are not numbered
   */
  Numbers numbers() {
    if (numbering == null) {
      throw new IllegalStateException("these features are not numbered");
    }
    return new Numbers();
  }

  /**
   * A feature of a prefix and a value from a small set (a tag, a tag and a word shape): for
   * numbered features, the number of each value is kept, so that it is looked up in a small table
   * instead of the model's.
   */
  final class Prefixed {
    final String prefix;
    private final BoundedCache<String, Integer> ids;

    private Prefixed(String prefix) {
      this.prefix = prefix;
      this.ids = numbering == null ? null : new BoundedCache<>(NerFeatures.CACHE_SIZE);
    }

    int id(String value) {
      return ids.get(value, v -> numbering.applyAsInt(prefix + v));
    }
  }

  /**
   * A sink that appends the features' numbers (-1 for features the model does not know) to an
   * array, which grows as needed. Not thread-safe: one per call.
   */
  final class Numbers extends FeatureSink {
    int[] ids = new int[64];
    int count;

    private Numbers() {}

    @Override
    void add(String feature) {
      append(numbering.applyAsInt(feature));
    }

    @Override
    void add(FeatureTable table, int index) {
      append(table.ids[index]);
    }

    @Override
    void add(Neighbour template, PreparedSentence s, int i) {
      int j = i + template.offset;
      if (j < 0 || j >= s.tokens.length) {
        append(edgeIds[template.ordinal()][j < 0 ? 0 : 1]);
        return;
      }
      int[] ids = s.neighbourIds[j];
      if (ids == null) { // once a token, not once a template
        ids = neighbourIds.get(s.tokens[j], w -> neighbourIdsOf(s, j));
        s.neighbourIds[j] = ids;
      }
      append(ids[template.ordinal()]);
    }

    @Override
    void add(Prefixed prefix, String value) {
      append(prefix.id(value));
    }

    private void append(int id) {
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
      }
      ids[count++] = id;
    }
  }

  /** The numbers of the {@link Neighbour} features of word {@code j} of {@code s}. */
  private int[] neighbourIdsOf(PreparedSentence s, int j) {
    Neighbour[] templates = Neighbour.values();
    int[] ids = new int[templates.length];
    for (Neighbour t : templates) {
      ids[t.ordinal()] = numbering.applyAsInt(t.prefix + t.form(s, j));
    }
    return ids;
  }
}
