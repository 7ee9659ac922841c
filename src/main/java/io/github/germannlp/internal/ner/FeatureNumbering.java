package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.BoundedCache;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The numbers of features in a recognizer's weights, or none for features used as names only (in
 * training). Generators make their fixed features here once, as {@link FeatureTable}s numbered
 * along; features of a few values ({@link Prefixed}) and the neighbour-word features keep their
 * numbers per value and per word type. Thread-safe: its only mutable state is bounded caches and
 * small tables of the values seen last, whose entries are immutable.
 */
final class FeatureNumbering {
  /** Numbers features by name: a model's feature index. */
  interface Index {
    /** The feature's number, -1 for a feature the model does not know. */
    int id(String feature);

    /**
     * The number of the feature {@code prefix + a + separator + b}; by default through its name.
     */
    default int id(String prefix, String a, char separator, String b) {
      return id(prefix + a + separator + b);
    }

    /** The word-pair features by numbers, once there are such; null: look their names up. */
    default WordPairs pairs() {
      return null;
    }
  }

  /** The numbering, or null for features used as names only. */
  private final Index numbering;

  /**
   * The numbers of a word's {@link Neighbour} features, by word type (numbered only), for sentences
   * that other features prepared (see {@link NerFeatures.WordFacts#neighbourIds}).
   */
  private final BoundedCache<String, int[]> neighbourIds;

  /** The numbers of the sentence start and end, by {@link Neighbour} template. */
  private final int[][] edgeIds;

  /**
   * @param numbering a feature's number, -1 for features the model does not know; null for features
   *     used as names only
   */
  FeatureNumbering(Index numbering) {
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
        ids[f] = names[f] == null ? -1 : numbering.id(names[f]);
      }
    }
    return new FeatureTable("", names, ids);
  }

  /**
   * The table of {@code prefix + separator + value} for every value, in order ({@code c0-1=17}),
   * numbered without making the names.
   */
  FeatureTable table(String prefix, char separator, String[] values) {
    int[] ids = null;
    if (numbering != null) {
      ids = new int[values.length];
      for (int v = 0; v < values.length; v++) {
        ids[v] = values[v] == null ? -1 : numbering.id(prefix, "", separator, values[v]);
      }
    }
    return new FeatureTable(prefix + separator, values, ids);
  }

  /** The table of {@code prefix=value} for every value, in order. */
  FeatureTable table(String prefix, List<String> values) {
    return table(prefix, '=', values.toArray(new String[0]));
  }

  /** A feature of {@code prefix} and a value from a small set ({@code gd=B-PER}). */
  Prefixed prefixed(String prefix) {
    return new Prefixed(prefix);
  }

  /** A feature's number, or -1 when features are not numbered. */
  int number(String feature) {
    return numbering == null ? -1 : numbering.id(feature);
  }

  /**
   * A sink that numbers features; one per caller at a time.
   *
   * @throws IllegalStateException if features are not numbered
   */
  Numbers numbers() {
    return numbers(Numbers.INITIAL);
  }

  /**
   * A sink that numbers features, with room for {@code capacity} numbers before it grows.
   *
   * @throws IllegalStateException if features are not numbered
   */
  Numbers numbers(int capacity) {
    if (numbering == null) {
      throw new IllegalStateException("these features are not numbered");
    }
    return new Numbers(Math.max(capacity, Numbers.INITIAL));
  }

  /** Entries of the small tables of values seen last: immutable, so safe to share unlocked. */
  private record Known(String value, int id) {}

  /** Slots of the tables of values seen last. */
  private static final int RECENT = 16;

  /**
   * A feature of a prefix and a value: for numbered features, the number of each value is kept, so
   * that it is looked up in a small table instead of the model's; the last values seen are found by
   * their hash code and identity before that table is asked.
   */
  final class Prefixed {
    final String prefix;
    private final BoundedCache<String, Integer> ids;
    private final Function<String, Integer> number;

    /** Values seen last by hash slot; a racing reader sees a whole entry or the one before. */
    private final Known[] recent;

    private Prefixed(String prefix) {
      this.prefix = prefix;
      this.ids = numbering == null ? null : new BoundedCache<>(NerFeatures.CACHE_SIZE);
      this.number = v -> numbering.id(this.prefix + v);
      this.recent = new Known[RECENT];
    }

    int id(String value) {
      int slot = value.hashCode() & (recent.length - 1);
      Known k = recent[slot];
      if (k != null && (k.value == value || k.value.equals(value))) {
        return k.id;
      }
      int id = ids.get(value, number);
      recent[slot] = new Known(value, id);
      return id;
    }
  }

  /**
   * A sink that appends the features' numbers (-1 for features the model does not know) to an
   * array, which grows as needed. Not thread-safe: one per call.
   */
  final class Numbers extends FeatureSink {
    /** The room of a sink made without a capacity. */
    static final int INITIAL = 64;

    int[] ids;
    int count;

    private Numbers(int capacity) {
      ids = new int[capacity];
    }

    @Override
    void add(String feature) {
      append(numbering.id(feature));
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
      if (s.preparedBy.numbering == FeatureNumbering.this) { // kept with the word's facts
        NerFeatures.WordFacts f = s.facts[j];
        int[] ids = f.neighbourIds;
        if (ids == null) {
          ids = neighbourIdsOf(s, j);
          f.neighbourIds = ids;
        }
        append(ids[template.ordinal()]);
        return;
      }
      int[] ids = s.neighbourIds[j]; // a sentence prepared by other features: numbered here
      if (ids == null) { // once a token, not once a template
        ids = neighbourIds.get(s.tokens[j], w -> neighbourIdsOf(s, j));
        s.neighbourIds[j] = ids;
      }
      append(ids[template.ordinal()]);
    }

    @Override
    void add(String prefix, String a, String b) {
      append(numbering.id(prefix, a, '|', b));
    }

    @Override
    void add(WordPairs.Kind kind, PreparedSentence s, int i) {
      WordPairs pairs = numbering.pairs();
      if (pairs != null && s.preparedBy.numbering == FeatureNumbering.this) {
        append(pairs.id(kind, s, i)); // the word facts keep their words' part numbers
      } else {
        add(kind.prefix, kind.first(s, i), kind.second(s, i));
      }
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
      ids[t.ordinal()] = numbering.id(t.prefix + t.form(s, j));
    }
    return ids;
  }
}
