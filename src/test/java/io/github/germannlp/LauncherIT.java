package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/german-nlp}, after {@code mvn package} has made the jar and its class-data sharing
 * archive: it writes what {@code java -jar} writes, uses the archive, and chooses the C1 compiler
 * alone for small input files only (not for standard input, a folder or inputs over the limit).
 * Runs in {@code mvn verify} (failsafe), on systems with bash.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("bin/german-nlp");
  private static final Path JAR = Path.of("target/german-nlp-cli.jar");
  private static final String C1 = "-XX:TieredStopAtLevel=1";

  @TempDir Path dir;

  @Test
  void writesWhatTheJarWritesAndUsesTheArchive() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run mvn verify: " + JAR);
    assertTrue(Files.isRegularFile(Path.of("target/german-nlp-cli.jsa")), "no archive made");
    Path article = Path.of("src/test/resources/example-article.txt");
    String viaJar =
        run(Map.of(), "java", "-jar", JAR.toString(), "analyze", "--format", "conll", article + "");
    String viaLauncher =
        run(Map.of(), "bash", LAUNCHER.toString(), "analyze", "--format", "conll", article + "");
    assertTrue(viaJar.contains("\tB-PER\n"), viaJar);
    assertEquals(viaJar, viaLauncher);
    String command = printed(Map.of(), "analyze", article.toString());
    assertTrue(command.contains("-XX:SharedArchiveFile="), command);
  }

  @Test
  void bothJarsStoreTheLargeModelsUncompressedAndTheEntityModelInVersionNine() throws Exception {
    for (Path jar : List.of(JAR, Path.of("target/german-nlp-0.1.0-SNAPSHOT.jar"))) {
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
        for (String model : List.of("entities-de.bin", "pos-weights-de.bin")) {
          java.util.zip.ZipEntry e = zip.getEntry("io/github/germannlp/models/" + model);
          assertEquals(java.util.zip.ZipEntry.STORED, e.getMethod(), jar + " " + model);
        }
        try (var in =
            new java.io.DataInputStream(
                zip.getInputStream(zip.getEntry("io/github/germannlp/models/entities-de.bin")))) {
          in.readUTF();
          assertEquals(9, in.readInt(), jar + ": the entity model's file version");
        }
      }
    }
  }

  @Test
  void theC1CompilerAloneForSmallInputFilesOnly() throws Exception {
    Path small = Files.writeString(dir.resolve("a.txt"), "Putin traf Xi in Peking.\n");
    Path other = Files.writeString(dir.resolve("b.txt"), "Li Qiang kam auch.\n");
    assertTrue(printed(Map.of(), "analyze", small.toString(), other.toString()).contains(C1));
    assertFalse(printed(Map.of(), "analyze", small.toString(), "-").contains(C1));
    assertFalse(printed(Map.of(), "topics", dir.toString()).contains(C1));
    assertFalse(printed(Map.of(), "analyze").contains(C1)); // standard input
    Map<String, String> tiny = Map.of("GERMAN_NLP_C1_MAX_BYTES", "30");
    assertTrue(printed(tiny, "analyze", small.toString()).contains(C1));
    assertFalse(printed(tiny, "analyze", small.toString(), other.toString()).contains(C1));
    String withOptions = printed(Map.of("JAVA_OPTS", "-Xmx512m -Xss2m"), "analyze", "x");
    assertTrue(withOptions.startsWith("java -Xmx512m -Xss2m "), withOptions);
  }

  @Test
  void theSizesOfSeveralFilesAddUpWhateverTheirNamesAndWcsLanguage() throws Exception {
    Path small = Files.writeString(dir.resolve("a.txt"), "Putin traf Xi in Peking.\n");
    Path spaced = Files.writeString(dir.resolve("c d total.txt"), "Peking.\n");
    Path other = Files.writeString(dir.resolve("b.txt"), "Li Qiang kam auch.\n");
    String[] three = {"analyze", small.toString(), spaced.toString(), other.toString()};
    long sum = Files.size(small) + Files.size(spaced) + Files.size(other);
    Map<String, String> above = Map.of("GERMAN_NLP_C1_MAX_BYTES", Long.toString(sum + 1));
    Map<String, String> exact = Map.of("GERMAN_NLP_C1_MAX_BYTES", Long.toString(sum));
    assertTrue(printed(above, three).contains(C1));
    assertFalse(printed(exact, three).contains(C1));
    // a wc that names the total in German, as GNU wc does under LANG=de_DE
    Path german = Files.createDirectories(dir.resolve("german"));
    Path wcDe =
        Files.writeString(
            german.resolve("wc"),
            "#!/bin/sh\n'" + onPath("wc") + "' \"$@\" | sed 's/total$/insgesamt/'\n");
    assertTrue(wcDe.toFile().setExecutable(true));
    String path = german + ":" + System.getenv("PATH");
    assertTrue(
        printed(Map.of("GERMAN_NLP_C1_MAX_BYTES", Long.toString(sum + 1), "PATH", path), three)
            .contains(C1));
    assertFalse(
        printed(Map.of("GERMAN_NLP_C1_MAX_BYTES", Long.toString(sum), "PATH", path), three)
            .contains(C1));
  }

  @Test
  void sizesWcCannotTellCountAsLarge() throws Exception {
    Path small = Files.writeString(dir.resolve("a.txt"), "Putin traf Xi in Peking.\n");
    Path other = Files.writeString(dir.resolve("b.txt"), "Li Qiang kam auch.\n");
    Path stubs = Files.createDirectories(dir.resolve("stubs"));
    Path wc = Files.writeString(stubs.resolve("wc"), "#!/bin/sh\necho 'wc: no' >&2\nexit 1\n");
    assertTrue(wc.toFile().setExecutable(true));
    Map<String, String> failingWc = Map.of("PATH", stubs + ":" + System.getenv("PATH"));
    // java runs without the C1 choice and reports what it cannot read itself
    assertFalse(printed(failingWc, "analyze", small.toString()).contains(C1));
    assertFalse(printed(failingWc, "analyze", small.toString(), other.toString()).contains(C1));
  }

  @Test
  void shortRunsStartWithALargeYoungGenerationUnlessJavaOptsSizeIt() throws Exception {
    Path small = Files.writeString(dir.resolve("a.txt"), "Putin traf Xi in Peking.\n");
    String young = "-XX:NewSize=256m";
    assertTrue(printed(Map.of(), "analyze", small.toString()).contains(young));
    assertFalse(printed(Map.of(), "analyze", small.toString(), "-").contains(young));
    String sized = printed(Map.of("JAVA_OPTS", "-Xmn64m"), "analyze", small.toString());
    assertTrue(sized.contains(C1) && !sized.contains(young), sized);
  }

  /** The first executable of that name on the path. */
  private static Path onPath(String name) {
    for (String dir : System.getenv("PATH").split(":")) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError(name + " is not on the path");
  }

  /** The java command the launcher would run. */
  private static String printed(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    Map<String, String> all = new HashMap<>(env);
    all.put("GERMAN_NLP_PRINT_COMMAND", "1");
    return run(all, command.toArray(new String[0])).strip();
  }

  private static String run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    Path err = Files.createTempFile("launcher", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "timed out: " + command);
    assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + Files.readString(err));
    Files.delete(err);
    return new String(out, StandardCharsets.UTF_8);
  }
}
