package io.github.germannlp.internal.ner.train;

import io.github.germannlp.internal.TextCorpora;
import io.github.germannlp.internal.ner.WordClusters;
import io.github.germannlp.internal.tokenize.GermanTokenizer;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link WordClusters} table from the unlabeled text of the data folder: the text is
 * tokenized with this library's tokenizer, word vectors are trained on it ({@link SkipGram}), and
 * the vectors of every word seen at least {@link Settings#minCount} times are clustered by
 * spherical k-means at several granularities ({@link KMeans}).
 *
 * <p>The text: the German federal laws ({@code text/bundestag-gesetze-md.tar.xz}, public domain),
 * the Bundestag speeches ({@code text/bundestag-reden-wp20.txt.xz}, used only to derive these
 * statistics), <i>Effi Briest</i> ({@code text/effi-briest.txt.gz}, public domain), and the texts
 * of the annotated training corpora without their labels (GermEval 2014 train, SmartData train,
 * MobIE train; CC BY 4.0). GermEval dev, the tuning set, is not read.
 */
public final class WordClusterBuilder {
  /**
   * Settings of a build.
   *
   * @param minCount the fewest occurrences a word needs to get clusters
   * @param granularities the numbers of clusters, one column each
   * @param dimension the length of the word vectors
   * @param epochs the passes of the vector training over the text
   * @param kmeansIterations the k-means rounds per granularity
   * @param threads the threads of the vector training; with one, the table is the same on every run
   */
  public record Settings(
      int minCount,
      int[] granularities,
      int dimension,
      int epochs,
      int kmeansIterations,
      int threads) {
    /**
     * The settings of the bundled table.
     *
     * @return min count 5; 128, 512 and 2,048 clusters; 100-dimensional vectors, window 5, 5
     *     negatives, 5 epochs, one thread a core; 12 k-means rounds
     */
    public static Settings defaults() {
      return new Settings(
          5, new int[] {128, 512, 2048}, 100, 5, 12, Runtime.getRuntime().availableProcessors());
    }
  }

  private final Map<String, Integer> ids = new HashMap<>(1 << 21);
  private final List<String> words = new ArrayList<>(1 << 21);
  private long[] counts = new long[1 << 21];
  private int[] corpus = new int[1 << 24];
  private int size;
  private final GermanTokenizer tokenizer =
      new GermanTokenizer(TokenScheme.NEWS, Abbreviations.german());

  private WordClusterBuilder() {}

  /**
   * Builds the table.
   *
   * @param dataDir the data folder ({@code ../shared/data})
   * @param settings the settings, such as {@link Settings#defaults()}
   * @param log receives progress lines
   * @return the table
   * @throws IOException if a source is missing or unreadable (the message names it)
   */
  public static WordClusters build(Path dataDir, Settings settings, PrintWriter log)
      throws IOException {
    WordClusterBuilder b = new WordClusterBuilder();
    long t0 = System.nanoTime();
    Path text = dataDir.resolve("text");
    b.readLaws(text.resolve("bundestag-gesetze-md.tar.xz"));
    log.printf(Locale.ROOT, "laws: %,d tokens%n", b.size);
    log.flush();
    b.readSpeeches(text.resolve("bundestag-reden-wp20.txt.xz"));
    log.printf(Locale.ROOT, "+ speeches: %,d tokens%n", b.size);
    log.flush();
    b.readParagraphs(text.resolve("effi-briest.txt.gz"));
    Path ner = dataDir.resolve("ner");
    for (TaggedSentence s : NerCorpora.readGermEval(ner.resolve("germeval2014/train.tsv"), false)) {
      b.addTokens(s.tokens());
    }
    for (SmartDataCorpus.Text d :
        SmartDataCorpus.readTexts(ner.resolve("smartdata/train.json.gz"))) {
      if (d.text() != null) {
        b.addText(d.text());
      }
    }
    for (TaggedSentence s : NerCorpora.readConll2003(ner.resolve("mobie/train.conll2003"))) {
      b.addTokens(s.tokens());
    }
    log.printf(
        Locale.ROOT,
        "all text: %,d tokens, %,d types (%.0f s)%n",
        b.size,
        b.words.size(),
        (System.nanoTime() - t0) / 1e9);
    log.flush();
    return b.train(settings, log);
  }

  private WordClusters train(Settings settings, PrintWriter log) throws IOException {
    // vocabulary: words seen minCount times, most frequent first
    Integer[] order = new Integer[words.size()];
    int kept = 0;
    for (int w = 0; w < words.size(); w++) {
      if (counts[w] >= settings.minCount()) {
        order[kept++] = w;
      }
    }
    int most = Arrays.stream(settings.granularities()).max().orElse(1);
    if (kept < most) {
      throw new IOException(
          "only "
              + kept
              + " words seen at least "
              + settings.minCount()
              + " times in the text, fewer than the "
              + most
              + " clusters asked for");
    }
    Integer[] vocab = Arrays.copyOf(order, kept);
    Arrays.sort(vocab, (a, b) -> Long.compare(counts[b], counts[a]));
    int[] remap = new int[words.size()];
    Arrays.fill(remap, -2);
    long[] vocabCounts = new long[kept];
    for (int i = 0; i < kept; i++) {
      remap[vocab[i]] = i;
      vocabCounts[i] = counts[vocab[i]];
    }
    int m = 0;
    for (int i = 0; i < size; i++) { // drop rare words, keep sentence ends (-1)
      int w = corpus[i];
      int r = w < 0 ? -1 : remap[w];
      if (r == -2 || r == -1 && (m == 0 || corpus[m - 1] == -1)) {
        continue;
      }
      corpus[m++] = r;
    }
    int[] stream = Arrays.copyOf(corpus, m);
    corpus = null;
    log.printf(
        Locale.ROOT,
        "vocabulary: %,d words seen at least %d times; %,d tokens%n",
        kept,
        settings.minCount(),
        m);
    log.flush();
    long t0 = System.nanoTime();
    float[] vectors;
    SkipGram.Settings sg =
        new SkipGram.Settings(
            settings.dimension(), 5, 5, settings.epochs(), 0.025, 1e-4, settings.threads(), 1);
    try {
      vectors =
          SkipGram.train(
              stream,
              vocabCounts,
              sg,
              pct -> {
                if (pct % 10 == 0) {
                  log.printf(Locale.ROOT, "vectors: %d %%%n", pct);
                  log.flush();
                }
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    log.printf(Locale.ROOT, "vectors trained (%.0f s)%n", (System.nanoTime() - t0) / 1e9);
    log.flush();
    int d = sg.dimension();
    for (int i = 0; i < kept; i++) {
      KMeans.normalise(vectors, i * d, d);
    }
    int[] ks = settings.granularities();
    int[][] clusters = new int[ks.length][];
    for (int g = 0; g < ks.length; g++) {
      long t1 = System.nanoTime();
      clusters[g] = KMeans.cluster(vectors, kept, d, ks[g], settings.kmeansIterations(), 7 + g);
      log.printf(Locale.ROOT, "%d clusters (%.0f s)%n", ks[g], (System.nanoTime() - t1) / 1e9);
      log.flush();
    }
    String[] vocabWords = new String[kept];
    for (int i = 0; i < kept; i++) {
      vocabWords[i] = words.get(vocab[i]);
    }
    return WordClusters.of(
        vocabWords,
        ks,
        clusters,
        "skip-gram vectors ("
            + d
            + " dimensions, window "
            + sg.window()
            + ", "
            + sg.epochs()
            + " epochs) of "
            + m
            + " tokens, words seen "
            + settings.minCount()
            + "+ times, spherical k-means");
  }

  private void readLaws(Path file) throws IOException {
    TextCorpora.forEachLaw(
        file,
        md -> {
          for (String line : TextCorpora.withoutFrontMatter(md).split("\n")) {
            addText(line);
          }
          return true;
        });
  }

  /** One speech paragraph a line; a line starting with spaces continues the one before. */
  private void readSpeeches(Path file) throws IOException {
    StringBuilder paragraph = new StringBuilder();
    TextCorpora.forEachLine(
        file,
        line -> {
          if (!line.startsWith(" ") && paragraph.length() > 0) {
            addText(paragraph.toString());
            paragraph.setLength(0);
          }
          paragraph.append(line.strip()).append(' ');
        });
    addText(paragraph.toString());
  }

  /** Paragraphs separated by blank lines. */
  private void readParagraphs(Path gz) throws IOException {
    for (String p : TextCorpora.gzipText(gz).split("\r?\n\\s*\r?\n")) {
      addText(p.replace('\n', ' '));
    }
  }

  private void addText(String text) {
    TokenBuffer b = tokenizer.tokenize(text);
    for (int i = 0; i < b.size(); i++) {
      String t = text.substring(b.start(i), b.end(i));
      add(t);
      if (t.length() == 1 && (t.equals(".") || t.equals("!") || t.equals("?"))) {
        end();
      }
    }
    end();
  }

  private void addTokens(String[] tokens) {
    for (String t : tokens) {
      add(t);
    }
    end();
  }

  private void add(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      id = words.size();
      ids.put(token, id);
      words.add(token);
      if (id == counts.length) {
        counts = Arrays.copyOf(counts, id * 2);
      }
    }
    counts[id]++;
    push(id);
  }

  private void end() {
    if (size > 0 && corpus[size - 1] != -1) {
      push(-1);
    }
  }

  private void push(int id) {
    if (size == corpus.length) {
      corpus = Arrays.copyOf(corpus, size + (size >> 1));
    }
    corpus[size++] = id;
  }
}
