package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The README's install and first example work for a reader with an empty local repository: the
 * packaged jar and the pom are installed into an empty local repository, as {@code mvn install} in
 * a clone installs them (it adds the sources and Javadoc jars, which a build does not need), and a
 * new Maven project whose dependencies are the README's {@code <dependency>} snippet, verbatim, and
 * whose source is the README's first Java block, pasted unchanged, compiles and runs.
 *
 * <p>Runs in {@code mvn verify} after the jar is packaged (failsafe; the pom passes the jar,
 * Maven's home and the build's local repository). The nested Maven runs need no network: their only
 * remote is the outer build's local repository, as a mirror of every repository. A mirror of Maven
 * Central serves no snapshots, so it cannot serve this library's {@code -SNAPSHOT}: the test first
 * checks that the new project fails without the install.
 */
class ReadmeProjectIT {
  private static final long TIMEOUT_MINUTES = 5;
  private static final Path README = Path.of("README.md");

  @TempDir Path dir;

  @Test
  void installSnippetAndFirstExampleWorkInANewProject() throws Exception {
    Path jar = Path.of(property("readme.jar", null));
    assertTrue(Files.isRegularFile(jar), "packaged jar missing (run mvn verify): " + jar);
    Path outerRepository =
        Path.of(
            property("outer.localRepository", System.getProperty("user.home") + "/.m2/repository"));
    Path repository = Files.createDirectory(dir.resolve("empty-repository"));
    Path settings = dir.resolve("settings.xml");
    Files.writeString(
        settings,
        "<settings>\n  <mirrors>\n    <mirror>\n"
            + "      <id>outer-build-local-repository</id>\n      <mirrorOf>*</mirrorOf>\n"
            + "      <url>"
            + outerRepository.toUri()
            + "</url>\n"
            + "    </mirror>\n  </mirrors>\n</settings>\n");
    Map<String, String> plugins = pluginVersions(Path.of("pom.xml"));

    // the new project: the README's snippet and first example as a reader pastes them
    Path project = dir.resolve("readme-example");
    Path sources = Files.createDirectories(project.resolve("src/main/java"));
    Files.writeString(
        project.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>readme-example</artifactId>
          <version>1.0</version>
          <packaging>jar</packaging>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
        %s  </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .formatted(dependencySnippet(README), plugins.get("maven-compiler-plugin")));
    List<String> blocks = ReadmeExamplesTest.javaBlocks(README);
    assertFalse(blocks.isEmpty(), "no ```java block in the README");
    Files.writeString(
        sources.resolve("Example.java"), ReadmeExamplesTest.asClass("Example", blocks.get(0)));
    Files.writeString(
        sources.resolve("Main.java"),
        """
        public class Main {
          public static void main(String[] args) throws Exception {
            Example.run();
          }
        }
        """);

    // without the install the project cannot resolve the library: the install is its only source
    Result before = mvn(project, settings, repository, "compile");
    assertNotEquals(0, before.status(), "compiled without the install:\n" + before.output());
    assertTrue(before.output().contains("io.github.germannlp:german-nlp"), before.output());

    // the install: what `mvn install` in a clone puts into the local repository, the jar and pom
    Result install =
        mvn(
            dir,
            settings,
            repository,
            "org.apache.maven.plugins:maven-install-plugin:"
                + plugins.get("maven-install-plugin")
                + ":install-file",
            "-Dfile=" + jar.toAbsolutePath(),
            "-DpomFile=" + Path.of("pom.xml").toAbsolutePath());
    assertEquals(0, install.status(), "install:\n" + install.output());

    Result build =
        mvn(
            project,
            settings,
            repository,
            "compile",
            "org.apache.maven.plugins:maven-dependency-plugin:"
                + plugins.get("maven-dependency-plugin")
                + ":build-classpath",
            "-Dmdep.outputFile=cp.txt");
    assertEquals(0, build.status(), "build:\n" + build.output());
    String classPath = Files.readString(project.resolve("cp.txt"), StandardCharsets.UTF_8).strip();
    assertTrue(classPath.contains(repository.resolve("io/github/germannlp").toString()), classPath);

    Result run =
        run(
            project,
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                "target/classes" + File.pathSeparator + classPath,
                "Main"),
            Map.of());
    assertEquals(0, run.status(), "run:\n" + run.output());
    assertTrue(run.output().contains("Wladimir Putin PER"), run.output());
    assertTrue(run.output().contains("Peking\t"), run.output());
  }

  /**
   * The first {@code ```xml} block of the README's section "## Install and first example",
   * verbatim.
   */
  static String dependencySnippet(Path readme) throws IOException {
    boolean inSection = false;
    StringBuilder block = null;
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        inSection = line.strip().equals("## Install and first example");
      } else if (inSection && block == null && line.strip().equals("```xml")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        return block.toString();
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return fail("no ```xml block in the README's section \"## Install and first example\"");
  }

  /** Versions of the plugins the project's pom declares in its build, by artifact id. */
  static Map<String, String> pluginVersions(Path pom) throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom.toFile())
            .getDocumentElement();
    Map<String, String> versions = new HashMap<>();
    for (Element plugin : children(child(child(project, "build"), "plugins"), "plugin")) {
      versions.put(
          child(plugin, "artifactId").getTextContent().strip(),
          child(plugin, "version").getTextContent().strip());
    }
    for (String needed :
        List.of("maven-compiler-plugin", "maven-install-plugin", "maven-dependency-plugin")) {
      assertNotNull(versions.get(needed), "pom.xml pins no version of " + needed);
    }
    return versions;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), "<" + name + "> in <" + parent.getTagName() + ">");
    return found.get(0);
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name, fallback);
    assertNotNull(value, "system property " + name + " (set by the failsafe configuration)");
    return value;
  }

  private Result mvn(Path workDir, Path settings, Path repository, String... goals)
      throws Exception {
    String home = System.getProperty("maven.home");
    Path bin = home == null ? null : Path.of(home, "bin", "mvn");
    List<String> command =
        new ArrayList<>(
            List.of(
                bin != null && Files.isExecutable(bin) ? bin.toString() : "mvn",
                "-B",
                "-q",
                "-s",
                settings.toString(),
                "-gs",
                settings.toString(),
                "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(goals));
    return run(
        workDir,
        command,
        Map.of("MAVEN_OPTS", "-Xmx384m", "JAVA_HOME", System.getProperty("java.home")));
  }

  private int runs;

  private Result run(Path workDir, List<String> command, Map<String, String> environment)
      throws Exception {
    Path log = dir.resolve("process-" + ++runs + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    boolean done = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly().waitFor();
    }
    String output =
        String.join(" ", command)
            + "\n"
            + new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    if (!done) {
      fail("no end after " + TIMEOUT_MINUTES + " minutes:\n" + output);
    }
    return new Result(process.exitValue(), output);
  }

  private record Result(int status, String output) {}
}
