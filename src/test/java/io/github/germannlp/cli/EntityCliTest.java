package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.ner.EntityTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI with an entity model from a folder: JSON and CoNLL output, and the evaluation. */
class EntityCliTest {
  @TempDir static Path dir;
  private static Path models;

  @BeforeAll
  static void trainTinyModel() throws IOException {
    List<TaggedSentence> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      data.add(
          new TaggedSentence(
              "Putin traf Xi Jinping in Peking .".split(" "),
              "B-PER O B-PER I-PER O B-LOC O".split(" ")));
      data.add(
          new TaggedSentence(
              "Die Nato tagte in Berlin .".split(" "), "O B-ORG O O B-LOC O".split(" ")));
    }
    Gazetteer g = new Gazetteer.Builder().add("PLACE", List.of("Peking", "Berlin")).build();
    models = Files.createDirectories(dir.resolve("models"));
    new EntityTrainer(EntityTrainer.defaultParameters())
        .train(data, g, "tiny")
        .write(models.resolve(GermanNlp.ENTITY_MODEL_FILE));
  }

  @Test
  void jsonCarriesEntitiesWithCanonicalNames() {
    CliTest.Result r =
        CliTest.run(
            "Putin traf Xi Jinping in Peking.",
            "analyze",
            "--models",
            models.toString(),
            "--format",
            "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"text\":\"Xi Jinping\",\"type\":\"PER\""), r.out());
    assertTrue(r.out().contains("\"canonical\":\"Peking\""), r.out());
  }

  @Test
  void conllFillsTheNerColumn() {
    CliTest.Result r =
        CliTest.run(
            "Putin traf Xi Jinping in Peking.",
            "analyze",
            "--models",
            models.toString(),
            "--format",
            "conll");
    assertEquals(0, r.exit(), r.err());
    List<String> ner = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isEmpty()) {
        ner.add(line.split("\t")[5]);
      }
    }
    assertEquals(List.of("B-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"), ner);
  }

  @Test
  void modelsFolderWithoutAModelFallsBackToTheBundledOne() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliTest.Result r =
        CliTest.run(
            "Wladimir Putin traf Xi Jinping in Peking.",
            "analyze",
            "--models",
            empty.toString(),
            "--steps",
            "entities");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"canonical\":\"Wladimir Putin\""), r.out());
  }

  @Test
  void missingModelsFolderIsAUsageError() {
    CliTest.Result r = CliTest.run("Text.", "analyze", "--models", "/no/such/folder");
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("/no/such/folder"), r.err());
  }

  @Test
  void evaluatesEntitiesOnGermEval() throws IOException {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(
        gold,
        "1\tPutin\tB-PER\tO\n2\ttraf\tO\tO\n3\tXi\tB-PER\tO\n"
            + "4\tJinping\tI-PER\tO\n5\tin\tO\tO\n6\tPeking\tB-LOC\tO\n7\t.\tO\tO\n\n",
        StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run(
            "",
            "evaluate",
            "entities",
            "--model",
            models.resolve(GermanNlp.ENTITY_MODEL_FILE).toString(),
            gold.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("overall      P 100.00  R 100.00  F1 100.00"), r.out());
  }

  @Test
  void evaluateEntitiesNamesAMissingModel() {
    CliTest.Result r =
        CliTest.run(
            "", "evaluate", "entities", "--model", "/no/such/model.bin", "/no/such/gold.tsv");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/no/such/"), r.err());
  }

  @Test
  void dictionaryNamesWin() throws IOException {
    Path dict = dir.resolve("names.tsv");
    Files.writeString(dict, "# known names\nStaatssender CCTV\tORG\n", StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run(
            "Der Staatssender CCTV berichtete aus Peking.",
            "analyze",
            "--models",
            models.toString(),
            "--dictionary",
            dict.toString(),
            "--format",
            "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"text\":\"Staatssender CCTV\",\"type\":\"ORG\""), r.out());
  }

  @Test
  void missingOrMalformedDictionaryNamesTheFile() throws IOException {
    CliTest.Result r = CliTest.run("Text.", "analyze", "--dictionary", "/no/such/names.tsv");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("/no/such/names.tsv"), r.err());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "Putin\n", StandardCharsets.UTF_8);
    r = CliTest.run("Text.", "analyze", "--dictionary", bad.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("bad.tsv:1"), r.err());
  }
}
