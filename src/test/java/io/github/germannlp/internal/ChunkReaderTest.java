package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pieces of a streamed text: they add up to it, stay small, and end at blank lines. */
class ChunkReaderTest {
  /** A reader that hands out its text in random small runs, as a pipe may. */
  private static Reader trickle(String text, Random random) {
    return new Reader() {
      private int at;

      @Override
      public int read(char[] c, int off, int len) {
        if (at == text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(len, 1 + random.nextInt(50)), text.length() - at);
        text.getChars(at, at + n, c, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static List<String> pieces(Reader in, int max) throws IOException {
    ChunkReader r = new ChunkReader(in, max);
    List<String> out = new ArrayList<>();
    long base = 0;
    for (String p; (p = r.next()) != null; ) {
      assertEquals(base, r.base());
      base += p.length();
      out.add(p);
    }
    assertNull(r.next());
    return out;
  }

  @Test
  void piecesAddUpToTheTextAndEndAtBlankLines() throws IOException {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int paragraphs = random.nextInt(40);
      for (int p = 0; p < paragraphs; p++) {
        int words = 1 + random.nextInt(30);
        for (int w = 0; w < words; w++) {
          sb.append(w == 0 ? "" : random.nextInt(8) == 0 ? "\n" : " ").append("Wort");
        }
        sb.append(random.nextBoolean() ? ".\n\n" : ".\n \t\n\n");
      }
      String text = sb.toString();
      int max = 40 + random.nextInt(400);
      List<String> pieces = pieces(trickle(text, random), max);
      assertEquals(text, String.join("", pieces));
      for (int i = 0; i < pieces.size(); i++) {
        String p = pieces.get(i);
        assertTrue(p.length() <= ChunkReader.STRETCH * max, p.length() + " > 4 x " + max);
        if (i < pieces.size() - 1) { // a paragraph is at most 30 words: a blank line is near
          assertTrue(p.endsWith("\n") && p.strip().length() < p.length(), "cut inside: " + p);
          assertTrue(p.length() > max / 2, "piece too short: " + p.length() + " of " + max);
        }
      }
    }
  }

  @Test
  void aStretchWithoutBlankLinesIsCutAtALineBreakThenASpaceNeverInsideAPair() throws IOException {
    String lines = "Erste Zeile ohne Leerzeile\n".repeat(40);
    for (String p : pieces(new StringReader(lines), 100).subList(0, 2)) {
      assertTrue(p.length() <= 400 && p.endsWith("\n"), p);
    }
    String words = "Wort ".repeat(200);
    List<String> cut = pieces(new StringReader(words), 100);
    assertEquals(words, String.join("", cut));
    assertTrue(cut.get(0).endsWith(" ") && cut.get(0).length() <= 400);
    String emoji = "\uD83D\uDE00".repeat(500); // no white space at all
    for (String p : pieces(new StringReader(emoji), 99)) {
      assertFalse(Character.isHighSurrogate(p.charAt(p.length() - 1)), "pair split");
    }
  }

  @Test
  void shortAndEmptyTextsAreOnePiece() throws IOException {
    assertEquals(List.of(""), pieces(new StringReader(""), 10));
    assertEquals(List.of("Kurz."), pieces(new StringReader("Kurz."), 10));
    assertEquals(List.of("Genau zehn"), pieces(new StringReader("Genau zehn"), 10));
  }
}
