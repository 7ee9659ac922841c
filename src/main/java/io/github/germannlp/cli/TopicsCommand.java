package io.github.germannlp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.internal.JsonLines;
import io.github.germannlp.topic.Topic;
import io.github.germannlp.topic.TopicCollection;
import io.github.germannlp.topic.TopicCollection.CollectionTopic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topics}: the topics that run through a collection of articles, fed through one by one. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "The topics of a collection of articles, ranked, each with the documents it occurs in.",
      "Inputs: folders (every *.txt file below, one article each, in path order), JSON-lines",
      "files (*.jsonl: one article a line, {\"id\": ..., \"text\": ...}), other files (one",
      "article each), or '-' (JSON lines on standard input)."
    })
final class TopicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  enum Format {
    tsv,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "tsv|json",
      defaultValue = "tsv",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many collection topics to print (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--per-document",
      paramLabel = "K",
      defaultValue = "0",
      description = "Also print each document's best K topics (default: ${DEFAULT-VALUE}).")
  int perDocument;

  @Option(
      names = "--capacity",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "The most topics the collection keeps (its memory bound; default:"
              + " ${DEFAULT-VALUE}).")
  int capacity;

  @Option(
      names = "--documents-per-topic",
      paramLabel = "N",
      defaultValue = "10",
      description = "The most document ids kept per topic (default: ${DEFAULT-VALUE}).")
  int documentsPerTopic;

  @Mixin Progress.Option progress;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders, files or '-'.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (top < 1 || perDocument < 0 || capacity < 1 || documentsPerTopic < 1) {
      throw new Main.UsageException(
          "--top, --capacity and --documents-per-topic must be"
              + " positive, --per-document not negative");
    }
    GermanNlp nlp = GermanNlp.standard();
    TopicCollection collection = new TopicCollection(capacity, documentsPerTopic);
    StandardOutput stdout = StandardOutput.open();
    Writer out = stdout.writer();
    try {
      return write(nlp, collection, stdout, out);
    } catch (IOException e) {
      throw StandardOutput.failed(e);
    }
  }

  private int write(GermanNlp nlp, TopicCollection collection, StandardOutput stdout, Writer out)
      throws IOException {
    JsonGenerator json =
        format == Format.json
            ? new JsonFactory()
                .createGenerator(out)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            : null;
    if (json != null) {
      json.writeStartObject();
      json.writeArrayFieldStart("documents");
    }
    int failed = 0;
    PrintWriter err = spec.commandLine().getErr();
    Progress report = new Progress(err, progress.setting, paths);
    for (String path : paths) {
      try {
        forEachArticle(
            path,
            err,
            a -> {
              List<Topic> topics = nlp.analyze(a.text()).topics();
              report.chars(a.text().length());
              collection.add(a.id(), topics);
              if (perDocument > 0) {
                List<Topic> best = topics.subList(0, Math.min(perDocument, topics.size()));
                if (json != null) {
                  json.writeStartObject();
                  json.writeStringField("id", a.id());
                  json.writeArrayFieldStart("topics");
                  for (Topic t : best) {
                    AnalyzeCommand.writeTopic(t, null, json);
                  }
                  json.writeEndArray();
                  json.writeEndObject();
                } else {
                  out.write("document\t" + a.id());
                  for (Topic t : best) {
                    out.write(String.format(Locale.ROOT, "\t%s (%.2f)", t.label(), t.score()));
                  }
                  out.write('\n');
                }
              }
            });
      } catch (Main.InputException e) {
        // one bad input among many: say so, go on with the others, fail at the end
        err.println("german-nlp: " + e.getMessage() + (paths.size() > 1 ? " (skipped)" : ""));
        err.flush();
        failed++;
      }
      report.inputDone();
      stdout.check(); // a closed pipe or a full disk ends the run here
    }
    report.finish();
    List<CollectionTopic> ranked = collection.top(top);
    if (json != null) {
      json.writeEndArray();
      json.writeNumberField("documentCount", collection.documentCount());
      json.writeArrayFieldStart("topics");
      for (CollectionTopic t : ranked) {
        json.writeStartObject();
        json.writeStringField("label", t.label());
        json.writeStringField("kind", t.kind().name().toLowerCase(Locale.ROOT));
        if (t.entityType() != null) {
          json.writeStringField("type", t.entityType());
        }
        json.writeNumberField("weight", Math.round(t.weight() * 1000) / 1000.0);
        json.writeNumberField("documentCount", t.documentCount());
        json.writeArrayFieldStart("documents");
        for (String id : t.documents()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write('\n');
    } else {
      out.write("rank\tlabel\tkind\ttype\tweight\tdocuments\tbest documents\n");
      int rank = 1;
      for (CollectionTopic t : ranked) {
        out.write(
            String.format(
                Locale.ROOT,
                "%d\t%s\t%s\t%s\t%.3f\t%d\t%s%n",
                rank++,
                t.label(),
                t.kind().name().toLowerCase(Locale.ROOT),
                t.entityType() == null ? "-" : t.entityType(),
                t.weight(),
                t.documentCount(),
                String.join(",", t.documents())));
      }
    }
    stdout.flush();
    if (failed > 0) {
      if (paths.size() > 1) {
        err.println(
            "german-nlp: "
                + failed
                + " of "
                + paths.size()
                + " inputs failed; the others were counted");
        err.flush();
      }
      return Main.EXIT_INPUT;
    }
    return 0;
  }

  /** One article: an id and its text. */
  record Article(String id, String text) {}

  /** An action on one article that may write output. */
  interface ArticleAction {
    void accept(Article article) throws IOException;
  }

  /**
   * The articles of one path argument, one at a time (a folder's files are read one by one); a file
   * that is not valid UTF-8 is read with U+FFFD for its malformed bytes and said on {@code err}.
   */
  static void forEachArticle(String path, PrintWriter err, ArticleAction action)
      throws IOException {
    if (path.equals("-")) {
      for (Article a : articles("-", Inputs.read("-", System.in, err))) {
        action.accept(a);
      }
      return;
    }
    Path p = Path.of(path);
    if (Files.isDirectory(p)) {
      List<Path> files;
      try {
        files = textFiles(p);
      } catch (IOException e) {
        throw new Main.InputException(path + ": " + e.getMessage(), e);
      }
      for (Path f : files) {
        action.accept(
            new Article(p.relativize(f).toString(), Inputs.read(f.toString(), System.in, err)));
      }
      return;
    }
    String text = Inputs.read(path, System.in, err);
    if (path.endsWith(".jsonl")) {
      for (Article a : articles(path, text)) {
        action.accept(a);
      }
      return;
    }
    action.accept(new Article(path, text));
  }

  /**
   * The articles of a folder: every {@code *.txt} file below it, in path order.
   *
   * @param folder a folder
   * @return the files
   * @throws IOException if the folder cannot be walked
   */
  static List<Path> textFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt"))
          .sorted()
          .toList();
    }
  }

  /**
   * The lines of a JSON-lines input ({@code {"id": ..., "text": ...}}, other fields ignored); a
   * malformed line is an input error naming {@code source} and the line.
   */
  static List<JsonLines.Line> jsonLines(String source, String content) {
    try {
      return JsonLines.read(new BufferedReader(new StringReader(content)), source, false);
    } catch (IOException e) {
      throw new Main.InputException(e.getMessage(), e);
    }
  }

  /** Articles from JSON lines; the id defaults to {@code source:line}. */
  private static List<Article> articles(String source, String content) {
    List<Article> out = new ArrayList<>();
    for (JsonLines.Line line : jsonLines(source, content)) {
      out.add(
          new Article(line.id() != null ? line.id() : source + ":" + line.number(), line.text()));
    }
    return out;
  }
}
