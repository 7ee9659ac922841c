package io.github.germannlp.internal.topic;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.LineReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * How common a word is in German generally: document frequencies of lemmas over a background
 * corpus, read as inverse document frequencies. The bundled table ({@value #FILE_NAME}) is built by
 * {@code german-nlp train background} from public-domain and CC BY texts (see {@code
 * models/README.md}).
 *
 * <p>Storage is one open-addressing table of terms and their IDF as floats. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * BackgroundStatistics bg = BackgroundStatistics.bundled();
 * double rare = bg.idf("Zwangsmaßnahme");   // high: a rare word
 * double common = bg.idf("Jahr");           // low: a common word
 * }</pre>
 */
public final class BackgroundStatistics {
  /** File name of the table, in the bundled models or a model directory. */
  public static final String FILE_NAME = "topics-background-de.tsv.gz";

  /** Class-path resource of the bundled table. */
  public static final String BUNDLED_RESOURCE = "/io/github/germannlp/models/" + FILE_NAME;

  static final String MAGIC = "# german-nlp background statistics 1";

  private final double documents;
  private final String[] keys;
  private final float[] idfs;
  private final int mask;
  private final float unseen;

  private BackgroundStatistics(double documents, Map<String, Double> frequencies) {
    this(documents, frequencies.size());
    for (Map.Entry<String, Double> e : frequencies.entrySet()) {
      put(e.getKey(), e.getValue());
    }
  }

  /** An empty table with room for {@code terms} terms. */
  private BackgroundStatistics(double documents, int terms) {
    if (!(documents > 0)) {
      throw new IllegalArgumentException("documents must be positive: " + documents);
    }
    this.documents = documents;
    int cap = Integer.highestOneBit(Math.max(4, terms * 2 - 1)) << 1;
    keys = new String[cap];
    idfs = new float[cap];
    mask = cap - 1;
    unseen = (float) idf(documents, 0);
  }

  /** Puts a term while the table is made; a term that is there already keeps its count. */
  private void put(String term, double count) {
    int i = term.hashCode() & mask;
    for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
      if (k.equals(term)) {
        return;
      }
    }
    keys[i] = term;
    idfs[i] = (float) idf(documents, count);
  }

  private static double idf(double documents, double df) {
    return Math.log((documents + 1) / (Math.min(df, documents) + 0.5));
  }

  /**
   * A table from counts.
   *
   * @param documents the (weighted) number of background documents
   * @param frequencies the (weighted) number of documents that contain each term
   * @return a new table of the terms' IDFs
   * @throws IllegalArgumentException if {@code documents} is not positive
   * @throws NullPointerException if {@code frequencies}, a term or a count is null
   */
  public static BackgroundStatistics of(double documents, Map<String, Double> frequencies) {
    return new BackgroundStatistics(documents, Map.copyOf(frequencies));
  }

  private static final Lazy<BackgroundStatistics> BUNDLED =
      new Lazy<>(BackgroundStatistics::loadBundled);

  /**
   * The bundled table, loaded once.
   *
   * @return the shared table of {@value #BUNDLED_RESOURCE}
   * @throws IllegalStateException if the table is not on the class path (check {@link #isBundled()}
   *     first); the message names it
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static BackgroundStatistics bundled() {
    return BUNDLED.get();
  }

  /**
   * Whether the bundled table is on the class path.
   *
   * @return true if the resource {@value #BUNDLED_RESOURCE} exists
   */
  public static boolean isBundled() {
    return BackgroundStatistics.class.getResource(BUNDLED_RESOURCE) != null;
  }

  private static BackgroundStatistics loadBundled() {
    try (InputStream in = BackgroundStatistics.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "background statistics not on the class path: " + BUNDLED_RESOURCE);
      }
      return read(in, BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * Reads a table written by {@link #write}.
   *
   * @param file a gzip-compressed table, such as {@value #FILE_NAME}
   * @return the table
   * @throws NullPointerException if {@code file} is null
   * @throws IOException naming {@code file} if it is missing, not a table or corrupt
   */
  public static BackgroundStatistics load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new IOException("background statistics not found: " + file, e);
    }
  }

  private static BackgroundStatistics read(InputStream raw, String name) throws IOException {
    GZIPInputStream gzip;
    try {
      gzip = new GZIPInputStream(raw);
    } catch (java.io.EOFException | ZipException e) {
      throw new IOException(name + ": not a gzip file (empty, cut off or corrupt)", e);
    }
    try (LineReader r = LineReader.of(gzip, name)) {
      if (!MAGIC.equals(r.next())) {
        throw new IOException(name + ": not a background statistics table");
      }
      String header = r.next();
      if (header == null || !header.startsWith("documents\t")) {
        throw new IOException(name + ": line 2: expected 'documents<TAB>N'");
      }
      double documents = count(header, 10, r);
      if (documents <= 0) {
        throw r.error("the number of documents must be positive, got " + header.substring(10));
      }
      List<String> terms = new ArrayList<>(1 << 16);
      double[] counts = new double[1 << 16];
      for (String line = r.next(); line != null; line = r.next()) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw r.error("expected 'term<TAB>count'");
        }
        if (terms.size() == counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[terms.size()] = count(line, tab + 1, r);
        terms.add(line.substring(0, tab));
      }
      BackgroundStatistics table = new BackgroundStatistics(documents, terms.size());
      for (int i = terms.size() - 1; i >= 0; i--) {
        table.put(terms.get(i), counts[i]); // from the end: a term twice keeps its last count
      }
      return table;
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt background statistics: " + e.getMessage(), e);
    }
  }

  /** Powers of ten that a double holds exactly. */
  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};

  /**
   * The count that {@code line} holds from {@code from}: a finite number, not negative. Plain
   * decimals ({@code 28.5}) are read here, as the one correctly rounded division of their digits by
   * a power of ten, which is the value {@link Double#parseDouble} gives; any other form goes to it.
   */
  private static double count(String line, int from, LineReader r) {
    long digits = 0;
    int fraction = -1; // digits after the point, -1 before it
    int end = line.length();
    boolean plain = from < end && end - from <= 15; // digits below 2^53: exact
    for (int i = from; plain && i < end; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        fraction += fraction >= 0 ? 1 : 0;
      } else if (c == '.' && fraction < 0 && i > from && i + 1 < end) {
        fraction = 0;
      } else {
        plain = false;
      }
    }
    if (plain && fraction < POWERS.length) {
      return digits / POWERS[Math.max(0, fraction)];
    }
    String s = line.substring(from);
    double d;
    try {
      d = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw r.error("'" + s + "' is not a number");
    }
    if (!Double.isFinite(d) || d < 0) {
      throw r.error("a count must be a finite number, not negative, got " + s);
    }
    return d;
  }

  /**
   * Writes the table (gzip, UTF-8 text); the counts are rounded to one decimal.
   *
   * @param documents the (weighted) number of background documents
   * @param frequencies the (weighted) number of documents that contain each term; written in term
   *     order
   * @param out where the table goes; closed when done
   * @throws IOException if the stream cannot be written
   */
  public static void write(double documents, Map<String, Double> frequencies, OutputStream out)
      throws IOException {
    BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
    w.write(MAGIC);
    w.write("\ndocuments\t" + Math.round(documents * 10) / 10.0 + "\n");
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(frequencies).entrySet()) {
      w.write(e.getKey());
      w.write('\t');
      w.write(Double.toString(Math.round(e.getValue() * 10) / 10.0));
      w.write('\n');
    }
    w.close();
  }

  /**
   * The weighted number of background documents.
   *
   * @return N of the IDF formula, as given or as read from the table
   */
  public double documents() {
    return documents;
  }

  /**
   * Inverse document frequency of {@code term} (a lemma, case as the lemmatizer writes it): {@code
   * ln((N + 1) / (df + 0.5))}; a term the background never saw gets the highest value.
   *
   * @param term a lemma, compared exactly
   * @return its IDF (stored as a float), or {@link #maxIdf()} for an unknown term
   * @throws NullPointerException if {@code term} is null
   */
  public double idf(String term) {
    int i = term.hashCode() & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (k.equals(term)) {
        return idfs[i];
      }
      i = (i + 1) & mask;
    }
    return unseen;
  }

  /**
   * The IDF of a term the background never saw: the highest there is.
   *
   * @return {@code ln((N + 1) / 0.5)}
   */
  public double maxIdf() {
    return unseen;
  }

  /**
   * Number of terms in the table.
   *
   * @return the number of terms with a stored document frequency (counted on each call)
   */
  public int size() {
    int n = 0;
    for (String k : keys) {
      n += k == null ? 0 : 1;
    }
    return n;
  }
}
