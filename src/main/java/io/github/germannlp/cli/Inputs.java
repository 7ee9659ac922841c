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
      return decode("-".equals(name) ? stdin.readAllBytes() : Files.readAllBytes(file(name)));
    } catch (IOException e) {
      throw unreadable(name, e);
    } catch (OutOfMemoryError e) {
      throw new Main.InputException(name + ": too large for the heap; raise -Xmx", null);
    }
  }

  /**
   * Opens a file, or standard input for {@code "-"}, to be read as a stream: UTF-8 without a byte
   * order mark, malformed bytes as U+FFFD, as {@link #read} gives it.
   *
   * @throws Main.InputException if the file is missing, a directory or cannot be opened
   */
  static java.io.Reader open(String name, InputStream stdin) {
    try {
      InputStream in;
      if ("-".equals(name)) {
        in =
            new java.io.FilterInputStream(stdin) {
              @Override
              public void close() {} // standard input stays open for the next '-'
            };
      } else {
        // a FileInputStream, not Files.newInputStream: that one's available() seeks, which a
        // named pipe refuses ("Illegal seek")
        in = new java.io.FileInputStream(file(name).toFile());
      }
      java.io.PushbackInputStream pushback =
          new java.io.PushbackInputStream(new java.io.BufferedInputStream(in, 1 << 16), 3);
      byte[] head = new byte[3];
      int n = pushback.readNBytes(head, 0, 3);
      if (!startsWithBom(head, n) && n > 0) {
        pushback.unread(head, 0, n);
      }
      return new java.io.InputStreamReader(pushback, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Whether {@code name} is sure to fail as an input: not {@code "-"}, and a directory or no file
   * at all (a file that exists may still fail when it is opened).
   */
  static boolean missing(String name) {
    if ("-".equals(name)) {
      return false;
    }
    Path p = Path.of(name);
    return Files.isDirectory(p) || !Files.exists(p);
  }

  /** The analysis of a run whose inputs are all {@link #missing}: never called. */
  static io.github.germannlp.Document noneRead(String text) {
    throw new IllegalStateException("no input to analyse: every input is missing");
  }

  /** The path of an input file that exists and is not a directory. */
  private static Path file(String name) throws NoSuchFileException {
    Path p = Path.of(name);
    if (Files.isDirectory(p)) {
      throw new Main.InputException(name + ": is a directory", null);
    }
    if (!Files.exists(p)) {
      throw new NoSuchFileException(name);
    }
    return p;
  }

  /** The command's error for an input that cannot be read. */
  private static Main.InputException unreadable(String name, IOException e) {
    return new Main.InputException(
        name
            + (e instanceof NoSuchFileException
                ? ": no such file"
                : ": cannot read: " + e.getMessage()),
        e);
  }

  /** Whether the first {@code n} bytes of {@code b} begin with UTF-8's byte order mark. */
  private static boolean startsWithBom(byte[] b, int n) {
    return n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** UTF-8 without a byte order mark; malformed bytes become U+FFFD. */
  static String decode(byte[] bytes) {
    int off = startsWithBom(bytes, bytes.length) ? 3 : 0;
    return new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
  }
}
