package io.github.germannlp.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights of one or more OpenNLP perceptron models packed over one shared feature index: a
 * feature name is looked up once and its number serves every model (the guide and the main
 * model of an {@link EntityModel} share most of their features). Each model's weights are one
 * flat table in the order OpenNLP keeps them, so {@link Rows#add} adds exactly what {@code
 * PerceptronModel} adds, in the same order. Immutable and thread-safe.
 *
 * <pre>{@code
 * FeatureWeights w = FeatureWeights.of(List.of(main, guide)); // null unless all are perceptrons
 * double[] sums = new double[main.getNumOutcomes()];
 * w.rows(0).add(w.id("w=putin"), sums);
 * }</pre>
 */
final class FeatureWeights {
  /** Feature names by slot of the open-addressing table; null for an empty slot. */
  private final String[] keys;
  /** The name's hash code (high half) and its number (low half) by slot. */
  private final long[] slots;
  private final int mask;
  private final Rows[] rows;

  private FeatureWeights(String[] keys, long[] slots, Rows[] rows) {
    this.keys = keys;
    this.slots = slots;
    this.mask = keys.length - 1;
    this.rows = rows;
  }

  /**
   * The packed weights of {@code models}, or null if one of them is not an OpenNLP perceptron
   * (whose scores are computed otherwise).
   */
  @SuppressWarnings("unchecked")
  static FeatureWeights of(List<MaxentModel> models) {
    Map<String, Context>[] maps = new Map[models.size()];
    int total = 0;
    for (int m = 0; m < maps.length; m++) {
      if (!(models.get(m) instanceof AbstractModel am)
          || am.getModelType() != AbstractModel.ModelType.Perceptron) {
        return null;
      }
      maps[m] = (Map<String, Context>) am.getDataStructures()[1]; // {params, names, outcomes}
      total += maps[m].size();
    }
    int capacity = Integer.highestOneBit(Math.max(4, total) * 2 - 1) << 1;
    String[] keys = new String[capacity];
    long[] slots = new long[capacity];
    String[] names = new String[Math.max(total, 1)];
    int count = 0;
    for (Map<String, Context> map : maps) {
      for (String name : map.keySet()) {
        int h = name.hashCode();
        int s = slot(h, capacity - 1, keys, slots, name);
        if (keys[s] == null) {
          keys[s] = name;
          slots[s] = (long) h << 32 | count;
          names[count++] = name;
        }
      }
    }
    Rows[] rows = new Rows[maps.length];
    for (int m = 0; m < maps.length; m++) {
      rows[m] = Rows.of(models.get(m).getNumOutcomes(), maps[m], names, count);
    }
    return new FeatureWeights(keys, slots, rows);
  }

  /** The slot of {@code name}: where it is, or the empty slot where it would go. */
  private static int slot(int h, int mask, String[] keys, long[] slots, String name) {
    int s = mix(h) & mask;
    while (keys[s] != null && ((int) (slots[s] >>> 32) != h || !keys[s].equals(name))) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * The number of a feature, the same for every model.
   *
   * @return its number, or -1 for a feature none of the models knows
   */
  int id(String feature) {
    int h = feature.hashCode();
    int s = mix(h) & mask;
    String k;
    while ((k = keys[s]) != null) {
      long v = slots[s];
      if ((int) (v >>> 32) == h && (k == feature || k.equals(feature))) {
        return (int) v;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /** The weights of model {@code m}, in the order the models were given. */
  Rows rows(int m) {
    return rows[m];
  }

  /**
   * One model's weights by feature number, dense: feature {@code f}'s weight for outcome {@code
   * o} at {@code f * outcomes + o}, 0 where the model has none (adding 0 to a sum that starts at
   * +0 changes nothing), so one feature's weights lie side by side in memory.
   */
  static final class Rows {
    private final int outcomes;
    private final double[] weight;

    private Rows(int outcomes, double[] weight) {
      this.outcomes = outcomes;
      this.weight = weight;
    }

    private static Rows of(int outcomes, Map<String, Context> map, String[] names, int count) {
      double[] weight = new double[count * outcomes];
      for (int f = 0; f < count; f++) {
        Context c = map.get(names[f]);
        if (c != null) {
          int[] o = c.getOutcomes();
          double[] w = c.getParameters();
          for (int k = 0; k < o.length; k++) {
            weight[f * outcomes + o[k]] += w[k];
          }
        }
      }
      return new Rows(outcomes, weight);
    }

    /** Adds feature {@code id}'s weights to {@code sums}; -1 (an unknown feature) adds nothing. */
    void add(int id, double[] sums) {
      if (id >= 0) {
        int at = id * outcomes;
        for (int o = 0; o < outcomes; o++) {
          sums[o] += weight[at + o];
        }
      }
    }

    /** Adds the weights of features {@code ids[from, to)}, in order, to {@code sums}. */
    void add(int[] ids, int from, int to, double[] sums) {
      for (int f = from; f < to; f++) {
        add(ids[f], sums);
      }
    }
  }
}
