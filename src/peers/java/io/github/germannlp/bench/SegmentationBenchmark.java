package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.peers.PeerData;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Segmentation throughput of this library against OpenNLP (German UD GSD maxent models) and
 * Lucene's {@link StandardTokenizer}, over Effi Briest concatenated {@value #COPIES} times (about a
 * million tokens per operation).
 *
 * <p>Every benchmark returns its token count; the {@link TokenCounter} auxiliary counter adds the
 * count of each operation, so JMH reports {@code tokens} as tokens per second next to the ops/s
 * score (summed over threads when run with {@code -t 2}). The token counts are also printed to
 * stderr at setup.
 *
 * <p>Data: {@code ../shared/data/text/effi-briest.txt.gz} relative to the working directory;
 * override with {@code -Dgermannlp.effi=PATH} or the environment variable {@code GERMANNLP_EFFI}
 * (plain text or {@code .gz}). Run with {@code scripts/bench.sh}; two-thread scaling of the library
 * is measured by running {@link #germanNlp} again with {@code -t 2} and comparing tokens/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SegmentationBenchmark {
  /** Copies of the novel in the benchmark text. */
  public static final int COPIES = 10;

  static final String EFFI_PROPERTY = "germannlp.effi";
  static final String EFFI_ENV = "GERMANNLP_EFFI";
  static final String EFFI_DEFAULT = "../shared/data/text/effi-briest.txt.gz";

  /** Text, the thread-safe library pipeline and the (thread-safe) OpenNLP models. */
  @State(Scope.Benchmark)
  public static class Shared {
    String text;
    GermanNlp nlp;
    SentenceModel sentenceModel;
    TokenizerModel tokenizerModel;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      String novel = readText(PeerData.resolve(EFFI_PROPERTY, EFFI_ENV, EFFI_DEFAULT));
      StringBuilder sb = new StringBuilder(novel.length() * COPIES + 2 * COPIES);
      for (int i = 0; i < COPIES; i++) {
        if (i > 0) {
          sb.append("\n\n");
        }
        sb.append(novel);
      }
      text = sb.toString();
      nlp =
          GermanNlp.builder()
              .scheme(TokenScheme.NEWS)
              .layers(java.util.Set.of(io.github.germannlp.Layer.TOKENS))
              .build();
      try (InputStream in = PeerData.resource(PeerData.SENT_MODEL)) {
        sentenceModel = new SentenceModel(in);
      }
      try (InputStream in = PeerData.resource(PeerData.TOKEN_MODEL)) {
        tokenizerModel = new TokenizerModel(in);
      }

      // One pass of each system, for the token counts (and to fail early if one throws).
      Document doc = nlp.analyze(text);
      int opennlp =
          openNlpCount(
              new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel), text);
      int lucene;
      try (StandardTokenizer t = new StandardTokenizer()) {
        lucene = luceneCount(t, text);
      }
      System.err.printf("# text: %d chars (Effi Briest x %d)%n", text.length(), COPIES);
      System.err.printf(
          "# tokens per op: germanNlp=%d (%d sentences) openNlp=%d lucene=%d%n",
          doc.tokenCount(), doc.sentenceCount(), opennlp, lucene);
    }
  }

  /** Per-thread OpenNLP tools (SentenceDetectorME and TokenizerME are not thread-safe). */
  @State(Scope.Thread)
  public static class OpenNlpTools {
    SentenceDetectorME sentenceDetector;
    TokenizerME tokenizer;

    @Setup(Level.Trial)
    public void setup(Shared shared) {
      sentenceDetector = new SentenceDetectorME(shared.sentenceModel);
      tokenizer = new TokenizerME(shared.tokenizerModel);
    }
  }

  /** Per-thread Lucene tokenizer, reused through setReader. */
  @State(Scope.Thread)
  public static class LuceneTools {
    StandardTokenizer tokenizer;

    @Setup(Level.Trial)
    public void setup() {
      tokenizer = new StandardTokenizer();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      tokenizer.close();
    }
  }

  /** This library: sentences and tokens, news scheme. */
  @Benchmark
  public int germanNlp(Shared shared, TokenCounter counter) {
    Document doc = shared.nlp.analyze(shared.text);
    int n = doc.tokenCount();
    counter.tokens += n;
    return n;
  }

  /** OpenNLP: SentenceDetectorME over the text, then TokenizerME on each sentence. */
  @Benchmark
  public int openNlp(Shared shared, OpenNlpTools tools, TokenCounter counter) {
    int n = openNlpCount(tools.sentenceDetector, tools.tokenizer, shared.text);
    counter.tokens += n;
    return n;
  }

  /** Lucene StandardTokenizer (tokens only, no sentences). */
  @Benchmark
  public int lucene(Shared shared, LuceneTools tools, TokenCounter counter) throws IOException {
    int n = luceneCount(tools.tokenizer, shared.text);
    counter.tokens += n;
    return n;
  }

  static int openNlpCount(SentenceDetectorME sd, TokenizerME tok, String text) {
    int n = 0;
    for (Span s : sd.sentPosDetect(text)) {
      Span[] tokens = tok.tokenizePos(text.substring(s.getStart(), s.getEnd()));
      n += tokens.length;
    }
    return n;
  }

  static int luceneCount(StandardTokenizer t, String text) throws IOException {
    t.setReader(new StringReader(text));
    t.reset();
    int n = 0;
    while (t.incrementToken()) {
      n++;
    }
    t.end();
    t.close();
    return n;
  }

  static String readText(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
