package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link GermanNlp#analyzeAll} on 1,000 short articles with one thread and with two: one op is all
 * the articles, every layer. The setup checks that both give the same documents.
 *
 * <p>Data: {@code -Dgermannlp.batch.articles=PATH}, JSON lines of {@code id} and {@code text}
 * ({@code scripts/bench-batch.sh} makes them from the Bundestag speeches of {@code ../shared}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class BatchBenchmark {
  /** Threads of {@code analyzeAll}. */
  @Param({"1", "2"})
  public int threads;

  private List<String> texts;
  private GermanNlp nlp;

  /**
   * Loads the articles and the pipeline, and checks that one and two threads agree.
   *
   * @throws IOException if the articles cannot be read
   */
  @Setup(Level.Trial)
  public void setup() throws IOException {
    String path =
        System.getProperty("germannlp.batch.articles", "target/bench-batch/articles.jsonl");
    texts = new ArrayList<>();
    for (String[] a : SparkOverhead.read(Path.of(path))) {
      texts.add(a[1]);
    }
    nlp = GermanNlp.standard();
    List<String> one;
    List<String> two;
    try (Stream<Document> a = nlp.analyzeAll(texts.stream(), 1);
        Stream<Document> b = nlp.analyzeAll(texts.stream(), 2)) {
      one = a.map(BatchBenchmark::content).toList();
      two = b.map(BatchBenchmark::content).toList();
    }
    if (!one.equals(two)) {
      throw new IllegalStateException("one and two threads give different documents");
    }
  }

  /** A document's tokens with their tags and lemmas, its mentions and topics. */
  static String content(Document d) {
    StringBuilder b = new StringBuilder();
    d.tokens().forEach(t -> b.append(t.start()).append(t.upos()).append(t.lemma()).append(' '));
    return b.append(d.mentions()).append(d.topics()).toString();
  }

  /**
   * All the articles.
   *
   * @return the number of tokens, so that nothing is optimised away
   */
  @Benchmark
  public long analyzeAll() {
    try (Stream<Document> docs = nlp.analyzeAll(texts.stream(), threads)) {
      return docs.mapToLong(Document::tokenCount).sum();
    }
  }
}
