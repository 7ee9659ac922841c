package io.github.germannlp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads command-line inputs as UTF-8; malformed bytes become U+FFFD rather than errors. */
final class Inputs {
  private Inputs() {}

  /** Reads a file, or standard input for {@code "-"}. */
  static String read(String name, InputStream stdin) {
    try {
      byte[] bytes;
      if ("-".equals(name)) {
        bytes = stdin.readAllBytes();
      } else {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
          throw new Main.InputException(name + ": is a directory", null);
        }
        bytes = Files.readAllBytes(p);
      }
      return decode(bytes);
    } catch (NoSuchFileException e) {
      throw new Main.InputException(name + ": no such file", e);
    } catch (IOException e) {
      throw new Main.InputException(name + ": cannot read: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new Main.InputException(name + ": too large for the heap; raise -Xmx", null);
    }
  }

  /**
   * Opens a file, or standard input for {@code "-"}, to be read as a stream: UTF-8 without a
   * byte order mark, malformed bytes as U+FFFD, as {@link #read} gives it.
   *
   * @throws Main.InputException if the file is missing, a directory or cannot be opened
   */
  static java.io.Reader open(String name, InputStream stdin) {
    try {
      InputStream in;
      if ("-".equals(name)) {
        in = new java.io.FilterInputStream(stdin) {
          @Override
          public void close() {} // standard input stays open for the next '-'
        };
      } else {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
          throw new Main.InputException(name + ": is a directory", null);
        }
        if (!Files.exists(p)) {
          throw new NoSuchFileException(name);
        }
        // a FileInputStream, not Files.newInputStream: that one's available() seeks, which a
        // named pipe refuses ("Illegal seek")
        in = new java.io.FileInputStream(p.toFile());
      }
      java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(
          new java.io.BufferedInputStream(in, 1 << 16), 3);
      byte[] head = new byte[3];
      int n = pushback.readNBytes(head, 0, 3);
      boolean bom = n == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
          && (head[2] & 0xff) == 0xBF;
      if (!bom && n > 0) {
        pushback.unread(head, 0, n);
      }
      return new java.io.InputStreamReader(pushback, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Main.InputException(name + ": no such file", e);
    } catch (IOException e) {
      throw new Main.InputException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** UTF-8 without a byte order mark; malformed bytes become U+FFFD. */
  static String decode(byte[] bytes) {
    int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
  }
}
