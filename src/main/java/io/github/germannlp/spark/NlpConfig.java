package io.github.germannlp.spark;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.ner.EntityDictionary;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;

/**
 * What a Spark task needs to build the library's pipeline: the layers, the token scheme, an
 * optional model folder and entity dictionary, and the longest text analysed. This small value is
 * all that travels with the tasks; each executor JVM builds one {@link GermanNlp} per distinct
 * configuration on first use ({@link #pipeline()}) and shares it among its tasks, since the
 * pipeline is thread-safe.
 *
 * <p>Files reach executors the Spark way: ship them with {@code spark-submit --files names.tsv} or
 * {@code --archives models.zip#models} and name them here as {@code names.tsv} and {@code models}.
 * On an executor a path that does not exist as given is looked up in the task's working directory
 * and with {@link SparkFiles#get(String)}.
 *
 * <pre>{@code
 * NlpConfig config = NlpConfig.defaults()
 *     .withLayers(EnumSet.of(Layer.POS, Layer.LEMMA, Layer.ENTITIES, Layer.TOPICS))
 *     .withDictionary("names.tsv");
 * Dataset<Row> annotated = new SparkAnnotator(config).annotate(articles, "text");
 * }</pre>
 *
 * <p>Immutable and serializable; the {@code with…} methods return new configurations.
 */
public final class NlpConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Texts longer than this many characters get an error row by default: 1,000,000. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private static final Map<NlpConfig, GermanNlp> PIPELINES = new ConcurrentHashMap<>();

  /** The layers, with tokens and sentences. */
  private final EnumSet<Layer> layers;

  /** The token scheme. */
  private final TokenScheme scheme;

  /** The model folder's path or shipped name; null for the bundled models. */
  private final String modelDirectory;

  /** The entity dictionary's path or shipped name; null for none. */
  private final String dictionary;

  /** The longest text analysed, in chars. */
  private final int maxChars;

  private NlpConfig(
      Set<Layer> layers,
      TokenScheme scheme,
      String modelDirectory,
      String dictionary,
      int maxChars) {
    this.layers = EnumSet.copyOf(layers);
    this.layers.add(Layer.TOKENS);
    this.layers.add(Layer.SENTENCES);
    this.scheme = scheme;
    this.modelDirectory = modelDirectory;
    this.dictionary = dictionary;
    this.maxChars = maxChars;
  }

  /**
   * The library's default pipeline: every layer of {@link GermanNlp#availableLayers()}, the news
   * token scheme, the bundled models, no dictionary, {@value #DEFAULT_MAX_CHARS} characters at
   * most.
   *
   * @return a new configuration
   */
  public static NlpConfig defaults() {
    return new NlpConfig(
        GermanNlp.availableLayers(), TokenScheme.NEWS, null, null, DEFAULT_MAX_CHARS);
  }

  /**
   * This configuration with other layers.
   *
   * @param requested the layers wanted; tokens and sentences are always computed (an empty set
   *     means just these)
   * @return a new configuration
   * @throws NullPointerException if {@code requested} is null
   */
  public NlpConfig withLayers(Set<Layer> requested) {
    Objects.requireNonNull(requested, "requested");
    if (requested.isEmpty()) {
      return new NlpConfig(EnumSet.of(Layer.TOKENS), scheme, modelDirectory, dictionary, maxChars);
    }
    return new NlpConfig(requested, scheme, modelDirectory, dictionary, maxChars);
  }

  /**
   * This configuration with another token scheme.
   *
   * @param tokenScheme the token conventions
   * @return a new configuration
   * @throws NullPointerException if {@code tokenScheme} is null
   */
  public NlpConfig withScheme(TokenScheme tokenScheme) {
    return new NlpConfig(
        layers,
        Objects.requireNonNull(tokenScheme, "tokenScheme"),
        modelDirectory,
        dictionary,
        maxChars);
  }

  /**
   * This configuration with a folder of model files ({@link GermanNlp.Builder#modelDirectory}).
   *
   * @param directory the folder's path on the executors, or the name it was shipped under ({@code
   *     spark-submit --archives models.zip#models}); null for the bundled models
   * @return a new configuration
   */
  public NlpConfig withModelDirectory(String directory) {
    return new NlpConfig(layers, scheme, directory, dictionary, maxChars);
  }

  /**
   * This configuration with a user's entity dictionary ({@code name TAB TYPE} lines, {@link
   * EntityDictionary#load}).
   *
   * @param file the file's path on the executors, or the name it was shipped under ({@code
   *     spark-submit --files names.tsv}); null for none
   * @return a new configuration
   */
  public NlpConfig withDictionary(String file) {
    return new NlpConfig(layers, scheme, modelDirectory, file, maxChars);
  }

  /**
   * This configuration with another bound on the text length. Longer texts are not analysed: their
   * rows carry empty results and an error, so one runaway document cannot take an executor's
   * memory.
   *
   * @param chars the longest text analysed, in UTF-16 chars, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code chars} is below 1
   */
  public NlpConfig withMaxChars(int chars) {
    if (chars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1: " + chars);
    }
    return new NlpConfig(layers, scheme, modelDirectory, dictionary, chars);
  }

  /**
   * The layers computed.
   *
   * @return a copy, with {@link Layer#TOKENS} and {@link Layer#SENTENCES}
   */
  public Set<Layer> layers() {
    return EnumSet.copyOf(layers);
  }

  /**
   * Whether a layer is computed.
   *
   * @param layer a layer
   * @return true if this configuration computes it
   */
  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /**
   * The token scheme.
   *
   * @return the token conventions
   */
  public TokenScheme scheme() {
    return scheme;
  }

  /**
   * The longest text analysed.
   *
   * @return a bound in UTF-16 chars
   */
  public int maxChars() {
    return maxChars;
  }

  /**
   * The pipeline of this configuration in this JVM: built on the first call (the models load once)
   * and shared by every later call with an equal configuration, from any thread.
   *
   * @return the shared pipeline
   * @throws IllegalArgumentException if a file of the configuration cannot be found or a layer is
   *     not available
   * @throws UncheckedIOException if a model or dictionary file cannot be read
   */
  public GermanNlp pipeline() {
    return PIPELINES.computeIfAbsent(this, NlpConfig::build);
  }

  private GermanNlp build() {
    GermanNlp.Builder b = GermanNlp.builder().scheme(scheme).layers(layers);
    if (modelDirectory != null) {
      b.modelDirectory(locate(modelDirectory, true));
    }
    if (dictionary != null) {
      Path file = locate(dictionary, false);
      try {
        b.entityDictionary(EntityDictionary.load(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the entity dictionary " + file, e);
      }
    }
    return b.build();
  }

  /**
   * A file as given, else in the working directory, else where Spark put it.
   *
   * @throws IllegalArgumentException if none of these exists
   */
  static Path locate(String name, boolean directory) {
    Path given = Path.of(name);
    if (exists(given, directory)) {
      return given;
    }
    Path fileName = given.getFileName();
    if (fileName != null && SparkEnv.get() != null) {
      Path shipped = Path.of(SparkFiles.get(fileName.toString()));
      if (exists(shipped, directory)) {
        return shipped;
      }
      Path root = Path.of(SparkFiles.getRootDirectory()).resolve(fileName.toString());
      if (exists(root, directory)) {
        return root;
      }
    }
    throw new IllegalArgumentException(
        "no "
            + (directory ? "folder " : "file ")
            + name
            + " on this machine nor among the files shipped with the job (spark-submit --files or"
            + " --archives)");
  }

  private static boolean exists(Path p, boolean directory) {
    return directory ? Files.isDirectory(p) : Files.isRegularFile(p);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NlpConfig c
        && c.layers.equals(layers)
        && c.scheme == scheme
        && Objects.equals(c.modelDirectory, modelDirectory)
        && Objects.equals(c.dictionary, dictionary)
        && c.maxChars == maxChars;
  }

  @Override
  public int hashCode() {
    return Objects.hash(layers, scheme, modelDirectory, dictionary, maxChars);
  }

  @Override
  public String toString() {
    return "NlpConfig[layers="
        + layers
        + ", scheme="
        + scheme
        + ", models="
        + modelDirectory
        + ", dictionary="
        + dictionary
        + ", maxChars="
        + maxChars
        + "]";
  }
}
