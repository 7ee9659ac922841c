package io.github.germannlp.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassFileUpgradeTest {
  @TempDir Path dir;

  /** A copy of the picocli jar of the test class path. */
  private Path picocliJar() throws Exception {
    Path jar =
        Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path copy = dir.resolve("picocli.jar");
    Files.copy(jar, copy);
    return copy;
  }

  private static Map<String, byte[]> entries(Path jar) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        m.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    return m;
  }

  @Test
  void picocliBecomesJava8ClassFilesThatPassTheTypeCheckingVerifier() throws Exception {
    Path jar = picocliJar();
    Map<String, byte[]> before = entries(jar);
    assertEquals(49, ClassFileUpgrade.majorVersion(before.get("picocli/CommandLine.class")));

    int n = ClassFileUpgrade.upgrade(jar, "picocli");

    Map<String, byte[]> after = entries(jar);
    assertEquals(before.keySet(), after.keySet());
    List<String> classes = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : after.entrySet()) {
      String name = e.getKey();
      if (name.startsWith("picocli/") && name.endsWith(".class")) {
        assertEquals(52, ClassFileUpgrade.majorVersion(e.getValue()), name);
        classes.add(name.substring(0, name.length() - 6).replace('/', '.'));
      } else {
        assertArrayEquals(before.get(name), e.getValue(), name); // the rest as it was
      }
    }
    assertEquals(classes.size(), n);
    assertTrue(n > 100, "picocli has some 200 classes: " + n);
    // linking verifies each class; a Java 8 class file without right frames fails here
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      for (String c : classes) {
        Class<?> k = Class.forName(c, true, loader);
        assertSame(loader, k.getClassLoader(), c);
      }
      // and it still parses a command line
      Object spec =
          Class.forName("picocli.CommandLine$Model$CommandSpec", true, loader)
              .getMethod("create")
              .invoke(null);
      Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
      Object parsed =
          commandLine
              .getMethod("parseArgs", String[].class)
              .invoke(
                  commandLine.getConstructor(Object.class).newInstance(spec),
                  (Object) new String[0]);
      assertEquals(List.of(), parsed.getClass().getMethod("originalArgs").invoke(parsed));
    }
    assertEquals(0, ClassFileUpgrade.upgrade(jar, "picocli"), "a second run finds nothing old");
  }

  @Test
  void newerClassFilesAndOtherFoldersAreLeftAsTheyAre() throws Exception {
    byte[] own =
        Files.readAllBytes(
            Path.of(ClassFileUpgradeTest.class.getResource("ClassFileUpgradeTest.class").toURI()));
    assertSame(own, ClassFileUpgrade.upgrade(own, getClass().getClassLoader()));

    Path jar = picocliJar();
    byte[] before = Files.readAllBytes(jar);
    assertEquals(0, ClassFileUpgrade.upgrade(jar, "no/such/folder"));
    assertArrayEquals(before, Files.readAllBytes(jar));
  }

  @Test
  void aTruncatedClassFileIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ClassFileUpgrade.upgrade(new byte[] {(byte) 0xCA, (byte) 0xFE}, null));
  }
}
