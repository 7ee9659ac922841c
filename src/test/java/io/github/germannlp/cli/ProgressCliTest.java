package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress report of {@code analyze}: forced on, forced off, and off when not a terminal. */
class ProgressCliTest {
  @TempDir Path dir;

  @Test
  void forcedProgressEndsWithTheInputsDoneAndStaysOffStandardOutput() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Wladimir Putin traf Xi Jinping in Peking.");
    Path b = Files.writeString(dir.resolve("b.txt"), "Der Bundestag tagte in Berlin.");
    String missing = dir.resolve("missing.txt").toString();
    CliTest.Result r = CliTest.run(null, "analyze", "--format", "tokens", "--progress",
        a.toString(), missing, b.toString());
    assertEquals(1, r.exit(), r.err());
    // a missing input: no total size, so no share and no time left
    assertTrue(r.err().contains("\rgerman-nlp: 3/3 inputs, 0.0 M chars, "), r.err());
    assertTrue(r.err().endsWith("\n"), "the report ends its line");
    assertFalse(r.out().contains("inputs,"), "progress goes to standard error only");

    CliTest.Result off = CliTest.run(null, "analyze", "--format", "tokens", "--no-progress",
        a.toString());
    assertFalse(off.err().contains("inputs,"), off.err());
    CliTest.Result auto = CliTest.run(null, "analyze", "--format", "tokens", a.toString());
    assertFalse(auto.err().contains("inputs,"), "standard error of a test is no terminal");
    assertEquals(off.out(), auto.out());
    CliTest.Result on = CliTest.run(null, "analyze", "--format", "tokens", "--progress",
        a.toString(), b.toString());
    assertTrue(on.err().contains("\rgerman-nlp: 2/2 inputs, 0.0 M chars of about 0.0 MB, "),
        on.err());
    assertEquals(off.out(), CliTest.run(null, "analyze", "--format", "tokens", "--progress",
        a.toString()).out(), "progress changes no output");
  }
}
