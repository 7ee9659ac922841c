package io.github.germannlp.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable map from words to int values, packed for large word lists (hundreds of thousands of
 * words): the words are one string, found through an open-addressing table of their hash codes, so
 * an entry costs about 40 bytes instead of the hundred of a {@code HashMap<String, Integer>}, and
 * loading makes no object per entry. Thread-safe once built.
 *
 * <pre>{@code
 * WordTable t = new WordTable.Builder().add("Kiel", 3).build();
 * t.get("Kiel", 0);   // 3
 * t.get("Kieler", 0); // 0
 * }</pre>
 */
public final class WordTable {
  /**
   * All words, one after the other, as chars: compared char by char, which is fast whatever the
   * coder of the word looked up ({@code String.regionMatches} between a Latin-1 and a UTF-16 string
   * is not).
   */
  private final char[] text;

  /** Where word {@code i} starts in {@link #text}; it ends where word {@code i + 1} starts. */
  private final int[] starts;

  private final int[] values;

  /**
   * By slot, the word's hash code (high half) and its index plus one (low half); 0 for an empty
   * slot. A probe reads one array until the hash codes agree.
   */
  private final long[] slots;

  private final int mask;

  private WordTable(char[] text, int[] starts, int[] values, long[] slots) {
    this.text = text;
    this.starts = starts;
    this.values = values;
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /**
   * The value of a word.
   *
   * @param word the word, compared exactly
   * @param absent what to return for a word the table does not hold
   * @return the word's value, or {@code absent}
   */
  public int get(String word, int absent) {
    int i = index(word);
    return i < 0 ? absent : values[i];
  }

  /**
   * The index of a word: its place in the order the words were added ({@link #word}), which a table
   * whose values are the words' indices can return without reading the values.
   *
   * @param word the word, compared exactly
   * @return its index, or -1 for a word the table does not hold
   */
  public int index(String word) {
    int h = word.hashCode();
    int len = word.length();
    for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        return -1;
      }
      if ((int) (v >>> 32) == h) {
        int i = (int) v - 1;
        int start = starts[i];
        if (starts[i + 1] - start == len && matches(word, start) >= 0) {
          return i;
        }
      }
    }
  }

  /**
   * The value of the word {@code prefix + a + separator + b}, found without building it.
   *
   * @param absent what to return for a word the table does not hold
   * @return the word's value, or {@code absent}
   */
  public int get(String prefix, String a, char separator, String b, int absent) {
    int i = index(prefix, a, separator, b);
    return i < 0 ? absent : values[i];
  }

  /**
   * The index of the word {@code prefix + a + separator + b} (see {@link #index(String)}), found
   * without building it.
   *
   * @return its index, or -1 for a word the table does not hold
   */
  public int index(String prefix, String a, char separator, String b) {
    int len = prefix.length() + a.length() + 1 + b.length();
    int h = hash(b, 31 * hash(a, hash(prefix, 0)) + separator);
    for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        return -1;
      }
      if ((int) (v >>> 32) == h) {
        int i = (int) v - 1;
        int start = starts[i];
        if (starts[i + 1] - start == len) {
          int at = matches(prefix, start);
          at = at < 0 ? -1 : matches(a, at);
          if (at >= 0 && text[at] == separator && matches(b, at + 1) >= 0) {
            return i;
          }
        }
      }
    }
  }

  /** {@link String#hashCode}'s sum continued from {@code h} over {@code s}. */
  private static int hash(String s, int h) {
    for (int k = 0, n = s.length(); k < n; k++) {
      h = 31 * h + s.charAt(k);
    }
    return h;
  }

  /** Where the text goes on if {@code part} stands at {@code start}, else -1. */
  private int matches(String part, int start) {
    int n = part.length();
    for (int k = 0; k < n; k++) {
      if (part.charAt(k) != text[start + k]) {
        return -1;
      }
    }
    return start + n;
  }

  /** Whether the words of {@code text} at {@code a} and {@code b}, both {@code len} long, agree. */
  private static boolean sameWord(char[] text, int a, int b, int len) {
    return Arrays.equals(text, a, a + len, text, b, b + len);
  }

  /**
   * The number of words.
   *
   * @return how many distinct words the table holds
   */
  public int size() {
    return values.length;
  }

  /**
   * Word {@code i}, in the order they were first put.
   *
   * @param i an index below {@link #size()}
   * @return the word
   */
  public String word(int i) {
    return new String(text, starts[i], starts[i + 1] - starts[i]);
  }

  /**
   * The value of word {@code i}.
   *
   * @param i an index below {@link #size()}
   * @return its value
   */
  public int value(int i) {
    return values[i];
  }

  /** The most words a table file may declare (a corrupt count fails before it allocates). */
  private static final int MAX_WORDS = 50_000_000;

  /**
   * Opens the compact layout that {@link #write} writes. A table of the first layout starts with
   * its word count, which is never negative; {@link #read} reads both.
   */
  private static final int COMPACT = -2;

  /**
   * Writes the table in bulk, compactly: a marker, the word count, each word's length in chars (one
   * byte, or 255 and an int for a word of 255 chars or more), the words as one Latin-1 text with
   * the few chars beyond Latin-1 listed after it by position (so that any string, even one with an
   * unpaired surrogate, comes back as it was), then the values; {@link #read} loads it without an
   * object per word.
   *
   * @param out where to write
   * @throws IOException if it cannot be written
   */
  public void write(DataOutputStream out) throws IOException {
    int n = size();
    out.writeInt(COMPACT);
    out.writeInt(n);
    java.io.ByteArrayOutputStream lengthBytes = new java.io.ByteArrayOutputStream(n + 16);
    DataOutputStream lengths = new DataOutputStream(lengthBytes);
    for (int i = 0; i < n; i++) {
      int len = starts[i + 1] - starts[i];
      if (len < 255) {
        lengths.writeByte(len);
      } else {
        lengths.writeByte(255);
        lengths.writeInt(len);
      }
    }
    out.writeInt(lengthBytes.size());
    lengthBytes.writeTo(out);
    byte[] latin1 = new byte[text.length];
    int wide = 0;
    for (int k = 0; k < text.length; k++) {
      if (text[k] <= 0xFF) {
        latin1[k] = (byte) text[k];
      } else {
        wide++;
      }
    }
    int[] at = new int[wide];
    int[] chars = new int[wide];
    for (int k = 0, w = 0; k < text.length; k++) {
      if (text[k] > 0xFF) {
        at[w] = k;
        chars[w++] = text[k];
      }
    }
    out.writeInt(text.length);
    out.write(latin1);
    out.writeInt(wide);
    writeInts(out, at);
    writeInts(out, chars);
    writeInts(out, values);
  }

  /**
   * Reads a table written by {@link #write}, or by the first layout of earlier versions.
   *
   * @param in where to read from
   * @return the table
   * @throws IOException if it cannot be read or is not such a table
   */
  public static WordTable read(DataInputStream in) throws IOException {
    int first = in.readInt();
    int n = first == COMPACT ? in.readInt() : first;
    if (n < 0 || n > MAX_WORDS) {
      throw new IOException("corrupt word table: " + n + " words");
    }
    int[] starts;
    char[] text;
    if (first == COMPACT) {
      starts = readCompactStarts(in, n);
      text = readLatin1Text(in);
    } else {
      int[] lengths = readInts(in, n);
      text = readFirstLayoutText(in);
      starts = new int[n + 1];
      for (int i = 0; i < n; i++) {
        if (lengths[i] < 0 || starts[i] + (long) lengths[i] > text.length) {
          throw new IOException("corrupt word table: word " + i + " ends after the text");
        }
        starts[i + 1] = starts[i] + lengths[i];
      }
    }
    if (starts[n] != text.length) {
      throw new IOException("corrupt word table: the words do not fill the text");
    }
    int[] values = readInts(in, n);
    try {
      return Builder.table(text, starts, values, n);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt word table: " + e.getMessage(), e);
    }
  }

  /** Where each word starts, from the compact layout's word lengths (see {@link #write}). */
  private static int[] readCompactStarts(DataInputStream in, int n) throws IOException {
    int lengthBytes = in.readInt();
    if (lengthBytes < n || lengthBytes > 5L * n) {
      throw new IOException("corrupt word table: " + lengthBytes + " bytes of lengths");
    }
    byte[] lengths = new byte[lengthBytes];
    in.readFully(lengths);
    int[] starts = new int[n + 1];
    int b = 0;
    for (int i = 0; i < n; i++) {
      if (b >= lengthBytes) {
        throw new IOException("corrupt word table: word " + i + " has no length");
      }
      int len = lengths[b++] & 0xff;
      if (len == 255) {
        if (b + 4 > lengthBytes) {
          throw new IOException("corrupt word table: word " + i + " has no length");
        }
        len = ByteBuffer.wrap(lengths, b, 4).getInt();
        b += 4;
      }
      if (b > lengthBytes || len < 0 || starts[i] + (long) len > Integer.MAX_VALUE / 2) {
        throw new IOException("corrupt word table: word " + i + " has a bad length");
      }
      starts[i + 1] = starts[i] + len;
    }
    if (b != lengthBytes) {
      throw new IOException("corrupt word table: " + (lengthBytes - b) + " bytes of lengths left");
    }
    return starts;
  }

  /** The text of the compact layout: Latin-1, then the positions and values of wider chars. */
  private static char[] readLatin1Text(DataInputStream in) throws IOException {
    char[] text = readChars(in, true);
    int chars = text.length;
    int wide = in.readInt();
    if (wide < 0 || wide > chars) {
      throw new IOException("corrupt word table: " + wide + " wide chars");
    }
    int[] at = readInts(in, wide);
    int[] values = readInts(in, wide);
    for (int w = 0; w < wide; w++) {
      if (at[w] < 0 || at[w] >= chars || values[w] <= 0xFF || values[w] > Character.MAX_VALUE) {
        throw new IOException("corrupt word table: wide char " + w);
      }
      text[at[w]] = (char) values[w];
    }
    return text;
  }

  /** The text of the first layout: one byte a char when all are Latin-1, else two. */
  private static char[] readFirstLayoutText(DataInputStream in) throws IOException {
    return readChars(in, in.readBoolean());
  }

  /** A char count, then the chars: one byte each when {@code latin1}, else two (UTF-16). */
  private static char[] readChars(DataInputStream in, boolean latin1) throws IOException {
    int chars = in.readInt();
    if (chars < 0 || chars > Integer.MAX_VALUE / 2) {
      throw new IOException("corrupt word table: " + chars + " chars of text");
    }
    byte[] bytes = new byte[latin1 ? chars : chars * 2];
    in.readFully(bytes);
    char[] text = new char[chars];
    if (latin1) {
      new String(bytes, StandardCharsets.ISO_8859_1).getChars(0, chars, text, 0);
    } else {
      ByteBuffer.wrap(bytes).asCharBuffer().get(text);
    }
    return text;
  }

  /**
   * Writes ints in bulk (big-endian, as {@link DataOutputStream#writeInt} would).
   *
   * @param out where to write
   * @param a the ints
   * @throws IOException if they cannot be written
   */
  public static void writeInts(DataOutputStream out, int[] a) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(a.length * 4);
    b.asIntBuffer().put(a);
    out.write(b.array());
  }

  /**
   * Reads ints written by {@link #writeInts}.
   *
   * @param in where to read from
   * @param n how many
   * @return the ints
   * @throws IOException if they cannot be read
   */
  public static int[] readInts(DataInputStream in, int n) throws IOException {
    byte[] bytes = new byte[Math.multiplyExact(n, 4)];
    in.readFully(bytes);
    int[] a = new int[n];
    ByteBuffer.wrap(bytes).asIntBuffer().get(a);
    return a;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** Builds a table from distinct words, appended in order. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] values;
    private int size;

    /** A builder for any number of words. */
    public Builder() {
      this(16);
    }

    /**
     * A builder for about {@code expected} words (it grows beyond them as needed).
     *
     * @param expected how many words will be added
     */
    public Builder(int expected) {
      int n = Math.max(16, expected);
      text = new StringBuilder(n * 8);
      starts = new int[n + 1];
      values = new int[n];
    }

    /**
     * Adds a word and its value.
     *
     * @param word a word not added before; not null
     * @param value its value
     * @return this builder
     */
    public Builder add(String word, int value) {
      if (size == values.length) {
        starts = Arrays.copyOf(starts, size * 2 + 1);
        values = Arrays.copyOf(values, size * 2);
      }
      text.append(word);
      values[size++] = value;
      starts[size] = text.length();
      return this;
    }

    /**
     * The table of the words added so far.
     *
     * @return a new immutable table
     * @throws IllegalArgumentException if a word was added twice; the message names it
     */
    public WordTable build() {
      char[] all = new char[text.length()];
      text.getChars(0, all.length, all, 0);
      return table(all, starts, values, size);
    }

    /** The table of the first {@code size} words of {@code all}, word i from starts[i]. */
    private static WordTable table(char[] all, int[] starts, int[] values, int size) {
      int capacity = Integer.highestOneBit(Math.max(2, size * 2 - 1)) << 1;
      long[] table = new long[capacity];
      int m = capacity - 1;
      for (int i = 0; i < size; i++) {
        int start = starts[i];
        int len = starts[i + 1] - start;
        int h = 0;
        for (int k = start; k < start + len; k++) {
          h = 31 * h + all[k]; // String.hashCode
        }
        int s = mix(h) & m;
        for (long v; (v = table[s]) != 0; s = (s + 1) & m) {
          int j = (int) v - 1;
          if ((int) (v >>> 32) == h
              && starts[j + 1] - starts[j] == len
              && sameWord(all, starts[j], start, len)) {
            throw new IllegalArgumentException("word added twice: " + new String(all, start, len));
          }
        }
        table[s] = (long) h << 32 | (i + 1);
      }
      return new WordTable(
          all, Arrays.copyOf(starts, size + 1), Arrays.copyOf(values, size), table);
    }
  }
}
