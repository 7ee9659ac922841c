package io.github.germannlp.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data files and peer models for the benchmarks and peer evaluations (never bundled). */
public final class PeerData {
  /** OpenNLP's German UD sentence model (opennlp-models-sentdetect-de, profile peers). */
  public static final String SENT_MODEL = "opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";

  /** OpenNLP's German UD token model (opennlp-models-tokenizer-de, profile peers). */
  public static final String TOKEN_MODEL = "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";

  private PeerData() {}

  /**
   * A data path from a system property, an environment variable, or the default.
   *
   * @throws IllegalStateException if the file does not exist; the message names the path and where
   *     it came from
   */
  public static Path resolve(String property, String env, String fallback) {
    String p = System.getProperty(property);
    String source = "system property " + property;
    if (p == null || p.isBlank()) {
      p = System.getenv(env);
      source = "environment variable " + env;
    }
    if (p == null || p.isBlank()) {
      p = fallback;
      source = "default (override with -D" + property + "=PATH or " + env + ")";
    }
    Path path = Path.of(p);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "data file not found: " + path.toAbsolutePath() + " [from " + source + "]");
    }
    return path;
  }

  /** A peer model from the test classpath. */
  public static InputStream resource(String name) {
    InputStream in = PeerData.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException(
              "OpenNLP model "
                  + name
                  + " not on the classpath (test dependencies opennlp-models-*-de 1.3.0 of the Maven"
                  + " profile peers: build with mvn -Ppeers)"));
    }
    return in;
  }
}
