package io.github.germannlp.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from words to int values, packed for large word lists (hundreds of thousands of
 * words): the words are one text of one byte a char, found through an open-addressing table of
 * their hash codes, so an entry costs about 30 bytes instead of the hundred of a {@code
 * HashMap<String, Integer>}, and loading makes no object per entry. Words with a char beyond
 * Latin-1 (a few percent of names) are kept beside it as chars. Thread-safe once built.
 *
 * <pre>{@code
 * WordTable t = new WordTable.Builder().add("Kiel", 3).build();
 * t.get("Kiel", 0);   // 3
 * t.get("Kieler", 0); // 0
 * }</pre>
 */
public final class WordTable {
  /**
   * All words, one after the other, one byte a char (Latin-1; 0 for a char beyond it, whose word is
   * in {@link #wideText}): compared char by char with the word looked up, which is fast whatever
   * its coder ({@code String.regionMatches} between a Latin-1 and a UTF-16 string is not), and half
   * the memory of chars.
   */
  private final byte[] text;

  /** Where word {@code i} starts in {@link #text}; it ends where word {@code i + 1} starts. */
  private final int[] starts;

  private final int[] values;

  /**
   * By slot, the word's hash code (high half) and, in the low half, its index plus one, or for a
   * wide word {@code -1 - w} (its place among the {@link #wide} words); 0 for an empty slot. A
   * probe reads one array until the hash codes agree.
   */
  private final long[] slots;

  private final int mask;

  /**
   * The words with a char beyond Latin-1 (a few percent of names), one after the other as chars:
   * wide word {@code w} from {@code wideStarts[w]} to {@code wideStarts[w + 1]}; its index is
   * {@code wide[w]}.
   */
  private final char[] wideText;

  private final int[] wideStarts;

  /** The indices of the wide words, ascending. */
  private final int[] wide;

  private WordTable(byte[] text, int[] starts, int[] values, long[] slots, Wide wide) {
    this.text = text;
    this.starts = starts;
    this.values = values;
    this.slots = slots;
    this.mask = slots.length - 1;
    this.wideText = wide.text();
    this.wideStarts = wide.starts();
    this.wide = wide.index();
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
        int x = (int) v;
        if (x > 0) {
          int i = x - 1;
          int start = starts[i];
          if (starts[i + 1] - start == len && matches(word, start) >= 0) {
            return i;
          }
        } else {
          int w = -1 - x;
          int start = wideStarts[w];
          if (wideStarts[w + 1] - start == len && matchesWide(word, start) >= 0) {
            return wide[w];
          }
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
        int x = (int) v;
        if (x > 0) {
          int i = x - 1;
          int start = starts[i];
          if (starts[i + 1] - start == len) {
            int at = matches(prefix, start);
            at = at < 0 ? -1 : matches(a, at);
            if (at >= 0 && (text[at] & 0xFF) == separator && matches(b, at + 1) >= 0) {
              return i;
            }
          }
        } else {
          int w = -1 - x;
          int start = wideStarts[w];
          if (wideStarts[w + 1] - start == len) {
            int at = matchesWide(prefix, start);
            at = at < 0 ? -1 : matchesWide(a, at);
            if (at >= 0 && wideText[at] == separator && matchesWide(b, at + 1) >= 0) {
              return wide[w];
            }
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

  /** Where the wide words' text goes on if {@code part} stands at {@code start}, else -1. */
  private int matchesWide(String part, int start) {
    int n = part.length();
    for (int k = 0; k < n; k++) {
      if (part.charAt(k) != wideText[start + k]) {
        return -1;
      }
    }
    return start + n;
  }

  /** Where the text goes on if {@code part} stands at {@code start}, else -1. */
  private int matches(String part, int start) {
    int n = part.length();
    for (int k = 0; k < n; k++) {
      if (part.charAt(k) != (text[start + k] & 0xFF)) {
        return -1;
      }
    }
    return start + n;
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
    int w = wide.length == 0 ? -1 : Arrays.binarySearch(wide, i);
    return w >= 0
        ? new String(wideText, wideStarts[w], wideStarts[w + 1] - wideStarts[w])
        : new String(text, starts[i], starts[i + 1] - starts[i], StandardCharsets.ISO_8859_1);
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

  /**
   * The first word whose value is not its index, for readers of tables that number their words
   * (whose {@link #index} is then a word's number).
   *
   * @return that word's index, or -1 if every word's value is its index
   */
  public int firstNotNumberedByIndex() {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != i) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The same words and values in the order of the slots they hash to. A table read from it ({@link
   * #read}) is filled front to back instead of at random places: a word's probe starts at or after
   * the last word's, in memory that was just written, which loads a large table (hundreds of
   * thousands of words) in about half the time. For tables whose words' indices do not matter.
   *
   * @return a new table with the words reordered; {@link #get} gives the same values
   */
  public WordTable inSlotOrder() {
    int n = size();
    int m = Builder.capacity(n) - 1; // the table a reader builds for n words
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = (long) (mix(word(i).hashCode()) & m) << 32 | i;
    }
    Arrays.sort(order);
    Builder b = new Builder(n);
    for (long o : order) {
      int i = (int) o;
      b.add(word(i), values[i]);
    }
    return b.build();
  }

  /** {@link String#hashCode} of {@code text} from {@code start} to {@code end}. */
  private static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + text[k];
    }
    return h;
  }

  /** {@link String#hashCode} of the Latin-1 {@code text} from {@code start} to {@code end}. */
  private static int hash(byte[] text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + (text[k] & 0xFF);
    }
    return h;
  }

  /**
   * The table's words as a read-only set, a view: {@code contains} looks a word up in the table,
   * without a {@code String} object a word. For libraries that take a {@code Set<String>} of words
   * and only ask it.
   *
   * @return an unmodifiable set of the table's words
   */
  public Set<String> asSet() {
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        return o instanceof String s && index(s) >= 0;
      }

      @Override
      public int size() {
        return WordTable.this.size();
      }

      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size();
          }

          @Override
          public String next() {
            if (next >= size()) {
              throw new NoSuchElementException();
            }
            return word(next++);
          }
        };
      }
    };
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
    int count = 0; // the chars beyond Latin-1, each with its place in the text
    for (char c : wideText) {
      count += c > 0xFF ? 1 : 0;
    }
    int[] at = new int[count];
    int[] chars = new int[count];
    count = 0;
    for (int w = 0; w < wide.length; w++) {
      for (int k = wideStarts[w]; k < wideStarts[w + 1]; k++) {
        if (wideText[k] > 0xFF) {
          at[count] = starts[wide[w]] + k - wideStarts[w];
          chars[count++] = wideText[k];
        }
      }
    }
    out.writeInt(text.length);
    out.write(text);
    out.writeInt(count);
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
    try {
      if (first != COMPACT) {
        int[] lengths = readInts(in, n);
        char[] text = readFirstLayoutText(in);
        int[] starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
          if (lengths[i] < 0 || starts[i] + (long) lengths[i] > text.length) {
            throw new IOException("corrupt word table: word " + i + " ends after the text");
          }
          starts[i + 1] = starts[i] + lengths[i];
        }
        if (starts[n] != text.length) {
          throw new IOException("corrupt word table: the words do not fill the text");
        }
        return of(text, starts, readInts(in, n));
      }
      int[] starts = readCompactStarts(in, n);
      int chars = in.readInt();
      if (chars != starts[n]) {
        throw new IOException("corrupt word table: the words do not fill the text");
      }
      byte[] text = new byte[chars];
      in.readFully(text);
      int count = in.readInt();
      if (count < 0 || count > chars) {
        throw new IOException("corrupt word table: " + count + " wide chars");
      }
      int[] at = readInts(in, count);
      int[] wideChars = readInts(in, count);
      for (int w = 0; w < count; w++) {
        if (at[w] < 0
            || at[w] >= chars
            || wideChars[w] <= 0xFF
            || wideChars[w] > Character.MAX_VALUE) {
          throw new IOException("corrupt word table: wide char " + w);
        }
      }
      int[] values = readInts(in, n);
      return Builder.table(text, starts, values, wideWords(text, starts, n, at, wideChars));
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt word table: " + e.getMessage(), e);
    }
  }

  /**
   * The words that hold the chars {@code chars} at the places {@code at} of {@code text}: their
   * indices, ascending, and their text, each its Latin-1 bytes with those chars put in.
   */
  private static Wide wideWords(byte[] text, int[] starts, int n, int[] at, int[] chars) {
    int count = at.length;
    long[] byPlace = new long[count]; // in the order of the text (as written), whatever the file's
    for (int w = 0; w < count; w++) {
      byPlace[w] = (long) at[w] << 32 | w;
    }
    Arrays.sort(byPlace);
    int[] index = new int[count];
    int found = 0;
    for (int p = 0; p < count; ) {
      int i = wordAt(starts, n, (int) (byPlace[p] >>> 32));
      index[found++] = i;
      while (p < count && (int) (byPlace[p] >>> 32) < starts[i + 1]) {
        p++;
      }
    }
    index = Arrays.copyOf(index, found);
    int[] wideStarts = new int[found + 1];
    for (int w = 0; w < found; w++) {
      wideStarts[w + 1] = wideStarts[w] + starts[index[w] + 1] - starts[index[w]];
    }
    char[] wideText = new char[wideStarts[found]];
    for (int w = 0; w < found; w++) {
      latin1Chars(text, starts[index[w]], starts[index[w] + 1], wideText, wideStarts[w]);
    }
    for (int p = 0, w = 0; p < count; p++) {
      int place = (int) (byPlace[p] >>> 32);
      while (place >= starts[index[w] + 1]) {
        w++;
      }
      wideText[wideStarts[w] + place - starts[index[w]]] = (char) chars[(int) byPlace[p]];
    }
    return new Wide(index, wideText, wideStarts);
  }

  /**
   * Copies the Latin-1 {@code text} from {@code start} to {@code end} into {@code out} at {@code
   * to}.
   */
  private static void latin1Chars(byte[] text, int start, int end, char[] out, int to) {
    for (int k = start; k < end; k++) {
      out[to + k - start] = (char) (text[k] & 0xFF);
    }
  }

  /**
   * The word that holds place {@code at} of the text, below its end: the last starting at or before
   * it.
   */
  private static int wordAt(int[] starts, int n, int at) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The words with a char beyond Latin-1: their indices, ascending, and their text. */
  private record Wide(int[] index, char[] text, int[] starts) {
    static final Wide NONE = new Wide(new int[0], new char[0], new int[] {0});
  }

  /** Where each word starts, from the compact layout's word lengths (see {@link #write}). */
  private static int[] readCompactStarts(DataInputStream in, int n) throws IOException {
    int lengthBytes = in.readInt();
    if (lengthBytes < n || lengthBytes > 5L * n) {
      throw new IOException("corrupt word table: " + lengthBytes + " bytes of lengths");
    }
    byte[] lengths = new byte[lengthBytes];
    in.readFully(lengths);
    if (lengthBytes == n && n <= Integer.MAX_VALUE / 2 / 254) { // every word below 255 chars
      return shortWordStarts(lengths, n);
    }
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

  /** Where each word starts, from one length byte a word (none of them 255: no longer words). */
  private static int[] shortWordStarts(byte[] lengths, int n) throws IOException {
    int[] starts = new int[n + 1];
    int escapes = 0;
    for (int i = 0; i < n; i++) {
      int len = lengths[i] & 0xFF;
      escapes += len == 255 ? 1 : 0;
      starts[i + 1] = starts[i] + len;
    }
    if (escapes > 0) {
      throw new IOException("corrupt word table: a word has no length");
    }
    return starts;
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

  /**
   * A table of words given as one text: word {@code i} is {@code text[starts[i]]} up to {@code
   * text[starts[i + 1]]}, with value {@code values[i]}. For readers of other file layouts, which
   * make the arrays: the starts and values become the table's own (not copied: do not change them
   * afterwards).
   *
   * @param text the words, one after the other
   * @param starts where each word starts, and the text's end last: one more than the values, never
   *     decreasing, from 0 to {@code text.length}
   * @param values the words' values
   * @return a new table
   * @throws IllegalArgumentException if the starts do not cut the text into the words, or a word
   *     comes twice; the message says which
   */
  public static WordTable of(char[] text, int[] starts, int[] values) {
    int n = values.length;
    if (starts.length != n + 1 || starts[0] != 0 || starts[n] != text.length) {
      throw new IllegalArgumentException("the starts do not cut the text into " + n + " words");
    }
    for (int i = 0; i < n; i++) {
      if (starts[i + 1] < starts[i]) {
        throw new IllegalArgumentException("word " + i + " ends before it starts");
      }
    }
    byte[] latin1 = new byte[text.length];
    int count = latin1(text, latin1);
    Wide wide = Wide.NONE;
    if (count > 0) {
      int[] at = new int[count];
      int[] chars = new int[count];
      for (int k = 0, w = 0; k < text.length; k++) {
        if (text[k] > 0xFF) {
          at[w] = k;
          chars[w++] = text[k];
        }
      }
      wide = wideWords(latin1, starts, n, at, chars);
    }
    return Builder.table(latin1, starts, values, wide);
  }

  /**
   * Puts the Latin-1 chars of {@code text} in {@code out}, 0 for the others; returns their count.
   */
  private static int latin1(char[] text, byte[] out) {
    int wide = 0;
    for (int k = 0; k < text.length; k++) {
      char c = text[k];
      out[k] = c <= 0xFF ? (byte) c : 0;
      wide += c <= 0xFF ? 0 : 1;
    }
    return wide;
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
      return of(all, Arrays.copyOf(starts, size + 1), Arrays.copyOf(values, size));
    }

    /** The slots of a table of {@code size} words: a power of two, at least twice the words. */
    private static int capacity(int size) {
      return Integer.highestOneBit(Math.max(2, size * 2 - 1)) << 1;
    }

    /**
     * The table of the words of {@code all}, word i from starts[i] (one more start than values),
     * the words beyond Latin-1 given apart; the arrays become the table's own. Each loop is small
     * and does one thing: the JIT compiles them while a model loads, and a large loop took it as
     * long as the loading.
     */
    private static WordTable table(byte[] all, int[] starts, int[] values, Wide wide) {
      int[] wideIndex = wide.index();
      int[] wideStarts = wide.starts();
      int[] hashes = hashes(all, starts, values.length);
      for (int w = 0; w < wideIndex.length; w++) {
        hashes[wideIndex[w]] = hash(wide.text(), wideStarts[w], wideStarts[w + 1]);
      }
      long[] table = new long[capacity(values.length)];
      insert(table, hashes, all, starts, wide);
      int m = table.length - 1;
      for (int w = 0; w < wideIndex.length; w++) { // a wide word's slot says where its string is
        int s = mix(hashes[wideIndex[w]]) & m;
        while ((int) table[s] != wideIndex[w] + 1) {
          s = (s + 1) & m;
        }
        table[s] = table[s] & 0xFFFFFFFF00000000L | (-1 - w) & 0xFFFFFFFFL;
      }
      return new WordTable(all, starts, values, table, wide);
    }

    /** The hash codes of the words of the Latin-1 {@code all}, word i from starts[i]. */
    private static int[] hashes(byte[] all, int[] starts, int size) {
      int[] hashes = new int[size];
      for (int i = 0; i < size; i++) {
        hashes[i] = hash(all, starts[i], starts[i + 1]);
      }
      return hashes;
    }

    /** Puts each word, its hash code and index plus one, in its slot. */
    private static void insert(long[] table, int[] hashes, byte[] all, int[] starts, Wide wide) {
      int m = table.length - 1;
      for (int i = 0; i < hashes.length; i++) {
        int h = hashes[i];
        int s = mix(h) & m;
        for (long v; (v = table[s]) != 0; s = (s + 1) & m) {
          if ((int) (v >>> 32) == h) {
            checkDistinct(all, starts, wide, (int) v - 1, i);
          }
        }
        table[s] = (long) h << 32 | (i + 1);
      }
    }

    /** Throws if words {@code j} and {@code i} (of the same hash code) are the same word. */
    private static void checkDistinct(byte[] all, int[] starts, Wide wide, int j, int i) {
      int wj = Arrays.binarySearch(wide.index(), j);
      int wi = Arrays.binarySearch(wide.index(), i);
      int[] ws = wide.starts();
      boolean same =
          wi >= 0 || wj >= 0
              ? wi >= 0
                  && wj >= 0
                  && Arrays.equals(wide.text(), ws[wj], ws[wj + 1], wide.text(), ws[wi], ws[wi + 1])
              : Arrays.equals(all, starts[j], starts[j + 1], all, starts[i], starts[i + 1]);
      if (same) {
        throw new IllegalArgumentException(
            "word added twice: "
                + (wi >= 0
                    ? new String(wide.text(), ws[wi], ws[wi + 1] - ws[wi])
                    : new String(
                        all, starts[i], starts[i + 1] - starts[i], StandardCharsets.ISO_8859_1)));
      }
    }
  }
}
