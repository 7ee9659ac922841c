package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.format.Conllu;
import io.github.germannlp.format.ConlluReader;
import io.github.germannlp.format.DocumentJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code analyze --format conllu}, and the library's JSON ({@link DocumentJson}) against the
 * command line's {@code --format json}, which keeps its own shape.
 */
class FormatsCliTest {
  @TempDir Path dir;

  private static String article() throws IOException {
    try (InputStream in = FormatsCliTest.class.getResourceAsStream("/example-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** The token lines of CoNLL-U as the six columns of {@code --format conll}. */
  private static List<String> asConll(List<ConlluReader.Sentence> sentences) {
    List<String> lines = new ArrayList<>();
    for (ConlluReader.Sentence s : sentences) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      for (ConlluReader.Row r : s.rows()) {
        String ner = r.misc().getOrDefault("NER", "_");
        lines.add(
            String.join(
                "\t",
                r.form(),
                Integer.toString(r.start()),
                Integer.toString(r.end()),
                r.upos(),
                r.lemma(),
                ner));
      }
    }
    return lines;
  }

  private static void assertNumberedFromOne(List<ConlluReader.Sentence> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(Integer.toString(i + 1), sentences.get(i).sentId());
    }
  }

  @Test
  void conlluIsTheLibrarysWithTheInputNamed() throws IOException {
    String text = article();
    Path f = file("article.txt", text);
    CliTest.Result r = CliTest.run(null, "analyze", "--format", "conllu", f.toString());
    assertEquals(0, r.exit(), r.err());
    Document doc = GermanNlp.standard().analyze(text);
    assertEquals("# newdoc id = " + f + "\n" + Conllu.toConllu(doc), r.out());
    List<ConlluReader.Sentence> sentences = ConlluReader.read(r.out());
    assertEquals(List.of("# newdoc id = " + f), sentences.get(0).comments());
    assertNumberedFromOne(sentences);
    // tokens, offsets, tags, lemmas and entity tags as --format conll has them
    CliTest.Result conll = CliTest.run(null, "analyze", "--format", "conll", f.toString());
    assertEquals(conll.out().lines().toList(), asConll(sentences));
  }

  @Test
  void inputsFollowEachOtherWithSentencesNumberedOn() throws IOException {
    Path a = file("a.txt", "Erster Satz.\n\nZweiter Satz von Angela Merkel.");
    Path empty = file("empty.txt", " \n");
    Path b = file("b.txt", "Noch ein Satz in Paris.");
    CliTest.Result r =
        CliTest.run(
            null,
            "analyze",
            "--format",
            "conllu",
            a.toString(),
            dir.resolve("missing.txt").toString(),
            empty.toString(),
            b.toString());
    assertEquals(1, r.exit(), "a missing input fails the run");
    assertTrue(r.err().contains("missing.txt"), r.err());
    List<ConlluReader.Sentence> sentences = ConlluReader.read(r.out()); // one blank line each
    assertEquals(3, sentences.size());
    assertNumberedFromOne(sentences);
    assertEquals(List.of("# newdoc id = " + a), sentences.get(0).comments());
    assertEquals(List.of(), sentences.get(1).comments());
    assertEquals(List.of("# newdoc id = " + b), sentences.get(2).comments());
    assertEquals("Noch ein Satz in Paris.", sentences.get(2).text());
    assertEquals(0, sentences.get(2).rows().get(0).start(), "offsets into each input");
    assertEquals("B-LOC", sentences.get(2).rows().get(4).misc().get("NER"));
  }

  @Test
  void piecesOfALongInputKeepItsOffsetsAndNumbering() throws IOException {
    Path f = file("article.txt", article());
    CliTest.Result r =
        CliTest.run(null, "analyze", "--format", "conllu", "--chunk-chars", "200", f.toString());
    assertEquals(0, r.exit(), r.err());
    List<ConlluReader.Sentence> sentences = ConlluReader.read(r.out());
    assertNumberedFromOne(sentences);
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("# newdoc")).count());
    CliTest.Result conll =
        CliTest.run(null, "analyze", "--format", "conll", "--chunk-chars", "200", f.toString());
    assertEquals(conll.out().lines().toList(), asConll(sentences));
    // more than one piece: the last sentence's offsets are far into the input
    ConlluReader.Row last = sentences.get(sentences.size() - 1).rows().get(0);
    assertTrue(last.start() > 1000, "offset " + last.start());
  }

  @Test
  void standardInputAndFewerSteps() {
    CliTest.Result r =
        CliTest.run(
            "Olaf Scholz sprach in Berlin.", "analyze", "--format", "conllu", "--steps", "tokens");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        """
        # newdoc id = -
        # sent_id = 1
        # text = Olaf Scholz sprach in Berlin.
        1\tOlaf\t_\t_\t_\t_\t_\t_\t_\tEnd=4|Start=0
        2\tScholz\t_\t_\t_\t_\t_\t_\t_\tEnd=11|Start=5
        3\tsprach\t_\t_\t_\t_\t_\t_\t_\tEnd=18|Start=12
        4\tin\t_\t_\t_\t_\t_\t_\t_\tEnd=21|Start=19
        5\tBerlin\t_\t_\t_\t_\t_\t_\t_\tEnd=28|SpaceAfter=No|Start=22
        6\t.\t_\t_\t_\t_\t_\t_\t_\tEnd=29|Start=28

        """,
        r.out());
  }

  @Test
  void theLibrarysJsonHasTheCommandLinesContentAndMore() throws IOException {
    String text = article();
    Path f = file("article.txt", text);
    CliTest.Result r = CliTest.run(null, "analyze", "--format", "json", f.toString());
    assertEquals(0, r.exit(), r.err());
    ObjectMapper mapper = new ObjectMapper();
    JsonNode cli = mapper.readTree(r.out());
    JsonNode lib = mapper.readTree(DocumentJson.toJson(GermanNlp.standard().analyze(text)));
    assertEquals(
        List.of("source", "sentences", "entities", "topics", "furniture"),
        List.copyOf(cli.propertyNames()),
        "the command line's JSON keeps its fields");
    assertEquals(cli.get("sentences"), lib.get("sentences"));
    assertEquals(cli.get("topics"), lib.get("topics"));
    assertEquals(cli.get("furniture"), lib.get("furniture"));
    // the command line's "entities" are the mentions, without their token indexes
    ArrayNode mentions = (ArrayNode) lib.get("mentions").deepCopy();
    mentions.forEach(m -> ((ObjectNode) m).remove(List.of("firstToken", "endToken")));
    assertFalse(mentions.isEmpty());
    assertEquals(cli.get("entities"), mentions);
    assertFalse(lib.get("entities").isEmpty());
  }
}
