package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of the README compile as printed: each {@code ```java} block is its imports
 * followed by statements, compiled as the body of a method against the library; the first (the
 * quick start) also runs.
 */
class ReadmeExamplesTest {
  @TempDir Path dir;

  /** The README's Java blocks, in order. */
  static List<String> javaBlocks(Path readme) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      if (block == null && line.strip().equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** A block as a class: its import lines first, the rest in {@code static void run()}. */
  static String asClass(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports
        + "public class "
        + name
        + " {\n  public static void run() throws Exception {\n"
        + body
        + "  }\n}\n";
  }

  @Test
  void everyJavaBlockCompilesAndTheQuickStartRuns() throws Exception {
    List<String> blocks = javaBlocks(Path.of("README.md"));
    assertTrue(blocks.size() >= 2, "README Java blocks: " + blocks.size());
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      sources.put("ReadmeExample" + i, asClass("ReadmeExample" + i, blocks.get(i)));
    }
    compile(dir, sources);
    String text = run(dir, List.of("ReadmeExample0"));
    assertTrue(text.contains("Wladimir Putin PER"), text);
    assertTrue(text.contains("Peking\t"), text);
  }

  /**
   * Compiles classes against the test class path into {@code dir}, failing with javac's messages.
   *
   * @param dir where the sources and classes go
   * @param sources each class's source by its name
   * @throws IOException if a source cannot be written
   */
  static void compile(Path dir, Map<String, String> sources) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                dir.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-proc:none",
                "-nowarn"));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path source = dir.resolve(e.getKey() + ".java");
      Files.writeString(source, e.getValue());
      args.add(source.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, args.toArray(String[]::new));
    assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the static {@code run()} method of classes compiled by {@link #compile}, in order.
   *
   * @param dir where the classes are
   * @param classNames the classes to run
   * @return what they printed on standard output
   * @throws Exception whatever a class's method throws, or if a class cannot be loaded
   */
  static String run(Path dir, List<String> classNames) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, ReadmeExamplesTest.class.getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      for (String name : classNames) {
        loader.loadClass(name).getMethod("run").invoke(null);
      }
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
