package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.internal.JsonLines;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.spark.SparkJob;
import io.github.germannlp.topic.TopicCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's overhead on this machine: the {@code annotate} job of {@code SparkJob} in local mode
 * against the library on as many threads in one JVM, on the same articles (JSON lines of {@code
 * id}, {@code text}), in the same JVM and run, alternating, several rounds after one that warms
 * both up and is not counted.
 *
 * <p>The one-JVM side does what the job computes with the library's batch API ({@link
 * GermanNlp#analyzeAll}): every layer of every article, the corpus's entity counts and its {@link
 * TopicCollection}; it writes nothing, where the job writes its Parquet files and reads them back
 * for the corpus views.
 *
 * <pre>
 * java [Spark's --add-opens options] -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.github.germannlp.bench.SparkOverhead ARTICLES.jsonl [THREADS [ROUNDS [PARTITIONS]]]
 * </pre>
 *
 * <p>{@code scripts/bench-spark.sh} builds the articles and runs this.
 */
public final class SparkOverhead {
  private SparkOverhead() {}

  /**
   * Runs the comparison.
   *
   * @param args the articles file, the threads (default 2), the rounds (default 3) and Spark's
   *     partitions (default 4 × threads)
   * @throws Exception if a file cannot be read or a job fails
   */
  public static void main(String[] args) throws Exception {
    Path articles = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 4 * threads;
    List<String[]> docs = read(articles);
    long chars = docs.stream().mapToLong(d -> d[1].length()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d chars; %d threads; Spark local[%d] with %d" + " partitions%n",
        docs.size(),
        chars,
        threads,
        threads,
        partitions);

    long t = System.nanoTime();
    GermanNlp nlp = GermanNlp.standard();
    System.out.printf(Locale.ROOT, "pipeline built in %.2f s%n", (System.nanoTime() - t) / 1e9);
    t = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + threads + "]")
            .appName("spark-overhead")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    System.out.printf(
        Locale.ROOT, "Spark session started in %.2f s%n", (System.nanoTime() - t) / 1e9);

    Path out = Files.createTempDirectory("spark-overhead");
    double[] jvm = new double[rounds];
    double[] job = new double[rounds];
    double[] lean = new double[rounds];
    long tokens = 0;
    for (int r = -1; r < rounds; r++) { // round 0 (printed as "warm-up") is not counted
      t = System.nanoTime();
      tokens = oneJvm(nlp, docs, threads);
      double jvmTime = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      int status =
          SparkJob.run(
              "annotate",
              "--input",
              articles.toString(),
              "--format",
              "jsonl",
              "--output",
              out.toString(),
              "--partitions",
              Integer.toString(partitions),
              "--top",
              "0");
      double jobTime = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      status |=
          SparkJob.run(
              "annotate",
              "--input",
              articles.toString(),
              "--format",
              "jsonl",
              "--output",
              out.toString(),
              "--partitions",
              Integer.toString(partitions),
              "--top",
              "0",
              "--no-tokens");
      double leanTime = (System.nanoTime() - t) / 1e9;
      if (status != 0) {
        throw new IllegalStateException("the Spark job failed: " + status);
      }
      System.out.printf(
          Locale.ROOT,
          "%s: one JVM %.2f s (%.0f tokens/s); Spark job %.2f s"
              + " (%.0f tokens/s), Spark/JVM %.2f; with --no-tokens %.2f s, Spark/JVM %.2f%n",
          r < 0 ? "warm-up" : "round " + (r + 1),
          jvmTime,
          tokens / jvmTime,
          jobTime,
          tokens / jobTime,
          jobTime / jvmTime,
          leanTime,
          leanTime / jvmTime);
      if (r >= 0) {
        jvm[r] = jvmTime;
        job[r] = jobTime;
        lean[r] = leanTime;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "median: one JVM %.2f s (%.0f tokens/s); Spark job %.2f s"
            + " (%.0f tokens/s), Spark/JVM %s; with --no-tokens %.2f s, Spark/JVM %s; %d tokens%n",
        median(jvm),
        tokens / median(jvm),
        median(job),
        tokens / median(job),
        ratios(job, jvm),
        median(lean),
        ratios(lean, jvm),
        tokens);
    spark.stop();
  }

  static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** The median ratio of two rounds' times and its range. */
  static String ratios(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    Arrays.sort(r);
    return String.format(
        Locale.ROOT, "%.2f (rounds %.2f–%.2f)", r[r.length / 2], r[0], r[r.length - 1]);
  }

  /**
   * Every article through the library's batch API on {@code threads} threads, with the corpus's
   * entities and topics.
   */
  static long oneJvm(GermanNlp nlp, List<String[]> docs, int threads) {
    TopicCollection topics = new TopicCollection();
    Map<String, long[]> entities = new HashMap<>();
    long tokens = 0;
    try (Stream<Document> analysed = nlp.analyzeAll(docs.stream().map(d -> d[1]), threads)) {
      Iterator<Document> it = analysed.iterator();
      for (String[] d : docs) {
        Document doc = it.next();
        tokens += doc.tokenCount();
        topics.add(d[0], doc.topics());
        for (Entity e : doc.entities()) {
          long[] c = entities.computeIfAbsent(e.canonical() + "\t" + e.type(), k -> new long[2]);
          c[0]++;
          c[1] += e.count();
        }
      }
    }
    if (topics.top(1).isEmpty() || entities.isEmpty()) {
      throw new IllegalStateException("no topics or entities: not news text?");
    }
    return tokens;
  }

  /** The articles' ids and texts ({@link JsonLines}). */
  static List<String[]> read(Path jsonl) throws IOException {
    List<String[]> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (JsonLines.Line line : JsonLines.read(in, jsonl.toString(), false)) {
        docs.add(new String[] {line.id(), line.text()});
      }
    }
    return docs;
  }
}
