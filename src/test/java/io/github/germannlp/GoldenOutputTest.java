package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.format.DocumentJson;
import io.github.germannlp.internal.JsonLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full output of every layer on a fixed corpus of our own, byte for byte: a refactoring or a
 * speed-up that changes one tag, lemma, mention, confidence, topic score or offset fails here. The
 * corpus: the example article, the 24 articles of the category fixture and the texts of {@code
 * golden/texts.jsonl} (datelines, agencies, furniture, gender forms, URLs, abbreviations, capitals,
 * genitive names, control characters, a lone surrogate). The expected output is {@code
 * golden/documents.jsonl}, one line per text: {@code {"id": ..., "document": <the document as
 * DocumentJson writes it>}}.
 *
 * <p>A change that is meant to change the output rewrites the file with {@code mvn test
 * -Dtest=GoldenOutputTest -Dgolden.update=true}; its diff is then part of the commit, to be read.
 */
class GoldenOutputTest {
  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path EXPECTED = RESOURCES.resolve("golden/documents.jsonl");

  /** The corpus: ids and texts, in a fixed order. */
  static List<String[]> corpus() throws IOException {
    List<String[]> texts = new ArrayList<>();
    texts.add(
        new String[] {
          "example-article",
          Files.readString(RESOURCES.resolve("example-article.txt"), StandardCharsets.UTF_8)
        });
    for (String file : List.of("categories/articles.jsonl", "golden/texts.jsonl")) {
      try (BufferedReader in =
          Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
        for (JsonLines.Line line : JsonLines.read(in, file, false)) {
          texts.add(new String[] {line.id(), line.text()});
        }
      }
    }
    return texts;
  }

  private static List<String> output;

  /** The output lines of the corpus with the standard pipeline (computed once). */
  static synchronized List<String> output() throws IOException {
    if (output == null) {
      output = compute();
    }
    return output;
  }

  private static List<String> compute() throws IOException {
    GermanNlp nlp = GermanNlp.standard();
    List<String> lines = new ArrayList<>();
    for (String[] text : corpus()) {
      lines.add(
          "{\"id\":\""
              + text[0]
              + "\",\"document\":"
              + DocumentJson.toJson(nlp.analyze(text[1]))
              + "}");
    }
    return lines;
  }

  @Test
  void everyLayerOfTheFixedCorpusIsUnchanged() throws IOException {
    List<String> actual = output();
    assertEquals(38, actual.size(), "the corpus's size");
    GoldenFile.assertMatches(EXPECTED, actual);
  }

  @Test
  void theCorpusExercisesEveryLayerAndIsDeterministic() throws IOException {
    String all = String.join("\n", output());
    for (String field :
        List.of(
            "\"upos\":\"PROPN\"",
            "\"lemma\":",
            "\"parts\":",
            "\"canonical\":\"Wladimir Putin\"",
            "\"type\":\"ORG\"",
            "\"type\":\"LOC\"",
            "\"topics\":[{",
            "\"furniture\":[{")) {
      assertTrue(all.contains(field), "the output has " + field);
    }
    assertEquals(output(), compute(), "a second run gives the same bytes");
  }
}
