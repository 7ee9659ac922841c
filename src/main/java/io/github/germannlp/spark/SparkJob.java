package io.github.germannlp.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import io.github.germannlp.Layer;
import io.github.germannlp.tokenize.TokenScheme;
import io.github.germannlp.topic.TopicCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The library's Spark jobs, for {@code spark-submit} on a cluster or {@code java} in local mode:
 *
 * <ul>
 *   <li>{@code annotate}: a corpus (a folder of text files, JSON lines or Parquet with a text
 *       column) to Parquet: the annotated documents, the corpus's entities and its top topics.
 *   <li>{@code watch}: a folder that new articles arrive in, to entity and topic counts per time
 *       window (Structured Streaming).
 * </ul>
 *
 * <pre>
 * spark-submit --class io.github.germannlp.spark.SparkJob german-nlp-cli.jar \
 *     annotate --input hdfs:///news/2026/ --format text --output hdfs:///news-nlp/2026/
 * </pre>
 *
 * <p>Exit status: 0 on success (rows that could not be analysed are counted and kept, with their
 * error), 2 for bad arguments (a missing option, an unknown layer, format or scheme), 1 for a
 * failed job.
 */
@Command(
    name = "german-nlp-spark",
    mixinStandardHelpOptions = true,
    subcommands = {SparkJob.Annotate.class, SparkJob.Watch.class},
    description = "German NLP on Apache Spark: annotate a corpus, or watch a folder of news.")
public final class SparkJob implements Runnable {

  /**
   * Runs a job.
   *
   * @param args a sub-command and its options; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs a job without exiting the JVM, for notebooks, tests and benchmarks. A Spark session that
   * exists already is used and left running.
   *
   * @param args a sub-command and its options
   * @return the exit status, as {@link #main} would exit with
   */
  public static int run(String... args) {
    return new CommandLine(new SparkJob())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              if (e instanceof IllegalArgumentException) { // a bad option value
                cmd.getErr().println("german-nlp-spark: " + e.getMessage());
                return 2;
              }
              cmd.getErr()
                  .println(
                      "german-nlp-spark: " + e.getClass().getSimpleName() + ": " + e.getMessage());
              return 1;
            })
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "name a job: annotate or watch");
  }

  /** The columns of Spark's {@code binaryFile} source. */
  private static final StructType BINARY_FILE =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("modificationTime", DataTypes.TimestampType, false)
          .add("length", DataTypes.LongType, false)
          .add("content", DataTypes.BinaryType, true);

  /**
   * A file's bytes as UTF-8 text, without a leading byte-order mark; bytes that are no UTF-8 become
   * U+FFFD, so that a binary file gives a row, not a failed job.
   */
  private static final UserDefinedFunction UTF8 =
      udf(
          (UDF1<byte[], String>)
              bytes -> {
                if (bytes == null) {
                  return null;
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
              },
          DataTypes.StringType);

  /** Options of both jobs: the pipeline and the Spark master. */
  static final class PipelineOptions {
    @Option(
        names = "--layers",
        split = ",",
        paramLabel = "LIST",
        description =
            "Layers: tokens, sentences, pos, lemma, compounds, entities, topics,"
                + " furniture (also ner, lemmas, upos; default: all available).")
    List<String> layers;

    @Option(
        names = "--scheme",
        defaultValue = "news",
        description = "Token scheme: news or ud (default: ${DEFAULT-VALUE}).")
    String scheme;

    @Option(
        names = "--models",
        paramLabel = "DIR",
        description =
            "A model folder on the executors, or its name when shipped with"
                + " spark-submit --archives.")
    String models;

    @Option(
        names = "--dictionary",
        paramLabel = "FILE",
        description =
            "Known names ('name TAB TYPE' lines) on the executors, or the file's name"
                + " when shipped with spark-submit --files.")
    String dictionary;

    @Option(
        names = "--max-chars",
        paramLabel = "N",
        defaultValue = "1000000",
        description =
            "Longer texts get an error row instead of results" + " (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(
        names = "--master",
        paramLabel = "URL",
        description = "Spark master when not run by spark-submit (default: local[*]).")
    String master;

    @Option(
        names = "--text-column",
        defaultValue = "text",
        paramLabel = "NAME",
        description = "The text column of JSON lines or Parquet (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(
        names = "--id-column",
        defaultValue = "id",
        paramLabel = "NAME",
        description =
            "The id column of JSON lines or Parquet (default: ${DEFAULT-VALUE}); text"
                + " files are named by their path.")
    String idColumn;

    NlpConfig config() {
      NlpConfig c = NlpConfig.defaults();
      if (layers != null) {
        EnumSet<Layer> l = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
        for (String s : layers) {
          l.add(Layer.parse(s));
        }
        c = c.withLayers(l);
      }
      c =
          c.withScheme(
              switch (scheme.toLowerCase(Locale.ROOT)) {
                case "news" -> TokenScheme.NEWS;
                case "ud" -> TokenScheme.UD;
                default ->
                    throw new IllegalArgumentException(
                        "unknown scheme " + scheme + " (news or ud)");
              });
      return c.withModelDirectory(models).withDictionary(dictionary).withMaxChars(maxChars);
    }

    /** Whether the job made its session, and so stops it at the end. */
    boolean ownSession;

    SparkSession session(String appName) {
      ownSession = SparkSession.getDefaultSession().isEmpty();
      SparkSession.Builder b = SparkSession.builder().appName(appName);
      if (master != null) {
        b.master(master);
      } else if (!new SparkConf().contains("spark.master")) {
        b.master("local[*]");
      }
      SparkSession spark = b.getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      return spark;
    }

    /**
     * Reads the input as rows of {@code id}, {@code text} (and {@code time}, the file's
     * modification time, for text files).
     */
    Dataset<Row> read(SparkSession spark, String input, String format, boolean stream) {
      switch (format) {
        case "text" -> {
          // binaryFile, not text: the text source gives no row for an empty file
          Dataset<Row> files =
              stream
                  ? spark.readStream().format("binaryFile").schema(BINARY_FILE).load(input)
                  : spark.read().format("binaryFile").load(input);
          return files.select(
              col("path").as("id"),
              UTF8.apply(col("content")).as("text"),
              col("modificationTime").as("time"));
        }
        case "jsonl", "parquet" -> {
          Dataset<Row> rows;
          if (stream) {
            StructType schema =
                new StructType()
                    .add(idColumn, DataTypes.StringType)
                    .add(textColumn, DataTypes.StringType);
            rows =
                spark
                    .readStream()
                    .schema(schema)
                    .format(format.equals("jsonl") ? "json" : "parquet")
                    .load(input);
          } else {
            rows = format.equals("jsonl") ? spark.read().json(input) : spark.read().parquet(input);
          }
          List<Column> cols = new ArrayList<>();
          cols.add(
              List.of(rows.columns()).contains(idColumn)
                  ? col(idColumn).cast("string").as("id")
                  : col("_metadata.file_path").as("id"));
          cols.add(col(textColumn).cast("string").as("text"));
          cols.add(col("_metadata.file_modification_time").as("time"));
          return rows.select(cols.toArray(new Column[0]));
        }
        default ->
            throw new IllegalArgumentException(
                "unknown format " + format + " (text, jsonl or parquet)");
      }
    }
  }

  /** Annotates a corpus and writes it as Parquet. */
  @Command(
      name = "annotate",
      mixinStandardHelpOptions = true,
      description =
          "Annotate a corpus; write OUTPUT/documents, OUTPUT/entities and"
              + " OUTPUT/topics as Parquet; print the top entities and topics.")
  static final class Annotate implements Callable<Integer> {
    @Mixin PipelineOptions pipeline;

    @Option(
        names = "--input",
        required = true,
        paramLabel = "PATH",
        description = "A file, folder or glob (any Hadoop file system).")
    String input;

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "text (one document a file), jsonl or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "DIR",
        description = "Folder for the results (replaced if it exists).")
    String output;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        description = "Repartition the input into N parts first (default: as read).")
    Integer partitions;

    @Option(
        names = "--no-tokens",
        description =
            "Leave the sentences and tokens out of OUTPUT/documents: keep entities,"
                + " topics and errors (a fraction of the data).")
    boolean noTokens;

    @Option(
        names = "--top",
        defaultValue = "20",
        paramLabel = "N",
        description =
            "How many top entities and topics to print and write" + " (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
      NlpConfig config = pipeline.config();
      long t0 = System.nanoTime();
      SparkSession spark = pipeline.session("german-nlp annotate");
      Dataset<Row> docs = pipeline.read(spark, input, format, false);
      if (partitions != null) {
        docs = docs.repartition(partitions);
      }
      new SparkAnnotator(config)
          .withTokens(!noTokens)
          .annotate(docs, "text")
          .drop("text")
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(output + "/documents");
      Dataset<Row> annotated = spark.read().parquet(output + "/documents");
      long rows = annotated.count();
      long errors = annotated.filter(col(DocumentRows.ERROR).isNotNull()).count();
      if (config.has(Layer.ENTITIES)) {
        Dataset<Row> entities = CorpusViews.entities(annotated);
        entities.write().mode(SaveMode.Overwrite).parquet(output + "/entities");
        System.out.println("Top entities (canonical, type, documents, mentions):");
        entities.show(top, false);
      }
      if (config.has(Layer.TOPICS)) {
        TopicCollection topics = CorpusViews.topics(annotated, "id");
        List<Row> best = new ArrayList<>();
        System.out.println("Top topics (weight, documents, label, kind, type):");
        for (TopicCollection.CollectionTopic t : topics.top(top)) {
          System.out.printf(
              Locale.ROOT,
              "%10.3f %8d  %s  %s %s%n",
              t.weight(),
              t.documentCount(),
              t.label(),
              t.kind(),
              t.entityType() == null ? "" : t.entityType());
          best.add(
              RowFactory.create(
                  t.label(),
                  t.kind().name(),
                  t.entityType(),
                  t.weight(),
                  t.documentCount(),
                  t.documents().toArray(new String[0])));
        }
        StructType schema =
            new StructType()
                .add("label", DataTypes.StringType, false)
                .add("kind", DataTypes.StringType, false)
                .add("entityType", DataTypes.StringType)
                .add("weight", DataTypes.DoubleType, false)
                .add("documents", DataTypes.IntegerType, false)
                .add("bestDocuments", DataTypes.createArrayType(DataTypes.StringType, false));
        spark
            .createDataFrame(best, schema)
            .coalesce(1)
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(output + "/topics");
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.err.printf(
          Locale.ROOT,
          "%d documents (%d not analysed, see column %s) in %.1f s;" + " results in %s%n",
          rows,
          errors,
          DocumentRows.ERROR,
          seconds,
          output);
      if (format.equals("text")) {
        long empty = emptyFiles(spark, input);
        if (empty > 0) {
          System.err.printf(
              Locale.ROOT,
              "%d empty files have no row (Spark's file sources" + " skip files of 0 bytes)%n",
              empty);
        }
      }
      if (pipeline.ownSession) {
        spark.stop();
      }
      return 0;
    }
  }

  /** The files of 0 bytes an input path names, which Spark's file sources skip. */
  static long emptyFiles(SparkSession spark, String input) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] matches = fs.globStatus(path);
      long empty = 0;
      for (FileStatus m : matches == null ? new FileStatus[0] : matches) {
        for (FileStatus f : m.isDirectory() ? fs.listStatus(m.getPath()) : new FileStatus[] {m}) {
          String name = f.getPath().getName();
          if (f.isFile() && f.getLen() == 0 && !name.startsWith(".") && !name.startsWith("_")) {
            empty++;
          }
        }
      }
      return empty;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }

  /** Watches a folder for new articles and counts entities and topics per time window. */
  @Command(
      name = "watch",
      mixinStandardHelpOptions = true,
      description =
          "Watch a folder for new articles; count entities and topics per time window"
              + " (the files' modification time) and print or write the counts.")
  static final class Watch implements Callable<Integer> {
    @Mixin PipelineOptions pipeline;

    @Option(
        names = "--input",
        required = true,
        paramLabel = "DIR",
        description = "The folder new files arrive in.")
    String input;

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "text (one article a file), jsonl or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
        names = "--window",
        defaultValue = "1 hour",
        description = "Window length (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(
        names = "--output",
        paramLabel = "DIR",
        description =
            "Write the closed windows' counts as Parquet to DIR/entities and"
                + " DIR/topics (default: print every window to the console).")
    String output;

    @Option(
        names = "--checkpoint",
        paramLabel = "DIR",
        description = "Checkpoint folder, to resume after a restart (needed with --output).")
    String checkpoint;

    @Option(
        names = "--trigger-seconds",
        defaultValue = "60",
        paramLabel = "N",
        description = "Look for new files every N seconds (default: ${DEFAULT-VALUE}).")
    long triggerSeconds;

    @Option(names = "--once", description = "Process the files there now, then stop.")
    boolean once;

    @Override
    public Integer call() throws Exception {
      if (output != null && checkpoint == null) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--output needs --checkpoint");
      }
      NlpConfig config = pipeline.config();
      if (!config.has(Layer.ENTITIES) || !config.has(Layer.TOPICS)) {
        config = config.withLayers(EnumSet.of(Layer.ENTITIES, Layer.TOPICS));
      }
      SparkSession spark = pipeline.session("german-nlp watch");
      Dataset<Row> annotated =
          new SparkAnnotator(config)
              .withTokens(false)
              .annotate(pipeline.read(spark, input, format, true), "text")
              .withWatermark("time", window);
      List<StreamingQuery> queries = new ArrayList<>();
      queries.add(start(CorpusViews.entitiesPerWindow(annotated, col("time"), window), "entities"));
      queries.add(start(CorpusViews.topicsPerWindow(annotated, col("time"), window), "topics"));
      for (StreamingQuery q : queries) {
        q.awaitTermination();
      }
      if (pipeline.ownSession) {
        spark.stop();
      }
      return 0;
    }

    private StreamingQuery start(Dataset<Row> counts, String name) throws Exception {
      DataStreamWriter<Row> w =
          counts
              .writeStream()
              .queryName(name)
              .trigger(
                  once
                      ? Trigger.AvailableNow()
                      : Trigger.ProcessingTime(triggerSeconds, TimeUnit.SECONDS));
      if (output == null) {
        w =
            w.format("console")
                .outputMode("complete")
                .option("truncate", "false")
                .option("numRows", "50");
        if (checkpoint != null) {
          w = w.option("checkpointLocation", checkpoint + "/" + name);
        }
      } else {
        w =
            w.format("parquet")
                .outputMode("append")
                .option("path", output + "/" + name)
                .option("checkpointLocation", checkpoint + "/" + name);
      }
      return w.start();
    }
  }
}
