package io.github.germannlp.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.ner.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of arriving articles as a Structured Streaming source, counted per hour into Spark's
 * memory sink, as the {@code watch} job does.
 */
class StreamingTest {
  private static final String[][] ARTICLES = {
    {
      "2026-12-05T10:05:00Z",
      "Wladimir Putin empfing am Montag in Moskau den chinesischen"
          + " Regierungschef Li Qiang. Putin lobte die Zusammenarbeit."
    },
    {
      "2026-12-05T10:40:00Z",
      "Der Kreml teilte mit, Wladimir Putin werde im Frühjahr nach"
          + " Peking reisen und Xi Jinping treffen."
    },
    {
      "2026-12-05T11:20:00Z",
      "Xi Jinping sprach in Peking vor dem Volkskongress. Der"
          + " UN-Sicherheitsrat berät am Freitag."
    },
  };

  @Test
  void entitiesAreCountedPerHourAsFilesArrive(@TempDir Path dir) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Map<String, Long> expected = new TreeMap<>();
    GermanNlp nlp = GermanNlp.standard();
    for (int i = 0; i < ARTICLES.length; i++) {
      Path f = Files.writeString(inbox.resolve("article-" + i + ".txt"), ARTICLES[i][1]);
      Instant time = Instant.parse(ARTICLES[i][0]);
      Files.setLastModifiedTime(f, FileTime.from(time));
      String hour = ARTICLES[i][0].substring(11, 13);
      for (Entity e : nlp.analyze(ARTICLES[i][1]).entities()) {
        expected.merge(hour + " " + e.canonical() + "/" + e.type(), 1L, Long::sum);
      }
    }
    assertEquals(2L, expected.get("10 Wladimir Putin/PER"), expected.toString());

    SparkSession spark = LocalSpark.session();
    SparkJob.PipelineOptions options = new SparkJob.PipelineOptions();
    options.textColumn = "text";
    options.idColumn = "id";
    Dataset<Row> stream = options.read(spark, inbox.toString(), "text", true);
    assertTrue(stream.isStreaming());
    Dataset<Row> counts =
        CorpusViews.entitiesPerWindow(
            new SparkAnnotator(NlpConfig.defaults()).annotate(stream, "text"),
            col("time"),
            "1 hour");
    StreamingQuery query =
        counts
            .writeStream()
            .format("memory")
            .queryName("entity_counts")
            .outputMode("complete")
            .trigger(Trigger.AvailableNow())
            .option("checkpointLocation", dir.resolve("checkpoint").toString())
            .start();
    try {
      query.awaitTermination();
      Map<String, Long> actual = new TreeMap<>();
      for (Row r :
          spark
              .sql(
                  "SELECT date_format(window.start, 'HH'), canonical, type,"
                      + " documents FROM entity_counts")
              .collectAsList()) {
        actual.put(r.getString(0) + " " + r.getString(1) + "/" + r.getString(2), r.getLong(3));
      }
      assertEquals(expected, actual);
    } finally {
      query.stop();
    }
  }
}
