package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {
  private static final WordClusters TABLE =
      WordClusters.of(
          new String[] {"Kiel", "Putin", "Siemens", "sagte"},
          new int[] {4, 1024},
          new int[][] {{0, 1, 2, 3}, {17, 1023, 0, 512}},
          "test table");

  @Test
  void looksUpPackedClusters() {
    int kiel = TABLE.lookup("Kiel");
    assertEquals(0, TABLE.cluster(kiel, 0));
    assertEquals(17, TABLE.cluster(kiel, 1));
    int putin = TABLE.lookup("Putin");
    assertEquals(1, TABLE.cluster(putin, 0));
    assertEquals(1023, TABLE.cluster(putin, 1));
    assertEquals(-1, TABLE.lookup("kiel")); // case-sensitive
    assertEquals(-1, TABLE.lookup("Berlin"));
    assertArrayEquals(new int[] {4, 1024}, TABLE.granularities());
    assertEquals(4, TABLE.size());
  }

  @Test
  void textFileRoundTrip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(WordClusters.FILE_NAME);
    TABLE.write(file);
    WordClusters back = WordClusters.load(file);
    assertEquals("test table", back.description());
    for (String w : new String[] {"Kiel", "Putin", "Siemens", "sagte"}) {
      assertEquals(TABLE.lookup(w), back.lookup(w), w);
    }
    // the same table gives the same bytes (words sorted)
    Path again = dir.resolve("again.tsv.gz");
    back.write(again);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
  }

  @Test
  void modelFileRoundTrip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TABLE.write(new DataOutputStream(bytes));
    WordClusters back =
        WordClusters.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(TABLE.lookup("sagte"), back.lookup("sagte"));
    assertEquals(TABLE.size(), back.size());
  }

  @Test
  void badFilesNameFileAndLine(@TempDir Path dir) throws IOException {
    IOException missing =
        assertThrows(IOException.class, () -> WordClusters.load(dir.resolve("none.tsv.gz")));
    assertTrue(missing.getMessage().contains("none.tsv.gz"), missing.getMessage());

    Path bad =
        gz(
            dir.resolve("bad.tsv.gz"),
            "german-nlp word clusters 1\nd\n4 8\nKiel\t1\t2\nPutin\t9\t2\n");
    IOException range = assertThrows(IOException.class, () -> WordClusters.load(bad));
    assertTrue(range.getMessage().contains("bad.tsv.gz:5:"), range.getMessage());

    Path columns = gz(dir.resolve("cols.tsv.gz"), "german-nlp word clusters 1\nd\n4 8\nKiel\t1\n");
    IOException c = assertThrows(IOException.class, () -> WordClusters.load(columns));
    assertTrue(c.getMessage().contains("cols.tsv.gz:4:"), c.getMessage());

    Path twice =
        gz(dir.resolve("twice.tsv.gz"), "german-nlp word clusters 1\nd\n4\nKiel\t1\nKiel\t2\n");
    IOException t = assertThrows(IOException.class, () -> WordClusters.load(twice));
    assertTrue(t.getMessage().contains("twice.tsv.gz:5:"), t.getMessage());

    Path magic = gz(dir.resolve("magic.tsv.gz"), "something else\n");
    IOException m = assertThrows(IOException.class, () -> WordClusters.load(magic));
    assertTrue(m.getMessage().contains("magic.tsv.gz:1:"), m.getMessage());

    Path plain = dir.resolve("plain.tsv.gz");
    Files.writeString(plain, "german-nlp word clusters 1\n", StandardCharsets.UTF_8);
    IOException p = assertThrows(IOException.class, () -> WordClusters.load(plain));
    assertTrue(p.getMessage().contains("plain.tsv.gz"), p.getMessage());

    Path truncated = dir.resolve("truncated.tsv.gz");
    TABLE.write(truncated);
    byte[] all = Files.readAllBytes(truncated);
    Files.write(truncated, java.util.Arrays.copyOf(all, all.length - 12));
    IOException tr = assertThrows(IOException.class, () -> WordClusters.load(truncated));
    assertTrue(tr.getMessage().contains("truncated.tsv.gz"), tr.getMessage());
  }

  @Test
  void granularitiesMustFitThePackedInt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WordClusters.of(
                new String[] {"a"},
                new int[] {1 << 16, 1 << 16},
                new int[][] {{0}, {0}},
                "too fine"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WordClusters.of(new String[] {"a"}, new int[] {4}, new int[][] {{4}}, "out of range"));
  }

  private static Path gz(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
