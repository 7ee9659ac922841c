package io.github.germannlp.internal.compound;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import io.github.germannlp.internal.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * jWordSplitter's German splitter, {@code new GermanWordSplitter(true)}, with its two bundled files
 * read faster: the same dictionary ({@value #WORDS}) and the same exception splits, read with
 * {@link LineReader} instead of a {@code BufferedReader} and a {@code java.util.Scanner} (whose
 * regular expressions and locale data are cold at start-up: about 100 ms of CPU for both files
 * before, 60 to 90 after). Splits as jWordSplitter does: {@code QuickGermanWordSplitterTest}
 * compares both on every exception and on compounds made of dictionary words. The splitting itself
 * is jWordSplitter's.
 *
 * <p>Each step mirrors jWordSplitter 4.7, including its use of the default locale for lower case:
 * the dictionary's lines not starting with {@code #}, trimmed and lower-cased; the exception file's
 * non-empty lines not starting with {@code #}, trimmed, their parts between {@code |}, a trailing
 * {@code /NS} adding the word with {@code n} and with {@code s} appended.
 */
final class QuickGermanWordSplitter extends GermanWordSplitter {
  /** jWordSplitter's German dictionary, one word a line. */
  static final String WORDS = "/de/danielnaber/jwordsplitter/wordsGerman.txt";

  /** Set once the superclass has read its exception file (through {@link #setExceptionFile}). */
  private final boolean constructed;

  private QuickGermanWordSplitter(Set<String> words) throws IOException {
    super(true, words); // reads the exception file through setExceptionFile, below
    constructed = true;
  }

  /**
   * A splitter with jWordSplitter's bundled dictionary and exceptions, linking elements hidden.
   *
   * @return a new splitter
   * @throws IOException if jWordSplitter's files cannot be read from its jar
   */
  static GermanWordSplitter load() throws IOException {
    return new QuickGermanWordSplitter(words());
  }

  /** jWordSplitter's German dictionary as its {@code EmbeddedGermanDictionary} reads it. */
  static Set<String> words() throws IOException {
    Set<String> words = new HashSet<>(1 << 17);
    try (LineReader lines = LineReader.of(resource(WORDS), WORDS)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (!line.startsWith("#")) {
          words.add(line.trim().toLowerCase()); // default locale, as jWordSplitter
        }
      }
    }
    return words;
  }

  /** The dictionary given to the constructor, not jWordSplitter's own copy. */
  @Override
  protected Set<String> getWordList() {
    return words;
  }

  /**
   * While the superclass is constructed: reads the exception file and adds each split with {@link
   * #addException}. Later calls replace the exceptions, as jWordSplitter does.
   */
  @Override
  public void setExceptionFile(String resource) throws IOException {
    if (constructed) {
      super.setExceptionFile(resource);
      return;
    }
    try (LineReader lines = LineReader.of(resource(resource), resource)) {
      for (String raw = lines.next(); raw != null; raw = lines.next()) {
        String line = raw.trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(line.replace("/NS", "").split("\\|")));
        String word = line.replace("|", "");
        if (!word.contains("/")) {
          addException(word, parts);
        } else if (word.endsWith("/NS")) {
          String stem = word.replace("/NS", "").toLowerCase();
          addException(stem, parts);
          addException(stem + "n", withLastPartEnding(parts, "n"));
          addException(stem + "s", withLastPartEnding(parts, "s"));
        } else {
          throw lines.error("unknown suffix in jWordSplitter exception: " + line);
        }
      }
    }
  }

  private static List<String> withLastPartEnding(List<String> parts, String ending) {
    List<String> l = new ArrayList<>(parts);
    l.set(l.size() - 1, l.get(l.size() - 1) + ending);
    return l;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = GermanWordSplitter.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("jWordSplitter's " + name + " is not on the class path");
    }
    return in;
  }
}
