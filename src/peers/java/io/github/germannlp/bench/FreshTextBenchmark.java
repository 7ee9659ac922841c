package io.github.germannlp.bench;

import io.github.germannlp.GermanNlp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Warm throughput on text the pipeline has not seen before, against the same kind of text again and
 * again: each call analyses the next of a stream of news-length articles (one thread), so that with
 * {@code pool=fresh} no article comes twice in a trial (warm-up included) and the word caches meet
 * new words as a service's would, while {@code pool=repeated} cycles through the first {@value
 * #REPEATED} articles, as the other benchmarks cycle through theirs (every word type cached after
 * the first round). The teardown fails the trial if the fresh stream ran out and began again.
 *
 * <ul>
 *   <li>{@code layers=all}: {@code GermanNlp.standard()}, every layer;
 *   <li>{@code layers=entities}: segmentation and entities (the recognizer tags POS itself);
 *   <li>{@code layers=morphology}: segmentation, POS, lemmas and compounds: what the layers before
 *       entities and topics cost by themselves, and so how much time a target for every layer
 *       leaves to those two.
 * </ul>
 *
 * <p>Data: {@code -Dgermannlp.fresh.articles=PATH}, JSON lines of {@code id} and {@code text}
 * ({@code scripts/bench-fresh.sh} makes them from the Bundestag speeches of {@code ../shared}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class FreshTextBenchmark {
  /** Articles cycled through with {@code pool=repeated}. */
  static final int REPEATED = 110;

  /** Layers: {@code all}, {@code entities} or {@code morphology} ({@link LayerSets}). */
  @Param({"all", "entities", "morphology"})
  public String layers;

  /** {@code fresh}: every article once; {@code repeated}: the first {@value #REPEATED} again. */
  @Param({"fresh", "repeated"})
  public String pool;

  private List<String> texts;
  private GermanNlp nlp;
  private int next;
  private boolean wrapped;

  /**
   * Loads the articles and the pipeline.
   *
   * @throws IOException if the articles cannot be read
   */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    texts = articles(pool);
    nlp =
        layers.equals("all")
            ? GermanNlp.standard()
            : GermanNlp.builder().layers(LayerSets.layers(layers)).build();
  }

  /**
   * Fails the trial if a fresh stream came round to its first article again.
   *
   * @throws IllegalStateException if it did
   */
  @TearDown(Level.Trial)
  public void check() {
    checkNotWrapped(wrapped, pool, texts.size());
  }

  /**
   * The texts of a pool of the articles of {@code -Dgermannlp.fresh.articles}: all of them for
   * {@code fresh}, the first {@value #REPEATED} for {@code repeated}.
   *
   * @param pool {@code fresh} or {@code repeated}
   * @return the texts in file order
   * @throws IOException if the articles cannot be read
   */
  static List<String> articles(String pool) throws IOException {
    String path =
        System.getProperty("germannlp.fresh.articles", "target/bench-fresh/articles.jsonl");
    List<String> all = new ArrayList<>();
    for (String[] a : SparkOverhead.read(Path.of(path))) {
      all.add(a[1]);
    }
    return switch (pool) {
      case "fresh" -> all;
      case "repeated" -> all.subList(0, Math.min(REPEATED, all.size()));
      default -> throw new IllegalArgumentException("pool: " + pool);
    };
  }

  /**
   * Fails a trial whose fresh stream of {@code size} articles came round to its first again.
   *
   * @throws IllegalStateException if it did
   */
  static void checkNotWrapped(boolean wrapped, String pool, int size) {
    if (wrapped && pool.equals("fresh")) {
      throw new IllegalStateException(
          "the " + size + " fresh articles ran out: make more (scripts/bench-fresh.sh)");
    }
  }

  /**
   * The next article.
   *
   * @return its number of tokens, so that nothing is optimised away
   */
  @Benchmark
  public int analyzeNext(TokenCounter counter) {
    String text = texts.get(next);
    if (++next == texts.size()) {
      next = 0;
      wrapped = true;
    }
    int n = nlp.analyze(text).tokenCount();
    counter.tokens += n;
    return n;
  }
}
