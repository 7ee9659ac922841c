package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.LineReader;
import io.github.germannlp.internal.WordTable;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Distributional word clusters: for each word of a large unlabeled corpus, the cluster its word
 * vector falls in, at several granularities (for example 64, 256 and 1,024 clusters). Words used
 * alike fall together (surnames with surnames, towns with towns, parties with parties), so a model
 * that learns something of one word of a cluster learns it of all. Immutable and thread-safe.
 *
 * <p>The table file is gzip text: the line {@value #MAGIC}, a description line, the granularities
 * separated by spaces, then {@code word TAB cluster TAB cluster …} a line.
 */
public final class WordClusters {
  /** File name of the table in {@code models/}. */
  public static final String FILE_NAME = "word-clusters-de.tsv.gz";

  private static final String MAGIC = "german-nlp word clusters 1";
  private final int[] granularities;

  /** Bits per granularity in a packed entry, and the shift of each. */
  private final int[] shift;

  private final int[] bits;

  /** Each word's packed clusters. */
  private final WordTable packed;

  private final String description;
  private static final WordTable NONE = new WordTable.Builder(0).build();

  private WordClusters(int[] granularities, WordTable packed, String description) {
    this.granularities = granularities.clone();
    this.shift = new int[granularities.length];
    this.bits = new int[granularities.length];
    int s = 0;
    for (int g = 0; g < granularities.length; g++) {
      if (granularities[g] < 2) {
        throw new IllegalArgumentException("a granularity below 2: " + granularities[g]);
      }
      bits[g] = 32 - Integer.numberOfLeadingZeros(granularities[g] - 1);
      shift[g] = s;
      s += bits[g];
    }
    if (s > 31) {
      throw new IllegalArgumentException(
          "granularities too fine to pack into 31 bits: " + Arrays.toString(granularities));
    }
    this.packed = packed;
    this.description = description;
  }

  /**
   * A table from arrays.
   *
   * @param words the words
   * @param granularities the number of clusters of each column
   * @param clusters {@code clusters[g][i]}: the cluster of {@code words[i]} at granularity g
   * @param description what the table was built from
   * @return the table
   * @throws IllegalArgumentException if a cluster is out of its range or the sizes disagree
   */
  public static WordClusters of(
      String[] words, int[] granularities, int[][] clusters, String description) {
    if (clusters.length != granularities.length) {
      throw new IllegalArgumentException("one cluster column per granularity");
    }
    WordClusters shape = new WordClusters(granularities, NONE, description);
    WordTable.Builder packed = new WordTable.Builder(words.length);
    for (int i = 0; i < words.length; i++) {
      int[] c = new int[granularities.length];
      for (int g = 0; g < c.length; g++) {
        c[g] = clusters[g][i];
      }
      packed.add(words[i], shape.pack(c, words[i]));
    }
    return new WordClusters(granularities, packed.build(), description);
  }

  private int pack(int[] c, String word) {
    int p = 0;
    for (int g = 0; g < c.length; g++) {
      if (c[g] < 0 || c[g] >= granularities[g]) {
        throw new IllegalArgumentException(
            "cluster " + c[g] + " of '" + word + "' out of range 0-" + (granularities[g] - 1));
      }
      p |= c[g] << shift[g];
    }
    return p;
  }

  /**
   * The granularities, coarsest first as built.
   *
   * @return a copy of the number of clusters of each column
   */
  public int[] granularities() {
    return granularities.clone();
  }

  /**
   * What the table was built from.
   *
   * @return the description stored with the table
   */
  public String description() {
    return description;
  }

  /**
   * Number of words.
   *
   * @return how many words have clusters
   */
  public int size() {
    return packed.size();
  }

  /**
   * The packed clusters of a word, for {@link #cluster(int, int)}.
   *
   * @param word a word, compared case-sensitively
   * @return the packed clusters, or -1 if the table does not have the word
   */
  public int lookup(String word) {
    return packed.get(word, -1);
  }

  /**
   * One cluster of a packed entry.
   *
   * @param packedClusters a value of {@link #lookup(String)} other than -1
   * @param granularity the column, 0 to {@code granularities().length - 1}
   * @return the cluster at that granularity
   */
  public int cluster(int packedClusters, int granularity) {
    return (packedClusters >>> shift[granularity]) & ((1 << bits[granularity]) - 1);
  }

  /**
   * Reads a table file.
   *
   * @param file a table written by {@link #write(Path)}
   * @return the table
   * @throws IOException if the file is missing, unreadable or malformed; the message names the file
   *     and, for a bad line, its number
   */
  public static WordClusters load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("word cluster table not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readText(in, file.toString());
    }
  }

  private static WordClusters readText(InputStream raw, String source) throws IOException {
    GZIPInputStream gzip;
    try {
      gzip = new GZIPInputStream(raw, 1 << 16);
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      throw new IOException(source + ": truncated or not gzip: " + e.getMessage(), e);
    }
    try (LineReader r = LineReader.of(gzip, source)) {
      if (!MAGIC.equals(r.next())) {
        throw new IOException(source + ":1: not a word cluster table (expected '" + MAGIC + "')");
      }
      String description = r.next();
      String g = r.next();
      if (description == null || g == null) {
        throw new IOException(r.where() + ": the table ends in its header");
      }
      int[] granularities;
      try {
        granularities = Arrays.stream(g.strip().split(" ")).mapToInt(Integer::parseInt).toArray();
      } catch (NumberFormatException e) {
        throw new IOException(source + ":3: granularities must be numbers: " + g, e);
      }
      WordClusters shape;
      try {
        shape = new WordClusters(granularities, NONE, description);
      } catch (IllegalArgumentException e) {
        throw new IOException(source + ":3: " + e.getMessage(), e);
      }
      WordTable.Builder packed = new WordTable.Builder(1 << 18);
      java.util.Set<String> seen = new java.util.HashSet<>(1 << 18);
      int[] c = new int[granularities.length];
      for (String line = r.next(); line != null; line = r.next()) {
        String[] f = line.split("\t", -1);
        if (f.length != granularities.length + 1 || f[0].isEmpty()) {
          throw new IOException(
              r.where()
                  + ": expected a word and "
                  + granularities.length
                  + " clusters, got: "
                  + line);
        }
        try {
          for (int k = 0; k < c.length; k++) {
            c[k] = Integer.parseInt(f[k + 1]);
          }
          if (!seen.add(f[0])) {
            throw new IOException(r.where() + ": '" + f[0] + "' listed twice");
          }
          packed.add(f[0], shape.pack(c, f[0]));
        } catch (IllegalArgumentException e) {
          throw new IOException(r.where() + ": " + e.getMessage(), e);
        }
      }
      return new WordClusters(granularities, packed.build(), description);
    }
  }

  /**
   * Writes the table as gzip text, words in sorted order (so that a rebuild with the same clusters
   * gives the same file).
   *
   * @param file the file to write; replaced if it exists
   * @throws IOException if it cannot be written
   */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        BufferedWriter w =
            new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
      w.write(MAGIC + "\n" + description + "\n");
      StringBuilder sb = new StringBuilder();
      for (int g : granularities) {
        sb.append(sb.length() > 0 ? " " : "").append(g);
      }
      w.write(sb + "\n");
      String[] words = new String[packed.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = packed.word(i);
      }
      Arrays.sort(words);
      for (String word : words) {
        int p = packed.get(word, -1);
        w.write(word);
        for (int g = 0; g < granularities.length; g++) {
          w.write('\t');
          w.write(Integer.toString(cluster(p, g)));
        }
        w.write('\n');
      }
    }
  }

  /** Writes the table into a model file. */
  public void write(DataOutputStream out) throws IOException {
    writeHeader(out);
    out.writeInt(packed.size());
    for (int i = 0; i < packed.size(); i++) {
      out.writeUTF(packed.word(i));
      out.writeInt(packed.value(i));
    }
  }

  /**
   * Writes the table with its words packed ({@link WordTable#write}) in the order that loads
   * fastest ({@link WordTable#inSlotOrder}), for model files.
   */
  public void writePacked(DataOutputStream out) throws IOException {
    writeHeader(out);
    packed.inSlotOrder().write(out);
  }

  /** The description and the granularities, as both file forms begin. */
  private void writeHeader(DataOutputStream out) throws IOException {
    out.writeUTF(description);
    out.writeInt(granularities.length);
    for (int g : granularities) {
      out.writeInt(g);
    }
  }

  /** Reads a table written by {@link #writePacked}. */
  public static WordClusters readPacked(DataInputStream in) throws IOException {
    String description = in.readUTF();
    int[] granularities = readGranularities(in);
    WordTable packed = WordTable.read(in);
    try {
      return new WordClusters(granularities, packed, description);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt word clusters: " + e.getMessage(), e);
    }
  }

  private static int[] readGranularities(DataInputStream in) throws IOException {
    int ng = in.readInt();
    if (ng < 1 || ng > 8) {
      throw new IOException("corrupt word clusters: " + ng + " granularities");
    }
    int[] granularities = new int[ng];
    for (int g = 0; g < ng; g++) {
      granularities[g] = in.readInt();
    }
    return granularities;
  }

  /** Reads a table written by {@link #write(DataOutputStream)}. */
  public static WordClusters read(DataInputStream in) throws IOException {
    String description = in.readUTF();
    int[] granularities = readGranularities(in);
    int n = in.readInt();
    if (n < 0 || n > 10_000_000) {
      throw new IOException("corrupt word clusters: " + n + " words");
    }
    WordTable.Builder packed = new WordTable.Builder(n);
    for (int i = 0; i < n; i++) {
      packed.add(in.readUTF(), in.readInt());
    }
    try {
      return new WordClusters(granularities, packed.build(), description);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt word clusters: " + e.getMessage(), e);
    }
  }
}
