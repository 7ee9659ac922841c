package io.github.germannlp.internal.ner;

import java.util.Locale;

/**
 * The {@link FeatureGroup#CLUSTERS} group: the distributional word clusters ({@link WordClusters},
 * stored in the model) of the word at every granularity ({@code c0=} …), and at the finest with its
 * shape; of the words before and after it at every granularity ({@code c0-1=}, {@code c0+1=} …),
 * and of the second word before and after at the coarsest ({@code c0-2=}, {@code c0+2=}); and of a
 * genitive's base form when the word has no cluster ({@code gsc2=}). A word without a cluster has
 * the value {@code U}; beyond the sentence, {@code BOS} and {@code EOS}.
 */
final class ClusterFeatures implements FeatureGenerator {
  private final WordClusters clusters;

  /**
   * The feature tables by granularity and cluster, made once: the word's, its neighbours' and the
   * second neighbours'; after the clusters come the values for no cluster ({@code U}), the sentence
   * start and the sentence end.
   */
  private final FeatureTable[] word;

  private final FeatureTable[] previous;
  private final FeatureTable[] next;
  private final FeatureTable[] previous2;
  private final FeatureTable[] next2;

  /** The prefix of the finest granularity's features ({@code c2=}), for its pair with the shape. */
  private final String finest;

  ClusterFeatures(WordClusters clusters, FeatureNumbering numbering) {
    this.clusters = clusters;
    String[][] values = values(clusters.granularities());
    word = tables(values, "", numbering);
    previous = tables(values, "-1", numbering);
    next = tables(values, "+1", numbering);
    previous2 = tables(values, "-2", numbering);
    next2 = tables(values, "+2", numbering);
    finest = "c" + (values.length - 1) + '=';
  }

  /**
   * The packed clusters of a word ({@link PreparedSentence#clusters}): of the word as written, else
   * of its all-caps form written with a capital only ({@code DIENSTAG}), else of its genitive base
   * ({@code Scholz'}); -1 if none.
   */
  int lookup(String w) {
    int c = clusters.lookup(w);
    if (c >= 0 || w.length() < 2) {
      return c;
    }
    if (Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))) {
      c = clusters.lookup(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
      if (c >= 0) {
        return c;
      }
    }
    if (w.endsWith("'") || w.endsWith("’")) {
      return clusters.lookup(w.substring(0, w.length() - 1));
    }
    return -1;
  }

  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    int[] c = s.clusters;
    int ng = word.length;
    for (int g = 0; g < ng; g++) {
      out.add(word[g], index(c, i, g));
    }
    out.add(finest, word[ng - 1].value(index(c, i, ng - 1)), s.shapes[i]);
    String w = s.tokens[i];
    if (c[i] < 0 && w.length() > 3 && w.endsWith("s")) {
      int base = clusters.lookup(w.substring(0, w.length() - 1));
      if (base >= 0) {
        out.add("gs" + word[ng - 1].name(clusters.cluster(base, ng - 1)));
      }
    }
  }

  @Override
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    int[] c = s.clusters;
    int j = i + offset;
    switch (offset) {
      case -1 -> {
        for (int g = 0; g < word.length; g++) {
          out.add(previous[g], index(c, j, g));
        }
      }
      case 1 -> {
        for (int g = 0; g < word.length; g++) {
          out.add(next[g], index(c, j, g));
        }
      }
      case -2 -> out.add(previous2[0], index(c, j, 0));
      case 2 -> out.add(next2[0], index(c, j, 0));
      default -> {}
    }
  }

  /**
   * Index into the tables of word {@code j} at granularity {@code g}: its cluster, or the value for
   * no cluster, the sentence start or the sentence end after them.
   */
  private int index(int[] c, int j, int g) {
    int k = word[g].size() - 3;
    if (j < 0) {
      return k + 1;
    }
    if (j >= c.length) {
      return k + 2;
    }
    return c[j] < 0 ? k : clusters.cluster(c[j], g);
  }

  /**
   * {@code c<g><position>=<cluster>} for every granularity and cluster, then U, BOS, EOS: numbered
   * without making the names (thousands of them), their values shared by the positions.
   */
  private static FeatureTable[] tables(
      String[][] values, String position, FeatureNumbering numbering) {
    FeatureTable[] out = new FeatureTable[values.length];
    for (int g = 0; g < values.length; g++) {
      out[g] = numbering.table("c" + g + position, '=', values[g]);
    }
    return out;
  }

  /** The values of each granularity's features: its clusters' numbers, then U, BOS, EOS. */
  private static String[][] values(int[] granularities) {
    String[][] out = new String[granularities.length][];
    for (int g = 0; g < granularities.length; g++) {
      int k = granularities[g];
      String[] v = new String[k + 3];
      for (int j = 0; j < k; j++) {
        v[j] = g > 0 && j < out[g - 1].length - 3 ? out[g - 1][j] : Integer.toString(j);
      }
      v[k] = "U";
      v[k + 1] = "BOS";
      v[k + 2] = "EOS";
      out[g] = v;
    }
    return out;
  }
}
