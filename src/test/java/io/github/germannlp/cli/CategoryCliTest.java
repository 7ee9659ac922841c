package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train categories}, {@code evaluate categories} and {@code categorize}. */
class CategoryCliTest {
  @TempDir static Path dir;
  static Path data;
  static Path model;

  @BeforeAll
  static void train() throws URISyntaxException {
    data = Path.of(CategoryCliTest.class.getResource("/categories/articles.jsonl").toURI());
    model = dir.resolve("models/categories.bin");
    CliTest.Result r =
        CliTest.run(
            null,
            "train",
            "categories",
            "--data",
            data.toString(),
            "--out",
            model.toString(),
            "--cutoff",
            "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("24 articles, 4 categories"), r.out());
    assertTrue(Files.isRegularFile(model));
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertError(CliTest.Result r, int exit, String mention) {
    assertEquals(exit, r.exit(), "exit; stderr: " + r.err() + " stdout: " + r.out());
    assertEquals(1, r.err().strip().lines().count(), "one-line message: " + r.err());
    assertTrue(r.err().contains(mention), "mentions " + mention + ": " + r.err());
  }

  @Test
  void categorizeFilesAsTsv() throws IOException {
    Path sport =
        file(
            "sport.txt",
            "Der Stürmer traf im Halbfinale, der Torwart hielt den"
                + " Elfmeter. Die Mannschaft jubelte im Stadion.");
    Path kultur =
        file(
            "kultur.txt",
            "Die Premiere der Oper im Theater: Das Publikum feierte"
                + " die Sängerin mit Applaus.");
    CliTest.Result r =
        CliTest.run(
            null, "categorize", "--model", model.toString(), sport.toString(), kultur.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    String[] first = lines.get(0).split("\t");
    assertEquals(sport.toString(), first[0]);
    assertEquals("Sport", first[1], lines.get(0));
    assertEquals(9, first.length, "source and four category-score pairs");
    assertEquals("Kultur", lines.get(1).split("\t")[1], lines.get(1));
  }

  @Test
  void categorizeStdinAsJson() throws IOException {
    CliTest.Result r =
        CliTest.run(
            "Die Aktie stieg an der Börse, der Konzern meldet mehr Umsatz" + " und Gewinn.",
            "categorize",
            "--model",
            model.toString(),
            "--format",
            "json",
            "-");
    assertEquals(0, r.exit(), r.err());
    try (JsonParser p = new JsonFactory().createParser(r.out().strip())) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      String best = null;
      double sum = 0;
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("best")) {
          p.nextToken();
          best = p.getText();
        } else if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("score")) {
          p.nextToken();
          sum += p.getDoubleValue();
        }
      }
      assertEquals("Wirtschaft", best, r.out());
      assertEquals(1.0, sum, 1e-4);
    }
    assertTrue(r.out().contains("\"source\":\"<stdin>\""), r.out());
  }

  @Test
  void categorizeJsonLines() throws IOException {
    Path in =
        file(
            "in.jsonl",
            "{\"id\": \"a\", \"text\": \"Der Bundestag stimmte über das"
                + " Gesetz der Regierung ab.\"}\n\n{\"text\": \"\"}\n");
    CliTest.Result r =
        CliTest.run(
            null, "categorize", "--model", model.toString(), "--input", "jsonl", in.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("a\tPolitik\t"), lines.get(0));
    assertTrue(lines.get(1).startsWith(in + ":3\t"), lines.get(1));
    assertTrue(lines.get(1).endsWith("0.2500"), "empty text: uniform scores: " + lines.get(1));
  }

  @Test
  void categorizeMalformedJsonLineNamesFileAndLine() throws IOException {
    Path in = file("bad-in.jsonl", "{\"text\": \"Tor.\"}\n{\"id\": 1}\n");
    assertError(
        CliTest.run(
            null, "categorize", "--model", model.toString(), "--input", "jsonl", in.toString()),
        1,
        in + ":2: no \"text\"");
  }

  @Test
  void categorizeMissingOrCorruptModel() throws IOException {
    Path text = file("t.txt", "Tor.");
    Path missing = dir.resolve("missing.bin");
    assertError(
        CliTest.run(null, "categorize", "--model", missing.toString(), text.toString()),
        1,
        missing.toString());
    Path corrupt = file("corrupt.bin", "no model");
    assertError(
        CliTest.run(null, "categorize", "--model", corrupt.toString(), text.toString()),
        1,
        corrupt.toString());
    assertError(
        CliTest.run(
            null, "categorize", "--model", model.toString(), dir.resolve("nope.txt").toString()),
        1,
        "nope.txt: no such file");
  }

  @Test
  void categorizeUsageErrors() {
    assertError(CliTest.run(null, "categorize", "x.txt"), 2, "--model");
    assertError(
        CliTest.run(null, "categorize", "--model", model.toString(), "--format", "xml"),
        2,
        "--format");
  }

  @Test
  void evaluateReportsOursAndTheBaseline() {
    CliTest.Result r =
        CliTest.run(
            null,
            "evaluate",
            "categories",
            "--data",
            data.toString(),
            "--folds",
            "3",
            "--seed",
            "5",
            "--cutoff",
            "1");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.contains("3-fold cross-validation, stratified, seed 5"), out);
    assertTrue(out.contains("== german-nlp: german features, maxent-qn"), out);
    assertTrue(out.contains("== OpenNLP baseline: OpenNLP default features"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("german-nlp ")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("OpenNLP baseline ")), out);
    assertEquals(
        2 * 4,
        out.lines()
            .filter(
                l ->
                    l.matches(
                        "(Kultur|Politik|Sport|Wirtschaft)"
                            + " +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d\\d +6"))
            .count(),
        out);
  }

  @Test
  void evaluateHeldOutOnAFolder() throws IOException {
    Path folder = dir.resolve("folder");
    for (String c : List.of("Sport", "Kultur")) {
      Files.createDirectories(folder.resolve(c));
      for (int i = 0; i < 4; i++) {
        Files.writeString(
            folder.resolve(c + "/" + i + ".txt"),
            c.equals("Sport")
                ? "Der Trainer lobte die Mannschaft nach dem Spiel " + i + "."
                : "Das Publikum feierte die Premiere im Theater " + i + ".",
            StandardCharsets.UTF_8);
      }
    }
    CliTest.Result r =
        CliTest.run(
            null,
            "evaluate",
            "categories",
            "--data",
            folder.toString(),
            "--test-fraction",
            "0.25",
            "--cutoff",
            "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("held-out split, test fraction 0.25 (2 test articles)"), r.out());
  }

  @Test
  void evaluateUsageAndInputErrors() throws IOException {
    assertError(
        CliTest.run(
            null,
            "evaluate",
            "categories",
            "--data",
            data.toString(),
            "--folds",
            "3",
            "--test-fraction",
            "0.2"),
        2,
        "mutually exclusive");
    assertError(
        CliTest.run(null, "evaluate", "categories", "--data", data.toString(), "--folds", "1"),
        2,
        "--folds");
    assertError(
        CliTest.run(
            null, "evaluate", "categories", "--data", data.toString(), "--test-fraction", "1.5"),
        2,
        "--test-fraction");
    assertError(CliTest.run(null, "evaluate", "categories"), 2, "--data");
    Path bad = file("bad.jsonl", "{\"category\": \"Sport\", \"text\": \"Tor.\"}\n{oops\n");
    assertError(
        CliTest.run(null, "evaluate", "categories", "--data", bad.toString()),
        1,
        bad + ":2: malformed JSON");
    Path none = dir.resolve("none.jsonl");
    assertError(
        CliTest.run(null, "evaluate", "categories", "--data", none.toString()),
        1,
        "none.jsonl: no such file");
  }

  @Test
  void trainErrors() throws IOException {
    Path one = file("one.jsonl", "{\"category\": \"Sport\", \"text\": \"Tor.\"}\n");
    assertError(
        CliTest.run(
            null,
            "train",
            "categories",
            "--data",
            one.toString(),
            "--out",
            dir.resolve("x.bin").toString()),
        1,
        "at least two categories");
    assertError(CliTest.run(null, "train", "categories", "--data", data.toString()), 2, "--out");
    assertError(
        CliTest.run(
            null,
            "train",
            "categories",
            "--data",
            data.toString(),
            "--out",
            dir.resolve("y.bin").toString(),
            "--iterations",
            "0"),
        2,
        "iterations");
    assertFalse(Files.exists(dir.resolve("x.bin")));
  }
}
