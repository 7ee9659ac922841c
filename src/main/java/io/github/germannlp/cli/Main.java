package io.github.germannlp.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code german-nlp} command line: {@code analyze}, {@code evaluate}, {@code train}, {@code
 * topics} and {@code categorize}.
 *
 * <p>Exit codes: 0 success, 1 an input or I/O error (the file is named), 2 bad usage (a one-line
 * message on standard error).
 */
@Command(
    name = "german-nlp",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "German NLP for news text: sentences, tokens, and later layers.")
public final class Main implements Runnable {
  /**
   * The commands in the order of the help, each made only when needed: picocli builds a command's
   * model (options, types, help) by reflection when it is added, which costs start-up time, so a
   * run of one command adds that command alone; help, version and mistyped commands get all of
   * them.
   */
  private static final List<Map.Entry<String, Supplier<Object>>> COMMANDS =
      List.of(
          Map.entry("analyze", AnalyzeCommand::new),
          Map.entry("evaluate", EvaluateCommand::new),
          Map.entry("train", TrainCommand::new),
          Map.entry("topics", TopicsCommand::new),
          Map.entry("categorize", CategorizeCommand::new));

  /** Exit code for an input or I/O error. */
  static final int EXIT_INPUT = 1;

  /** Exit code for bad usage. */
  static final int EXIT_USAGE = 2;

  /** Exit code when the reader of the output went away, as for a process killed by SIGPIPE. */
  static final int EXIT_PIPE_CLOSED = 141;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "missing command: analyze, evaluate, train, topics or categorize");
  }

  /**
   * Runs the command line and returns its exit code (for tests and embedding). Unlike {@link
   * #main(String[])} it does not exit the JVM.
   *
   * @param args the arguments, as on the command line, such as {@code analyze --help}
   * @param out where the commands write their results and help
   * @param err where error messages go
   * @return the exit code: 0 on success, 1 for an input or I/O error (and an unexpected exception,
   *     whose stack trace goes to {@code err}), 2 for bad usage, 141 when the reader of the output
   *     went away ({@code | head}; no message)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    String first = args.length > 0 ? args[0] : "";
    boolean one = COMMANDS.stream().anyMatch(c -> c.getKey().equals(first));
    for (Map.Entry<String, Supplier<Object>> c : COMMANDS) {
      if (!one || c.getKey().equals(first)) {
        cl.addSubcommand(c.getValue().get());
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine()
              .getErr()
              .println("german-nlp: " + ex.getMessage().lines().findFirst().orElse("bad usage"));
          ex.getCommandLine().getErr().flush();
          return EXIT_USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UsageException) {
            commandLine.getErr().println("german-nlp: " + ex.getMessage());
            commandLine.getErr().flush();
            return EXIT_USAGE;
          }
          if (ex instanceof PipeClosedException) {
            return EXIT_PIPE_CLOSED;
          }
          if (ex instanceof InputException) {
            commandLine.getErr().println("german-nlp: " + ex.getMessage());
            commandLine.getErr().flush();
            return EXIT_INPUT;
          }
          throw ex;
        });
    return cl.execute(args);
  }

  /**
   * Entry point: runs the command line with UTF-8 standard output and error, then exits the JVM
   * with the exit code of {@link #run(String[], PrintWriter, PrintWriter)}.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    Prefetch.start(args);
    StandardOutput.useFileDescriptor();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The reader of the output went away ({@code | head}): exit 141 without a message. */
  static final class PipeClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PipeClosedException() {
      super("the output pipe was closed", null, false, false);
    }
  }

  /** A user error in the arguments found after parsing: exit 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** An unreadable or malformed input: exit 1, the message names the file. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"german-nlp " + (v == null ? "development" : v)};
    }
  }
}
