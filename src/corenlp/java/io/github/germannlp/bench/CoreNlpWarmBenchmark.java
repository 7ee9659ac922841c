package io.github.germannlp.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Warm throughput of this library against Stanford CoreNLP German (GPL; a peer in measurements
 * only, in the Maven profile {@code corenlp}) in one JVM and one run, one thread, on the articles
 * of {@link FreshTextBenchmark}: each call analyses the next article of a stream that no trial
 * reads twice ({@code pool=fresh}), or cycles through the first {@value
 * FreshTextBenchmark#REPEATED} ({@code pool=repeated}).
 *
 * <ul>
 *   <li>{@code peer=german-nlp}: {@code GermanNlp.standard()}, every layer;
 *   <li>{@code peer=german-nlp-pos-entities}: tokens, sentences, POS and entities, the work of
 *       CoreNLP's annotators here;
 *   <li>{@code peer=corenlp}: CoreNLP 4.5.10 with its German properties and the annotators {@code
 *       tokenize,ssplit,mwt,pos,ner}, as {@code scripts/bench-process.sh} runs it.
 * </ul>
 *
 * <p>Every peer is credited with this library's token count of the article it analysed (counted
 * once in the setup), so that the figures compare the same text and not two tokenizers' counts.
 * Data: {@code -Dgermannlp.fresh.articles=PATH} ({@code scripts/bench-corenlp-warm.sh} makes it).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class CoreNlpWarmBenchmark {
  /** The CoreNLP annotators, those of the whole-process comparison. */
  static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,ner";

  /** Who analyses: {@code german-nlp}, {@code german-nlp-pos-entities} or {@code corenlp}. */
  @Param({"german-nlp", "german-nlp-pos-entities", "corenlp"})
  public String peer;

  /** {@code fresh}: every article once; {@code repeated}: the first 110 again and again. */
  @Param({"fresh", "repeated"})
  public String pool;

  private List<String> texts;
  private int[] tokens;
  private GermanNlp nlp;
  private StanfordCoreNLP coreNlp;
  private int next;
  private boolean wrapped;

  /**
   * Loads the articles, counts their tokens and loads the peer.
   *
   * @throws IOException if the articles or CoreNLP's properties cannot be read
   */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    texts = FreshTextBenchmark.articles(pool);
    switch (peer) {
      case "german-nlp" -> nlp = GermanNlp.standard();
      case "german-nlp-pos-entities" ->
          nlp =
              GermanNlp.builder()
                  .layers(EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.ENTITIES))
                  .build();
      case "corenlp" -> coreNlp = new StanfordCoreNLP(coreNlpGerman());
      default -> throw new IllegalArgumentException("peer: " + peer);
    }
    // CoreNLP reads a few hundred articles a trial: count those, not the whole stream
    int counted = peer.equals("corenlp") ? Math.min(texts.size(), 5_000) : texts.size();
    GermanNlp tokenizer = GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS)).build();
    tokens = new int[counted];
    for (int i = 0; i < counted; i++) {
      tokens[i] = tokenizer.analyze(texts.get(i)).tokenCount();
    }
    texts = texts.subList(0, counted);
  }

  /** CoreNLP's German properties (its {@code -props german}) with {@link #ANNOTATORS}. */
  static Properties coreNlpGerman() throws IOException {
    Properties props = new Properties();
    try (InputStream in =
        StanfordCoreNLP.class
            .getClassLoader()
            .getResourceAsStream("StanfordCoreNLP-german.properties")) {
      if (in == null) {
        throw new IOException(
            "StanfordCoreNLP-german.properties is not on the class path: add CoreNLP's German"
                + " models jar");
      }
      props.load(in);
    }
    props.setProperty("annotators", ANNOTATORS);
    return props;
  }

  /**
   * Fails the trial if a fresh stream came round to its first article again.
   *
   * @throws IllegalStateException if it did
   */
  @TearDown(Level.Trial)
  public void check() {
    FreshTextBenchmark.checkNotWrapped(wrapped, pool, texts.size());
  }

  /**
   * The next article.
   *
   * @return its number of tokens (this library's count)
   */
  @Benchmark
  public int analyzeNext(TokenCounter counter) {
    int i = next;
    if (++next == texts.size()) {
      next = 0;
      wrapped = true;
    }
    String text = texts.get(i);
    if (coreNlp != null) {
      coreNlp.annotate(new Annotation(text));
    } else {
      nlp.analyze(text);
    }
    counter.tokens += tokens[i];
    return tokens[i];
  }
}
