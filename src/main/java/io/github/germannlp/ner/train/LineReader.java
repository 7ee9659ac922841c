package io.github.germannlp.ner.train;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a UTF-8 corpus file line by line, counting lines, so that every error names the file and
 * the line: a missing file, bytes that are not UTF-8, or (through {@link #error}) a malformed
 * line.
 */
final class LineReader implements Closeable {
  private final Path file;
  private final InputStream in;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int line;

  private LineReader(Path file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /**
   * Opens a file.
   *
   * @throws IOException if it is missing or unreadable, naming it
   */
  static LineReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "corpus file not found");
    }
    return new LineReader(file, new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  /**
   * The next line, or null at the end.
   *
   * @throws IOException if it is not UTF-8 (the message names file and line) or unreadable
   */
  String next() throws IOException {
    bytes.reset();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      bytes.write(b);
    }
    if (b < 0 && bytes.size() == 0) {
      return null;
    }
    line++;
    int n = bytes.size();
    byte[] a = bytes.toByteArray();
    if (n > 0 && a[n - 1] == '\r') {
      n--;
    }
    try {
      String s = utf8.decode(ByteBuffer.wrap(a, 0, n)).toString();
      return line == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new IOException(file + ":" + line + ": not valid UTF-8", e);
    }
  }

  /** The number of the line {@link #next()} returned last (1 for the first). */
  int line() {
    return line;
  }

  /** An error about the current line: {@code file:line: message}. */
  IllegalArgumentException error(String message) {
    return new IllegalArgumentException(file + ":" + line + ": " + message);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
