package io.github.germannlp.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.window;

import io.github.germannlp.topic.Topic;
import io.github.germannlp.topic.TopicCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Views of a whole corpus annotated by {@link SparkAnnotator}: its entities, its topics, and both
 * counted per time window for streams ("what is rising this hour").
 *
 * <pre>{@code
 * Dataset<Row> annotated = new SparkAnnotator(NlpConfig.defaults()).annotate(articles, "text");
 * CorpusViews.entities(annotated).show(20);            // canonical, type, documents, mentions
 * TopicCollection topics = CorpusViews.topics(annotated, "id");
 * topics.top(20).forEach(System.out::println);
 * }</pre>
 *
 * <p>The methods read the columns under their default names ({@code entities}, {@code topics}); for
 * an annotator with a {@linkplain SparkAnnotator#withColumnPrefix column prefix}, rename them
 * first.
 */
public final class CorpusViews {
  private CorpusViews() {}

  /**
   * The entities of a corpus: one row per canonical name and type, with the number of documents
   * that mention it and the number of its mentions, most widespread first (ties: more mentions,
   * then the name). Entities are told apart by the canonical name each document gave them.
   *
   * @param annotated a result of {@link SparkAnnotator#annotate} with the entity layer
   * @return columns {@code canonical}, {@code type}, {@code documents} (long), {@code mentions}
   *     (long); Spark's analysis fails if {@code annotated} has no {@code entities} column
   */
  public static Dataset<Row> entities(Dataset<Row> annotated) {
    return annotated
        .select(explode(col(DocumentRows.ENTITIES)).as("e"))
        .groupBy(col("e.canonical").as("canonical"), col("e.type").as("type"))
        .agg(count("*").as("documents"), sum(col("e.count")).as("mentions"))
        .orderBy(col("documents").desc(), col("mentions").desc(), col("canonical"), col("type"));
  }

  /**
   * The topics of a corpus, with the default bounds of {@link TopicCollection}.
   *
   * @param annotated a result of {@link SparkAnnotator#annotate} with the topic layer
   * @param idColumn the column of the documents' ids, as {@link
   *     TopicCollection.CollectionTopic#documents()} will name them; a null id counts as {@code ""}
   * @return the merged collection, on the driver
   * @see #topics(Dataset, String, int, int)
   */
  public static TopicCollection topics(Dataset<Row> annotated, String idColumn) {
    return topics(
        annotated,
        idColumn,
        TopicCollection.DEFAULT_CAPACITY,
        TopicCollection.DEFAULT_DOCUMENTS_PER_TOPIC);
  }

  /**
   * The topics of a corpus: each partition feeds its documents' topics to a {@link TopicCollection}
   * of its own, and the driver merges them ({@link TopicCollection#merge}). While no collection
   * reaches its capacity, the result equals one collection fed all the documents in one JVM, in any
   * order; beyond it, the bounds of the Space-Saving summary hold.
   *
   * @param annotated a result of {@link SparkAnnotator#annotate} with the topic layer
   * @param idColumn the column of the documents' ids; a null id counts as {@code ""}
   * @param capacity the most topics kept, per partition and in the result
   * @param documentsPerTopic the most document ids kept per topic
   * @return the merged collection, on the driver
   * @throws IllegalArgumentException if a bound is below 1 or a column is missing
   */
  public static TopicCollection topics(
      Dataset<Row> annotated, String idColumn, int capacity, int documentsPerTopic) {
    Objects.requireNonNull(idColumn, "idColumn");
    new TopicCollection(capacity, documentsPerTopic); // checks the bounds on the driver
    SparkAnnotator.indexOf(annotated.schema(), idColumn);
    SparkAnnotator.indexOf(annotated.schema(), DocumentRows.TOPICS);
    List<TopicCollection> parts =
        annotated
            .select(col(idColumn).cast("string"), col(DocumentRows.TOPICS))
            .javaRDD()
            .mapPartitions(new CollectTopics(capacity, documentsPerTopic))
            .collect();
    TopicCollection all = new TopicCollection(capacity, documentsPerTopic);
    for (TopicCollection part : parts) {
      all.merge(part);
    }
    return all;
  }

  /** One partition's topics. */
  private static final class CollectTopics
      implements FlatMapFunction<Iterator<Row>, TopicCollection> {
    private static final long serialVersionUID = 1L;
    private final int capacity;
    private final int documentsPerTopic;

    CollectTopics(int capacity, int documentsPerTopic) {
      this.capacity = capacity;
      this.documentsPerTopic = documentsPerTopic;
    }

    @Override
    public Iterator<TopicCollection> call(Iterator<Row> rows) {
      TopicCollection c = new TopicCollection(capacity, documentsPerTopic);
      while (rows.hasNext()) {
        Row row = rows.next();
        String id = row.isNullAt(0) ? "" : row.getString(0);
        c.add(id, topicsOf(row.getList(1)));
      }
      return List.of(c).iterator();
    }
  }

  /** The topics of a {@code topics} cell, without their mentions (the column has none). */
  static List<Topic> topicsOf(List<Row> cells) {
    List<Topic> topics = new ArrayList<>(cells.size());
    for (Row t : cells) {
      topics.add(
          new Topic(
              t.getString(0),
              t.getDouble(1),
              Topic.Kind.valueOf(t.getString(2)),
              t.isNullAt(3) ? null : t.getString(3),
              List.of()));
    }
    return topics;
  }

  /**
   * Entities counted per time window, for a batch or a stream: how many documents of each window
   * mention each entity, and how often. On a stream, set a watermark on {@code time} first ({@link
   * Dataset#withWatermark}) to use the append or update output modes.
   *
   * @param annotated a result of {@link SparkAnnotator#annotate} with the entity layer, with a
   *     timestamp column
   * @param time the documents' time, such as their arrival or publication
   * @param windowDuration the window's length in Spark's interval syntax, such as {@code "1 hour"}
   * @return columns {@code window} (struct of {@code start}, {@code end}), {@code canonical},
   *     {@code type}, {@code documents}, {@code mentions}
   */
  public static Dataset<Row> entitiesPerWindow(
      Dataset<Row> annotated, Column time, String windowDuration) {
    return annotated
        .select(
            window(time, windowDuration).as("window"), explode(col(DocumentRows.ENTITIES)).as("e"))
        .groupBy(col("window"), col("e.canonical").as("canonical"), col("e.type").as("type"))
        .agg(count("*").as("documents"), sum(col("e.count")).as("mentions"));
  }

  /**
   * Topics counted per time window, for a batch or a stream: how many documents of each window have
   * each topic, and the sum of its scores there (as {@link TopicCollection} weighs it, but without
   * its bound on the number of topics).
   *
   * @param annotated a result of {@link SparkAnnotator#annotate} with the topic layer, with a
   *     timestamp column
   * @param time the documents' time
   * @param windowDuration the window's length in Spark's interval syntax
   * @return columns {@code window}, {@code label}, {@code kind}, {@code entityType}, {@code
   *     documents}, {@code weight}
   */
  public static Dataset<Row> topicsPerWindow(
      Dataset<Row> annotated, Column time, String windowDuration) {
    return annotated
        .select(
            window(time, windowDuration).as("window"), explode(col(DocumentRows.TOPICS)).as("t"))
        .groupBy(
            col("window"),
            col("t.label").as("label"),
            col("t.kind").as("kind"),
            col("t.entityType").as("entityType"))
        .agg(count("*").as("documents"), sum(col("t.score")).as("weight"));
  }
}
