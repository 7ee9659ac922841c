package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long input analysed in pieces cut at blank lines gives the same tokens, sentences, offsets. */
class ChunkedInputTest {
  /** The example article of the test resources. */
  static String article() throws IOException {
    try (InputStream in = ChunkedInputTest.class.getResourceAsStream("/example-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void piecesGiveTheSameTokensAndOffsets(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, article().repeat(3), StandardCharsets.UTF_8);
    for (String format : new String[] {"tokens", "conll", "text"}) {
      CliTest.Result whole =
          CliTest.run(null, "analyze", "--format", format, "--steps", "tokens", f.toString());
      CliTest.Result pieces =
          CliTest.run(
              null,
              "analyze",
              "--format",
              format,
              "--steps",
              "tokens",
              "--chunk-chars",
              "300",
              f.toString());
      assertEquals(0, pieces.exit(), pieces.err());
      assertEquals(whole.out(), pieces.out(), format);
    }
  }

  @Test
  void jsonFromPiecesKeepsOffsetsIntoTheInput(@TempDir Path dir) throws IOException {
    String text = article();
    Path f = dir.resolve("a.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run(null, "analyze", "--format", "json", "--chunk-chars", "300", f.toString());
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertEquals(1, out.lines().count(), "one JSON object per input");
    int at = text.indexOf("UN-Sicherheitsrat");
    assertTrue(out.contains("\"text\":\"UN-Sicherheitsrat\",\"start\":" + at), out);
    assertTrue(
        out.contains("\"text\":\"UN-Sicherheitsrat\",\"type\":\"ORG\",\"start\":" + at), out);
  }

  @Test
  void jsonStreamedInManyPiecesFromStandardInputIsWholeAndItsOffsetsHold(@TempDir Path dir)
      throws IOException {
    String text = "\uFEFF" + article().repeat(4); // a byte order mark is not text
    CliTest.Result r =
        CliTest.run(text, "analyze", "--format", "json", "--chunk-chars", "400", "-");
    assertEquals(0, r.exit(), r.err());
    String input = text.substring(1);
    String out = r.out();
    assertEquals(1, out.lines().count(), "one JSON object per input");
    // every entity, from whichever piece, names its text in the input
    int checked = 0;
    java.util.regex.Matcher e =
        java.util.regex.Pattern.compile(
                "\\{\"text\":\"([^\"\\\\]*)\",\"type\":\"\\w+\",\"start\":(\\d+),\"end\":(\\d+)")
            .matcher(out);
    while (e.find()) {
      int start = Integer.parseInt(e.group(2));
      int end = Integer.parseInt(e.group(3));
      assertEquals(e.group(1), input.substring(start, end));
      checked++;
    }
    assertTrue(checked > 4 * 10, checked + " entities checked");
    assertTrue(
        out.endsWith("]}\n")
            && out.contains("],\"entities\":[{")
            && out.contains("],\"topics\":[")
            && out.contains("],\"furniture\":["),
        out);
    // and the same pieces give the same output as files do
    Path f = Files.writeString(dir.resolve("a.txt"), input, StandardCharsets.UTF_8);
    CliTest.Result file =
        CliTest.run(null, "analyze", "--format", "json", "--chunk-chars", "400", f.toString());
    assertEquals(out.replace("\"source\":\"-\"", "\"source\":\"" + f + "\""), file.out());
  }

  @Test
  void chunkSizeMustBePositive() {
    CliTest.Result r = CliTest.run("Text.", "analyze", "--chunk-chars", "0");
    assertEquals(2, r.exit());
  }
}
