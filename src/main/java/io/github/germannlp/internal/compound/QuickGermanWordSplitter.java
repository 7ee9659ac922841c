package io.github.germannlp.internal.compound;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import io.github.germannlp.internal.LineReader;
import io.github.germannlp.internal.WordTable;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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
 * {@code /NS} adding the word with {@code n} and with {@code s} appended. The dictionary the build
 * packs ({@link PackDictionary}) is lower-cased in the root locale, which differs from a default
 * locale only in Turkish, Azeri and Lithuanian.
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

  /**
   * The dictionary packed by the build ({@link PackDictionary}): the words of {@link #WORDS} as
   * {@link #textWords} reads them, lower-cased in the root locale, as a {@link WordTable}.
   */
  static final String PACKED = "/io/github/germannlp/internal/compound/words-de.bin";

  private static final String PACKED_MAGIC = "german-nlp jWordSplitter dictionary, packed";
  private static final int PACKED_VERSION = 1;

  /**
   * jWordSplitter's German dictionary: the packed form the build makes ({@value #PACKED}), read
   * without a string a word (32 ms instead of 55 in a fresh JVM), else the text as jWordSplitter
   * reads it.
   */
  static Set<String> words() throws IOException {
    try (InputStream packed = QuickGermanWordSplitter.class.getResourceAsStream(PACKED)) {
      if (packed != null) {
        return readPacked(packed).asSet();
      }
    }
    return textWords(Locale.getDefault()); // as jWordSplitter
  }

  /** Reads a dictionary written by {@link #writePacked}. */
  static WordTable readPacked(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      if (!PACKED_MAGIC.equals(data.readUTF()) || data.readInt() != PACKED_VERSION) {
        throw new IOException("not a packed dictionary of this version");
      }
      return WordTable.read(data);
    } catch (IOException e) {
      throw new IOException("cannot read " + PACKED + ": " + e.getMessage(), e);
    }
  }

  /** Writes the words for {@link #readPacked}. */
  static void writePacked(Set<String> words, OutputStream out) throws IOException {
    WordTable.Builder table = new WordTable.Builder(words.size());
    for (String w : new TreeSet<>(words)) {
      table.add(w, 1);
    }
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeUTF(PACKED_MAGIC);
    data.writeInt(PACKED_VERSION);
    table.build().inSlotOrder().write(data);
    data.flush();
  }

  /**
   * jWordSplitter's German dictionary as its {@code EmbeddedGermanDictionary} reads it, from the
   * text.
   *
   * @param locale the locale of the lower-casing: jWordSplitter uses the default locale
   */
  static Set<String> textWords(Locale locale) throws IOException {
    Set<String> words = new HashSet<>(1 << 17);
    try (LineReader lines = LineReader.of(resource(WORDS), WORDS)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (!line.startsWith("#")) {
          words.add(line.trim().toLowerCase(locale));
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
