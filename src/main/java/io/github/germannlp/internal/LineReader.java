package io.github.germannlp.internal;

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
import java.util.Arrays;

/**
 * Reads a UTF-8 text file line by line, counting lines, so that every error names the file and the
 * line: a missing file or a folder, bytes that are not UTF-8, a stream that breaks off, or (through
 * {@link #error}) a malformed line. Lines end at {@code \n} (a {@code \r} before it is dropped); a
 * byte order mark before the first line is skipped. Each line is decoded on its own, so the line an
 * error names is the line that holds the bad bytes. Not thread-safe.
 */
public final class LineReader implements Closeable {
  private final String file;
  private final InputStream in;

  /** Bytes read and not yet returned as lines: {@code buffer[pos, limit)}. */
  private byte[] buffer = new byte[1 << 16];

  private int pos;
  private int limit;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int line;

  private LineReader(String file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @return a reader at its first line
   * @throws IOException if it is missing, a folder or unreadable, naming it
   */
  public static LineReader open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "file not found");
    }
    return new LineReader(file.toString(), Files.newInputStream(file));
  }

  /**
   * Reads a stream (closed with the reader).
   *
   * @param in the UTF-8 bytes
   * @param source the stream's name in error messages, such as a path or a resource
   * @return a reader at its first line
   */
  public static LineReader of(InputStream in, String source) {
    return new LineReader(source, in);
  }

  /**
   * The next line, or null at the end.
   *
   * @return the line without its line break
   * @throws IOException if it is not UTF-8 or cannot be read (the stream breaks off, as a truncated
   *     gzip file does); the message names file and line
   */
  public String next() throws IOException {
    int scan = pos; // buffer[pos, scan) holds no line break
    while (true) {
      for (int i = scan; i < limit; i++) {
        if (buffer[i] == '\n') {
          int from = pos;
          pos = i + 1;
          return line(from, i - from);
        }
      }
      int n = limit - pos; // a partial line: move it to the front, read more after it
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, n);
        pos = 0;
        limit = n;
      }
      if (limit == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      scan = limit;
      int read;
      try {
        read = in.read(buffer, limit, buffer.length - limit);
      } catch (IOException e) {
        throw new IOException(
            file
                + ":"
                + (line + 1)
                + ": cannot read: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
            e);
      }
      if (read < 0) {
        if (limit == pos) {
          return null;
        }
        int from = pos;
        pos = limit;
        return line(from, limit - from);
      }
      limit += read;
    }
  }

  /** Line {@code line + 1}: {@code n} bytes of the buffer from {@code from}, decoded. */
  private String line(int from, int n) throws IOException {
    line++;
    if (n > 0 && buffer[from + n - 1] == '\r') {
      n--;
    }
    boolean ascii = true;
    for (int i = from; i < from + n; i++) {
      if (buffer[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(buffer, from, n, StandardCharsets.ISO_8859_1);
    }
    try {
      String s = utf8.decode(ByteBuffer.wrap(buffer, from, n)).toString();
      return line == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new IOException(file + ":" + line + ": not valid UTF-8", e);
    }
  }

  /**
   * The number of the line {@link #next()} returned last.
   *
   * @return 1 for the first line, 0 before it
   */
  public int line() {
    return line;
  }

  /**
   * Where the current line is, for messages.
   *
   * @return {@code file:line}
   */
  public String where() {
    return file + ":" + line;
  }

  /**
   * An error about the current line.
   *
   * @param message what is wrong
   * @return an exception whose message is {@code file:line: message}
   */
  public IllegalArgumentException error(String message) {
    return new IllegalArgumentException(where() + ": " + message);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
