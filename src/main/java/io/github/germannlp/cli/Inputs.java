package io.github.germannlp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads command-line inputs as UTF-8; malformed bytes become U+FFFD rather than errors, and the
 * commands say on standard error how many sequences of an input were replaced ({@link #warn}).
 */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a file, or standard input for {@code "-"}, and warns on {@code err} when it held
   * malformed UTF-8 ({@link #warn}).
   */
  static String read(String name, InputStream stdin, java.io.PrintWriter err) {
    try {
      byte[] bytes = "-".equals(name) ? stdin.readAllBytes() : Files.readAllBytes(file(name));
      String text = decode(bytes);
      warn(err, name, malformed(bytes, text));
      return text;
    } catch (IOException e) {
      throw unreadable(name, e);
    } catch (OutOfMemoryError e) {
      throw new Main.InputException(name + ": too large for the heap; raise -Xmx", null);
    }
  }

  /**
   * Opens a file, or standard input for {@code "-"}, to be read as a stream: UTF-8 without a byte
   * order mark, malformed bytes as U+FFFD, as {@link #read} gives it; the reader counts them.
   *
   * @throws Main.InputException if the file is missing, a directory or cannot be opened
   */
  static Decoded open(String name, InputStream stdin) {
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
      EncodedReplacements counted = new EncodedReplacements(in);
      java.io.PushbackInputStream pushback =
          new java.io.PushbackInputStream(new java.io.BufferedInputStream(counted, 1 << 16), 3);
      byte[] head = new byte[3];
      int n = pushback.readNBytes(head, 0, 3);
      if (!startsWithBom(head, n) && n > 0) {
        pushback.unread(head, 0, n);
      }
      return new Decoded(new java.io.InputStreamReader(pushback, StandardCharsets.UTF_8), counted);
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

  /**
   * Says on {@code err} that input {@code name} held {@code count} malformed UTF-8 sequences, each
   * read as U+FFFD; nothing for none. The analysis goes on with the text as decoded: a warning, not
   * a failure, so the exit status stays as it was.
   */
  static void warn(java.io.PrintWriter err, String name, long count) {
    if (count > 0) {
      err.println(
          "german-nlp: "
              + name
              + ": not valid UTF-8: "
              + count
              + (count == 1 ? " malformed sequence" : " malformed sequences")
              + " read as U+FFFD");
      err.flush();
    }
  }

  /**
   * How many malformed sequences the decoding of {@code bytes} into {@code text} replaced: the
   * U+FFFD of the text less those the bytes encode (EF BF BD), which are text, not errors.
   */
  static long malformed(byte[] bytes, String text) {
    if (text.indexOf('\uFFFD') < 0) {
      return 0;
    }
    long replacements = 0;
    for (int i = 0; i < text.length(); i++) {
      replacements += text.charAt(i) == '\uFFFD' ? 1 : 0;
    }
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
        replacements--;
      }
    }
    return replacements;
  }

  /**
   * A reader of {@link #open}: the text as UTF-8 decodes it, and when it has been read to its end,
   * how many malformed sequences it held ({@link #malformed}).
   */
  static final class Decoded extends java.io.FilterReader {
    private final EncodedReplacements bytes;
    private long replacements;

    private Decoded(java.io.Reader in, EncodedReplacements bytes) {
      super(in);
      this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      replacements += c == '\uFFFD' ? 1 : 0;
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      for (int i = off; i < off + n; i++) {
        replacements += cbuf[i] == '\uFFFD' ? 1 : 0;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      char[] scratch = new char[(int) Math.min(Math.max(n, 0), 8192)];
      long left = n;
      for (int r; left > 0 && (r = read(scratch, 0, (int) Math.min(left, scratch.length))) > 0; ) {
        left -= r;
      }
      return Math.max(0, n - left);
    }

    /**
     * The malformed sequences read as U+FFFD so far: every U+FFFD read less those the bytes encode.
     * Exact once the input has been read to its end (the decoder reads bytes ahead of the chars it
     * gives); never below 0.
     */
    long malformed() {
      return Math.max(0, replacements - bytes.encoded);
    }
  }

  /** Skips up to {@code n} bytes of {@code in} by reading them. */
  private static long skipByReading(InputStream in, long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long left = n;
    for (int r; left > 0 && (r = in.read(scratch, 0, (int) Math.min(left, scratch.length))) > 0; ) {
      left -= r;
    }
    return Math.max(0, n - left);
  }

  /** Counts the U+FFFD that a byte stream encodes (EF BF BD) as it passes. */
  static final class EncodedReplacements extends java.io.FilterInputStream {
    /** The U+FFFD encoded in the bytes read so far. */
    long encoded;

    /** The last two bytes read, to find an EF BF BD that spans two reads. */
    private int previous = -1;

    private int beforePrevious = -1;

    EncodedReplacements(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        see(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = off; i < off + n; i++) {
        see(b[i] & 0xFF);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return skipByReading(this, n); // every byte goes through read, so none goes uncounted
    }

    private void see(int b) {
      if (b == 0xBD && previous == 0xBF && beforePrevious == 0xEF) {
        encoded++;
      }
      beforePrevious = previous;
      previous = b;
    }
  }
}
