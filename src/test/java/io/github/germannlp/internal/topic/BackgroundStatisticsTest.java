package io.github.germannlp.internal.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a table gives each term the IDF of its count as {@link Double#parseDouble} reads it,
 * whatever the count's form (plain decimals, many digits, exponents), and a term written twice
 * keeps its last count.
 */
class BackgroundStatisticsTest {
  @Test
  void countsReadAsParseDoubleReadsThem(@TempDir Path dir) throws IOException {
    Random random = new Random(11);
    List<String> counts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      counts.add(
          switch (i % 6) {
            case 0 -> random.nextInt(1000) + "." + random.nextInt(10);
            case 1 -> Double.toString(Math.round(random.nextDouble() * 1e9) / 10.0);
            case 2 -> Long.toString(random.nextLong() & ((1L << 52) - 1));
            case 3 -> (random.nextLong() & ((1L << 40) - 1)) + "." + random.nextInt(100_000);
            case 4 -> "0.000" + random.nextInt(1000);
            default -> random.nextInt(99_999) + "." + random.nextInt(1000) + "e2";
          });
    }
    counts.addAll(List.of("0", "0.0", "7", "99999999999999.9", "123456789012345", "1.0E7"));
    double documents = 1e16; // above every count, so that none is capped
    Map<String, String> table = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      table.put("t" + i, counts.get(i));
    }
    table.put("t1", "3.5"); // again: the last count holds
    Path file = dir.resolve("bg.tsv.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
      w.write(BackgroundStatistics.MAGIC + "\ndocuments\t" + documents + "\n");
      for (int i = 0; i < counts.size(); i++) {
        w.write("t" + i + "\t" + counts.get(i) + "\n");
      }
      w.write("t1\t3.5\n");
    }
    Files.write(file, bytes.toByteArray());
    BackgroundStatistics read = BackgroundStatistics.load(file);
    Map<String, Double> parsed = new LinkedHashMap<>();
    table.forEach((term, count) -> parsed.put(term, Double.parseDouble(count)));
    BackgroundStatistics expected = BackgroundStatistics.of(documents, parsed);
    assertEquals(table.size(), read.size());
    for (String term : table.keySet()) {
      assertEquals(expected.idf(term), read.idf(term), term + " " + table.get(term));
    }
  }
}
