package io.github.germannlp.internal.ner;

import java.util.List;

/**
 * Where a token's features go, in order: as names ({@link Names}) or as numbers ({@link
 * FeatureNumbering.Numbers}). Features made once come as a table and an index, so that numbers need
 * no lookup.
 */
abstract class FeatureSink {
  /** A feature made for this token. */
  abstract void add(String feature);

  /** The feature {@code prefix + a + '|' + b}, made for this token (numbers build no string). */
  abstract void add(String prefix, String a, String b);

  /** The feature {@code table.name(index)}. */
  abstract void add(FeatureTable table, int index);

  /** The {@code template} feature of token {@code i}. */
  abstract void add(Neighbour template, PreparedSentence s, int i);

  /** The feature {@code prefix.prefix + value}. */
  abstract void add(FeatureNumbering.Prefixed prefix, String value);

  /** Pair feature {@code kind} of token {@code i} of {@code s}. */
  abstract void add(WordPairs.Kind kind, PreparedSentence s, int i);

  /** The features {@code table.name(c)} of the gazetteer categories {@code c} in {@code mask}. */
  final void addCategories(FeatureTable table, int mask) {
    while (mask != 0) {
      add(table, Integer.numberOfTrailingZeros(mask));
      mask &= mask - 1;
    }
  }

  /** A sink that appends the features' names to a list. */
  static final class Names extends FeatureSink {
    private final List<String> out;

    Names(List<String> out) {
      this.out = out;
    }

    @Override
    void add(String feature) {
      out.add(feature);
    }

    @Override
    void add(String prefix, String a, String b) {
      out.add(prefix + a + '|' + b);
    }

    @Override
    void add(FeatureTable table, int index) {
      out.add(table.name(index));
    }

    @Override
    void add(Neighbour template, PreparedSentence s, int i) {
      out.add(template.name(s, i));
    }

    @Override
    void add(FeatureNumbering.Prefixed prefix, String value) {
      out.add(prefix.prefix + value);
    }

    @Override
    void add(WordPairs.Kind kind, PreparedSentence s, int i) {
      add(kind.prefix, kind.first(s, i), kind.second(s, i));
    }
  }
}
