package io.github.germannlp.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.topic.Topic;
import io.github.germannlp.topic.TopicCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Corpus entities and topics from Spark against the same corpus in one JVM. */
class CorpusViewsTest {

  private static List<Row> corpus(Dataset<Row> annotated) {
    return annotated.select("id", "text").collectAsList();
  }

  @Test
  void corpusEntitiesCountDocumentsAndMentions() {
    Dataset<Row> annotated =
        new SparkAnnotator(NlpConfig.defaults())
            .annotate(SparkAnnotatorTest.articles(), "text")
            .cache();
    Map<String, long[]> expected = new TreeMap<>();
    GermanNlp nlp = GermanNlp.standard();
    for (Row r : corpus(annotated)) {
      for (Entity e : nlp.analyze(r.getString(1)).entities()) {
        long[] c = expected.computeIfAbsent(e.canonical() + "/" + e.type(), k -> new long[2]);
        c[0]++;
        c[1] += e.count();
      }
    }
    List<Row> rows = CorpusViews.entities(annotated).collectAsList();
    Map<String, long[]> actual = new TreeMap<>();
    for (Row r : rows) {
      actual.put(r.getString(0) + "/" + r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
    }
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach(
        (k, v) ->
            assertEquals(List.of(v[0], v[1]), List.of(actual.get(k)[0], actual.get(k)[1]), k));
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).getLong(2) >= rows.get(i).getLong(2), "most documents first");
    }
    annotated.unpersist();
  }

  @Test
  void corpusTopicsEqualOneCollectionInOneJvm() {
    Dataset<Row> annotated =
        new SparkAnnotator(NlpConfig.defaults())
            .annotate(SparkAnnotatorTest.articles().repartition(4), "text")
            .cache();
    assertTrue(annotated.javaRDD().getNumPartitions() > 1);
    List<Row> docs = new ArrayList<>(corpus(annotated));
    Collections.reverse(docs); // another order than Spark's
    for (int[] bounds : new int[][] {{TopicCollection.DEFAULT_CAPACITY, 10}, {1000, 2}}) {
      TopicCollection single = new TopicCollection(bounds[0], bounds[1]);
      GermanNlp nlp = GermanNlp.standard();
      for (Row r : docs) {
        single.add(r.getString(0), nlp.analyze(r.getString(1)).topics());
      }
      TopicCollection spark = CorpusViews.topics(annotated, "id", bounds[0], bounds[1]);
      assertEquals(single.documentCount(), spark.documentCount());
      assertTrue(single.size() > 50, "topics: " + single.size());
      assertEquals(single.top(Integer.MAX_VALUE), spark.top(Integer.MAX_VALUE));
    }
    annotated.unpersist();
  }

  @Test
  void windowsCountEachHoursDocuments() {
    Dataset<Row> annotated =
        new SparkAnnotator(NlpConfig.defaults())
            .annotate(SparkAnnotatorTest.articles(), "text")
            .withColumn(
                "time",
                when(col("category").equalTo("Politik"), to_timestamp(lit("2026-12-05 10:30:00")))
                    .otherwise(to_timestamp(lit("2026-12-05 11:15:00"))));
    Map<String, Long> expected = new TreeMap<>();
    GermanNlp nlp = GermanNlp.standard();
    for (Row r : annotated.select("category", "text").collectAsList()) {
      String hour = r.getString(0).equals("Politik") ? "10" : "11";
      for (Topic t : nlp.analyze(r.getString(1)).topics()) {
        expected.merge(hour + " " + t.label() + "/" + t.kind(), 1L, Long::sum);
      }
    }
    Map<String, Long> actual = new TreeMap<>();
    for (Row r :
        CorpusViews.topicsPerWindow(annotated, col("time"), "1 hour")
            .selectExpr("hour(window.start)", "label", "kind", "documents")
            .collectAsList()) {
      actual.put(
          String.format("%02d", r.getInt(0)) + " " + r.getString(1) + "/" + r.getString(2),
          r.getLong(3));
    }
    assertEquals(expected, actual);

    long entityDocs = 0;
    for (Row r : annotated.select("text").collectAsList()) {
      Document d = nlp.analyze(r.getString(0));
      entityDocs += d.entities().size();
    }
    long windowed =
        CorpusViews.entitiesPerWindow(annotated, col("time"), "1 hour")
            .selectExpr("sum(documents)")
            .first()
            .getLong(0);
    assertEquals(entityDocs, windowed);
  }
}
