package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LineReader} against a plain split of the text: random lines of ASCII, umlauts, emoji,
 * empty lines, {@code \r\n} endings and lines longer than its buffer, read from streams that hand
 * out one byte or a random number of bytes at a time.
 */
class LineReaderTest {
  private static final String[] PIECES = {"a", "Zug", " ", "\t", "ä", "ß", "😀", "\r", "x\ry", "€"};

  @Test
  void readsTheLinesOfRandomTextsWhateverTheStreamHandsOut() throws IOException {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<String> lines = new ArrayList<>();
      int count = random.nextInt(12);
      for (int l = 0; l < count; l++) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(30);
        while (b.length() < length) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String line = b.toString();
        while (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        lines.add(line);
      }
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        text.append(line).append(random.nextBoolean() ? "\r\n" : "\n");
      }
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty() && random.nextBoolean()) {
        text.setLength(text.length() - (text.charAt(text.length() - 2) == '\r' ? 2 : 1));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      int chunk = round % 3 == 0 ? 1 : 1 + random.nextInt(5_000);
      try (LineReader r = LineReader.of(chunked(bytes, chunk), "t")) {
        for (int l = 0; l < lines.size(); l++) {
          assertEquals(lines.get(l), r.next(), "round " + round + " line " + (l + 1));
          assertEquals(l + 1, r.line());
        }
        assertNull(r.next(), "round " + round);
        assertNull(r.next());
      }
    }
  }

  @Test
  void aByteOrderMarkIsSkippedAndBadBytesNameTheirLine() throws IOException {
    byte[] bom = "\uFEFFeins\nzwei\n".getBytes(StandardCharsets.UTF_8);
    try (LineReader r = LineReader.of(new ByteArrayInputStream(bom), "t")) {
      assertEquals("eins", r.next());
      assertEquals("zwei", r.next());
      assertNull(r.next());
    }
    byte[] bad = {'o', 'k', '\n', 'a', (byte) 0xC3, '\n'};
    try (LineReader r = LineReader.of(new ByteArrayInputStream(bad), "f.txt")) {
      assertEquals("ok", r.next());
      IOException e = assertThrows(IOException.class, r::next);
      assertTrue(e.getMessage().startsWith("f.txt:2: not valid UTF-8"), e.getMessage());
    }
  }

  @Test
  void everyKindOfBadByteIsReportedAndAReplacementCharacterInTheTextIsKept() throws IOException {
    byte[][] bad = {
      {(byte) 0xC3}, // cut off
      {(byte) 0xC0, (byte) 0xAF}, // overlong
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
      {(byte) 0xFF},
      {'a', (byte) 0x80, 'b'} // a lone continuation byte
    };
    for (byte[] b : bad) {
      try (LineReader r = LineReader.of(new ByteArrayInputStream(b), "g.txt")) {
        IOException e = assertThrows(IOException.class, r::next);
        assertTrue(e.getMessage().startsWith("g.txt:1: not valid UTF-8"), e.getMessage());
      }
    }
    String kept = "Ersatz \uFFFD und ä\nnur \uFFFD\n";
    try (LineReader r =
        LineReader.of(new ByteArrayInputStream(kept.getBytes(StandardCharsets.UTF_8)), "h")) {
      assertEquals("Ersatz \uFFFD und ä", r.next());
      assertEquals("nur \uFFFD", r.next());
      assertNull(r.next());
    }
  }

  /** A stream that hands out at most {@code chunk} bytes a read. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
