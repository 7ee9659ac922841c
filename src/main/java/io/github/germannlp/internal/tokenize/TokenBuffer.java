package io.github.germannlp.internal.tokenize;

import java.util.Arrays;

/**
 * Growable, allocation-light store of token offsets and per-token flags, filled by {@link
 * GermanTokenizer}. Only the tokenizer adds to it; once filled it is read-only and may be shared (a
 * {@code Document} keeps it without copying).
 */
public final class TokenBuffer {
  /** The token is an abbreviation whose period may also end the sentence ({@code usw.}). */
  public static final byte ABBREVIATION_MAY_END = 1;

  /** The token ends in a period that belongs to it (abbreviation, ordinal, initial). */
  public static final byte OWN_PERIOD = 2;

  /** The token is an opening quotation mark or bracket. */
  public static final byte OPENING = 4;

  /** The token is a closing quotation mark or bracket. */
  public static final byte CLOSING = 8;

  /** The token is a sentence-final mark: a period, {@code !}, {@code ?}, an ellipsis or a run. */
  public static final int FINAL = 16;

  /** A line break stands between the previous token and this one. */
  public static final int LINE_BEFORE = 32;

  /** A blank line (or a paragraph separator) stands between the previous token and this one. */
  public static final int PARAGRAPH_BEFORE = 64;

  /** The token starts with an uppercase letter. */
  public static final int CAPITALIZED = 128;

  private int[] starts;
  private int[] ends;
  private byte[] flags;
  private int size;

  /**
   * Creates an empty buffer sized for a text of the given length; it grows as needed.
   *
   * @param textLength the length of the text to be tokenized, in UTF-16 units; only sets the
   *     initial capacity
   */
  public TokenBuffer(int textLength) {
    int capacity = Math.max(16, Math.min(textLength / 5 + 16, 1 << 22));
    starts = new int[capacity];
    ends = new int[capacity];
    flags = new byte[capacity];
  }

  /**
   * A buffer holding the given offsets (copied), without flags. The offsets are not checked.
   *
   * @param starts start offsets, inclusive; the first {@code size} are used
   * @param ends end offsets, exclusive; the first {@code size} are used
   * @param size the number of tokens
   * @return a new, filled buffer whose flags are all 0
   */
  public static TokenBuffer of(int[] starts, int[] ends, int size) {
    TokenBuffer b = new TokenBuffer(0);
    b.starts = java.util.Arrays.copyOf(starts, size);
    b.ends = java.util.Arrays.copyOf(ends, size);
    b.flags = new byte[size];
    b.size = size;
    return b;
  }

  void add(int start, int end, int flag) {
    if (size == starts.length) {
      int capacity = size + (size >> 1) + 16;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    flags[size] = (byte) flag;
    size++;
  }

  void removeLast() {
    size--;
  }

  /**
   * Number of tokens.
   *
   * @return the number of tokens added so far
   */
  public int size() {
    return size;
  }

  /**
   * Start offset of a token.
   *
   * @param i the token's index, in [0, {@link #size()}); not checked against the size
   * @return the start offset of token {@code i} (inclusive, UTF-16 units)
   */
  public int start(int i) {
    return starts[i];
  }

  /**
   * End offset of a token.
   *
   * @param i the token's index, in [0, {@link #size()}); not checked against the size
   * @return the end offset of token {@code i} (exclusive, UTF-16 units)
   */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Flags of a token.
   *
   * @param i the token's index, in [0, {@link #size()}); not checked against the size
   * @return the flags of token {@code i}, a bitwise OR of the constants of this class (0 to 255)
   */
  public int flags(int i) {
    return flags[i] & 0xFF;
  }

  /**
   * Trimmed copy of the start offsets.
   *
   * @return a new array of {@link #size()} start offsets, in token order
   */
  public int[] startsArray() {
    return Arrays.copyOf(starts, size);
  }

  /**
   * Trimmed copy of the end offsets.
   *
   * @return a new array of {@link #size()} end offsets, in token order
   */
  public int[] endsArray() {
    return Arrays.copyOf(ends, size);
  }
}
