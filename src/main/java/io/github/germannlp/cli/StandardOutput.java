package io.github.germannlp.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for the commands that stream their results, without {@link PrintStream}'s habit
 * of swallowing write errors: a full disk or a closed pipe ends the run at once.
 *
 * <p>Run from {@link Main#main} (a process of its own), the commands write to the standard output
 * file descriptor directly, so a failed write throws. Run through {@link Main#run} (tests, an
 * embedding application), they write to {@link System#out} and {@link #check()} asks it whether a
 * write failed.
 */
final class StandardOutput {
  /** Whether the process is ours: set by {@link Main#main}. */
  private static volatile boolean ownProcess;

  private final OutputStream stream;
  private final Writer writer;

  private StandardOutput(OutputStream stream) {
    this.stream = stream;
    this.writer =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Makes the commands write to the standard output file descriptor (from {@link Main#main}). */
  static void useFileDescriptor() {
    ownProcess = true;
  }

  /** Standard output as described above. */
  static StandardOutput open() {
    return new StandardOutput(ownProcess ? new FileOutputStream(FileDescriptor.out) : System.out);
  }

  /** The buffered UTF-8 writer; the caller flushes it through {@link #flush()}. */
  Writer writer() {
    return writer;
  }

  /**
   * Flushes the writer and fails if a write failed.
   *
   * @throws IOException if a write failed ({@link #failed} turns it into the command's error)
   */
  void flush() throws IOException {
    writer.flush();
    check();
  }

  /** Fails if the replaced {@link System#out} reports a write error (it keeps no cause). */
  void check() throws IOException {
    if (stream instanceof PrintStream ps && ps.checkError()) {
      throw new IOException("write error");
    }
  }

  /**
   * The command's error for a failed write: a closed pipe ({@code | head}) ends the run quietly
   * with exit code 141, as a process killed by SIGPIPE; any other failure (a full disk) is an error
   * with exit code 1 and a message.
   */
  static RuntimeException failed(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Broken pipe") || message.contains("Stream closed")) {
      return new Main.PipeClosedException();
    }
    return new Main.InputException("cannot write the output: " + message, e);
  }
}
