package io.github.germannlp.tokenize;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A table of abbreviations, each written with its final period ({@code z.B.}, {@code Dr.}), looked
 * up case-insensitively and without allocation over a region of a {@code char[]}; a candidate
 * written in capitals ({@code AG.}, {@code SA.}) matches only an entry written so, since legal
 * forms and acronyms end sentences ({@code … die Siemens AG.}) where {@code Ag.} and {@code Sa.}
 * (Samstag) are abbreviations.
 *
 * <p>File format: UTF-8, one entry a line, {@code #} starts a comment line. An entry may carry one
 * flag after a tab: {@code num} (an abbreviation only before a number, e.g. {@code Art.}) or {@code
 * end} (its period may also end a sentence, e.g. {@code usw.}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Abbreviations {
  /** Lookup result: not an abbreviation. */
  public static final int NONE = 0;

  /** Lookup result: an abbreviation. */
  public static final int PLAIN = 1;

  /** Lookup result: an abbreviation only when a number follows. */
  public static final int BEFORE_NUMBER = 2;

  /** Lookup result: an abbreviation that may end a sentence. */
  public static final int MAY_END = 3;

  private static final String DEFAULT_RESOURCE = "abbreviations-de.txt";

  private final CharArraySet all;

  /** The entries as written, for candidates in capitals. */
  private final CharArraySet exact;

  private final CharArraySet beforeNumber;
  private final CharArraySet mayEnd;
  private final int maxLength;

  private Abbreviations(
      CharArraySet all,
      CharArraySet exact,
      CharArraySet beforeNumber,
      CharArraySet mayEnd,
      int max) {
    this.all = all;
    this.exact = exact;
    this.beforeNumber = beforeNumber;
    this.mayEnd = mayEnd;
    this.maxLength = max;
  }

  private static final Lazy<Abbreviations> GERMAN = new Lazy<>(Abbreviations::loadDefault);

  /**
   * The bundled German table (well over a thousand entries).
   *
   * @return the shared table, read from the classpath on the first call
   * @throws IllegalStateException if the bundled table is missing from the classpath (the message
   *     names it); every call until it is found fails the same way
   * @throws UncheckedIOException if it cannot be read
   */
  public static Abbreviations german() {
    return GERMAN.get();
  }

  private static Abbreviations loadDefault() {
    InputStream in = Abbreviations.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "bundled abbreviation table missing from the classpath: "
              + Abbreviations.class.getPackageName().replace('.', '/')
              + "/"
              + DEFAULT_RESOURCE);
    }
    try (LineReader r = LineReader.of(in, DEFAULT_RESOURCE)) {
      return parse(r, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * Reads a table in the format described above.
   *
   * @param file a UTF-8 text file (a leading byte order mark is skipped)
   * @return a new table with the file's entries and flags
   * @throws IOException if the file cannot be read or is not UTF-8; the message names the path (and
   *     the line of bytes that are not UTF-8)
   * @throws IllegalArgumentException if a line is malformed; the message names path and line
   */
  public static Abbreviations load(Path file) throws IOException {
    try (LineReader r = LineReader.open(file)) {
      return parse(r, file.toString());
    }
  }

  /**
   * Builds a table from entries (each with its final period), all {@link #PLAIN}.
   *
   * @param entries the abbreviations, such as {@code "Dr."} or {@code "z.B."}; matched
   *     case-insensitively
   * @return a new table holding exactly these entries
   * @throws NullPointerException if {@code entries} or one of them is null
   * @throws IllegalArgumentException if an entry is shorter than two characters, does not end in a
   *     period or contains a space
   */
  public static Abbreviations of(Collection<String> entries) {
    CharArraySet all = new CharArraySet(entries.size(), true);
    CharArraySet exact = new CharArraySet(entries.size(), false);
    int max = 0;
    for (String e : entries) {
      checkEntry(e, "<collection>", 0);
      all.add(e);
      exact.add(e);
      max = Math.max(max, e.length());
    }
    return new Abbreviations(
        CharArraySet.unmodifiableSet(all),
        CharArraySet.unmodifiableSet(exact),
        CharArraySet.EMPTY_SET,
        CharArraySet.EMPTY_SET,
        max);
  }

  private static Abbreviations parse(LineReader r, String source) throws IOException {
    CharArraySet all = new CharArraySet(2048, true);
    CharArraySet exact = new CharArraySet(2048, false);
    CharArraySet num = new CharArraySet(64, true);
    CharArraySet end = new CharArraySet(64, true);
    int max = 0;
    for (String line = r.next(); line != null; line = r.next()) {
      int lineNo = r.line();
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] parts = s.split("\t");
      String entry = parts[0].strip();
      checkEntry(entry, source, lineNo);
      all.add(entry);
      exact.add(entry);
      max = Math.max(max, entry.length());
      if (parts.length > 1) {
        switch (parts[1].strip()) {
          case "num" -> num.add(entry);
          case "end" -> end.add(entry);
          case "" -> {}
          default ->
              throw new IllegalArgumentException(
                  source + ":" + lineNo + ": unknown flag '" + parts[1].strip() + "' (num or end)");
        }
      }
    }
    return new Abbreviations(
        CharArraySet.unmodifiableSet(all),
        CharArraySet.unmodifiableSet(exact),
        CharArraySet.unmodifiableSet(num),
        CharArraySet.unmodifiableSet(end),
        max);
  }

  private static void checkEntry(String entry, String source, int lineNo) {
    if (entry.length() < 2 || entry.charAt(entry.length() - 1) != '.' || entry.indexOf(' ') >= 0) {
      throw new IllegalArgumentException(
          source
              + ":"
              + lineNo
              + ": an entry is a word with its final period and no space: '"
              + entry
              + "'");
    }
  }

  /**
   * Looks up {@code text[start, end)}, which must include the final period. Allocates nothing.
   *
   * @param text the characters to read from
   * @param start index of the first character of the candidate, inclusive
   * @param end index after its final period, exclusive
   * @return {@link #NONE}, {@link #PLAIN}, {@link #BEFORE_NUMBER} or {@link #MAY_END}
   */
  public int lookup(char[] text, int start, int end) {
    int len = end - start;
    if (len > maxLength || len < 2 || !all.contains(text, start, len)) {
      return NONE;
    }
    if (inCapitals(text, start, end) && !exact.contains(text, start, len)) {
      return NONE; // Siemens AG. ends a sentence; Ag. (Antragsgegner) is another word
    }
    if (mayEnd.contains(text, start, len)) {
      return MAY_END;
    }
    return beforeNumber.contains(text, start, len) ? BEFORE_NUMBER : PLAIN;
  }

  /** Two or more letters, all of them capitals ({@code AG.}, {@code U.S.}). */
  private static boolean inCapitals(char[] text, int start, int end) {
    int letters = 0;
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * Whether an entry is in the table, of any kind.
   *
   * @param entry the abbreviation with its final period
   * @return true if the table holds {@code entry}, compared case-insensitively
   */
  public boolean contains(String entry) {
    return all.contains(entry);
  }

  /**
   * Number of entries.
   *
   * @return the number of distinct entries (case-insensitively) in the table
   */
  public int size() {
    return all.size();
  }
}
