package io.github.germannlp.spark;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Annotates a Spark {@link Dataset} of texts with the library's results, as Spark columns beside
 * the input's own: every input row gives exactly one output row.
 *
 * <p>Columns added (in this order, each name after the {@linkplain #withColumnPrefix prefix}):
 *
 * <ul>
 *   <li>{@code sentences}: {@code array<struct<start, end, tokens: array<struct<text, start, end,
 *       upos, lemma, compoundParts>>>>}; offsets are UTF-16 indices into the text, as in {@link
 *       io.github.germannlp.Token}; {@code upos}, {@code lemma} and {@code compoundParts} are null
 *       where their layer is off. Left out by {@link #withTokens withTokens(false)}, for jobs that
 *       keep only entities and topics
 *   <li>{@code mentions} (layer {@link Layer#ENTITIES}): {@code array<struct<text, type, start,
 *       end, canonical, confidence>>}, as {@link io.github.germannlp.Document#mentions()}
 *   <li>{@code entities} (layer {@link Layer#ENTITIES}): {@code array<struct<canonical, type,
 *       count, start, end, confidence>>}, as {@link io.github.germannlp.Document#entities()}: the
 *       offsets are those of the first mention, the confidence that of the surest
 *   <li>{@code topics} (layer {@link Layer#TOPICS}): {@code array<struct<label, score, kind,
 *       entityType>>}, as {@link io.github.germannlp.Document#topics()}
 *   <li>{@code furniture} (layer {@link Layer#FURNITURE}): {@code array<struct<kind, start, end>>}
 *   <li>{@code nlp_error}: null where the text was analysed; otherwise why not (a null text, a text
 *       longer than {@link NlpConfig#maxChars()}, a failure), and the other columns are empty
 *       arrays. A bad row never fails the job; a model or dictionary that cannot be found or read
 *       fails it, naming the file.
 * </ul>
 *
 * <p>Each executor JVM builds the pipeline once ({@link NlpConfig#pipeline()}) and shares it among
 * its tasks; only the {@link NlpConfig} travels with them.
 *
 * <pre>{@code
 * import org.apache.spark.sql.Dataset;
 * import org.apache.spark.sql.Row;
 * import org.apache.spark.sql.SparkSession;
 *
 * SparkSession spark = SparkSession.builder().appName("news").getOrCreate();
 * Dataset<Row> articles = spark.read().parquet("articles.parquet");   // columns id, text
 * Dataset<Row> annotated = new SparkAnnotator(NlpConfig.defaults()).annotate(articles, "text");
 * annotated.select("id", "entities").show();
 * }</pre>
 *
 * <p>Immutable and serializable.
 */
public final class SparkAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The pipeline's configuration. */
  private final NlpConfig config;

  /** The prefix of the added columns' names. */
  private final String prefix;

  /** Whether the sentences and their tokens are a column. */
  private final boolean tokens;

  /**
   * An annotator of the given pipeline configuration.
   *
   * @param config the layers, models and bounds
   * @throws NullPointerException if {@code config} is null
   */
  public SparkAnnotator(NlpConfig config) {
    this(config, "", true);
  }

  private SparkAnnotator(NlpConfig config, String prefix, boolean tokens) {
    this.config = Objects.requireNonNull(config, "config");
    this.prefix = prefix;
    this.tokens = tokens;
  }

  /**
   * This annotator with a prefix before the names of the added columns, for inputs that have a
   * column of the same name already ({@code nlp_} gives {@code nlp_sentences}, …).
   *
   * @param columnPrefix the prefix, possibly empty
   * @return a new annotator
   * @throws NullPointerException if {@code columnPrefix} is null
   */
  public SparkAnnotator withColumnPrefix(String columnPrefix) {
    return new SparkAnnotator(config, Objects.requireNonNull(columnPrefix, "columnPrefix"), tokens);
  }

  /**
   * This annotator with or without the {@code sentences} column. Tokens are most of a document's
   * cells (a news article has about 450): a corpus job that keeps only entities and topics writes a
   * fraction of the data without them. The pipeline still computes the layers the entities and
   * topics need.
   *
   * @param withTokenColumn whether to add the {@code sentences} column (the default)
   * @return a new annotator
   */
  public SparkAnnotator withTokens(boolean withTokenColumn) {
    return new SparkAnnotator(config, prefix, withTokenColumn);
  }

  /**
   * The configuration of the pipeline.
   *
   * @return the configuration given to the constructor
   */
  public NlpConfig config() {
    return config;
  }

  /**
   * The schema of {@link #annotate}'s result for an input schema.
   *
   * @param input the input's schema
   * @return the input's columns followed by the added ones
   * @throws IllegalArgumentException if an added column's name is taken already
   */
  public StructType schema(StructType input) {
    StructType out = input;
    for (StructField f : new DocumentRows(config, tokens).fields(prefix)) {
      for (String taken : input.fieldNames()) {
        if (taken.equalsIgnoreCase(f.name())) {
          throw new IllegalArgumentException(
              "the input has a column "
                  + taken
                  + " already; choose a prefix for the added columns with withColumnPrefix");
        }
      }
      out = out.add(f);
    }
    return out;
  }

  /**
   * Adds the library's results to every row. Lazy, as Spark transformations are: nothing is
   * analysed until an action runs.
   *
   * @param input the texts, with any other columns; they are kept as they are
   * @param textColumn the name of a string column holding the texts
   * @return a dataset with the input's columns and those described above, one row per input row
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code textColumn} is no string column of {@code input}, or
   *     an added column's name is taken
   */
  public Dataset<Row> annotate(Dataset<Row> input, String textColumn) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(textColumn, "textColumn");
    StructType in = input.schema();
    int textIndex = indexOf(in, textColumn);
    if (!in.fields()[textIndex].dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "column "
              + textColumn
              + " is "
              + in.fields()[textIndex].dataType().simpleString()
              + ", not a string");
    }
    StructType out = schema(in);
    return input.mapPartitions(
        new Annotate(config, tokens, in.size(), textIndex), Encoders.row(out));
  }

  static int indexOf(StructType schema, String column) {
    for (int i = 0; i < schema.size(); i++) {
      if (schema.fields()[i].name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no column " + column + " among " + String.join(", ", schema.fieldNames()));
  }

  /** The task: one output row per input row, through this JVM's shared pipeline. */
  private static final class Annotate implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final NlpConfig config;
    private final boolean tokens;
    private final int inputWidth;
    private final int textIndex;

    Annotate(NlpConfig config, boolean tokens, int inputWidth, int textIndex) {
      this.config = config;
      this.tokens = tokens;
      this.inputWidth = inputWidth;
      this.textIndex = textIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      // built (or taken) before the first row: a missing model or dictionary fails the task,
      // and so the job, with its path, instead of giving every row an error
      GermanNlp nlp = config.pipeline();
      DocumentRows convert = new DocumentRows(config, tokens);
      int width = inputWidth + convert.width();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Object[] values = new Object[width];
          for (int i = 0; i < inputWidth; i++) {
            values[i] = row.get(i);
          }
          convert.analyze(
              nlp, row.isNullAt(textIndex) ? null : row.getString(textIndex), values, inputWidth);
          return RowFactory.create(values);
        }
      };
    }
  }

  @Override
  public String toString() {
    return "SparkAnnotator["
        + config
        + (prefix.isEmpty() ? "" : ", prefix=" + prefix)
        + (tokens ? "" : ", no tokens")
        + "]";
  }
}
