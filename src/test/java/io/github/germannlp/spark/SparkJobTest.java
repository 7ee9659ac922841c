package io.github.germannlp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code annotate} job on a folder of text files and on JSON lines, in local mode. */
class SparkJobTest {

  @Test
  void annotatesAFolderOfTextFilesToParquet(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Wladimir Putin traf Xi Jinping in Peking.");
    Files.writeString(in.resolve("b.txt"), "Der UN-Sicherheitsrat tagte in New York.");
    Files.write(in.resolve("c.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10});
    Files.writeString(in.resolve("d.txt"), "");
    Path out = dir.resolve("out");
    String printed = run(0, "annotate", "--input", in.toString(), "--output", out.toString());
    assertTrue(printed.contains("Wladimir Putin"), printed);
    assertEquals(1, SparkJob.emptyFiles(LocalSpark.session(), in.toString()));

    SparkSession spark = LocalSpark.session();
    Map<String, Row> docs =
        SparkAnnotatorTest.byId(
            spark.read().parquet(out.resolve("documents").toString()).collectAsList());
    assertEquals(3, docs.size(), "Spark's file sources give the empty file no row");
    for (Row r : docs.values()) {
      assertNull(r.getAs(DocumentRows.ERROR));
    }
    Row a =
        docs.entrySet().stream()
            .filter(e -> e.getKey().endsWith("/a.txt"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertFalse(SparkAnnotatorTest.mentionCells(a).isEmpty());
    List<Row> entities = spark.read().parquet(out.resolve("entities").toString()).collectAsList();
    assertTrue(
        entities.stream().anyMatch(r -> r.getString(0).equals("Peking")), entities.toString());
    assertFalse(spark.read().parquet(out.resolve("topics").toString()).isEmpty());
  }

  @Test
  void annotatesJsonLinesKeepingTheirIds(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    run(
        0,
        "annotate",
        "--input",
        SparkAnnotatorTest.ARTICLES,
        "--format",
        "jsonl",
        "--layers",
        "ner",
        "--output",
        out.toString(),
        "--top",
        "5");
    List<Row> docs =
        LocalSpark.session().read().parquet(out.resolve("documents").toString()).collectAsList();
    assertEquals(24, docs.size());
    assertTrue(docs.stream().anyMatch(r -> "politik-1".equals(r.getAs("id"))));
    assertFalse(Files.exists(out.resolve("topics")), "topics were not asked for");
  }

  @Test
  void annotatesParquetWithOtherColumnNamesLeavingTokensOut(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.parquet");
    LocalSpark.session()
        .read()
        .json(SparkAnnotatorTest.ARTICLES)
        .selectExpr("id AS key", "text AS body")
        .write()
        .parquet(in.toString());
    Path out = dir.resolve("out");
    run(
        0,
        "annotate",
        "--input",
        in.toString(),
        "--format",
        "parquet",
        "--text-column",
        "body",
        "--id-column",
        "key",
        "--no-tokens",
        "--output",
        out.toString(),
        "--top",
        "3");
    List<Row> docs =
        LocalSpark.session().read().parquet(out.resolve("documents").toString()).collectAsList();
    assertEquals(24, docs.size());
    assertTrue(docs.stream().anyMatch(r -> "politik-1".equals(r.getAs("id"))));
    assertFalse(List.of(docs.get(0).schema().fieldNames()).contains("sentences"));
    assertTrue(docs.stream().anyMatch(r -> !r.getList(r.fieldIndex("entities")).isEmpty()));
  }

  @Test
  void watchWritesTheCountsOfClosedWindows(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("inbox"));
    String[][] files = {
      {"a.txt", "2026-12-05T10:05:00Z", "Wladimir Putin traf Xi Jinping in Peking."},
      {"b.txt", "2026-12-05T10:50:00Z", "Xi Jinping sprach in Peking."},
      {"c.txt", "2026-12-05T12:30:00Z", "Der UN-Sicherheitsrat tagte in New York."}
    };
    for (String[] f : files) {
      Path p = Files.writeString(in.resolve(f[0]), f[2]);
      Files.setLastModifiedTime(p, FileTime.from(Instant.parse(f[1])));
    }
    Path out = dir.resolve("trends");
    run(
        0,
        "watch",
        "--input",
        in.toString(),
        "--once",
        "--output",
        out.toString(),
        "--checkpoint",
        dir.resolve("checkpoint").toString());
    // the watermark (latest time less one window) has passed 10-11 only: 12-13 is still open
    Map<String, Long> counts = new TreeMap<>();
    for (Row r :
        LocalSpark.session()
            .read()
            .parquet(out.resolve("entities").toString())
            .selectExpr("date_format(window.start, 'HH')", "canonical", "documents")
            .collectAsList()) {
      counts.put(r.getString(0) + " " + r.getString(1), r.getLong(2));
    }
    assertEquals(2L, counts.get("10 Xi Jinping"), counts.toString());
    assertEquals(2L, counts.get("10 Peking"), counts.toString());
    assertFalse(counts.keySet().stream().anyMatch(k -> k.startsWith("12 ")), counts.toString());
    assertFalse(LocalSpark.session().read().parquet(out.resolve("topics").toString()).isEmpty());

    String err = runErr(2, "watch", "--input", in.toString(), "--output", dir.toString());
    assertTrue(err.contains("--checkpoint"), err);
  }

  @Test
  void badArgumentsFailWithAMessage(@TempDir Path dir) throws Exception {
    String err = runErr(2, "annotate", "--output", dir.toString());
    assertTrue(err.contains("--input"), err);
    err =
        runErr(
            2,
            "annotate",
            "--input",
            dir.toString(),
            "--format",
            "xml",
            "--output",
            dir.resolve("o").toString());
    assertTrue(err.contains("unknown format xml"), err);
    err =
        runErr(
            2,
            "annotate",
            "--input",
            dir.toString(),
            "--layers",
            "entites",
            "--output",
            dir.resolve("o").toString());
    assertTrue(err.contains("did you mean 'entities'"), err);
  }

  private static String run(int status, String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = SparkJob.run(args);
    } finally {
      System.setOut(old);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(status, exit, printed);
    return printed;
  }

  private static String runErr(int status, String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = SparkJob.run(args);
    } finally {
      System.setErr(old);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertNotEquals(0, exit, printed);
    assertEquals(status, exit, printed);
    return printed;
  }
}
