package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress report of {@code analyze} and {@code topics}: forced on, forced off, and off when
 * not a terminal.
 */
class ProgressCliTest {
  @TempDir Path dir;

  @Test
  void forcedProgressEndsWithTheInputsDoneAndStaysOffStandardOutput() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Wladimir Putin traf Xi Jinping in Peking.");
    Path b = Files.writeString(dir.resolve("b.txt"), "Der Bundestag tagte in Berlin.");
    String missing = dir.resolve("missing.txt").toString();
    CliTest.Result r =
        CliTest.run(
            null,
            "analyze",
            "--format",
            "tokens",
            "--progress",
            a.toString(),
            missing,
            b.toString());
    assertEquals(1, r.exit(), r.err());
    // a missing input: no total size, so no share and no time left
    assertTrue(r.err().contains("\rgerman-nlp: 3/3 inputs, 0.0 M chars, "), r.err());
    assertTrue(r.err().endsWith("\n"), "the report ends its line");
    assertFalse(r.out().contains("inputs,"), "progress goes to standard error only");

    CliTest.Result off =
        CliTest.run(null, "analyze", "--format", "tokens", "--no-progress", a.toString());
    assertFalse(off.err().contains("inputs,"), off.err());
    CliTest.Result auto = CliTest.run(null, "analyze", "--format", "tokens", a.toString());
    assertFalse(auto.err().contains("inputs,"), "standard error of a test is no terminal");
    assertEquals(off.out(), auto.out());
    CliTest.Result on =
        CliTest.run(
            null, "analyze", "--format", "tokens", "--progress", a.toString(), b.toString());
    assertTrue(
        on.err().contains("\rgerman-nlp: 2/2 inputs, 0.0 M chars of about 0.0 MB, "), on.err());
    assertEquals(
        off.out(),
        CliTest.run(null, "analyze", "--format", "tokens", "--progress", a.toString()).out(),
        "progress changes no output");
  }

  @Test
  void topicsReportsFoldersWithTheirTextFilesSizeAndChangesNoOutput() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("articles"));
    String a = "Wladimir Putin traf Xi Jinping in Peking. Die Sanktionen bleiben.";
    String b = "Der Bundestag tagte in Berlin über die Sanktionen.";
    Files.writeString(folder.resolve("a.txt"), a);
    Files.writeString(folder.resolve("b.txt"), b);
    Files.writeString(folder.resolve("notes.md"), "not read: " + "x".repeat(5000));
    CliTest.Result on = CliTest.run(null, "topics", "--progress", folder.toString());
    assertEquals(0, on.exit(), on.err());
    long bytes =
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
            + b.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    // one input (the folder), the characters of both articles, the size of its *.txt files only
    assertTrue(
        on.err()
            .contains(
                String.format(
                    java.util.Locale.ROOT,
                    "\rgerman-nlp: 1/1 inputs, 0.0 M chars of about %.1f MB, ",
                    bytes / 1e6)),
        on.err());
    assertTrue(on.err().endsWith("\n"), on.err());
    CliTest.Result off = CliTest.run(null, "topics", folder.toString());
    assertFalse(off.err().contains("inputs,"), "standard error of a test is no terminal");
    assertEquals(off.out(), on.out(), "progress changes no output");
    assertTrue(off.out().contains("Sanktion"), off.out());
  }
}
