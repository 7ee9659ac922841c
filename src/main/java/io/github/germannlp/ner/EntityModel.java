package io.github.germannlp.ner;

import io.github.germannlp.internal.Background;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.FeatureGroup;
import io.github.germannlp.internal.ner.FeatureWeights;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.ner.WordClusters;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained entity model: the gazetteer its features use, which optional feature groups it uses,
 * and an OpenNLP classifier over those features (BIO tags). One file: a header, the gazetteer, the
 * OpenNLP model. Immutable and thread-safe; load once and share.
 *
 * <p>A model may carry a <em>guide</em>: a second, smaller classifier over the same features,
 * trained on other corpora, whose tags of a sentence are features of the main classifier ({@link
 * FeatureGroup#GUIDE}).
 *
 * <p>File versions: version 9 is version 8 with each section stored as it is, after a CRC-32C of
 * its bytes, instead of compressed: 2.5 times the size of version 8, and no inflating while it
 * loads. The build writes the bundled model in this version and stores it uncompressed in the jars
 * ({@code BundledModels}); {@link #write(Path)} writes version 8. Version 8 leaves the file around
 * the sections uncompressed (the sections are compressed each on its own, and a copy through a
 * stored gzip stream cost a pass over the file) and stores every model's outcomes before the
 * weights ({@link FeatureWeights#write}); version 7 splits the packed model into two sections, each
 * compressed on its own, so that the gazetteer loads on a second thread beside the rest; version 6
 * stores the word tables in a compact layout (Latin-1 text, word lengths in bytes); version 5
 * stores the word lists, the clusters and the perceptrons' weights packed ({@link FeatureWeights}),
 * so that they load with bulk reads and no object per entry (perceptron models only; others are
 * written in version 4); version 4 may hold word clusters ({@link WordClusters}) after the
 * gazetteer; version 3 stores the confidence temperature and may hold a guide after the main
 * classifier; version 2 stores the feature groups; a version 1 file (written before they existed)
 * is read as a model without them, and tags as it did. A model of version 5 or later with {@link
 * FeatureGroup#PHRASES} (2026-12-06) has its gazetteer's phrases after the gazetteer's words; a
 * library older than that group refuses such a file by its unknown feature group.
 */
public final class EntityModel {
  /** File name of the entity model, bundled or in a model directory. */
  public static final String FILE_NAME = "entities-de.bin";

  /** Classpath location of the bundled entity model. */
  public static final String BUNDLED_RESOURCE = "/io/github/germannlp/models/" + FILE_NAME;

  private static final String MAGIC = "german-nlp entity model";

  /** The version {@link #write(Path)} writes: compressed sections. */
  private static final int VERSION = 8;

  /** The newest version read: sections stored uncompressed, each with its CRC-32C. */
  private static final int STORED_SECTIONS = 9;

  private final Gazetteer gazetteer;

  /** The word clusters of the cluster features, or null; present exactly with that group. */
  private final WordClusters clusters;

  private final MaxentModel classifier;

  /** The guide classifier, or null; present exactly when the features have {@code GUIDE}. */
  private final MaxentModel guide;

  private final String description;
  private final Set<FeatureGroup> features;
  private final double temperature;

  EntityModel(
      Gazetteer gazetteer, MaxentModel classifier, String description, Set<FeatureGroup> features) {
    this(
        gazetteer,
        classifier,
        null,
        description,
        features,
        EntityRecognizer.CONFIDENCE_TEMPERATURE);
  }

  EntityModel(
      Gazetteer gazetteer,
      MaxentModel classifier,
      MaxentModel guide,
      String description,
      Set<FeatureGroup> features,
      double temperature) {
    this(gazetteer, null, classifier, guide, description, features, temperature);
  }

  EntityModel(
      Gazetteer gazetteer,
      WordClusters clusters,
      MaxentModel classifier,
      MaxentModel guide,
      String description,
      Set<FeatureGroup> features,
      double temperature) {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("confidence temperature must be positive: " + temperature);
    }
    features = FeatureGroup.of(features);
    if (features.contains(FeatureGroup.GUIDE) != (guide != null)) {
      throw new IllegalArgumentException("the guide feature group needs a guide, and only it");
    }
    if (features.contains(FeatureGroup.CLUSTERS) != (clusters != null)) {
      throw new IllegalArgumentException(
          "the cluster feature group needs word clusters, and only it");
    }
    if (features.contains(FeatureGroup.PHRASES) != gazetteer.hasPhrases()) {
      throw new IllegalArgumentException(
          "the phrase feature group needs a gazetteer with phrases, and only it");
    }
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.classifier = classifier;
    this.guide = guide;
    this.description = description;
    this.features = features;
    this.temperature = temperature;
  }

  /**
   * The temperature of the model's confidences: a tag's confidence is the softmax of the
   * classifier's scores divided by it (perceptron models only).
   *
   * @return the temperature stored in the model, or {@value
   *     EntityRecognizer#CONFIDENCE_TEMPERATURE} for a file written before it was stored
   */
  public double confidenceTemperature() {
    return temperature;
  }

  // The accessors below serve the recognizer and the trainer in the library's internal packages;
  // their types are internal and carry no compatibility promise.

  /**
   * Internal: the optional feature groups the model was trained with.
   *
   * @return the feature groups, unmodifiable; no compatibility promise
   */
  public Set<FeatureGroup> features() {
    return features;
  }

  /**
   * Internal: the gazetteer of the gazetteer features.
   *
   * @return the model's gazetteer; an internal type with no compatibility promise
   */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Internal: the word clusters of the cluster features.
   *
   * @return the clusters, or null for a model without them; an internal type with no compatibility
   *     promise
   */
  public WordClusters clusters() {
    return clusters;
  }

  /**
   * Internal: the main classifier.
   *
   * @return the classifier; no compatibility promise
   */
  public MaxentModel classifier() {
    return classifier;
  }

  /**
   * Internal: the guide classifier whose tags the main classifier sees as features.
   *
   * @return the guide, or null for a model without one; no compatibility promise
   */
  public MaxentModel guide() {
    return guide;
  }

  /**
   * What the model was trained on, as written by the trainer.
   *
   * @return the description given to {@link EntityTrainer#train}, stored in the model file
   */
  public String description() {
    return description;
  }

  /**
   * The tags the model predicts ({@code O}, {@code B-PER}, …).
   *
   * @return a new array of the classifier's outcomes, in its own order
   */
  public String[] tags() {
    String[] t = new String[classifier.getNumOutcomes()];
    for (int i = 0; i < t.length; i++) {
      t[i] = classifier.getOutcome(i);
    }
    return t;
  }

  /**
   * Loads a model file.
   *
   * @param file a model written by {@link #write(Path)}, such as {@value #FILE_NAME}
   * @return the model
   * @throws IOException if the file is missing, unreadable or not an entity model; the message
   *     names the path
   */
  public static EntityModel load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("entity model not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Whether an entity model is bundled on the classpath.
   *
   * @return true if the resource {@value #BUNDLED_RESOURCE} exists
   */
  public static boolean isBundled() {
    return EntityModel.class.getResource(BUNDLED_RESOURCE) != null;
  }

  /** The bundled model, read on the first call of {@link #loadBundled()}. */
  private static final Lazy<EntityModel> BUNDLED =
      new Lazy<>(
          () -> {
            try {
              return readBundled();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });

  /**
   * The bundled model, read once and shared: every pipeline of the class loader uses the same
   * immutable model. A call while another thread reads it waits for that reading.
   *
   * @return the model of {@value #BUNDLED_RESOURCE}, the same instance on every call
   * @throws IOException if none is bundled or it cannot be read; the message names the resource (a
   *     later call tries again)
   */
  public static EntityModel loadBundled() throws IOException {
    try {
      return BUNDLED.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static EntityModel readBundled() throws IOException {
    InputStream in = EntityModel.class.getResourceAsStream(BUNDLED_RESOURCE);
    if (in == null) {
      throw new IOException("no entity model on the classpath (" + BUNDLED_RESOURCE + ")");
    }
    try (in) {
      return read(in, "classpath:" + BUNDLED_RESOURCE);
    }
  }

  /**
   * Reads a model from a stream; {@code source} names it in error messages.
   *
   * @param in the gzip-compressed model, as {@link #write(Path)} writes it; read but not closed
   * @param source a name for the stream, such as its path or URL, used only in messages
   * @return the model
   * @throws IOException if the stream cannot be read or holds no entity model of a version this
   *     library reads (1 to 9); the message names {@code source}
   */
  public static EntityModel read(InputStream in, String source) throws IOException {
    try {
      // up to version 7 the whole file is a gzip stream; from 8 only its sections are compressed
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(2);
      boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
      DataInputStream data =
          new DataInputStream(
              gzip
                  ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16)
                  : buffered);
      if (!MAGIC.equals(data.readUTF())) {
        throw new IOException("not a german-nlp entity model");
      }
      int version = data.readInt();
      if (version < 1 || version > STORED_SECTIONS || gzip != version < 8) {
        throw new IOException("unsupported entity model version " + version);
      }
      String description = data.readUTF();
      int bits = version == 1 ? 0 : data.readInt();
      double temperature =
          version >= 3 ? data.readDouble() : EntityRecognizer.CONFIDENCE_TEMPERATURE;
      Set<FeatureGroup> features;
      try {
        features = FeatureGroup.of(bits);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            "unsupported feature groups "
                + bits
                + " (a model from a newer version of this library?)");
      }
      if (version >= 5) {
        // 7: two sections, the gazetteer read on a second thread beside the rest; 5 and 6: one
        // stream (6: compact word tables)
        Gazetteer gazetteer = null;
        FutureTask<Gazetteer> reading = null;
        boolean phrases = features.contains(FeatureGroup.PHRASES);
        DataInputStream rest = data;
        StreamedSection last = null;
        if (version >= 7) {
          boolean stored = version >= STORED_SECTIONS;
          DataInputStream words = section(data, stored);
          reading =
              Background.start(
                  "german-nlp entity model gazetteer", () -> Gazetteer.readPacked(words, phrases));
          if (stored) { // the last section parsed as it is read, not copied first
            last = new StreamedSection(data);
            rest = last.data;
          } else {
            rest = section(data, false);
          }
        } else {
          gazetteer = Gazetteer.readPacked(data, phrases);
        }
        WordClusters clusters = rest.readBoolean() ? WordClusters.readPacked(rest) : null;
        FeatureWeights weights = FeatureWeights.read(rest, version >= 8);
        if (last != null) {
          last.check();
        }
        if (reading != null) {
          gazetteer = joined(reading);
        }
        return new EntityModel(
            gazetteer,
            clusters,
            weights.model(0),
            weights.models() > 1 ? weights.model(1) : null,
            description,
            features,
            temperature);
      }
      Gazetteer gazetteer = Gazetteer.read(data);
      WordClusters clusters = version >= 4 && data.readBoolean() ? WordClusters.read(data) : null;
      AbstractModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
      AbstractModel guide =
          version >= 3 && data.readBoolean()
              ? new GenericModelReader(new BinaryFileDataReader(data)).getModel()
              : null;
      return new EntityModel(gazetteer, clusters, model, guide, description, features, temperature);
    } catch (java.io.EOFException e) {
      throw new IOException(
          "cannot read entity model " + source + ": the file ends early (empty or cut off)", e);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "cannot read entity model "
              + source
              + ": "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    }
  }

  /**
   * The next section of a model file of version 7 or later: its length, then its bytes, a gzip
   * stream of their own; or, {@code stored} (version 9), the CRC-32C of the rest and the rest as it
   * is.
   */
  private static DataInputStream section(DataInputStream data, boolean stored) throws IOException {
    int n = data.readInt();
    if (n < 0 || stored && n < 4) {
      throw new IOException("corrupt section length " + n);
    }
    // the whole length at once only when the stream says it holds that many bytes (a file, a jar
    // entry) and it is below 256 MB; else into an array that doubles as the bytes come (from 1 MB):
    // a corrupt length cannot exhaust memory, and a section is copied at most a few times
    byte[] bytes = new byte[n <= 1 << 28 && data.available() >= n ? n : Math.min(n, 1 << 20)];
    int filled = 0;
    while (filled < n) {
      if (filled == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(n, 2L * bytes.length));
      }
      int r = data.read(bytes, filled, bytes.length - filled);
      if (r < 0) {
        throw new java.io.EOFException();
      }
      filled += r;
    }
    if (stored) {
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(bytes, 4, n - 4);
      if ((int) crc.getValue() != java.nio.ByteBuffer.wrap(bytes).getInt(0)) {
        throw new IOException("corrupt section: its checksum does not match");
      }
      return new DataInputStream(new java.io.ByteArrayInputStream(bytes, 4, n - 4));
    }
    return new DataInputStream(
        new BufferedInputStream(
            new GZIPInputStream(new java.io.ByteArrayInputStream(bytes), 1 << 16), 1 << 16));
  }

  /**
   * The last section of a version 9 file, stored: its length and CRC-32C, then its bytes, read as
   * they are parsed (no copy of them first); {@link #check} after the parsing finds the bytes that
   * are left over or changed.
   */
  private static final class StreamedSection {
    final DataInputStream data;
    private final java.util.zip.CheckedInputStream checked;
    private final int crc;

    StreamedSection(DataInputStream in) throws IOException {
      int n = in.readInt();
      if (n < 4) {
        throw new IOException("corrupt section length " + n);
      }
      crc = in.readInt();
      checked =
          new java.util.zip.CheckedInputStream(new Bounded(in, n - 4L), new java.util.zip.CRC32C());
      data = new DataInputStream(new BufferedInputStream(checked, 1 << 16));
    }

    /** Throws unless every byte of the section was parsed and their checksum matches. */
    void check() throws IOException {
      if (data.read() >= 0) {
        throw new IOException("corrupt section: bytes left over after the weights");
      }
      if ((int) checked.getChecksum().getValue() != crc) {
        throw new IOException("corrupt section: its checksum does not match");
      }
    }
  }

  /** The next {@code n} bytes of a stream, then its end; a short stream ends early. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long n) {
      super(in);
      left = n;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b < 0) {
        throw new java.io.EOFException();
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (left <= 0) {
        return -1;
      }
      int r = in.read(b, off, (int) Math.min(len, left));
      if (r < 0) {
        throw new java.io.EOFException();
      }
      left -= r;
      return r;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(Math.min(Math.max(n, 0), left));
      left -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), left);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** The result of a section read on another thread, its exception thrown here. */
  private static <T> T joined(FutureTask<T> task) throws IOException {
    try {
      return Background.join(task);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  /**
   * Writes one section of a model file of version 7 or later (see {@link #section}), compressed or
   * ({@code stored}) as it is after its CRC-32C.
   */
  private static void writeSection(DataOutputStream data, Section section, boolean stored)
      throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
    if (stored) {
      DataOutputStream out = new DataOutputStream(bytes);
      section.write(out);
      out.flush();
      byte[] b = bytes.toByteArray();
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      crc.update(b);
      data.writeInt(b.length + 4);
      data.writeInt((int) crc.getValue());
      data.write(b);
      return;
    }
    GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    section.write(out);
    out.flush();
    gz.finish();
    data.writeInt(bytes.size());
    bytes.writeTo(data);
  }

  /** The clusters (whether there are any, then them) and the weights, packed. */
  private void writePackedWeights(
      DataOutputStream out, FeatureWeights packed, boolean outcomesFirst) throws IOException {
    out.writeBoolean(clusters != null);
    if (clusters != null) {
      clusters.writePacked(out);
    }
    packed.write(out, outcomesFirst);
  }

  private interface Section {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * Writes the model to {@code file}, in the current file version.
   *
   * @param file the file to write; created, or replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  void write(OutputStream raw) throws IOException {
    FeatureWeights packed = packedWeights(); // packed once, for the choice and the writing
    write(raw, packed != null ? VERSION : 4, packed);
  }

  /** The classifiers' weights packed, or null when they are not perceptrons. */
  private FeatureWeights packedWeights() {
    return FeatureWeights.of(guide == null ? List.of(classifier) : List.of(classifier, guide));
  }

  /**
   * Writes the model in file version {@code version}: 1 (no feature groups), 2 (no guide) or 4
   * (OpenNLP's own model format) for tests of old files and for classifiers that are not
   * perceptrons, 5 or 6 (packed in one stream; both with the compact word tables of 6, which this
   * library reads in either), 7 (in a stored gzip stream, the weights' outcomes with each model), 8
   * (what {@link #write(Path)} writes) or 9 (8 with its sections stored uncompressed: the bundled
   * model of the jars).
   */
  void write(OutputStream raw, int version) throws IOException {
    write(raw, version, version >= 5 ? packedWeights() : null);
  }

  /**
   * As {@link #write(OutputStream, int)}, with the weights packed for version 5 and later, or null.
   */
  private void write(OutputStream raw, int version, FeatureWeights packed) throws IOException {
    boolean v3Only = guide != null || temperature != EntityRecognizer.CONFIDENCE_TEMPERATURE;
    boolean openNlp =
        classifier instanceof AbstractModel && (guide == null || guide instanceof AbstractModel);
    if (version < 1
        || version > STORED_SECTIONS
        || version == 1 && !features.isEmpty()
        || version < 3 && v3Only
        || version < 4 && clusters != null
        || version < 5 && gazetteer.hasPhrases()
        || version < 5 && !openNlp
        || version >= 5 && packed == null) {
      throw new IllegalArgumentException("cannot write version " + version);
    }
    // from version 7 the sections are compressed each on its own, the file around them is not: in
    // 7 a gzip stream that stores it, from 8 the bytes as they are
    GZIPOutputStream gz =
        version >= 8
            ? null
            : version == 7
                ? new GZIPOutputStream(raw, 1 << 16) {
                  {
                    def.setLevel(Deflater.NO_COMPRESSION);
                  }
                }
                : new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream data =
        new DataOutputStream(new BufferedOutputStream(gz == null ? raw : gz, 1 << 16));
    data.writeUTF(MAGIC);
    data.writeInt(version);
    data.writeUTF(description);
    if (version > 1) {
      data.writeInt(FeatureGroup.bits(features));
    }
    if (version >= 3) {
      data.writeDouble(temperature);
    }
    if (version >= 5) {
      if (version >= 7) {
        boolean stored = version >= STORED_SECTIONS;
        writeSection(data, gazetteer::writePacked, stored);
        writeSection(data, out -> writePackedWeights(out, packed, version >= 8), stored);
      } else {
        gazetteer.writePacked(data);
        writePackedWeights(data, packed, false);
      }
      data.flush();
      if (gz != null) {
        gz.finish();
      }
      return;
    }
    gazetteer.write(data);
    if (version >= 4) {
      data.writeBoolean(clusters != null);
      if (clusters != null) {
        clusters.write(data);
      }
    }
    persist(classifier, data);
    if (version >= 3) {
      data.writeBoolean(guide != null);
      if (guide != null) {
        persist(guide, data);
      }
    }
    data.flush();
    gz.finish();
  }

  /**
   * Writes an OpenNLP model to {@code data}, which stays open: OpenNLP's writer closes the stream
   * it writes to, and a guide follows the main model in the same stream.
   */
  private static void persist(MaxentModel model, DataOutputStream data) throws IOException {
    DataOutputStream unclosable =
        new DataOutputStream(
            new FilterOutputStream(data) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                flush();
              }
            });
    new GenericModelWriter((AbstractModel) model, unclosable).persist();
  }
}
