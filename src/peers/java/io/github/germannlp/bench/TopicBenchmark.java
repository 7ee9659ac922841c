package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.internal.eval.GermEvalCorpus;
import io.github.germannlp.peers.PeerData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What topics add to the pipeline: GermEval 2014 dev detokenized into running text (about 42k
 * tokens) and cut into 110 articles of 20 sentences, one sentence a line, each analysed
 * single-threaded
 *
 * <ul>
 *   <li>{@link #withoutTopics}: every layer but topics and page furniture (tokens, sentences, parts
 *       of speech, lemmas, compounds, entities);
 *   <li>{@link #withTopics}: every layer ({@code GermanNlp.standard()}), that is the same plus page
 *       furniture and topics.
 * </ul>
 *
 * <p>Data: {@code -Dgermannlp.germeval.dev=PATH} or {@code GERMANNLP_GERMEVAL_DEV} (default {@code
 * ../shared/data/ner/germeval2014/dev.tsv}). Run with {@code scripts/bench-topics.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TopicBenchmark {
  static final int SENTENCES_PER_ARTICLE = 20;

  /** The articles and the two pipelines (thread-safe). */
  @State(Scope.Benchmark)
  public static class Shared {
    List<String> articles;
    GermanNlp without;
    GermanNlp with;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      Path dev =
          PeerData.resolve(
              "germannlp.germeval.dev",
              "GERMANNLP_GERMEVAL_DEV",
              "../shared/data/ner/germeval2014/dev.tsv");
      List<String> lines = GermEvalCorpus.read(dev).text().lines().toList();
      articles = new ArrayList<>();
      for (int i = 0; i < lines.size(); i += SENTENCES_PER_ARTICLE) {
        articles.add(
            String.join("\n", lines.subList(i, Math.min(lines.size(), i + SENTENCES_PER_ARTICLE))));
      }
      EnumSet<Layer> layers = EnumSet.copyOf(GermanNlp.availableLayers());
      layers.remove(Layer.TOPICS);
      layers.remove(Layer.FURNITURE);
      without = GermanNlp.builder().layers(layers).build();
      with = GermanNlp.standard();
      int tokens = 0;
      int topics = 0;
      for (String a : articles) {
        Document d = with.analyze(a);
        tokens += d.tokenCount();
        topics += d.topics().size();
      }
      System.err.printf("# %d articles, %d tokens, %d topics%n", articles.size(), tokens, topics);
    }
  }

  private static int run(GermanNlp nlp, List<String> articles, TokenCounter counter) {
    int n = 0;
    for (String a : articles) {
      Document d = nlp.analyze(a);
      n += d.tokenCount() + d.topics().size();
    }
    counter.tokens += n;
    return n;
  }

  /** Every layer but topics and furniture. */
  @Benchmark
  public int withoutTopics(Shared shared, TokenCounter counter) {
    return run(shared.without, shared.articles, counter);
  }

  /** Every layer. */
  @Benchmark
  public int withTopics(Shared shared, TokenCounter counter) {
    return run(shared.with, shared.articles, counter);
  }
}
