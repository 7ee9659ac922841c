package io.github.germannlp.internal.pos;

import io.github.germannlp.internal.WordTable;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The weights of the OpenNLP POS model the tagger decodes with, in a file that loads with a few
 * bulk reads instead of OpenNLP's model reader: the outcomes, the feature generator's descriptor,
 * every feature string and, per feature, its outcomes and weights, exactly as the GIS model holds
 * them. The file is derived from the OpenNLP model, which stays the source of truth: {@link
 * #main(String[])} rebuilds it, and a test checks that it still equals the model.
 *
 * <p>In memory the features are numbered by a {@link WordTable} and their outcomes and weights
 * packed in arrays: a handful of objects instead of five per feature (41,371 features), which the
 * garbage collector copied while the pipeline loaded. {@link #add} adds a feature's weights in the
 * model's order, so the sums are those of OpenNLP's GIS model to the bit.
 *
 * <p>Layout (big-endian): magic, version, the source model's name, the outcomes, the feature
 * generator descriptor's bytes, the number of features, then (version 2) the features as a {@link
 * WordTable} in their order ({@link WordTable#write}: Latin-1 text, the few wider chars apart, read
 * without a string a feature) or (version 1) as one UTF-8 block of lines, then one byte per feature
 * with its number of outcomes, one byte per weight with its outcome and the weights as doubles.
 */
public final class PosWeights {
  /** The file name under {@code models/}. */
  public static final String FILE_NAME = "pos-weights-de.bin";

  /** Where the build puts the file on the class path. */
  static final String BUNDLED_RESOURCE = "/io/github/germannlp/models/" + FILE_NAME;

  private static final String MAGIC = "german-nlp pos weights";

  /** The model package's entry with the feature generator descriptor. */
  private static final String GENERATOR_ENTRY = "generator.featuregen";

  private static final int VERSION = 2;

  private final String source;
  private final String[] outcomes;

  /** Each feature's number: its place in the sorted features. */
  private final WordTable ids;

  /** Where feature i's outcomes and weights start in {@link #outcomeOf} and {@link #params}. */
  private final int[] starts;

  /** The outcomes each feature has a weight for, feature by feature, in the model's order. */
  private final byte[] outcomeOf;

  private final double[] params;
  private final byte[] featureGenerator;

  private PosWeights(
      String source,
      String[] outcomes,
      WordTable ids,
      int[] starts,
      byte[] outcomeOf,
      double[] params,
      byte[] featureGenerator) {
    this.source = source;
    this.outcomes = outcomes;
    this.ids = ids;
    this.starts = starts;
    this.outcomeOf = outcomeOf;
    this.params = params;
    this.featureGenerator = featureGenerator;
  }

  /**
   * The weights of a GIS model.
   *
   * @param model an OpenNLP POS model whose classifier is a GIS (maxent) model
   * @param source the model's name, kept in the file
   * @return its weights, the same feature objects as the model's
   * @throws IllegalArgumentException if the model is not a GIS model or has no feature generator
   *     descriptor
   */
  @SuppressWarnings("unchecked")
  public static PosWeights of(POSModel model, String source) {
    MaxentModel m = (MaxentModel) model.getArtifact("pos.model");
    Object descriptor = model.getArtifact(GENERATOR_ENTRY);
    byte[] generator = descriptor instanceof byte[] b ? b : null;
    if (!(m instanceof AbstractModel am && am.getModelType() == AbstractModel.ModelType.Maxent)
        || generator == null) {
      throw new IllegalArgumentException("not a GIS POS model with a feature generator: " + source);
    }
    String[] outcomes = new String[m.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = m.getOutcome(i);
    }
    if (outcomes.length > 127) {
      throw new IllegalArgumentException("too many outcomes for the layout: " + outcomes.length);
    }
    Map<String, Context> weights = (Map<String, Context>) am.getDataStructures()[1];
    String[] features = weights.keySet().toArray(String[]::new);
    Arrays.sort(features); // the order of the file
    int total = 0;
    for (String f : features) {
      total += weights.get(f).getOutcomes().length;
    }
    WordTable.Builder ids = new WordTable.Builder(features.length);
    int[] starts = new int[features.length + 1];
    byte[] outcomeOf = new byte[total];
    double[] params = new double[total];
    int at = 0;
    for (int i = 0; i < features.length; i++) {
      ids.add(features[i], i);
      Context c = weights.get(features[i]);
      int[] o = c.getOutcomes();
      double[] p = c.getParameters();
      for (int k = 0; k < o.length; k++) {
        outcomeOf[at] = (byte) o[k];
        params[at++] = p[k];
      }
      starts[i + 1] = at;
    }
    return new PosWeights(
        source, outcomes, ids.build(), starts, outcomeOf, params, generator.clone());
  }

  /**
   * The bundled file if the class path has it, else the weights of OpenNLP's model.
   *
   * @return the weights the tagger uses
   */
  static PosWeights bundledOrModel() {
    try (InputStream in = PosWeights.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in != null) {
        return read(in, BUNDLED_RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the POS weights " + BUNDLED_RESOURCE + ": " + e.getMessage(), e);
    }
    return of(PosTagger.loadModel(), PosTagger.MODEL_RESOURCE.substring(1));
  }

  /** The name of the model the weights come from. */
  String source() {
    return source;
  }

  /** The outcomes (tags) in the model's order. */
  String[] outcomes() {
    return outcomes.clone();
  }

  /**
   * A feature's number.
   *
   * @param feature a feature string as OpenNLP's context generator writes it
   * @return its number, or -1 for a feature the model has no weights for
   */
  int id(String feature) {
    return ids.get(feature, -1);
  }

  /**
   * Adds a feature's weights to the outcomes' sums, in the model's order of its outcomes (as
   * OpenNLP's GIS model adds them, so the sums are the same to the bit).
   *
   * @param id a feature's number, or -1, which adds nothing
   * @param sums one sum per outcome
   */
  void add(int id, double[] sums) {
    if (id >= 0) {
      for (int j = starts[id], end = starts[id + 1]; j < end; j++) {
        sums[outcomeOf[j]] += params[j];
      }
    }
  }

  /** The number of features. */
  int features() {
    return starts.length - 1;
  }

  /** Feature {@code id}'s string. */
  String feature(int id) {
    return ids.word(id);
  }

  /** The outcomes feature {@code id} has weights for, in the model's order. */
  int[] outcomesOf(int id) {
    int[] o = new int[starts[id + 1] - starts[id]];
    for (int k = 0; k < o.length; k++) {
      o[k] = outcomeOf[starts[id] + k];
    }
    return o;
  }

  /** Feature {@code id}'s weights, one per outcome of {@link #outcomesOf}. */
  double[] paramsOf(int id) {
    return Arrays.copyOfRange(params, starts[id], starts[id + 1]);
  }

  /**
   * A factory whose context generator is the model's: the same descriptor, no resources, no tag
   * dictionary (the model has neither).
   */
  POSTaggerFactory factory() {
    return new POSTaggerFactory(featureGenerator, Map.of(), null);
  }

  /**
   * Writes the weights in this class's layout, its current version.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalStateException if a feature has more outcomes than the layout counts
   */
  public void write(OutputStream out) throws IOException {
    write(out, VERSION);
  }

  /**
   * Writes the weights in layout {@code version}: 1 (for tests of old files; no feature may hold a
   * line break) or the current one.
   */
  void write(OutputStream out, int version) throws IOException {
    if (version < 1 || version > VERSION) {
      throw new IllegalArgumentException("cannot write version " + version);
    }
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeInt(version);
    data.writeUTF(source);
    data.writeInt(outcomes.length);
    for (String o : outcomes) {
      data.writeUTF(o);
    }
    data.writeInt(featureGenerator.length);
    data.write(featureGenerator);
    int n = features();
    data.writeInt(n);
    if (version >= 2) {
      ids.write(data); // feature i is word i, its value i
    } else {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String f = feature(i);
        if (f.indexOf('\n') >= 0) {
          throw new IllegalStateException("a feature with a line break: " + f);
        }
        lines.append(f).append('\n');
      }
      byte[] block = lines.toString().getBytes(StandardCharsets.UTF_8);
      data.writeInt(block.length);
      data.write(block);
    }
    int total = params.length;
    byte[] counts = new byte[n];
    for (int i = 0; i < n; i++) {
      int k = starts[i + 1] - starts[i];
      if (k > 127 || outcomes.length > 127) {
        throw new IllegalStateException("too many outcomes for the layout: " + outcomes.length);
      }
      counts[i] = (byte) k;
    }
    ByteBuffer raw = ByteBuffer.allocate(total * Double.BYTES);
    raw.asDoubleBuffer().put(params);
    data.writeInt(total);
    data.write(counts);
    data.write(outcomeOf);
    data.write(raw.array());
    data.flush();
  }

  /**
   * Reads weights written by {@link #write(OutputStream)}.
   *
   * @param in the file's bytes; not closed
   * @param name the file's name or path, for messages
   * @return the weights
   * @throws IOException if reading fails, or {@code name} is not such a file, is of another version
   *     or is cut short (the message names it)
   */
  public static PosWeights read(InputStream in, String name) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      String magic = data.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException(name + ": not a POS weights file");
      }
      int version = data.readInt();
      if (version < 1 || version > VERSION) {
        throw new IOException(
            name + ": POS weights version " + version + ", expected 1 to " + VERSION);
      }
      String source = data.readUTF();
      String[] outcomes = new String[data.readInt()];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = data.readUTF();
      }
      byte[] generator = new byte[data.readInt()];
      data.readFully(generator);
      int n = data.readInt();
      if (n < 0) {
        throw new IOException(name + ": " + n + " features");
      }
      WordTable table = version == 1 ? readLines(data, n, name) : readTable(data, n, name);
      int total = data.readInt();
      byte[] counts = new byte[n];
      data.readFully(counts);
      byte[] outcomeOf = new byte[total];
      data.readFully(outcomeOf);
      byte[] raw = new byte[total * Double.BYTES];
      data.readFully(raw);
      double[] params = new double[total];
      ByteBuffer.wrap(raw).asDoubleBuffer().get(params);
      int[] starts = new int[n + 1];
      int at = 0;
      for (int i = 0; i < n; i++) {
        int k = counts[i];
        if (k < 0 || at + k > total) {
          throw new IOException(name + ": feature " + table.word(i) + " has " + k + " weights");
        }
        for (int j = 0; j < k; j++) {
          int o = outcomeOf[at + j];
          if (o < 0 || o >= outcomes.length) {
            throw new IOException(name + ": feature " + table.word(i) + " has outcome " + o);
          }
        }
        at += k;
        starts[i + 1] = at;
      }
      if (at != total) {
        throw new IOException(name + ": " + at + " weights, expected " + total);
      }
      return new PosWeights(source, outcomes, table, starts, outcomeOf, params, generator);
    } catch (EOFException e) {
      throw new IOException(name + ": cut short", e);
    }
  }

  /** Version 2's feature names: a {@link WordTable}, feature i its word i with value i. */
  private static WordTable readTable(DataInputStream data, int n, String name) throws IOException {
    WordTable table = WordTable.read(data);
    if (table.size() != n) {
      throw new IOException(name + ": " + table.size() + " features, expected " + n);
    }
    int i = table.firstNotNumberedByIndex();
    if (i >= 0) {
      throw new IOException(name + ": feature " + i + " numbered " + table.value(i));
    }
    return table;
  }

  /** Version 1's feature names: a UTF-8 block of lines, one name a line. */
  private static WordTable readLines(DataInputStream data, int n, String name) throws IOException {
    byte[] block = new byte[data.readInt()];
    data.readFully(block);
    // the names as one text without the line ends: decoded once, no string a name
    String lines = new String(block, StandardCharsets.UTF_8);
    char[] text = new char[Math.max(0, lines.length() - n)];
    int[] nameStarts = new int[n + 1];
    int from = 0;
    for (int i = 0; i < n; i++) {
      int end = lines.indexOf('\n', from);
      if (end < 0) {
        throw new IOException(name + ": " + i + " features, expected " + n);
      }
      lines.getChars(from, end, text, nameStarts[i]);
      nameStarts[i + 1] = nameStarts[i] + end - from;
      from = end + 1;
    }
    if (from != lines.length()) {
      throw new IOException(name + ": more than " + n + " features");
    }
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    try {
      return WordTable.of(text, nameStarts, ids);
    } catch (IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the weights of the OpenNLP model on the class path to a file (the one command that
   * rebuilds {@code models/pos-weights-de.bin}).
   *
   * @param args the output file
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PosWeights OUTPUT_FILE");
      System.exit(2);
    }
    PosWeights w = of(PosTagger.loadModel(), PosTagger.MODEL_RESOURCE.substring(1));
    Path out = Path.of(args[0]);
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
      w.write(o);
    }
    System.out.println(
        out
            + ": "
            + w.features()
            + " features, "
            + w.outcomes.length
            + " outcomes, "
            + Files.size(out)
            + " bytes, from "
            + w.source);
  }
}
