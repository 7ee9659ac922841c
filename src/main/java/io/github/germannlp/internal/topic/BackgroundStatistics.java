package io.github.germannlp.internal.topic;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.LineReader;
import io.github.germannlp.internal.WordTable;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * How common a word is in German generally: document frequencies of lemmas over a background
 * corpus, read as inverse document frequencies. The bundled table ({@value #FILE_NAME}) is built by
 * {@code german-nlp train background} from public-domain and CC BY texts (see {@code
 * models/README.md}).
 *
 * <p>Storage is one {@link WordTable} of the terms and their IDFs as floats. The build packs the
 * bundled table into a binary form ({@value #PACKED_RESOURCE}, {@link #writePacked}) that loads
 * without parsing text; without it (run from source folders that skipped the build step) the text
 * table is read. Immutable and thread-safe.
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

  /**
   * Class-path resource of the bundled table packed by the build ({@link #writePacked}), read in
   * place of {@value #BUNDLED_RESOURCE} when present.
   */
  public static final String PACKED_RESOURCE =
      "/io/github/germannlp/models/topics-background-de.bin";

  static final String MAGIC = "# german-nlp background statistics 1";

  static final String PACKED_MAGIC = "german-nlp background statistics, packed";

  private static final int PACKED_VERSION = 1;

  private final double documents;

  /** The terms; a term's value is its index in {@link #idfs}. */
  private final WordTable terms;

  private final float[] idfs;
  private final float unseen;

  private BackgroundStatistics(double documents, WordTable terms, float[] idfs) {
    if (!(documents > 0)) {
      throw new IllegalArgumentException("documents must be positive: " + documents);
    }
    this.documents = documents;
    this.terms = terms;
    this.idfs = idfs;
    this.unseen = (float) idf(documents, 0);
  }

  /**
   * A table of {@code terms} and their counts ({@code counts[i]} for {@code terms.get(i)}); a term
   * given twice keeps its last count.
   */
  private static BackgroundStatistics of(double documents, List<String> terms, double[] counts) {
    WordTable.Builder table = new WordTable.Builder(terms.size());
    float[] idfs = new float[terms.size()];
    Set<String> seen = new HashSet<>(terms.size() * 2);
    int n = 0;
    for (int i = terms.size() - 1; i >= 0; i--) { // from the end: the last count of a term holds
      String term = terms.get(i);
      if (seen.add(term)) {
        idfs[n] = (float) idf(documents, counts[i]);
        table.add(term, n++);
      }
    }
    return new BackgroundStatistics(documents, table.build(), Arrays.copyOf(idfs, n));
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
    List<String> terms = new ArrayList<>(frequencies.size());
    double[] counts = new double[frequencies.size()];
    for (Map.Entry<String, Double> e : frequencies.entrySet()) {
      counts[terms.size()] = Objects.requireNonNull(e.getValue(), "count");
      terms.add(Objects.requireNonNull(e.getKey(), "term"));
    }
    return of(documents, terms, counts);
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
    try (InputStream packed = BackgroundStatistics.class.getResourceAsStream(PACKED_RESOURCE)) {
      if (packed != null) {
        return readPacked(packed, PACKED_RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
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
      return of(documents, terms, counts); // a term twice keeps its last count
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
    int i = terms.get(term, -1);
    return i < 0 ? unseen : idfs[i];
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
   * @return the number of terms with a stored document frequency
   */
  public int size() {
    return terms.size();
  }

  /**
   * Writes the table in its packed form (gzip of a header, the terms as a {@link WordTable} and
   * their IDFs as floats), which {@link #readPacked} loads without parsing text: the IDFs are those
   * of this table, bit for bit.
   *
   * @param out where the table goes; closed when done
   * @throws IOException if the stream cannot be written
   */
  public void writePacked(OutputStream out) throws IOException {
    try (DataOutputStream data =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16))) {
      data.writeUTF(PACKED_MAGIC);
      data.writeInt(PACKED_VERSION);
      data.writeDouble(documents);
      terms.write(data);
      data.writeInt(idfs.length);
      for (float f : idfs) {
        data.writeFloat(f);
      }
    }
  }

  /**
   * Reads a table written by {@link #writePacked}; {@code name} names it in error messages.
   *
   * @param in the packed table; read but not closed
   * @param name a name for the stream, such as its path or resource
   * @return the table
   * @throws IOException naming {@code name} if it is not such a table or is corrupt
   */
  public static BackgroundStatistics readPacked(InputStream in, String name) throws IOException {
    try {
      DataInputStream data =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
      if (!PACKED_MAGIC.equals(data.readUTF())) {
        throw new IOException("not a packed background statistics table");
      }
      int version = data.readInt();
      if (version != PACKED_VERSION) {
        throw new IOException("unsupported version " + version);
      }
      double documents = data.readDouble();
      WordTable terms = WordTable.read(data);
      int n = data.readInt();
      if (n != terms.size()) {
        throw new IOException(n + " IDFs for " + terms.size() + " terms");
      }
      byte[] bytes = new byte[Math.multiplyExact(n, 4)];
      data.readFully(bytes);
      float[] idfs = new float[n];
      java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(idfs);
      for (int i = 0; i < n; i++) {
        if (terms.value(i) < 0 || terms.value(i) >= n) {
          throw new IOException("term " + i + " has IDF index " + terms.value(i));
        }
      }
      return new BackgroundStatistics(documents, terms, idfs);
    } catch (java.io.EOFException e) {
      throw new IOException(name + ": the packed table ends early", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }
}
