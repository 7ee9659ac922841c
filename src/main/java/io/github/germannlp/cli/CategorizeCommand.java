package io.github.germannlp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.germannlp.category.Categorization;
import io.github.germannlp.category.Categorizer;
import io.github.germannlp.category.CategoryModel;
import io.github.germannlp.internal.JsonLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code categorize}: applies a category model to files, standard input, or JSON lines. */
@Command(
    name = "categorize",
    mixinStandardHelpOptions = true,
    description = {
      "Categorize articles with a model from 'train categories'.",
      "One result per input file (UTF-8; '-' or none: standard input), or with",
      "--input jsonl one per JSON line ({\"text\": \"...\"}, optional \"id\").",
      "tsv: SOURCE TAB CATEGORY TAB SCORE, then the other categories and scores.",
      "json: one object a line: source, (id,) best, categories [{category, score}]."
    })
final class CategorizeCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  /** Output formats. */
  enum Format {
    tsv,
    json
  }

  /** Input formats. */
  enum Input {
    text,
    jsonl
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      required = true,
      description = "A category model (train categories).")
  Path model;

  @Option(
      names = "--format",
      paramLabel = "tsv|json",
      defaultValue = "tsv",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--input",
      paramLabel = "text|jsonl",
      defaultValue = "text",
      description = "text: each file one article (default); jsonl: one article a line.")
  Input input;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Input files, UTF-8 ('-' or none: standard input).")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    CategoryModel m;
    try {
      m = CategoryModel.load(model);
    } catch (NoSuchFileException e) {
      throw new Main.InputException(model + ": no such file", e);
    } catch (IOException e) {
      throw new Main.InputException(e.getMessage(), e);
    }
    Categorizer categorizer = new Categorizer(m);
    PrintWriter out = spec.commandLine().getOut();
    List<String> names = files.isEmpty() ? List.of("-") : files;
    for (String name : names) {
      String text = Inputs.read(name, System.in, spec.commandLine().getErr());
      String source = "-".equals(name) ? "<stdin>" : name;
      if (input == Input.text) {
        write(out, source, null, categorizer.categorize(text));
        continue;
      }
      for (JsonLines.Line line : TopicsCommand.jsonLines(source, text)) {
        write(out, source + ":" + line.number(), line.id(), categorizer.categorize(line.text()));
      }
    }
    out.flush();
    return 0;
  }

  private void write(PrintWriter out, String source, String id, Categorization c) {
    if (format == Format.tsv) {
      StringBuilder sb = new StringBuilder(id != null ? id : source);
      for (Categorization.Scored s : c.ranked()) {
        sb.append('\t')
            .append(s.category())
            .append('\t')
            .append(String.format(Locale.ROOT, "%.4f", s.score()));
      }
      out.println(sb);
      return;
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("source", source);
      if (id != null) {
        g.writeStringField("id", id);
      }
      g.writeStringField("best", c.best());
      g.writeArrayFieldStart("categories");
      for (Categorization.Scored s : c.ranked()) {
        g.writeStartObject();
        g.writeStringField("category", s.category());
        g.writeNumberField("score", Math.round(s.score() * 1e6) / 1e6);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(w);
  }
}
