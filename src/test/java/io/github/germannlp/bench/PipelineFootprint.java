package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How long the default pipeline (every layer, bundled models) takes to build, and the heap it holds
 * once it has analysed one article: wall time of {@code GermanNlp.builder().build()} in a fresh
 * JVM, and used heap after full garbage collections with the pipeline and the document still
 * reachable. A crude measurement, not JMH; run it a few times.
 *
 * <pre>
 * java -cp target/test-classes:target/german-nlp-0.1.0-SNAPSHOT.jar:$(cat target/cp.txt) \
 *   io.github.germannlp.bench.PipelineFootprint [ARTICLE]   # default: the example article
 * </pre>
 *
 * <p>With the jar, as a user's build has it: its entity model and POS weights are stored
 * uncompressed there (the pom), while {@code target/classes} holds the compressed model, which
 * loads about 0.03 to 0.05 s slower.
 */
public final class PipelineFootprint {
  private PipelineFootprint() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path article =
        Path.of(args.length > 0 ? args[0] : "../shared/seed/news-2025-11-04-putin-xi.txt");
    String text = Files.readString(article);
    long t0 = System.nanoTime();
    GermanNlp nlp = GermanNlp.builder().build();
    long t1 = System.nanoTime();
    Document doc = nlp.analyze(text);
    long t2 = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
    }
    Runtime r = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "build %.2f s, first article %.2f s, heap held %.1f MB (%d tokens, %d entities)%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (r.totalMemory() - r.freeMemory()) / 1e6,
        doc.tokenCount(),
        doc.entities().size());
    if (nlp.layers().isEmpty()) {
      System.out.println(doc); // keeps both reachable until the heap is read
    }
  }
}
