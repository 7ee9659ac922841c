package io.github.germannlp.category;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained category model: an OpenNLP document-categorizer model ({@link DoccatModel}) and the
 * {@link FeatureSet} it was trained on. Immutable and thread-safe; load once and share.
 *
 * <p>File format: a header (the magic string {@value #MAGIC}, a format version, the feature set, a
 * description) followed by the OpenNLP model.
 *
 * <pre>{@code
 * CategoryModel model = CategoryTrainer.builder().build().train(articles);
 * model.write(Path.of("categories.bin"));
 * CategoryModel again = CategoryModel.load(Path.of("categories.bin"));
 * }</pre>
 */
public final class CategoryModel {
  /** The first bytes of a category model file (after its length prefix). */
  public static final String MAGIC = "german-nlp category model";

  /** The format version this class writes and reads. */
  public static final int VERSION = 1;

  private static final int MAX_MODEL_BYTES = 1 << 30;

  private final DoccatModel doccat;
  private final FeatureSet features;
  private final String description;
  private final List<String> categories;

  CategoryModel(DoccatModel doccat, FeatureSet features, String description) {
    this.doccat = Objects.requireNonNull(doccat, "doccat");
    this.features = Objects.requireNonNull(features, "features");
    this.description = Objects.requireNonNull(description, "description");
    DocumentCategorizerME me = new DocumentCategorizerME(doccat);
    List<String> c = new ArrayList<>(me.getNumberOfCategories());
    for (int i = 0; i < me.getNumberOfCategories(); i++) {
      c.add(me.getCategory(i));
    }
    this.categories = List.copyOf(c);
  }

  DoccatModel doccat() {
    return doccat;
  }

  /**
   * The features the model was trained on.
   *
   * @return the feature set a {@link Categorizer} extracts for this model
   */
  public FeatureSet features() {
    return features;
  }

  /**
   * What the model was trained on and how, as written by the trainer.
   *
   * @return the trainer's configuration and the number of articles and categories, such as {@code
   *     german features, maxent-qn, 100 iterations, cutoff 2; 500 articles, 6 categories}
   */
  public String description() {
    return description;
  }

  /**
   * The categories the model knows, in the model's order.
   *
   * @return an unmodifiable list of the category labels
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * Loads a model file.
   *
   * @param file a file written by {@link #write(Path)}
   * @return the model
   * @throws NullPointerException if {@code file} is null
   * @throws NoSuchFileException if the file does not exist (the message is its path)
   * @throws IOException if it cannot be read or is not a category model; the message names the path
   */
  public static CategoryModel load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "category model not found");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a model from a stream; {@code source} names it in error messages.
   *
   * @param in the stream, as {@link #write(OutputStream)} writes it; read but not closed, and it
   *     may be read past the model's end (it is buffered)
   * @param source a name for the stream, such as its path, used only in messages
   * @return the model
   * @throws IOException if the stream cannot be read or is not a category model of this version;
   *     the message names {@code source}
   */
  public static CategoryModel read(InputStream in, String source) throws IOException {
    try {
      DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
      String magic;
      try {
        magic = data.readUTF();
      } catch (EOFException | java.io.UTFDataFormatException e) {
        throw new IOException("not a german-nlp category model");
      }
      if (!MAGIC.equals(magic)) {
        throw new IOException("not a german-nlp category model");
      }
      int version = data.readInt();
      if (version != VERSION) {
        throw new IOException(
            "unsupported category model version "
                + version
                + " (this library reads version "
                + VERSION
                + ")");
      }
      FeatureSet features = FeatureSet.valueOf(data.readUTF());
      String description = data.readUTF();
      int length = data.readInt();
      if (length <= 0 || length > MAX_MODEL_BYTES) {
        throw new IOException("bad model length " + length);
      }
      byte[] bytes = new byte[length];
      data.readFully(bytes);
      return new CategoryModel(
          new DoccatModel(new ByteArrayInputStream(bytes)), features, description);
    } catch (EOFException e) {
      throw new IOException("cannot read category model " + source + ": truncated", e);
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot read category model " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the model to {@code file}, replacing it.
   *
   * @param file the file to write; created if it does not exist
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /**
   * Writes the model to a stream (not closed).
   *
   * @param out the stream to write to; flushed at the end
   * @throws IOException if the stream cannot be written
   */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    doccat.serialize(model);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeUTF(MAGIC);
    data.writeInt(VERSION);
    data.writeUTF(features.name());
    data.writeUTF(description);
    data.writeInt(model.size());
    model.writeTo(data);
    data.flush();
  }

  @Override
  public String toString() {
    return "CategoryModel[" + features + ", " + categories + ", " + description + "]";
  }
}
