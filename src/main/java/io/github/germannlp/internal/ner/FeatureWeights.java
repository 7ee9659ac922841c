package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.Background;
import io.github.germannlp.internal.WordTable;
import io.github.germannlp.ner.EntityModel;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights of one or more perceptron models packed over one shared feature index: a feature name
 * is looked up once and its number serves every model (the guide and the main model of an {@link
 * EntityModel} share most of their features). The weights are one dense table: feature {@code f}'s
 * row holds each model's weights in turn, 0 where a model has none, so {@link Rows#add} adds
 * exactly what OpenNLP's {@code PerceptronModel} adds (adding 0 to a sum that starts at +0 changes
 * nothing), and the models' weights of one feature lie together in memory. Immutable and
 * thread-safe.
 *
 * <p>Model files of version 5 and later store these weights ({@link #write}); {@link #read} loads
 * them with bulk reads, without an object per feature.
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
    // a feature whose weights are all zero adds nothing to any score: left out, it costs no slot in
    // the name table and no bytes in the file (a perceptron gives weights only to the features of
    // the events it got wrong, so most of a freshly trained model's features have none)
    java.util.LinkedHashMap<String, Integer> ids = new java.util.LinkedHashMap<>(total * 2);
    for (Map<String, Context> map : maps) {
      for (Map.Entry<String, Context> e : map.entrySet()) {
        if (hasWeight(e.getValue())) {
          ids.putIfAbsent(e.getKey(), ids.size());
        }
      }
    }
    WordTable.Builder table = new WordTable.Builder(ids.size());
    ids.forEach(table::add);
    String[] byId = ids.keySet().toArray(new String[0]);
    Rows[] rows = sideBySide(outcomes, byId.length);
    for (int m = 0; m < maps.length; m++) {
      for (int f = 0; f < byId.length; f++) {
        Context c = maps[m].get(byId[f]);
        if (c != null) {
          int[] o = c.getOutcomes();
          double[] w = c.getParameters();
          for (int j = 0; j < o.length; j++) {
            rows[m].weight[rows[m].row(f) + o[j]] += w[j];
          }
        }
      }
    }
    return new FeatureWeights(table.build(), rows);
  }

  private static boolean hasWeight(Context c) {
    for (double w : c.getParameters()) {
      if (w != 0) {
        return true;
      }
    }
    return false;
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

  /**
   * How many tokens the recognizers of these weights tag before the word-pair table ({@link
   * WordPairs}) is built, on a thread of its own: about fifty news articles. A short run never pays
   * for the table (about a tenth of a second of work, and 5 MB); in a long one the pair features
   * are found by numbers from then on, which tags text not seen before about a tenth faster. The
   * features' numbers, and so every output, are the same either way.
   */
  static final int PAIRS_AFTER_TOKENS = 20_000;

  private final AtomicLong tagged = new AtomicLong();
  private final AtomicBoolean pairsStarted = new AtomicBoolean();
  private volatile WordPairs pairs;

  @Override
  public WordPairs pairs() {
    return pairs;
  }

  /**
   * Counts tokens tagged with these weights; the call that reaches {@link #PAIRS_AFTER_TOKENS}
   * starts building the word-pair table on a daemon thread. Should that fail, the names are looked
   * up as before.
   */
  void tagged(int tokens) {
    if (!pairsStarted.get()
        && tagged.addAndGet(tokens) >= PAIRS_AFTER_TOKENS
        && pairsStarted.compareAndSet(false, true)) {
      Background.start("german-nlp word pairs", this::buildPairs);
    }
  }

  /** Builds the word-pair table on this thread (its use starts when it is done); returns it. */
  WordPairs buildPairs() {
    pairsStarted.set(true);
    WordPairs built = WordPairs.of(names);
    pairs = built;
    return built;
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
   * Writes the weights: the feature names ({@link WordTable#write}), the number of models, then per
   * model its outcomes, a bit mask a feature of the outcomes it has a weight for, and those
   * weights; with {@code outcomesFirst}, every model's outcomes come first, before any model's
   * masks and weights, so that a reader knows the table's width before the first weight ({@link
   * #read}).
   */
  public void write(DataOutputStream out, boolean outcomesFirst) throws IOException {
    names.write(out);
    out.writeInt(rows.length);
    if (outcomesFirst) {
      for (Rows r : rows) {
        writeOutcomes(out, r);
      }
    }
    int n = names.size();
    for (Rows r : rows) {
      if (!outcomesFirst) {
        writeOutcomes(out, r);
      }
      int k = r.outcomes.length;
      int[] masks = new int[n];
      double[] nonzero = new double[n * k];
      int count = 0;
      for (int f = 0; f < n; f++) {
        for (int o = 0; o < k; o++) {
          double w = r.weight[r.row(f) + o];
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

  private static void writeOutcomes(DataOutputStream out, Rows r) throws IOException {
    out.writeInt(r.outcomes.length);
    for (String o : r.outcomes) {
      out.writeUTF(o);
    }
  }

  private static String[] readOutcomes(DataInputStream in) throws IOException {
    int k = in.readInt();
    if (k < 1 || k > 31) {
      throw new IOException("corrupt feature weights: " + k + " outcomes");
    }
    String[] outcomes = new String[k];
    for (int o = 0; o < k; o++) {
      outcomes[o] = in.readUTF();
    }
    return outcomes;
  }

  /**
   * Reads weights written by {@link #write} with the same {@code outcomesFirst}.
   *
   * @param in where to read from
   * @param outcomesFirst whether every model's outcomes come before the weights (entity model files
   *     of version 8 and later); if not, a model's outcome count comes only before its own weights,
   *     so the nonzero weights of all models but the last are kept as read (a few MB) until the
   *     table's width is known
   */
  public static FeatureWeights read(DataInputStream in, boolean outcomesFirst) throws IOException {
    WordTable names = WordTable.read(in);
    int f = names.firstNotNumberedByIndex();
    if (f >= 0) {
      throw new IOException(
          "corrupt feature weights: feature " + f + " numbered " + names.value(f));
    }
    int models = in.readInt();
    if (models < 1 || models > 8) {
      throw new IOException("corrupt feature weights: " + models + " models");
    }
    int n = names.size();
    // the models' weights side by side in one table, feature f's row of each model after the
    // other's. In the older layout a model's masks and weights follow its own outcomes: the nonzero
    // weights of all models but the last are kept as read until the table's width is known
    String[][] outcomes = new String[models][];
    int[][] masks = new int[models][];
    int[] counts = new int[models];
    byte[][] kept = new byte[models][];
    for (int m = 0; m < models; m++) {
      outcomes[m] = readOutcomes(in);
      if (!outcomesFirst) {
        masks[m] = WordTable.readInts(in, n);
        counts[m] = readCount(in, n, outcomes[m].length);
        if (m + 1 < models) {
          kept[m] = in.readNBytes(counts[m] * 8); // grows as the bytes come, whatever the count
          if (kept[m].length != counts[m] * 8) {
            throw new EOFException("corrupt feature weights: model " + m + " is cut short");
          }
        }
      }
    }
    Rows[] rows = sideBySide(outcomes, n);
    for (int m = 0; m < models; m++) {
      if (outcomesFirst) {
        masks[m] = WordTable.readInts(in, n);
        counts[m] = readCount(in, n, outcomes[m].length);
      }
      DataInputStream weights =
          kept[m] == null ? in : new DataInputStream(new ByteArrayInputStream(kept[m]));
      kept[m] = null;
      readWeights(weights, m, masks[m], counts[m], rows[m]);
      masks[m] = null;
    }
    return new FeatureWeights(names, rows);
  }

  /**
   * The rows of models with these outcomes over one new table of {@code features} rows, zero: each
   * feature's weights of the first model, then of the second, and so on ({@link Rows}).
   */
  private static Rows[] sideBySide(String[][] outcomes, int features) {
    int stride = 0;
    for (String[] o : outcomes) {
      stride += o.length;
    }
    double[] table = new double[Math.multiplyExact(features, stride)];
    Rows[] rows = new Rows[outcomes.length];
    for (int m = 0, offset = 0; m < outcomes.length; offset += outcomes[m].length, m++) {
      rows[m] = new Rows(outcomes[m], table, stride, offset);
    }
    return rows;
  }

  /** A model's count of nonzero weights, checked against its {@code n} features and k outcomes. */
  private static int readCount(DataInputStream in, int n, int k) throws IOException {
    int count = in.readInt();
    if (count < 0 || (long) count > (long) n * k || count > Integer.MAX_VALUE / 8) {
      throw new IOException("corrupt feature weights: " + count + " weights");
    }
    return count;
  }

  /**
   * Reads model {@code m}'s {@code count} nonzero weights, in the order of {@code masks} ({@link
   * #write}), into their places in {@code rows}' table ({@link Rows#row}).
   */
  private static void readWeights(DataInputStream in, int m, int[] masks, int count, Rows rows)
      throws IOException {
    int n = masks.length;
    int k = rows.k;
    double[] table = rows.weight;
    // the nonzero weights, in order, a chunk at a time: read, converted in bulk (a native copy,
    // fast before the JIT has compiled anything: the loop below runs while the compilers are busy
    // with the rest of the loading), then put in their places. No copy of all of them, which
    // would be megabytes of garbage while the model loads.
    int size = Math.min(count, 1 << 13);
    byte[] chunk = new byte[size * 8];
    double[] values = new double[size];
    DoubleBuffer doubles = ByteBuffer.wrap(chunk).asDoubleBuffer();
    int next = 0; // the next weight of the chunk
    int filled = 0; // the weights in the chunk
    int at = 0;
    for (int f = 0; f < n; f++) {
      int mask = masks[f];
      if ((mask >>> k) != 0 || Integer.bitCount(mask) > count - at) {
        throw new IOException("corrupt feature weights: feature " + f + " of model " + m);
      }
      int row = rows.row(f);
      for (; mask != 0; mask &= mask - 1) {
        if (next == filled) {
          filled = Math.min(size, count - at);
          in.readFully(chunk, 0, filled * 8);
          doubles.get(0, values, 0, filled);
          next = 0;
        }
        table[row + Integer.numberOfTrailingZeros(mask)] = values[next++];
        at++;
      }
    }
    if (at != count) {
      throw new IOException("corrupt feature weights: " + (count - at) + " weights left over");
    }
  }

  /**
   * One model's weights by feature number, dense: feature {@code f}'s weight for outcome {@code o}
   * at {@code row(f) + o}, that is {@code f * stride + offset + o}, 0 where the model has none. The
   * models of one {@link FeatureWeights} share one table, a feature's rows side by side ({@code
   * stride} is the sum of their outcome counts), so the features of a token that both the guide and
   * the main model add are read from memory once ({@link #addBoth}).
   */
  static final class Rows {
    private final String[] outcomes;
    private final int k;
    private final double[] weight;
    private final int stride;
    private final int offset;

    private Rows(String[] outcomes, double[] weight, int stride, int offset) {
      this.outcomes = outcomes;
      this.k = outcomes.length;
      this.weight = weight;
      this.stride = stride;
      this.offset = offset;
    }

    /** Where feature {@code f}'s weights start in the table: outcome {@code o}'s at {@code + o}. */
    int row(int f) {
      return f * stride + offset;
    }

    /** Adds feature {@code id}'s weights to {@code sums}; -1 (an unknown feature) adds nothing. */
    void add(int id, double[] sums) {
      add(id, sums, 0);
    }

    /**
     * Adds feature {@code id}'s weights to the sums at {@code sums[at, at + outcomes)}; -1 none.
     */
    private void add(int id, double[] sums, int at) {
      if (id >= 0) {
        int row = row(id);
        for (int o = 0; o < k; o++) {
          sums[at + o] += weight[row + o];
        }
      }
    }

    /**
     * Adds the weights of features {@code ids[from, to)}, in order, to the sums at {@code sums[at,
     * at + outcomes)} and those of {@code other} to {@code otherSums[otherAt, …)}: the same sums as
     * {@link #add(int[], int, int, double[])} on each, in one pass over the shared table.
     */
    void addBoth(
        Rows other,
        int[] ids,
        int from,
        int to,
        double[] sums,
        int at,
        double[] otherSums,
        int otherAt) {
      int k2 = other.k;
      double[] w2 = other.weight; // the same table as this one's when they share it
      for (int f = from; f < to; f++) {
        int id = ids[f];
        if (id >= 0) {
          int row = row(id);
          for (int o = 0; o < k; o++) {
            sums[at + o] += weight[row + o];
          }
          int otherRow = other.row(id);
          for (int o = 0; o < k2; o++) {
            otherSums[otherAt + o] += w2[otherRow + o];
          }
        }
      }
    }

    /** Adds the weights of features {@code ids[from, to)}, in order, to {@code sums}. */
    void add(int[] ids, int from, int to, double[] sums) {
      add(ids, from, to, sums, 0);
    }

    /**
     * Adds the weights of features {@code ids[from, to)}, in order, to the sums at {@code sums[at,
     * at + outcomes)}.
     */
    void add(int[] ids, int from, int to, double[] sums, int at) {
      for (int f = from; f < to; f++) {
        add(ids[f], sums, at);
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
            sums[o] += rows.weight[rows.row(id) + o] * value;
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
