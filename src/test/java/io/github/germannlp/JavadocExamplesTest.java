package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples in the Javadoc of the supported API ({@code <pre>{@code ...}</pre>} blocks in
 * every source file outside {@code internal} packages) compile as printed: each block is compiled
 * as the body of a method, with its own import lines, the imports of the file it is in, its
 * package, and the usual {@code java.*} packages; the variables an example takes as given (a {@code
 * nlp}, a {@code writer}, {@code articles}) are fields of that class, declared below per file. The
 * examples that need no file, network or Spark session also run.
 */
class JavadocExamplesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern BLOCK =
      Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* \\}</pre>", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("^import [\\w.*]+;$", Pattern.MULTILINE);
  private static final List<String> COMMON =
      List.of(
          "io.github.germannlp.*",
          "java.util.*",
          "java.io.*",
          "java.nio.file.*",
          "java.util.stream.*",
          "java.time.*");

  private static final String SPARK =
      "import org.apache.spark.sql.Dataset;\nimport org.apache.spark.sql.Row;\n";

  /**
   * The variables the examples of a file take as given (with the imports their types need, as lines
   * that start with {@code import}), by the file's path under the package.
   */
  private static final Map<String, String> GIVEN =
      Map.of(
          "category/Categorization.java", "static Categorizer categorizer; static String text;",
          "category/CategoryModel.java", "static List<LabelledArticle> articles;",
          "GermanNlp.java", "static GermanNlp nlp; static List<String> texts; static Path path;",
          "format/package-info.java", "static Writer writer;",
          "spark/CorpusViews.java", SPARK + "static Dataset<Row> articles;",
          "spark/NlpConfig.java", SPARK + "static Dataset<Row> articles;");

  /** The examples that also run: file and block index. */
  private static final List<String> RUN =
      List.of(
          "package-info.java#0",
          "Document.java#0",
          "GermanNlp.java#0",
          "format/DocumentJson.java#0",
          "ner/EntityDictionary.java#0",
          "lucene/GermanNewsAnalyzer.java#0",
          "topic/TopicCollection.java#0");

  @TempDir Path dir;

  record Example(String file, int index, String className, String source) {}

  static List<Example> examples() throws IOException {
    Path base = SOURCES.resolve("io/github/germannlp");
    List<Example> examples = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(base)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path f : files) {
      String rel = base.relativize(f).toString().replace('\\', '/');
      if (rel.startsWith("internal/")) {
        continue;
      }
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String pkg =
          "io.github.germannlp"
              + (rel.contains("/")
                  ? "." + rel.substring(0, rel.lastIndexOf('/')).replace('/', '.')
                  : "");
      Matcher m = BLOCK.matcher(text);
      int index = 0;
      while (m.find()) {
        StringBuilder body = new StringBuilder();
        StringBuilder own = new StringBuilder(); // an example's own import lines
        for (String line : m.group(1).split("\n")) {
          String l = line.replaceFirst("^\\s*\\* ?", "");
          (l.startsWith("import ") ? own : body).append(l).append('\n');
        }
        String code = body.toString();
        if (code.strip().startsWith("{")) { // a JSON sample, not Java
          continue;
        }
        String name = "Example_" + rel.replaceAll("[^A-Za-z0-9]", "_") + "_" + index;
        String given = GIVEN.getOrDefault(rel, "");
        StringBuilder fields = new StringBuilder();
        for (String line : given.split("\n")) {
          (line.startsWith("import ") ? own : fields).append(line).append('\n');
        }
        StringBuilder src = new StringBuilder(own);
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
          src.append(imports.group()).append('\n');
        }
        src.append("import ").append(pkg).append(".*;\n");
        for (String c : COMMON) {
          src.append("import ").append(c).append(";\n");
        }
        src.append("@SuppressWarnings(\"all\") public class ")
            .append(name)
            .append(" {\n  ")
            .append(fields)
            .append("  public static void run() throws" + " Exception {\n")
            .append(code)
            .append("  }\n}\n");
        examples.add(new Example(rel, index, name, src.toString()));
        index++;
      }
    }
    return examples;
  }

  @Test
  void everyExampleCompilesAndTheSelfContainedOnesRun() throws Exception {
    List<Example> examples = examples();
    assertTrue(examples.size() >= 20, "examples found: " + examples.size());
    Map<String, String> sources = new LinkedHashMap<>();
    List<String> run = new ArrayList<>();
    for (Example e : examples) {
      sources.put(e.className(), e.source());
      if (RUN.contains(e.file() + "#" + e.index())) {
        run.add(e.className());
      }
    }
    ReadmeExamplesTest.compile(dir, sources);
    ReadmeExamplesTest.run(dir, run);
    assertEquals(RUN.size(), run.size(), "examples run");
  }
}
