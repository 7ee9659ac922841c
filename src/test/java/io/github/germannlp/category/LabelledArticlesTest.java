package io.github.germannlp.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledArticlesTest {
  @TempDir Path dir;

  @Test
  void readsTheFixture() {
    List<LabelledArticle> articles = Fixture.articles();
    assertEquals(24, articles.size());
    Map<String, Integer> counts = new TreeMap<>();
    articles.forEach(a -> counts.merge(a.category(), 1, Integer::sum));
    assertEquals(Map.of("Kultur", 6, "Politik", 6, "Sport", 6, "Wirtschaft", 6), counts);
    assertEquals("politik-1", articles.get(0).id());
    assertTrue(articles.get(0).text().startsWith("Der Bundestag"));
  }

  @Test
  void jsonLinesWithoutIdGetFileAndLine() throws IOException {
    String jsonl =
        "{\"category\": \"Sport\", \"text\": \"Tor!\", \"extra\": [1, {\"a\": 2}]}\n\n"
            + "{\"id\": 7, \"category\": \" Politik \", \"text\": \"Wahl.\"}\n";
    List<LabelledArticle> a = LabelledArticles.readJsonLines(new StringReader(jsonl), "x.jsonl");
    assertEquals(
        List.of(
            new LabelledArticle("x.jsonl:1", "Sport", "Tor!"),
            new LabelledArticle("7", "Politik", "Wahl.")),
        a);
  }

  private IOException malformed(String content) throws IOException {
    Path f = Files.writeString(dir.resolve("bad.jsonl"), content, StandardCharsets.UTF_8);
    return assertThrows(IOException.class, () -> LabelledArticles.read(f));
  }

  @Test
  void malformedLinesNameFileAndLine() throws IOException {
    String good = "{\"category\": \"Sport\", \"text\": \"Tor.\"}\n";
    IOException e = malformed(good + good + "{\"category\": \"Sport\", \"text\": \n");
    assertTrue(e.getMessage().contains("bad.jsonl:3: malformed JSON"), e.getMessage());
    e = malformed(good + "{\"text\": \"ohne Kategorie\"}\n");
    assertTrue(e.getMessage().contains("bad.jsonl:2: no \"category\" field"), e.getMessage());
    e = malformed("{\"category\": \"Sport\"}\n");
    assertTrue(e.getMessage().contains("bad.jsonl:1: no \"text\" field"), e.getMessage());
    e = malformed("{\"category\": \"Sport\", \"text\": 42}\n");
    assertTrue(e.getMessage().contains("bad.jsonl:1: \"text\" must be a string"), e.getMessage());
    e = malformed("{\"category\": \"  \", \"text\": \"x\"}\n");
    assertTrue(e.getMessage().contains("bad.jsonl:1: blank \"category\""), e.getMessage());
    e = malformed("[1, 2]\n");
    assertTrue(e.getMessage().contains("bad.jsonl:1: expected a JSON object"), e.getMessage());
    e = malformed(good + "{\"category\": \"Sport\", \"text\": \"a\"} {}\n");
    assertTrue(e.getMessage().contains("bad.jsonl:2: more than one JSON value"), e.getMessage());
    e = malformed("\n\n");
    assertTrue(e.getMessage().contains("bad.jsonl: no labelled articles"), e.getMessage());
  }

  @Test
  void missingFileAndFolder() {
    NoSuchFileException e =
        assertThrows(
            NoSuchFileException.class, () -> LabelledArticles.read(dir.resolve("nope.jsonl")));
    assertTrue(e.getMessage().contains("nope.jsonl"), e.getMessage());
    assertThrows(NoSuchFileException.class, () -> LabelledArticles.readFolder(dir.resolve("no")));
  }

  @Test
  void folderLayout() throws IOException {
    Files.createDirectories(dir.resolve("Sport"));
    Files.createDirectories(dir.resolve("Kultur/deeper"));
    Files.writeString(dir.resolve("Sport/b.txt"), "Zweites Tor.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Sport/a.txt"), "\uFEFFErstes Tor.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Sport/notes.md"), "ignored", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Kultur/c.txt"), "Oper.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Kultur/deeper/d.txt"), "ignored", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("top.txt"), "ignored", StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            new LabelledArticle("Kultur/c.txt", "Kultur", "Oper."),
            new LabelledArticle("Sport/a.txt", "Sport", "Erstes Tor."),
            new LabelledArticle("Sport/b.txt", "Sport", "Zweites Tor.")),
        LabelledArticles.read(dir));
  }

  @Test
  void emptyFolderIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("empty/Sport"));
    IOException e =
        assertThrows(IOException.class, () -> LabelledArticles.read(dir.resolve("empty")));
    assertTrue(e.getMessage().contains("no labelled articles"), e.getMessage());
  }

  @Test
  void folderFileNotUtf8NamesTheFile() throws IOException {
    Files.createDirectories(dir.resolve("Sport"));
    Files.write(dir.resolve("Sport/x.txt"), new byte[] {'T', (byte) 0xC3, 'x'});
    IOException e = assertThrows(IOException.class, () -> LabelledArticles.read(dir));
    assertTrue(e.getMessage().contains("x.txt: not UTF-8"), e.getMessage());
  }
}
