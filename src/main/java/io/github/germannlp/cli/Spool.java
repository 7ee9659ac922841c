package io.github.germannlp.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text written now and copied out later, kept in memory while it is small and in a temporary file
 * beyond {@link #MEMORY} chars: what a command must write after output that comes later (the
 * entities of a JSON object follow its sentences) stays out of the heap however long the input. Not
 * thread-safe; {@link #close()} deletes the file.
 */
final class Spool extends Writer {
  /** The most chars kept in memory by default. */
  static final int MEMORY = 1 << 20;

  private final int limit;
  private final StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer fileWriter;

  /** A spool that keeps up to {@link #MEMORY} chars in memory. */
  Spool() {
    this(MEMORY);
  }

  /** A spool that keeps up to {@code limit} chars in memory. */
  Spool(int limit) {
    this.limit = limit;
  }

  /** The temporary file the text went to, or null while it is in memory. */
  Path file() {
    return fileWriter == null ? null : file;
  }

  @Override
  public void write(char[] c, int off, int len) throws IOException {
    if (fileWriter == null && memory.length() + len > limit) {
      file = Files.createTempFile("german-nlp-", ".spool");
      file.toFile().deleteOnExit();
      fileWriter =
          new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
      fileWriter.append(memory);
      memory.setLength(0);
    }
    if (fileWriter != null) {
      fileWriter.write(c, off, len);
    } else {
      memory.append(c, off, len);
    }
  }

  /**
   * Hands everything written so far, in order and in pieces, to {@code out}.
   *
   * @param out receives chars {@code [0, n)} of each piece
   */
  void copyTo(CharsConsumer out) throws IOException {
    if (fileWriter == null) {
      char[] c = new char[memory.length()];
      memory.getChars(0, c.length, c, 0);
      out.accept(c, c.length);
      return;
    }
    fileWriter.flush();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      char[] c = new char[1 << 16];
      for (int n; (n = r.read(c)) > 0; ) {
        out.accept(c, n);
      }
    }
  }

  /** Receives chars in pieces. */
  interface CharsConsumer {
    void accept(char[] chars, int n) throws IOException;
  }

  @Override
  public void flush() throws IOException {
    if (fileWriter != null) {
      fileWriter.flush();
    }
  }

  /** Deletes the temporary file, if there is one. */
  @Override
  public void close() throws IOException {
    if (fileWriter != null) {
      fileWriter.close();
      Files.deleteIfExists(file);
      fileWriter = null;
    }
    memory.setLength(0);
  }
}
