package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input for the training commands: a malformed corpus line, bytes that are not UTF-8, an empty
 * corpus, a missing text corpus. Each fails with a message naming the file (and the line), and no
 * model file is written.
 */
class TrainInputErrorsTest {
  private static final String GOOD = "1\tPutin\tB-PER\tO\n2\tkam\tO\tO\n\n";

  private static Path data(Path dir, String train, String dev) throws IOException {
    Path g = Files.createDirectories(dir.resolve("data/ner/germeval2014"));
    Files.writeString(g.resolve("train.tsv"), train, StandardCharsets.UTF_8);
    Files.writeString(g.resolve("dev.tsv"), dev, StandardCharsets.UTF_8);
    return dir.resolve("data");
  }

  private static CliTest.Result trainEntities(Path data, Path out) {
    return CliTest.run(
        "",
        "train",
        "entities",
        "--data",
        data.toString(),
        "--out",
        out.toString(),
        "--no-clusters",
        "--no-guide",
        "--averaged",
        "1");
  }

  @Test
  void malformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path data = data(dir, GOOD + "1\tPutin\n", GOOD);
    Path out = dir.resolve("model.bin");
    CliTest.Result r = trainEntities(data, out);
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("train.tsv:4:"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void unknownTagNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path data = data(dir, GOOD, GOOD + "1\tBerlin\tB-CITY\tO\n");
    Path out = dir.resolve("model.bin");
    CliTest.Result r = trainEntities(data, out);
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("dev.tsv:4:"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void invalidUtf8NamesFileAndLine(@TempDir Path dir) throws IOException {
    Path data = data(dir, GOOD, GOOD);
    Path train = data.resolve("ner/germeval2014/train.tsv");
    byte[] bad = "1\tM\u00fcller\tB-PER\tO\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(train, bad, java.nio.file.StandardOpenOption.APPEND);
    Path out = dir.resolve("model.bin");
    CliTest.Result r = trainEntities(data, out);
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("train.tsv:4: not valid UTF-8"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void emptyCorpusIsAnError(@TempDir Path dir) throws IOException {
    Path data = data(dir, "", GOOD);
    Path out = dir.resolve("model.bin");
    CliTest.Result r = trainEntities(data, out);
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("train.tsv: no sentences"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void clustersWithoutTextNameTheMissingFile(@TempDir Path dir) throws IOException {
    Path data = data(dir, GOOD, GOOD);
    Path out = dir.resolve("clusters.tsv.gz");
    CliTest.Result r =
        CliTest.run("", "train", "clusters", "--data", data.toString(), "--out", out.toString());
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains("bundestag-gesetze-md.tar.xz"), r.err());
    assertFalse(Files.exists(out));
  }
}
