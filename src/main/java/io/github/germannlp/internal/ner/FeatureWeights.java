package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.WordTable;
import io.github.germannlp.ner.EntityModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights of one or more perceptron models packed over one shared feature index: a feature name
 * is looked up once and its number serves every model (the guide and the main model of an {@link
 * EntityModel} share most of their features). Each model's weights are one dense table, feature
 * {@code f}'s weights side by side, 0 where the model has none, so {@link Rows#add} adds exactly
 * what OpenNLP's {@code PerceptronModel} adds (adding 0 to a sum that starts at +0 changes
 * nothing). Immutable and thread-safe.
 *
 * <p>Model files of version 5 store these weights ({@link #write}); {@link #read} loads them with
 * bulk reads, without an object per feature.
 *
 * <pre>{@code
 * FeatureWeights w = FeatureWeights.of(List.of(main, guide)); // null unless all are perceptrons
 * double[] sums = new double[main.getNumOutcomes()];
 * w.rows(0).add(w.id("w=putin"), sums);
 * }</pre>
 */
public final class FeatureWeights implements FeatureNumbering.Index {
  /** Feature names, each with its number as value. */
  private final WordTable names;

  private final Rows[] rows;

  private FeatureWeights(WordTable names, Rows[] rows) {
    this.names = names;
    this.rows = rows;
  }

  /**
   * The packed weights of {@code models}: those the models are views of ({@link #model}), or packed
   * from OpenNLP perceptrons; null if one of them is neither (whose scores are computed by its own
   * {@code eval}).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static FeatureWeights of(List<MaxentModel> models) {
    FeatureWeights shared = null; // views of one packed table: its rows, as they are
    Rows[] selected = new Rows[models.size()];
    for (int m = 0; m < models.size(); m++) {
      if (!(models.get(m) instanceof View v) || shared != null && v.weights != shared) {
        shared = null;
        break;
      }
      shared = v.weights;
      selected[m] = v.rows;
    }
    if (shared != null) {
      return java.util.Arrays.equals(selected, shared.rows)
          ? shared
          : new FeatureWeights(shared.names, selected);
    }
    Map<String, Context>[] maps = new Map[models.size()];
    String[][] outcomes = new String[models.size()][];
    int total = 0;
    for (int m = 0; m < maps.length; m++) {
      MaxentModel model = models.get(m);
      if (!(model instanceof AbstractModel am)
          || am.getModelType() != AbstractModel.ModelType.Perceptron) {
        return null;
      }
      maps[m] = (Map<String, Context>) am.getDataStructures()[1]; // {params, names, outcomes}
      outcomes[m] = outcomes(model);
      total += maps[m].size();
    }
    java.util.LinkedHashMap<String, Integer> ids = new java.util.LinkedHashMap<>(total * 2);
    for (Map<String, Context> map : maps) {
      for (String name : map.keySet()) {
        ids.putIfAbsent(name, ids.size());
      }
    }
    WordTable.Builder table = new WordTable.Builder(ids.size());
    ids.forEach(table::add);
    String[] byId = ids.keySet().toArray(new String[0]);
    Rows[] rows = new Rows[maps.length];
    for (int m = 0; m < maps.length; m++) {
      int k = outcomes[m].length;
      double[] weight = new double[byId.length * k];
      for (int f = 0; f < byId.length; f++) {
        Context c = maps[m].get(byId[f]);
        if (c != null) {
          int[] o = c.getOutcomes();
          double[] w = c.getParameters();
          for (int j = 0; j < o.length; j++) {
            weight[f * k + o[j]] += w[j];
          }
        }
      }
      rows[m] = new Rows(outcomes[m], weight);
    }
    return new FeatureWeights(table.build(), rows);
  }

  private static String[] outcomes(MaxentModel model) {
    String[] out = new String[model.getNumOutcomes()];
    for (int o = 0; o < out.length; o++) {
      out[o] = model.getOutcome(o);
    }
    return out;
  }

  /**
   * The number of a feature, the same for every model.
   *
   * @return its number, or -1 for a feature none of the models knows
   */
  @Override
  public int id(String feature) {
    return names.index(feature); // a feature's value is its index
  }

  /** The number of the feature {@code prefix + a + separator + b}, or -1; builds no string. */
  @Override
  public int id(String prefix, String a, char separator, String b) {
    return names.index(prefix, a, separator, b);
  }

  /** The weights of model {@code m}, in the order the models were given. */
  Rows rows(int m) {
    return rows[m];
  }

  /** How many models the weights hold. */
  public int models() {
    return rows.length;
  }

  /** Model {@code m} as an OpenNLP model, which scores as the perceptron it was packed from. */
  public MaxentModel model(int m) {
    return new View(this, m);
  }

  /**
   * Writes the weights: the feature names ({@link WordTable#write}), then per model its outcomes, a
   * bit mask a feature of the outcomes it has a weight for, and those weights.
   */
  public void write(DataOutputStream out) throws IOException {
    names.write(out);
    out.writeInt(rows.length);
    int n = names.size();
    for (Rows r : rows) {
      int k = r.outcomes.length;
      out.writeInt(k);
      for (String o : r.outcomes) {
        out.writeUTF(o);
      }
      int[] masks = new int[n];
      double[] nonzero = new double[r.weight.length];
      int count = 0;
      for (int f = 0; f < n; f++) {
        for (int o = 0; o < k; o++) {
          double w = r.weight[f * k + o];
          if (w != 0) {
            masks[f] |= 1 << o;
            nonzero[count++] = w;
          }
        }
      }
      WordTable.writeInts(out, masks);
      out.writeInt(count);
      ByteBuffer b = ByteBuffer.allocate(count * 8);
      b.asDoubleBuffer().put(nonzero, 0, count);
      out.write(b.array());
    }
  }

  /** Reads weights written by {@link #write}. */
  public static FeatureWeights read(DataInputStream in) throws IOException {
    WordTable names = WordTable.read(in);
    for (int f = 0; f < names.size(); f++) {
      if (names.value(f) != f) {
        throw new IOException(
            "corrupt feature weights: feature " + f + " numbered " + names.value(f));
      }
    }
    int models = in.readInt();
    if (models < 1 || models > 8) {
      throw new IOException("corrupt feature weights: " + models + " models");
    }
    int n = names.size();
    Rows[] rows = new Rows[models];
    for (int m = 0; m < models; m++) {
      int k = in.readInt();
      if (k < 1 || k > 31) {
        throw new IOException("corrupt feature weights: " + k + " outcomes");
      }
      String[] outcomes = new String[k];
      for (int o = 0; o < k; o++) {
        outcomes[o] = in.readUTF();
      }
      int[] masks = WordTable.readInts(in, n);
      int count = in.readInt();
      if (count < 0 || (long) count > (long) n * k) {
        throw new IOException("corrupt feature weights: " + count + " weights");
      }
      double[] weight = new double[Math.multiplyExact(n, k)];
      // the nonzero weights, in order, read a chunk at a time straight into their places (no copy
      // of all of them: megabytes of garbage while the model loads)
      byte[] chunk = new byte[Math.min(count, 1 << 13) * 8];
      ByteBuffer doubles = ByteBuffer.wrap(chunk);
      int next = 0; // the next weight of the chunk
      int filled = 0; // the weights in the chunk
      int at = 0;
      for (int f = 0; f < n; f++) {
        int mask = masks[f];
        if ((mask >>> k) != 0 || Integer.bitCount(mask) > count - at) {
          throw new IOException("corrupt feature weights: feature " + f + " of model " + m);
        }
        for (; mask != 0; mask &= mask - 1) {
          if (next == filled) {
            filled = Math.min(chunk.length / 8, count - at);
            in.readFully(chunk, 0, filled * 8);
            next = 0;
          }
          weight[f * k + Integer.numberOfTrailingZeros(mask)] = doubles.getDouble(8 * next++);
          at++;
        }
      }
      if (at != count) {
        throw new IOException("corrupt feature weights: " + (count - at) + " weights left over");
      }
      rows[m] = new Rows(outcomes, weight);
    }
    return new FeatureWeights(names, rows);
  }

  /**
   * One model's weights by feature number, dense: feature {@code f}'s weight for outcome {@code o}
   * at {@code f * outcomes + o}, 0 where the model has none.
   */
  static final class Rows {
    private final String[] outcomes;
    private final int k;
    private final double[] weight;

    private Rows(String[] outcomes, double[] weight) {
      this.outcomes = outcomes;
      this.k = outcomes.length;
      this.weight = weight;
    }

    /** Adds feature {@code id}'s weights to {@code sums}; -1 (an unknown feature) adds nothing. */
    void add(int id, double[] sums) {
      if (id >= 0) {
        int at = id * k;
        for (int o = 0; o < k; o++) {
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

  /**
   * One model of packed weights seen as an OpenNLP model: {@code eval} sums the weights of the
   * features given and normalises as OpenNLP's perceptron does ({@link
   * PerceptronScores#normalize}).
   */
  private static final class View implements MaxentModel {
    private final FeatureWeights weights;
    private final Rows rows;

    View(FeatureWeights weights, int index) {
      this.weights = weights;
      this.rows = weights.rows[index];
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[rows.k]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      double[] sums = probs != null && probs.length == rows.k ? probs : new double[rows.k];
      java.util.Arrays.fill(sums, 0);
      for (String f : context) {
        rows.add(weights.id(f), sums);
      }
      return PerceptronScores.normalize(sums);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      double[] sums = new double[rows.k];
      for (int c = 0; c < context.length; c++) {
        int id = weights.id(context[c]);
        if (id >= 0) {
          double value = values == null ? 1 : values[c];
          for (int o = 0; o < rows.k; o++) {
            sums[o] += rows.weight[id * rows.k + o] * value;
          }
        }
      }
      return PerceptronScores.normalize(sums);
    }

    @Override
    public String getBestOutcome(double[] ocs) {
      int best = 0;
      for (int o = 1; o < ocs.length; o++) {
        if (ocs[o] > ocs[best]) {
          best = o;
        }
      }
      return rows.outcomes[best];
    }

    @Override
    public String getAllOutcomes(double[] ocs) {
      StringBuilder sb = new StringBuilder();
      for (int o = 0; o < ocs.length && o < rows.k; o++) {
        sb.append(sb.length() > 0 ? " " : "")
            .append(rows.outcomes[o])
            .append('[')
            .append(String.format(java.util.Locale.ROOT, "%.4f", ocs[o]))
            .append(']');
      }
      return sb.toString();
    }

    @Override
    public String getOutcome(int i) {
      return rows.outcomes[i];
    }

    @Override
    public int getIndex(String outcome) {
      for (int o = 0; o < rows.k; o++) {
        if (rows.outcomes[o].equals(outcome)) {
          return o;
        }
      }
      return -1;
    }

    @Override
    public int getNumOutcomes() {
      return rows.k;
    }
  }
}
