package io.github.germannlp.cli;

import static io.github.germannlp.cli.CliTest.asList;
import static io.github.germannlp.cli.CliTest.asMap;
import static io.github.germannlp.cli.CliTest.parseAll;
import static io.github.germannlp.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsCliTest {
  @TempDir Path dir;

  private static final String SANCTIONS =
      "Neue Sanktionen gegen Russland\n\n"
          + "Die EU beschließt Sanktionen. Die Sanktionen treffen den Handel.";
  private static final String TRADE =
      "Handel mit China wächst\n\n"
          + "Der Handel mit China legt zu. Exporteure profitieren vom Handel.";

  @Test
  void aFolderOfArticles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("day"));
    Files.writeString(folder.resolve("a.txt"), SANCTIONS);
    Files.writeString(folder.resolve("b.txt"), TRADE);
    Files.writeString(folder.resolve("ignored.md"), "Fußball Fußball Fußball");
    Result r = run(null, "topics", "--top", "3", "--per-document", "2", folder.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("document\ta.txt\tSanktion"), lines.get(0));
    assertTrue(lines.get(1).startsWith("document\tb.txt\tHandel"), lines.get(1));
    assertEquals("rank\tlabel\tkind\ttype\tweight\tdocuments\tbest documents", lines.get(2));
    // Handel is in both articles: the heaviest topic of the two
    assertTrue(lines.get(3).startsWith("1\tHandel\tconcept\t-\t"), lines.get(3));
    assertTrue(lines.get(3).endsWith("\t2\tb.txt,a.txt"), lines.get(3));
    assertEquals(6, lines.size());
    assertTrue(!r.out().contains("Fußball"));
  }

  @Test
  void jsonLinesInJsonOut() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(
        feed,
        "{\"id\": \"s1\", \"text\": \""
            + SANCTIONS.replace("\n", "\\n")
            + "\"}\n\n{\"text\": \""
            + TRADE.replace("\n", "\\n")
            + "\", \"extra\": [1, 2]}\n");
    Result r = run(null, "topics", "--format", "json", feed.toString());
    assertEquals(0, r.exit(), r.err());
    Map<String, Object> out = asMap(parseAll(r.out()).get(0));
    assertEquals(2, ((Number) out.get("documentCount")).intValue());
    Map<String, Object> first = asMap(asList(out.get("topics")).get(0));
    assertEquals("Handel", first.get("label"));
    assertEquals(List.of(feed + ":3", "s1"), first.get("documents"));
  }

  @Test
  void badInputAndUsage() throws IOException {
    Path feed = dir.resolve("bad.jsonl");
    Files.writeString(feed, "{\"id\": \"x\"}\n");
    Result r = run(null, "topics", feed.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains(feed + ":1: no \"text\""), r.err());
    Files.writeString(feed, "[1, 2]\n");
    assertEquals(1, run(null, "topics", feed.toString()).exit());
    assertEquals(1, run(null, "topics", dir.resolve("missing.txt").toString()).exit());
    assertEquals(2, run(null, "topics", "--top", "0", feed.toString()).exit());
    assertEquals(2, run(null, "topics").exit());
  }

  @Test
  void aBadInputAmongGoodOnesIsSkippedAndTheRunFails() throws IOException {
    Path good = Files.writeString(dir.resolve("a.txt"), SANCTIONS);
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"ok\"}\n{broken\n");
    Path missing = dir.resolve("missing.txt");
    Result r =
        run(
            null,
            "topics",
            "--per-document",
            "1",
            good.toString(),
            bad.toString(),
            missing.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().startsWith("document\t" + good + "\tSanktion"), r.out());
    assertTrue(r.out().contains("1\tSanktion\tconcept"), r.out());
    assertTrue(r.err().contains(bad + ":2: malformed JSON"), r.err());
    assertTrue(r.err().contains(missing + ": no such file (skipped)"), r.err());
    assertTrue(r.err().contains("2 of 3 inputs failed"), r.err());
  }

  @Test
  void standardInputIsJsonLines() {
    Result r = run("{\"id\": \"in\", \"text\": \"Sanktionen über Sanktionen.\"}\n", "topics", "-");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("1\tSanktion\tconcept\t-\t1.000\t1\tin"), r.out());
  }
}
