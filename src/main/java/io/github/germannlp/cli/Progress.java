package io.github.germannlp.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A one-line progress report on standard error for long runs of {@code analyze} and {@code topics}:
 * inputs done (files, folders, standard input), characters read against the inputs' size, rate and
 * time left, at most once a second and only after the first two seconds. On when standard error is
 * a terminal (or when forced with {@code --progress}), rewritten in place with a carriage return
 * and ended with a line break.
 */
final class Progress {
  /** The {@code --[no-]progress} option of the commands that report progress. */
  static final class Option {
    /** True or false as the user forced it, null to decide by the terminal. */
    @picocli.CommandLine.Option(
        names = "--progress",
        negatable = true,
        description =
            "Show progress on standard error (inputs, characters, rate, time left) for"
                + " runs over two seconds; default: when standard error is a terminal.")
    Boolean setting;
  }

  private static final long FIRST_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean forced;
  private final boolean on;
  private final int inputs;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long last;
  private boolean shown;
  private int inputsDone;
  private long charsDone;

  /**
   * A report of a run over {@code files}.
   *
   * @param setting true or false as the user forced it, null to decide by the terminal
   */
  Progress(PrintWriter err, Boolean setting, List<String> files) {
    this.err = err;
    this.forced = Boolean.TRUE.equals(setting);
    this.on = setting != null ? setting : stderrIsTerminal();
    this.inputs = files.size();
    long total = 0;
    for (String f : files) {
      try {
        if (f.equals("-")) {
          total = -1;
          break;
        }
        Path path = Path.of(f);
        if (Files.isDirectory(path)) {
          total += textFilesSize(path);
        } else if (Files.isRegularFile(path)) {
          total += Files.size(path);
        } else {
          total = -1;
          break;
        }
      } catch (java.io.IOException | RuntimeException e) {
        total = -1;
        break;
      }
    }
    this.totalBytes = total;
  }

  /** The bytes of the {@code *.txt} files below a folder (what {@code topics} reads there). */
  private static long textFilesSize(Path folder) throws java.io.IOException {
    long sum = 0;
    for (Path f : TopicsCommand.textFiles(folder)) {
      sum += Files.size(f);
    }
    return sum;
  }

  /** Whether file descriptor 2 is a terminal (Linux: its link in /proc names a tty). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | RuntimeException | Error e) {
      return false;
    }
  }

  /** Counts characters read and analysed. */
  void chars(long n) {
    charsDone += n;
    maybeShow();
  }

  /** Counts one input done. */
  void inputDone() {
    inputsDone++;
    maybeShow();
  }

  private void maybeShow() {
    if (!on) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < FIRST_NANOS || now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    show(now, '\r');
  }

  /** Ends the report: the final line, if one was shown or the report was forced. */
  void finish() {
    if (on && (shown || forced)) {
      show(System.nanoTime(), '\r');
      err.println();
      err.flush();
    }
  }

  private void show(long now, char start) {
    double seconds = Math.max(1e-9, (now - this.start) / 1e9);
    double mb = charsDone / 1e6;
    StringBuilder line =
        new StringBuilder()
            .append(start)
            .append("german-nlp: ")
            .append(inputsDone)
            .append('/')
            .append(inputs)
            .append(" inputs, ")
            .append(String.format(Locale.ROOT, "%.1f", mb))
            .append(" M chars");
    if (totalBytes > 0) {
      line.append(String.format(Locale.ROOT, " of about %.1f MB", totalBytes / 1e6));
    }
    line.append(String.format(Locale.ROOT, ", %.2f M chars/s", mb / seconds));
    if (totalBytes > 0 && charsDone > 0 && charsDone < totalBytes) {
      long left = Math.round((totalBytes - charsDone) / (charsDone / seconds));
      line.append(String.format(Locale.ROOT, ", about %d:%02d left", left / 60, left % 60));
    }
    line.append("   ");
    err.print(line);
    err.flush();
    shown = true;
  }
}
