package io.github.germannlp.internal.pos;

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
import java.util.HashMap;
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
 * <p>Layout (big-endian): magic, version, the source model's name, the outcomes, the feature
 * generator descriptor's bytes, then the features as one UTF-8 block of lines, one byte per feature
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

  private static final int VERSION = 1;

  private final String source;
  private final String[] outcomes;
  private final Map<String, Context> weights;
  private final byte[] featureGenerator;

  private PosWeights(
      String source, String[] outcomes, Map<String, Context> weights, byte[] featureGenerator) {
    this.source = source;
    this.outcomes = outcomes;
    this.weights = weights;
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
    return new PosWeights(
        source, outcomes, (Map<String, Context>) am.getDataStructures()[1], generator.clone());
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

  /** The weights by feature string; read-only by contract. */
  Map<String, Context> weights() {
    return weights;
  }

  /**
   * A factory whose context generator is the model's: the same descriptor, no resources, no tag
   * dictionary (the model has neither).
   */
  POSTaggerFactory factory() {
    return new POSTaggerFactory(featureGenerator, Map.of(), null);
  }

  /**
   * Writes the weights in this class's layout.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalStateException if a feature contains a line break or a feature has more outcomes
   *     than the layout counts
   */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(MAGIC);
    data.writeInt(VERSION);
    data.writeUTF(source);
    data.writeInt(outcomes.length);
    for (String o : outcomes) {
      data.writeUTF(o);
    }
    data.writeInt(featureGenerator.length);
    data.write(featureGenerator);
    String[] features = weights.keySet().toArray(String[]::new);
    Arrays.sort(features); // a stable file for the same model
    StringBuilder lines = new StringBuilder();
    int total = 0;
    for (String f : features) {
      if (f.indexOf('\n') >= 0) {
        throw new IllegalStateException("a feature with a line break: " + f);
      }
      lines.append(f).append('\n');
      total += weights.get(f).getOutcomes().length;
    }
    byte[] block = lines.toString().getBytes(StandardCharsets.UTF_8);
    data.writeInt(features.length);
    data.writeInt(block.length);
    data.write(block);
    byte[] counts = new byte[features.length];
    byte[] outcomeOf = new byte[total];
    ByteBuffer params = ByteBuffer.allocate(total * Double.BYTES);
    int at = 0;
    for (int i = 0; i < features.length; i++) {
      Context c = weights.get(features[i]);
      int[] o = c.getOutcomes();
      double[] p = c.getParameters();
      if (o.length > 127 || outcomes.length > 127) {
        throw new IllegalStateException("too many outcomes for the layout: " + outcomes.length);
      }
      counts[i] = (byte) o.length;
      for (int k = 0; k < o.length; k++) {
        outcomeOf[at++] = (byte) o[k];
        params.putDouble(p[k]);
      }
    }
    data.writeInt(total);
    data.write(counts);
    data.write(outcomeOf);
    data.write(params.array());
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
      if (version != VERSION) {
        throw new IOException(name + ": POS weights version " + version + ", expected " + VERSION);
      }
      String source = data.readUTF();
      String[] outcomes = new String[data.readInt()];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = data.readUTF();
      }
      byte[] generator = new byte[data.readInt()];
      data.readFully(generator);
      int n = data.readInt();
      byte[] block = new byte[data.readInt()];
      data.readFully(block);
      String[] features = new String(block, StandardCharsets.UTF_8).split("\n", -1);
      if (features.length != n + 1) {
        throw new IOException(name + ": " + (features.length - 1) + " features, expected " + n);
      }
      int total = data.readInt();
      byte[] counts = new byte[n];
      data.readFully(counts);
      byte[] outcomeOf = new byte[total];
      data.readFully(outcomeOf);
      byte[] raw = new byte[total * Double.BYTES];
      data.readFully(raw);
      double[] params = new double[total];
      ByteBuffer.wrap(raw).asDoubleBuffer().get(params);
      Map<String, Context> weights = new HashMap<>(n * 4 / 3 + 1);
      int at = 0;
      for (int i = 0; i < n; i++) {
        int k = counts[i];
        int[] o = new int[k];
        for (int j = 0; j < k; j++) {
          o[j] = outcomeOf[at + j];
          if (o[j] < 0 || o[j] >= outcomes.length) {
            throw new IOException(name + ": feature " + features[i] + " has outcome " + o[j]);
          }
        }
        weights.put(features[i], new Context(o, Arrays.copyOfRange(params, at, at + k)));
        at += k;
      }
      if (at != total) {
        throw new IOException(name + ": " + at + " weights, expected " + total);
      }
      return new PosWeights(source, outcomes, weights, generator);
    } catch (EOFException e) {
      throw new IOException(name + ": cut short", e);
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
            + w.weights.size()
            + " features, "
            + w.outcomes.length
            + " outcomes, "
            + Files.size(out)
            + " bytes, from "
            + w.source);
  }
}
