package io.github.germannlp.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a long text piece by piece, so that an input of any size is analysed in bounded memory:
 * each piece is at most about {@code max} chars, cut at the end of a blank line (which always ends
 * a sentence and resets the tokenizer's quote state, so tokens and sentences come out as for the
 * whole text). A stretch without a blank line is cut, in this order of preference, at the next
 * blank line within {@value #STRETCH} times {@code max}, at the last line break or the last white
 * space before that, or there; only such unusual input can then split a sentence or a token. Not
 * thread-safe. Used by {@code GermanNlp.analyzeChunked} and the command line.
 */
public final class ChunkReader {
  /** How far past {@code max} a piece may grow while a blank line is sought. */
  public static final int STRETCH = 4;

  private final Reader in;
  private final int max;
  private final StringBuilder buffer = new StringBuilder();
  private final char[] read = new char[1 << 16];
  private boolean eof;
  private boolean done;
  private long base;
  private long nextBase;

  /**
   * A reader of pieces of {@code in}.
   *
   * @param in the text; read to its end, not closed
   * @param max the size of a piece in chars, at least 1
   */
  public ChunkReader(Reader in, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("piece size must be positive: " + max);
    }
    this.in = in;
    this.max = max;
  }

  /**
   * The next piece.
   *
   * @return the next piece of the text, or null after the last; an empty text is one empty piece
   * @throws IOException if the text cannot be read
   */
  public String next() throws IOException {
    if (done) {
      return null;
    }
    fill(max + 1L);
    int cut;
    if (buffer.length() <= max) { // the rest of the text
      cut = buffer.length();
      done = true;
    } else {
      int limit = (int) Math.min(Integer.MAX_VALUE - 1L, (long) max * STRETCH);
      cut = lastBlankLineEnd(max / 2, max);
      if (cut < 0) {
        fill(limit + 1L);
        cut = nextBlankLineEnd(max, Math.min(buffer.length(), limit));
      }
      if (cut < 0 && eof && buffer.length() <= limit) {
        cut = buffer.length(); // no blank line before the end: the rest stays whole
      }
      if (cut < 0) {
        cut = lastBreak(max / 2, limit);
      }
      if (cut < 0) {
        cut = Character.isHighSurrogate(buffer.charAt(limit - 1)) ? limit - 1 : limit;
      }
      done = eof && cut == buffer.length();
    }
    String piece = buffer.substring(0, cut);
    buffer.delete(0, cut);
    base = nextBase;
    nextBase += cut;
    return piece;
  }

  /**
   * Where the last piece starts.
   *
   * @return the offset in chars of the last piece {@link #next} returned, in the whole text
   */
  public long base() {
    return base;
  }

  /** Reads until the buffer holds at least {@code chars} chars or the text ends. */
  private void fill(long chars) throws IOException {
    while (!eof && buffer.length() < chars) {
      int n = in.read(read);
      if (n < 0) {
        eof = true;
      } else {
        buffer.append(read, 0, n);
      }
    }
  }

  /** The end of the last blank line ending in {@code (from, to]} of the buffer, or -1. */
  private int lastBlankLineEnd(int from, int to) {
    for (int i = Math.min(to, buffer.length()) - 1; i > from; i--) {
      if (buffer.charAt(i) == '\n' && blankLineBefore(i)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The end of the first blank line in {@code [from, to)} of the buffer, or -1. */
  private int nextBlankLineEnd(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer.charAt(i) == '\n' && blankLineBefore(i)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The end of the last line break, else of the last white space, in {@code (from, to]}. */
  private int lastBreak(int from, int to) {
    for (int i = to - 1; i > from; i--) {
      if (buffer.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = to - 1; i > from; i--) {
      if (Character.isWhitespace(buffer.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Whether the line break at {@code nl} ends an empty (white-space-only) line. */
  private boolean blankLineBefore(int nl) {
    for (int j = nl - 1; j >= 0; j--) {
      char c = buffer.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }
}
