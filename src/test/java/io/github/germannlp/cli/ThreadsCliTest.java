package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --threads}: small files analysed ahead on several threads give the output of one
 * thread, byte for byte and in the order of the inputs, whatever mix of inputs comes: standard
 * input, a missing file, a directory, a file too large to analyse ahead, an empty file.
 */
class ThreadsCliTest {
  @Test
  void severalThreadsWriteWhatOneWrites(@TempDir Path dir) throws IOException {
    String article = ChunkedInputTest.article();
    String[] paragraphs = article.split("\n\n");
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Path f = dir.resolve("p" + i + ".txt");
      Files.writeString(f, paragraphs[i % paragraphs.length] + "\n", StandardCharsets.UTF_8);
      inputs.add(f.toString());
    }
    Path large = dir.resolve("large.txt");
    StringBuilder big = new StringBuilder();
    while (big.length() <= AnalysedPieces.AHEAD_BYTES) {
      big.append(article).append("\n\n");
    }
    Files.writeString(large, big, StandardCharsets.UTF_8);
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    inputs.add(3, large.toString());
    inputs.add(5, dir.resolve("missing.txt").toString());
    inputs.add(7, "-");
    inputs.add(8, dir.toString()); // a directory
    inputs.add(9, empty.toString());
    String stdin = "Xi Jinping empfing Wladimir Putin in Peking.\n";
    for (String format : new String[] {"json", "conllu", "tokens"}) {
      List<String> one = new ArrayList<>(List.of("analyze", "--format", format, "--threads", "1"));
      one.addAll(inputs);
      List<String> three =
          new ArrayList<>(List.of("analyze", "--format", format, "--threads", "3"));
      three.addAll(inputs);
      CliTest.Result a = CliTest.run(stdin, one.toArray(new String[0]));
      CliTest.Result b = CliTest.run(stdin, three.toArray(new String[0]));
      assertEquals(Main.EXIT_INPUT, a.exit(), a.err());
      assertEquals(a.exit(), b.exit(), b.err());
      assertEquals(a.out(), b.out(), format);
      assertEquals(a.err(), b.err(), format);
      assertTrue(a.err().contains("missing.txt: no such file (skipped)"), a.err());
      assertTrue(a.err().contains("2 of " + inputs.size() + " inputs failed"), a.err());
    }
  }

  @Test
  void aThreadCountBelowOneIsAUsageError() {
    CliTest.Result r = CliTest.run(null, "analyze", "--threads", "0", "-");
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--threads must be positive"), r.err());
  }
}
