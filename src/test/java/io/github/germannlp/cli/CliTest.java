package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line through {@link Main#run}. {@code analyze} writes its result to {@link
 * System#out} and reads {@link System#in} directly (not to the {@code out} writer given to {@code
 * run}), so these tests redirect both and restore them afterwards.
 */
class CliTest {
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  private static final Object LOCK = new Object();

  static Result run(String stdin, String... args) {
    synchronized (LOCK) {
      PrintStream oldOut = System.out;
      InputStream oldIn = System.in;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit;
      try {
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        System.setIn(
            new ByteArrayInputStream(
                (stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
        try (PrintWriter o = new PrintWriter(out);
            PrintWriter e = new PrintWriter(err)) {
          exit = Main.run(args, o, e);
        }
        System.out.flush();
      } finally {
        System.setOut(oldOut);
        System.setIn(oldIn);
      }
      return new Result(exit, bytes.toString(StandardCharsets.UTF_8) + out, err.toString());
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertUsageError(Result r, String mention) {
    assertEquals(2, r.exit(), "exit code; stderr: " + r.err());
    String err = r.err().strip();
    assertFalse(err.isEmpty(), "a message on stderr");
    assertEquals(1, err.lines().count(), "one-line message: " + err);
    assertTrue(err.contains(mention), "message mentions " + mention + ": " + err);
    assertEquals("", r.out(), "nothing on stdout");
  }

  // ------------------------------------------------------------------ usage errors

  @Test
  void unknownOption() throws IOException {
    Path f = file("a.txt", "Ein Satz.");
    assertUsageError(run(null, "analyze", "--bogus", f.toString()), "--bogus");
  }

  @Test
  void unknownFormat() throws IOException {
    Path f = file("a.txt", "Ein Satz.");
    assertUsageError(run(null, "analyze", "--format", "xml", f.toString()), "xml");
  }

  @Test
  void unknownScheme() throws IOException {
    Path f = file("a.txt", "Ein Satz.");
    assertUsageError(run(null, "analyze", "--scheme", "tiger", f.toString()), "tiger");
  }

  @Test
  void unknownStep() throws IOException {
    Path f = file("a.txt", "Ein Satz.");
    assertUsageError(run(null, "analyze", "--steps", "tokens,parse", f.toString()), "parse");
    Result typo = run(null, "analyze", "--steps", "entitys", f.toString());
    assertUsageError(typo, "did you mean 'entities'?");
    assertTrue(
        !run(null, "analyze", "--steps", "parse", f.toString()).err().contains("did you mean"),
        "no suggestion for a word unlike any step");
  }

  @Test
  void stepsHaveTheNamesOtherToolkitsUse() throws IOException {
    Path f = file("a.txt", "Wladimir Putin traf Xi Jinping in Peking.");
    Result ner = run(null, "analyze", "--format", "conll", "--steps", "ner", f.toString());
    assertEquals(0, ner.exit(), ner.err());
    assertTrue(ner.out().contains("\tB-PER\n") && ner.out().contains("\tB-LOC\n"), ner.out());
    assertEquals(AnalyzeCommand.step("entities"), AnalyzeCommand.step(" NER "));
    assertEquals(io.github.germannlp.Layer.LEMMA, AnalyzeCommand.step("lemmas"));
    assertEquals(io.github.germannlp.Layer.POS, AnalyzeCommand.step("upos"));
  }

  @Test
  void topicsStepWritesTopicsAndFurniture() throws IOException {
    Path f =
        file(
            "a.txt",
            "Vorlesen 0:00 0:00 News folgen Artikel teilen\n\n"
                + "Die USA erhöhen den Sanktionsdruck. Neue Sanktionen folgen.\n");
    Result r = run(null, "analyze", "--steps", "topics", f.toString());
    assertEquals(0, r.exit(), r.err());
    Map<String, Object> doc = asMap(parseAll(r.out()).get(0));
    List<Object> topics = asList(doc.get("topics"));
    assertEquals(1.0, ((Number) asMap(topics.get(0)).get("score")).doubleValue());
    Map<String, Object> sanktion =
        topics.stream()
            .map(CliTest::asMap)
            .filter(t -> t.get("label").equals("Sanktion"))
            .findFirst()
            .orElseThrow();
    assertEquals("concept", sanktion.get("kind"));
    // the compound counts towards its part
    List<Object> mentions = asList(sanktion.get("mentions"));
    assertEquals("Sanktionsdruck", asMap(mentions.get(0)).get("text"));
    assertEquals("Sanktionen", asMap(mentions.get(1)).get("text"));
    Map<String, Object> furniture = asMap(asList(doc.get("furniture")).get(0));
    assertEquals("controls", furniture.get("kind"));
    assertEquals(0, ((Number) furniture.get("start")).intValue());
  }

  @Test
  void unknownCommandAndNoCommand() {
    assertUsageError(run(null, "frobnicate"), "frobnicate");
    Result none = run(null);
    assertEquals(2, none.exit(), none.err());
  }

  // ------------------------------------------------------------------ input errors

  @Test
  void missingFileNamesTheFile() {
    String missing = dir.resolve("gibt-es-nicht.txt").toString();
    Result r = run(null, "analyze", "--format", "tokens", missing);
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(missing), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void theModelsAreNotLoadedWhenNoInputCanBeRead() throws IOException {
    Path models = Files.createDirectories(dir.resolve("broken-models"));
    Files.writeString(models.resolve("entities-de.bin"), "kein Modell");
    String missing = dir.resolve("gibt-es-nicht.txt").toString();
    // every input missing: their errors alone, the broken model is never read
    Result r = run(null, "analyze", "--models", models.toString(), missing, dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(missing + ": no such file (skipped)"), r.err());
    assertTrue(r.err().contains(dir + ": is a directory (skipped)"), r.err());
    assertFalse(r.err().contains("entity model"), r.err());
    assertEquals("", r.out());
    // one input that can be read: the models are loaded first, and the broken one is reported
    Path text = dir.resolve("da.txt");
    Files.writeString(text, "Text.");
    r = run(null, "analyze", "--models", models.toString(), missing, text.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("entity model"), r.err());
    assertFalse(r.err().contains("no such file"), r.err());
    // standard input can always be read
    r = run("Text.", "analyze", "--models", models.toString(), missing, "-");
    assertTrue(r.err().contains("entity model"), r.err());
  }

  @Test
  void directoryNamesTheDirectory() {
    Result r = run(null, "analyze", "--format", "tokens", dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(dir.toString()), r.err());
    assertTrue(r.err().contains("directory"), r.err());
  }

  // ------------------------------------------------------------------ formats

  @Test
  void tokensFormat() throws IOException {
    Path f = file("a.txt", "Am 4. November kam Dr. Müller. Dann ging er.\n");
    Result r = run(null, "analyze", "--format", "tokens", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Am\n4.\nNovember\nkam\nDr.\nMüller\n.\n\nDann\nging\ner\n.\n", r.out());
  }

  @Test
  void conllFillsTheNerColumnByDefault() throws IOException {
    String text = "„Gut“, sagte US-Präsident Donald Trump in Washington.";
    Path f = file("ner.txt", text);
    Result r = run(null, "analyze", "--format", "conll", f.toString());
    assertEquals(0, r.exit(), r.err());
    java.util.Map<String, String> ner = new java.util.HashMap<>();
    for (String line : r.out().split("\n")) {
      if (!line.isEmpty()) {
        String[] cols = line.split("\t", -1);
        assertTrue(cols[5].equals("O") || cols[5].matches("[BI]-(PER|LOC|ORG|MISC)"), line);
        ner.put(cols[0], cols[5]);
      }
    }
    assertEquals("B-PER", ner.get("Donald"));
    assertEquals("I-PER", ner.get("Trump"));
    assertEquals("O", ner.get("sagte"));
  }

  @Test
  void conllFormat() throws IOException {
    String text = "„Gut“, sagte US-Präsident Trump (l.).\n\nKritik aus Washington";
    Path f = file("a.txt", text);
    Result r = run(null, "analyze", "--format", "conll", "--steps", "tokens", f.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> tokens = new ArrayList<>();
    int blank = 0;
    for (String line : r.out().split("\n", -1)) {
      if (line.isEmpty()) {
        blank++;
        continue;
      }
      String[] cols = line.split("\t", -1);
      assertEquals(6, cols.length, "six columns: " + line);
      int start = Integer.parseInt(cols[1]);
      int end = Integer.parseInt(cols[2]);
      assertEquals(cols[0], text.substring(start, end), "offsets match the input: " + line);
      assertEquals("_", cols[3], "UPOS not computed");
      assertEquals("_", cols[4], "LEMMA not computed");
      assertEquals("_", cols[5], "NER not computed");
      tokens.add(cols[0]);
    }
    assertEquals(
        List.of(
            "„",
            "Gut",
            "“",
            ",",
            "sagte",
            "US-Präsident",
            "Trump",
            "(",
            "l.",
            ")",
            ".",
            "Kritik",
            "aus",
            "Washington"),
        tokens);
    assertEquals(2, blank, "one blank line between the two sentences, one at the end");
  }

  @Test
  void conllOffsetsAfterByteOrderMarkAndNonAscii() throws IOException {
    // offsets are UTF-16 indexes into the decoded text (BOM stripped)
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Grüße 👍🏽 aus Köln.".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    Path f = Files.write(dir.resolve("bom.txt"), all);
    Result r = run(null, "analyze", "--format", "conll", f.toString());
    assertEquals(0, r.exit(), r.err());
    String text = "Grüße 👍🏽 aus Köln.";
    List<String> first = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      String[] cols = line.split("\t");
      assertEquals(cols[0], text.substring(Integer.parseInt(cols[1]), Integer.parseInt(cols[2])));
      first.add(cols[0]);
    }
    assertEquals(List.of("Grüße", "👍🏽", "aus", "Köln", "."), first);
  }

  @Test
  void jsonFormat() throws IOException {
    String text = "Putin (l.) traf Xi. Beide lächelten.";
    Path f = file("a.txt", text);
    Result r = run(null, "analyze", "--format", "json", f.toString());
    assertEquals(0, r.exit(), r.err());
    List<Object> docs = parseAll(r.out());
    assertEquals(1, docs.size(), r.out());
    checkJsonDocument(asMap(docs.get(0)), text, 2);
    assertEquals(f.toString(), asMap(docs.get(0)).get("source"));
  }

  @Test
  void jsonIsTheDefaultAndOneDocumentPerFile() throws IOException {
    Path a = file("a.txt", "Er kam.");
    Path b = file("b.txt", "Sie ging. Dann kam er.");
    Result r = run(null, "analyze", a.toString(), b.toString());
    assertEquals(0, r.exit(), r.err());
    List<Object> docs = parseAll(r.out());
    assertEquals(2, docs.size(), r.out());
    checkJsonDocument(asMap(docs.get(0)), "Er kam.", 1);
    checkJsonDocument(asMap(docs.get(1)), "Sie ging. Dann kam er.", 2);
    assertEquals(2, r.out().strip().lines().count(), "one JSON document a line: " + r.out());
  }

  private static void checkJsonDocument(Map<String, Object> doc, String text, int sentences) {
    List<Object> ss = asList(doc.get("sentences"));
    assertEquals(sentences, ss.size());
    int prevEnd = 0;
    for (Object so : ss) {
      Map<String, Object> s = asMap(so);
      List<Object> tokens = asList(s.get("tokens"));
      assertFalse(tokens.isEmpty());
      for (Object to : tokens) {
        Map<String, Object> t = asMap(to);
        int start = ((Number) t.get("start")).intValue();
        int end = ((Number) t.get("end")).intValue();
        assertTrue(start >= prevEnd);
        assertEquals(text.substring(start, end), t.get("text"));
        prevEnd = end;
      }
      assertEquals(
          ((Number) asMap(tokens.get(0)).get("start")).intValue(),
          ((Number) s.get("start")).intValue());
      assertEquals(
          ((Number) asMap(tokens.get(tokens.size() - 1)).get("end")).intValue(),
          ((Number) s.get("end")).intValue());
    }
    assertTrue(doc.get("entities") instanceof List, "entities array");
    assertTrue(doc.get("topics") instanceof List, "topics array");
  }

  @Test
  void textFormat() throws IOException {
    Path f =
        file(
            "a.txt", "Überschrift ohne Punkt\n\nDr. Müller kam am 4. November. „Gut“, sagte er.\n");
    Result r = run(null, "analyze", "--format", "text", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "Überschrift ohne Punkt\nDr. Müller kam am 4. November.\n„Gut“, sagte er.\n", r.out());
  }

  @Test
  void pretokenizedInput() throws IOException {
    String text = "Das\nist\tX\nz.B.\ngut\n\nNeu\n.\n";
    Path f = file("a.txt", text);
    Result r = run(null, "analyze", "--pretokenized", "--format", "tokens", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Das\nist\nz.B.\ngut\n\nNeu\n.\n", r.out());
    Result conll = run(null, "analyze", "--pretokenized", "--format", "conll", f.toString());
    for (String line : conll.out().split("\n")) {
      if (!line.isEmpty()) {
        String[] c = line.split("\t");
        assertEquals(c[0], text.substring(Integer.parseInt(c[1]), Integer.parseInt(c[2])));
      }
    }
  }

  @Test
  void udScheme() throws IOException {
    Path f = file("a.txt", "Der UN-Sicherheitsrat tagt.");
    Result news = run(null, "analyze", "--format", "tokens", f.toString());
    assertEquals("Der\nUN-Sicherheitsrat\ntagt\n.\n", news.out());
    Result ud = run(null, "analyze", "--scheme", "ud", "--format", "tokens", f.toString());
    assertEquals(0, ud.exit(), ud.err());
    assertEquals("Der\nUN\n-\nSicherheitsrat\ntagt\n.\n", ud.out());
    Result upper = run(null, "analyze", "--scheme", "UD", "--format", "tokens", f.toString());
    assertEquals(ud.out(), upper.out());
  }

  @Test
  void standardInput() {
    Result r = run("Er kam. Sie ging.", "analyze", "--format", "tokens");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Er\nkam\n.\n\nSie\nging\n.\n", r.out());
    Result dash = run("Er kam.", "analyze", "--format", "tokens", "-");
    assertEquals(0, dash.exit(), dash.err());
    assertEquals("Er\nkam\n.\n", dash.out());
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    Result r = run("", "analyze", "--format", "tokens");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    Result json = run("  \n", "analyze", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    Map<String, Object> doc = asMap(parseAll(json.out()).get(0));
    assertEquals(List.of(), doc.get("sentences"));
  }

  @Test
  void malformedUtf8BecomesReplacementCharacters() throws IOException {
    Path f =
        Files.write(
            dir.resolve("bad.txt"),
            new byte[] {'A', 'b', (byte) 0xFF, (byte) 0xC3, ' ', 'c', 'd', '.'});
    Result r = run(null, "analyze", "--format", "tokens", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\uFFFD"), r.out());
    assertTrue(r.out().endsWith("cd\n.\n"), r.out());
    // said on standard error: 0xFF, and 0xC3 without its second byte
    assertEquals(
        "german-nlp: " + f + ": not valid UTF-8: 2 malformed sequences read as U+FFFD",
        r.err().strip());
  }

  @Test
  void malformedUtf8IsSaidPerInputAndCountedAtTheEndOfABatch() throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'O', 'k', (byte) 0xFE, '.'});
    // an encoded U+FFFD is text, not an error
    Path good = file("good.txt", "Ein \uFFFD im Text.");
    Path large = dir.resolve("large.txt"); // beyond the files analysed ahead, read live
    Files.write(
        large, ("Ein Satz. ".repeat(7_000) + "\u00e4").getBytes(StandardCharsets.ISO_8859_1));
    for (String threads : new String[] {"1", "2"}) {
      Result r =
          run(
              null,
              "analyze",
              "--threads",
              threads,
              "--format",
              "tokens",
              bad.toString(),
              good.toString(),
              large.toString());
      assertEquals(0, r.exit(), r.err());
      assertEquals(
          List.of(
              "german-nlp: " + bad + ": not valid UTF-8: 1 malformed sequence read as U+FFFD",
              "german-nlp: " + large + ": not valid UTF-8: 1 malformed sequence read as U+FFFD",
              "german-nlp: 2 of 3 inputs were not valid UTF-8; their malformed bytes were read as"
                  + " U+FFFD"),
          r.err().lines().toList(),
          "threads " + threads);
    }
    Result topics = run(null, "topics", "--format", "tsv", bad.toString(), good.toString());
    assertEquals(0, topics.exit(), topics.err());
    assertEquals(
        "german-nlp: " + bad + ": not valid UTF-8: 1 malformed sequence read as U+FFFD",
        topics.err().strip());
  }

  @Test
  void stepsTokensAndSentencesAreAccepted() throws IOException {
    Path f = file("a.txt", "Er kam.");
    Result r =
        run(null, "analyze", "--steps", "tokens,sentences", "--format", "tokens", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Er\nkam\n.\n", r.out());
  }

  @Test
  void helpAndVersion() {
    Result help = run(null, "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("analyze"), help.out());
    Result version = run(null, "--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().contains("german-nlp"), version.out());
  }

  // ------------------------------------------------------------------ JSON tree from jackson-core

  static List<Object> parseAll(String json) {
    List<Object> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        out.add(value(p, t));
      }
    } catch (IOException e) {
      throw new AssertionError("invalid JSON: " + e.getMessage() + "\n" + json, e);
    }
    return out;
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Object> m = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            m.put(name, value(p, p.nextToken()));
          }
          return m;
        }
      case START_ARRAY:
        {
          List<Object> l = new ArrayList<>();
          JsonToken n;
          while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
            l.add(value(p, n));
          }
          return l;
        }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected " + t);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object o) {
    assertTrue(o instanceof Map, "object expected: " + o);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object o) {
    assertTrue(o instanceof List, "array expected: " + o);
    return (List<Object>) o;
  }
}
