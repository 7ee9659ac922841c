package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process: bad inputs among good ones, a full disk, a closed pipe. Nothing is
 * lost and nothing is claimed: the good inputs are written, the exit code says what failed.
 */
class CliOutputFailureTest {
  @TempDir Path dir;

  private Process start(ProcessBuilder.Redirect stdout, String... args) throws IOException {
    return startWithHeap(null, stdout, args);
  }

  /** The command line as a process, with {@code -Xmx} set to {@code heap} unless it is null. */
  private Process startWithHeap(String heap, ProcessBuilder.Redirect stdout, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (heap != null) {
      command.add("-Xmx" + heap);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(stdout).start();
  }

  private static String stderr(Process p) throws IOException {
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void badInputsAmongGoodOnesAreSkippedAndTheRunFails() throws Exception {
    Path good1 = Files.writeString(dir.resolve("good1.txt"), "Erster Satz.");
    Path good2 = Files.writeString(dir.resolve("good2.txt"), "Zweiter Satz.");
    String missing = dir.resolve("missing.txt").toString();
    CliTest.Result r =
        CliTest.run(
            null,
            "analyze",
            "--format",
            "tokens",
            good1.toString(),
            missing,
            dir.toString(),
            good2.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("Erster\nSatz\n.\n\nZweiter\nSatz\n.\n", r.out());
    assertTrue(r.err().contains(missing + ": no such file (skipped)"), r.err());
    assertTrue(r.err().contains(dir + ": is a directory (skipped)"), r.err());
    assertTrue(r.err().contains("2 of 4 inputs failed"), r.err());
    // JSON: one object per good input
    CliTest.Result json =
        CliTest.run(
            null,
            "analyze",
            "--format",
            "json",
            "--steps",
            "tokens",
            good1.toString(),
            missing,
            good2.toString());
    assertEquals(1, json.exit(), json.err());
    assertTrue(json.out().contains("good1.txt") && json.out().contains("good2.txt"), json.out());
  }

  @Test
  void aFifoIsReadAsAStreamItsFirstPiecesWrittenBeforeItEnds() throws Exception {
    Path fifo = dir.resolve("in.fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
    Process p =
        start(
            ProcessBuilder.Redirect.PIPE,
            "analyze",
            "--format",
            "tokens",
            "--steps",
            "tokens",
            "--chunk-chars",
            "100",
            fifo.toString());
    try {
      readFifoAsAStream(p, fifo);
    } finally {
      p.destroyForcibly(); // whatever fails, no process is left waiting for the pipe
    }
  }

  private static void readFifoAsAStream(Process p, Path fifo) throws Exception {
    java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("IOException " + e.getMessage());
              }
            });
    reader.start();
    try (var writer = Files.newBufferedWriter(fifo, StandardCharsets.UTF_8)) {
      writer.write("Der erste Absatz kommt sofort.\n\n".repeat(10)); // several pieces
      writer.flush();
      // the first piece's tokens arrive while the input is still open
      assertEquals("Der", lines.poll(60, TimeUnit.SECONDS), "no output while the input is open");
      writer.write("Der letzte Absatz kommt später.\n");
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run ends when the input ends");
    reader.join(10_000);
    assertEquals(0, p.exitValue(), stderr(p));
    List<String> rest = new ArrayList<>(lines);
    assertEquals("später", rest.get(rest.size() - 2));
    assertEquals(11 * 6, rest.stream().filter(l -> !l.isEmpty()).count() + 1, rest.toString());
  }

  @Test
  void anInputLargerThanTheHeapIsStreamedThrough() throws Exception {
    // 24 MB of text: as a String it alone would fill the 32 MB heap the command gets
    Path big = dir.resolve("big.txt");
    try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      String paragraph =
          "Der Präsident traf am Dienstag in Peking den Minister. Sie sprachen"
              + " lange über Handel, Sanktionen und den Krieg in der Ukraine.\n\n";
      for (long written = 0; written < 24_000_000; written += paragraph.length()) {
        w.write(paragraph);
      }
    }
    Process p =
        startWithHeap(
            "32m",
            ProcessBuilder.Redirect.DISCARD,
            "analyze",
            "--format",
            "json",
            "--steps",
            "tokens",
            big.toString());
    String err = stderr(p);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "ends");
    assertEquals(0, p.exitValue(), err);
  }

  @Test
  void aFullDiskIsAnErrorWithAMessage() throws Exception {
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "no /dev/full here");
    Path text = Files.writeString(dir.resolve("a.txt"), "Ein Satz.\n");
    Process p =
        start(
            ProcessBuilder.Redirect.to(full),
            "analyze",
            "--format",
            "tokens",
            "--steps",
            "tokens",
            text.toString());
    String err = stderr(p);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), err);
    assertTrue(err.contains("cannot write the output"), err);
  }

  @Test
  void aClosedPipeEndsTheRunQuietly() throws Exception {
    Path text = dir.resolve("long.txt");
    Files.writeString(
        text, "Der Präsident traf am Dienstag in Peking den Minister.\n\n".repeat(50_000));
    Process p =
        start(
            ProcessBuilder.Redirect.PIPE,
            "analyze",
            "--format",
            "tokens",
            "--steps",
            "tokens",
            text.toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("Der", out.readLine());
    } // closed: the reader went away, as with | head -1
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(Main.EXIT_PIPE_CLOSED, p.exitValue());
    assertEquals("", stderr(p));
  }
}
