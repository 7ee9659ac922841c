package io.github.germannlp;

import io.github.germannlp.internal.Background;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.topic.BackgroundStatistics;
import io.github.germannlp.internal.topic.TopicExtractor;
import io.github.germannlp.ner.EntityDictionary;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;

/**
 * Where the pipeline's models come from: the file of a model directory when it holds one, else the
 * bundled resource, with one error style ("cannot read WHAT FILE: reason"); which layers the class
 * path can serve; and the join of a model loaded on another thread.
 */
final class PipelineModels {
  private PipelineModels() {}

  /** The layers whose models the class path holds. */
  static Set<Layer> availableFromClasspath() {
    EnumSet<Layer> l =
        EnumSet.of(
            Layer.TOKENS,
            Layer.SENTENCES,
            Layer.POS,
            Layer.LEMMA,
            Layer.COMPOUNDS,
            Layer.FURNITURE);
    if (EntityModel.isBundled()) {
      l.add(Layer.ENTITIES);
    }
    if (BackgroundStatistics.isBundled()) {
      l.add(Layer.TOPICS);
    }
    return Collections.unmodifiableSet(l);
  }

  /**
   * The result of a task run on another thread ({@link Background#start}), its unchecked exceptions
   * and errors thrown as they were thrown there.
   */
  static <T> T join(FutureTask<T> task) {
    try {
      return Background.join(task);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a model from a file. */
  interface FileLoader<T> {
    T load(Path file) throws IOException;
  }

  /** Reads the bundled model. */
  interface BundledLoader<T> {
    T load() throws IOException;
  }

  /**
   * A model: the file {@code name} of the model directory when it holds one, else the bundled
   * model. An error reading the file is an {@link UncheckedIOException} "cannot read {@code what}
   * {@code file}: reason".
   */
  static <T> T load(
      Path directory, String name, String what, FileLoader<T> fromFile, BundledLoader<T> bundled) {
    Path file = inModelDirectory(directory, name);
    if (file != null) {
      try {
        return fromFile.load(file);
      } catch (IOException e) {
        throw unreadable(what, file, e);
      }
    }
    try {
      return bundled.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** The file {@code name} of a model directory, or null when there is none or it lacks one. */
  static Path inModelDirectory(Path directory, String name) {
    if (directory == null) {
      return null;
    }
    Path file = directory.resolve(name);
    return Files.isRegularFile(file) ? file : null;
  }

  /**
   * "cannot read {@code what} {@code file}: reason", the reason the loader's message without the
   * beginning that names the file again.
   */
  private static UncheckedIOException unreadable(String what, Path file, IOException e) {
    String prefix = "cannot read " + what + " " + file;
    String reason = e.getMessage() == null ? "" : e.getMessage();
    for (String repeated : List.of(prefix + ": ", file + ": ")) {
      if (reason.startsWith(repeated)) {
        reason = reason.substring(repeated.length());
      }
    }
    if (reason.isEmpty() || reason.equals(file.toString())) {
      reason = e.getClass().getSimpleName(); // AccessDeniedException: the message is the path
    }
    return new UncheckedIOException(prefix + ": " + reason, e);
  }

  /**
   * The bundled names that are always entities ({@code UN-Sicherheitsrat}, {@code EU-Kommission}),
   * applied over the model and under a user's dictionary.
   */
  static final Lazy<EntityDictionary> KNOWN_NAMES = new Lazy<>(PipelineModels::loadKnownNames);

  private static EntityDictionary loadKnownNames() {
    try {
      return EntityDictionary.loadResource("/io/github/germannlp/ner/known-entities-de.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** The topic extractor with the background statistics of the model directory or the bundle. */
  static TopicExtractor topicExtractor(Path modelDirectory) {
    return load(
        modelDirectory,
        BackgroundStatistics.FILE_NAME,
        "background statistics",
        file -> new TopicExtractor(BackgroundStatistics.load(file), TopicExtractor.DEFAULT_LIMIT),
        TopicExtractor::german);
  }

  /**
   * The entity model: the one given, else the model directory's, else the bundled one; null when
   * there is none but a dictionary.
   */
  static EntityModel entityModel(
      EntityModel given, Path modelDirectory, EntityDictionary dictionary) {
    if (given != null) {
      return given;
    }
    return load(
        modelDirectory,
        GermanNlp.ENTITY_MODEL_FILE,
        "entity model",
        EntityModel::load,
        () -> bundledEntityModel(modelDirectory, dictionary));
  }

  private static EntityModel bundledEntityModel(Path modelDirectory, EntityDictionary dictionary)
      throws IOException {
    if (!EntityModel.isBundled()) {
      if (dictionary != null) {
        return null; // entities from the user dictionary alone
      }
      throw new IllegalArgumentException(
          "layer entities needs an entity model: none on the"
              + " classpath ("
              + EntityModel.BUNDLED_RESOURCE
              + ")"
              + (modelDirectory == null ? "" : " or in " + modelDirectory));
    }
    return EntityModel.loadBundled();
  }
}
