package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of expected output lines that a test compares its output with, line by line; run with
 * {@code -Dgolden.update=true}, the test rewrites the file instead (its diff then goes into the
 * commit, to be read).
 */
public final class GoldenFile {
  private GoldenFile() {}

  /**
   * Fails unless {@code actual} equals the lines of {@code expected}, naming the first line that
   * differs with the text around its first differing character; rewrites the file in update mode.
   *
   * @param expected the golden file, UTF-8, one line per entry
   * @param actual the lines the test produced
   * @throws IOException if the file cannot be read or written
   */
  public static void assertMatches(Path expected, List<String> actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.write(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.isRegularFile(expected),
        "missing " + expected + "; write it with -Dgolden.update=true");
    List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
    assertEquals(lines.size(), actual.size(), "lines in " + expected);
    for (int i = 0; i < actual.size(); i++) {
      String e = lines.get(i);
      String a = actual.get(i);
      if (!e.equals(a)) {
        int at = 0;
        while (at < Math.min(e.length(), a.length()) && e.charAt(at) == a.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 120);
        fail(
            "line "
                + (i + 1)
                + " of "
                + expected
                + " differs at character "
                + at
                + "\nexpected: …"
                + e.substring(from, Math.min(e.length(), at + 120))
                + "\nactual:   …"
                + a.substring(from, Math.min(a.length(), at + 120)));
      }
    }
  }
}
