package io.github.germannlp.internal.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.zip.GZIPInputStream;
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

  /** The bundled text table, read from the class path as a model directory's file is read. */
  private static BackgroundStatistics bundledText() throws IOException {
    try (var in =
        BackgroundStatistics.class.getResourceAsStream(BackgroundStatistics.BUNDLED_RESOURCE)) {
      Path file = Files.createTempFile("bg", ".tsv.gz");
      try {
        Files.write(file, in.readAllBytes());
        return BackgroundStatistics.load(file);
      } finally {
        Files.delete(file);
      }
    }
  }

  /** The terms of the bundled text table, in file order. */
  private static List<String> bundledTerms() throws IOException {
    List<String> terms = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    BackgroundStatistics.class.getResourceAsStream(
                        BackgroundStatistics.BUNDLED_RESOURCE)),
                StandardCharsets.UTF_8))) {
      r.readLine();
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        terms.add(line.substring(0, line.indexOf('\t')));
      }
    }
    return terms;
  }

  @Test
  void thePackedTableGivesEveryTermTheIdfOfTheTextTable() throws IOException {
    BackgroundStatistics text = bundledText();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    text.writePacked(bytes);
    BackgroundStatistics packed =
        BackgroundStatistics.readPacked(new ByteArrayInputStream(bytes.toByteArray()), "packed");
    // the build's packed resource, which bundled() reads, is the same table
    assertNotNull(
        BackgroundStatistics.class.getResource(BackgroundStatistics.PACKED_RESOURCE),
        "the build packs the bundled table (exec plugin, process-classes)");
    BackgroundStatistics bundled = BackgroundStatistics.bundled();
    List<String> terms = bundledTerms();
    assertTrue(terms.size() > 40_000, "terms: " + terms.size());
    for (BackgroundStatistics t : List.of(packed, bundled)) {
      assertEquals(text.size(), t.size());
      assertEquals(text.documents(), t.documents());
      assertEquals(text.maxIdf(), t.maxIdf());
      for (String term : terms) {
        assertEquals(text.idf(term), t.idf(term), term);
      }
      assertEquals(text.maxIdf(), t.idf("Wort, das es nicht gibt"));
    }
  }

  @Test
  void aDamagedPackedTableIsRefusedWithItsName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BackgroundStatistics.of(10, Map.of("Haus", 2.0, "Bundestag", 1.0)).writePacked(bytes);
    byte[] whole = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    byte[] text = BackgroundStatistics.MAGIC.getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : List.of(cut, text, new byte[0])) {
      IOException e =
          assertThrows(
              IOException.class,
              () -> BackgroundStatistics.readPacked(new ByteArrayInputStream(bad), "bg.bin"));
      assertTrue(e.getMessage().startsWith("bg.bin: "), e.getMessage());
    }
    BackgroundStatistics ok =
        BackgroundStatistics.readPacked(new ByteArrayInputStream(whole), "bg.bin");
    assertEquals(2, ok.size());
    assertTrue(ok.idf("Bundestag") > ok.idf("Haus"));
  }
}
