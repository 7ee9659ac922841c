package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.LineReader;
import io.github.germannlp.internal.eval.ConlluCorpus;
import io.github.germannlp.internal.topic.BackgroundStatistics;
import io.github.germannlp.ner.EntityDictionary;
import io.github.germannlp.ner.EntityModel;
import io.github.germannlp.tokenize.Abbreviations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the library reads: an error names the file, and the line where there is one. */
class FileErrorsTest {
  @TempDir Path dir;

  private static final byte[] BAD_UTF8 = {(byte) 0xC3, (byte) 0x28};

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.write(p);
    }
    return Files.write(dir.resolve(name), b.toByteArray());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertMessage(Throwable e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
    }
  }

  @Test
  void conlluLinesWithOneColumnOrABadIdOrBadBytes() throws IOException {
    String head = "# text = Ein Satz.\n1\tEin\n2\tSatz\n";
    Path oneColumn = write("one.conllu", utf8(head + "3\n\n"));
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> ConlluCorpus.read(oneColumn)),
        oneColumn + ":4:",
        "columns");
    Path badId = write("id.conllu", utf8(head + "x\t.\n\n"));
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> ConlluCorpus.read(badId)),
        badId + ":4:",
        "'x' is not a number");
    Path bytes = write("bytes.conllu", utf8(head), BAD_UTF8, utf8("\t.\n\n"));
    assertMessage(
        assertThrows(IOException.class, () -> ConlluCorpus.read(bytes)),
        bytes + ":4:",
        "not valid UTF-8");
    assertMessage(assertThrows(IOException.class, () -> ConlluCorpus.read(dir)), dir.toString());
  }

  @Test
  void aDictionaryNamesTheLineOfItsBadBytesAndAFolderByItsPath() throws IOException {
    // a reader that decodes ahead used to name a line thousands before the bad one
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 3000; i++) {
      lines.append("Name").append(i).append("\tPER\n");
    }
    Path bad = write("names.tsv", utf8(lines.toString()), BAD_UTF8, utf8("\tPER\n"));
    assertMessage(
        assertThrows(IOException.class, () -> EntityDictionary.load(bad)),
        bad + ":3001:",
        "not valid UTF-8");
    assertMessage(
        assertThrows(IOException.class, () -> EntityDictionary.load(dir)),
        dir.toString(),
        "folder");
    Path ok = write("ok.tsv", utf8("\uFEFFWladimir Putin\tPER\r\n# comment\n\nKreml\tLOC\n"));
    assertEquals(2, EntityDictionary.load(ok).size());
    Path twoTabs = write("tabs.tsv", utf8("Kreml\tLOC\n\nPutin\tPER\tx\n"));
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> EntityDictionary.load(twoTabs)),
        twoTabs + ":3:");
  }

  @Test
  void anAbbreviationTableNamesTheLineOfItsBadBytes() throws IOException {
    Path bad = write("abbreviations.txt", utf8("# Kommentar\nz.B.\nDr"), BAD_UTF8, utf8(".\n"));
    assertMessage(
        assertThrows(IOException.class, () -> Abbreviations.load(bad)),
        bad + ":3:",
        "not valid UTF-8");
    assertMessage(
        assertThrows(IOException.class, () -> Abbreviations.load(dir)), dir.toString(), "folder");
  }

  @Test
  void anEmptyOrCutOffEntityModelSaysSo() throws IOException {
    Path empty = write("empty.bin");
    assertMessage(
        assertThrows(IOException.class, () -> EntityModel.load(empty)),
        empty.toString(),
        "ends early");
    byte[] model;
    try (var in = EntityModel.class.getResourceAsStream(EntityModel.BUNDLED_RESOURCE)) {
      model = in.readAllBytes();
    }
    Path cut = write("cut.bin", Arrays.copyOf(model, model.length / 2));
    IOException e = assertThrows(IOException.class, () -> EntityModel.load(cut));
    assertMessage(e, cut.toString());
    assertTrue(!e.getMessage().endsWith("null"), e.getMessage());
  }

  @Test
  void backgroundStatisticsCutOffOrWithBadCounts() throws IOException {
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    BackgroundStatistics.write(100, Map.of("haus", 3.0, "baum", 2.0), table);
    byte[] bytes = table.toByteArray();
    assertEquals(2, BackgroundStatistics.load(write("ok.tsv.gz", bytes)).size());
    Path cut = write("cut.tsv.gz", Arrays.copyOf(bytes, bytes.length - 12));
    assertMessage(
        assertThrows(IOException.class, () -> BackgroundStatistics.load(cut)), cut.toString());
    Path empty = write("empty.tsv.gz");
    assertMessage(
        assertThrows(IOException.class, () -> BackgroundStatistics.load(empty)), empty.toString());
    for (String count : new String[] {"NaN", "Infinity", "-3", "drei"}) {
      ByteArrayOutputStream bad = new ByteArrayOutputStream();
      try (var gz = new java.util.zip.GZIPOutputStream(bad)) {
        gz.write(
            utf8(
                new String(gunzip(bytes), StandardCharsets.UTF_8)
                    .replace("haus\t3.0", "haus\t" + count)));
      }
      Path p = write("bad-" + count + ".tsv.gz", bad.toByteArray());
      assertMessage(
          assertThrows(IOException.class, () -> BackgroundStatistics.load(p)), p + ":4:", count);
    }
  }

  private static byte[] gunzip(byte[] b) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
      return in.readAllBytes();
    }
  }

  @Test
  void lineReaderCountsLinesAndStripsTheByteOrderMarkAndCarriageReturns() throws IOException {
    Path p = write("lines.txt", utf8("\uFEFFeins\r\nzwei\n\ndrei"));
    try (LineReader r = LineReader.open(p)) {
      assertEquals("eins", r.next());
      assertEquals("zwei", r.next());
      assertEquals("", r.next());
      assertEquals("drei", r.next());
      assertEquals(4, r.line());
      assertEquals(p + ":4", r.where());
      assertEquals(null, r.next());
    }
  }
}
