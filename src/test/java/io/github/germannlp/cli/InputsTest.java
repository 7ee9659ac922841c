package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line counts the malformed UTF-8 it reads as U+FFFD. */
class InputsTest {
  @TempDir Path dir;

  /** The malformed sequences of {@code b} as a strict decoder reports them, one by one. */
  private static long reference(byte[] b) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(2 * b.length + 16);
    long errors = 0;
    for (CoderResult r; (r = d.decode(in, out, true)).isError(); ) {
      errors++;
      in.position(in.position() + r.length());
    }
    return errors;
  }

  /** Pieces of UTF-8, good and bad: ä, €, an encoded U+FFFD, an emoji, and broken sequences. */
  private static final byte[][] PIECES = {
    {'a'},
    {' '},
    {'\n'},
    {(byte) 0xC3, (byte) 0xA4},
    {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
    {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0xC3},
    {(byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xEF, (byte) 0xBF},
    {(byte) 0xF0, (byte) 0x9F},
  };

  private static byte[] randomBytes(Random random) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int k = random.nextInt(40); k > 0; k--) {
      b.writeBytes(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toByteArray();
  }

  @Test
  void theWholeFileCountIsTheStrictDecodersErrors() {
    Random random = new Random(5);
    for (int i = 0; i < 3_000; i++) {
      byte[] b = randomBytes(random);
      String text = Inputs.decode(b);
      assertEquals(reference(b), Inputs.malformed(b, text), () -> java.util.Arrays.toString(b));
    }
  }

  @Test
  void theStreamCountIsTheStrictDecodersErrorsWhateverTheReadSizes() throws IOException {
    Random random = new Random(6);
    for (int i = 0; i < 500; i++) {
      byte[] b = randomBytes(random);
      StringBuilder text = new StringBuilder();
      try (Inputs.Decoded r = opened(b)) {
        char[] buf = new char[1 + random.nextInt(5)];
        for (int n; (n = readSome(r, buf, random)) >= 0; ) {
          text.append(buf, 0, n);
        }
        assertEquals(new String(b, StandardCharsets.UTF_8), text.toString());
        assertEquals(reference(b), r.malformed(), () -> java.util.Arrays.toString(b));
      }
    }
  }

  /** {@code b} written to a file of its own and opened as the command line opens an input. */
  private Inputs.Decoded opened(byte[] b) throws IOException {
    Path f = Files.write(Files.createTempFile(dir, "in", ".txt"), b);
    return Inputs.open(f.toString(), InputStream.nullInputStream());
  }

  /** Reads a char, or a few. */
  private static int readSome(Reader r, char[] buf, Random random) throws IOException {
    if (random.nextBoolean()) {
      return r.read(buf, 0, buf.length);
    }
    int c = r.read();
    if (c < 0) {
      return -1;
    }
    buf[0] = (char) c;
    return 1;
  }

  @Test
  void skippedCharsAreCountedToo() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      byte[] b = randomBytes(random);
      try (Inputs.Decoded r = opened(b)) {
        while (r.skip(1 + random.nextInt(4)) > 0 || r.read() >= 0) {
          // to the end, skipping and reading
        }
        assertEquals(reference(b), r.malformed(), () -> java.util.Arrays.toString(b));
      }
    }
  }

  @Test
  void anEncodedReplacementCharSplitAcrossReadsIsFound() throws IOException {
    Random random = new Random(8);
    for (int i = 0; i < 1_000; i++) {
      byte[] b = randomBytes(random);
      long expected = 0;
      for (int k = 0; k + 2 < b.length; k++) {
        expected +=
            b[k] == (byte) 0xEF && b[k + 1] == (byte) 0xBF && b[k + 2] == (byte) 0xBD ? 1 : 0;
      }
      // a stream that gives one to three bytes a read, so that triples span reads
      InputStream trickle =
          new java.io.FilterInputStream(new java.io.ByteArrayInputStream(b)) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
              return super.read(buf, off, Math.min(len, 1 + random.nextInt(3)));
            }
          };
      Inputs.EncodedReplacements counted = new Inputs.EncodedReplacements(trickle);
      byte[] buf = new byte[4];
      while (random.nextBoolean() ? counted.read() >= 0 : counted.read(buf, 0, buf.length) >= 0) {
        // to the end
      }
      assertEquals(expected, counted.encoded, () -> java.util.Arrays.toString(b));
    }
  }

  @Test
  void aByteOrderMarkIsNeitherTextNorAnError() throws IOException {
    byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', (byte) 0xFF, 'b'};
    Path f = Files.write(dir.resolve("bom.txt"), b);
    try (Inputs.Decoded r = Inputs.open(f.toString(), InputStream.nullInputStream())) {
      StringWriter text = new StringWriter();
      r.transferTo(text);
      assertEquals("A\uFFFDb", text.toString());
      assertEquals(1, r.malformed());
    }
    assertEquals(1, Inputs.malformed(b, Inputs.decode(b)));
  }

  @Test
  void theWarningNamesTheInputAndTheCountAndNoneIsSaidForNone() {
    StringWriter s = new StringWriter();
    PrintWriter err = new PrintWriter(s);
    Inputs.warn(err, "a.txt", 0);
    Inputs.warn(err, "b.txt", 1);
    Inputs.warn(err, "c.txt", 3);
    assertEquals(
        "german-nlp: b.txt: not valid UTF-8: 1 malformed sequence read as U+FFFD\n"
            + "german-nlp: c.txt: not valid UTF-8: 3 malformed sequences read as U+FFFD\n",
        s.toString().replace(System.lineSeparator(), "\n"));
  }
}
