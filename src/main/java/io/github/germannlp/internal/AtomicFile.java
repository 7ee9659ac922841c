package io.github.germannlp.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it, then moves it into place: nothing half-written
 * ever carries the output's name (a training command or a build step that fails leaves the file
 * before it, or none).
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("models/x.bin"), out -> table.write(out));
 * }</pre>
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes a file's content to a stream. */
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write; closed by the caller
     * @throws IOException if it cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a file given its path. */
  public interface PathWriter {
    /**
     * Writes the file.
     *
     * @param file the file to write (a temporary one)
     * @throws IOException if it cannot be written
     */
    void write(Path file) throws IOException;
  }

  /**
   * Writes {@code out} with {@code content}, through a temporary file. Creates the parent folders.
   *
   * @param out the file to write; replaced if it exists
   * @param content what to write into it
   * @throws IOException if it cannot be written; {@code out} is then unchanged
   */
  public static void write(Path out, Content content) throws IOException {
    writePath(
        out,
        tmp -> {
          try (OutputStream o = Files.newOutputStream(tmp)) {
            content.writeTo(o);
          }
        });
  }

  /**
   * Writes {@code out} with a writer of paths, through a temporary file. Creates the parent
   * folders.
   *
   * @param out the file to write; replaced if it exists
   * @param writer writes the temporary file
   * @throws IOException if it cannot be written; {@code out} is then unchanged
   */
  public static void writePath(Path out, PathWriter writer) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try {
      writer.write(tmp);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
