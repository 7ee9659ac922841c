package io.github.germannlp.build;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step for the command-line jar: rewrites the class files of one package that are older
 * than Java 6 (class file version 50) as Java 8 class files, with the stack map frames that the
 * type-checking verifier reads, computed by ASM. Nothing else changes: the same constant pool
 * entries, methods and code.
 *
 * <p>Why: picocli is compiled for Java 5. The class-data sharing archive of Java 17 skips such
 * class files ("Pre JDK 6 class not supported by CDS"), so each run of the command line read and
 * verified the 170 or so of picocli's 228 classes it needs anew, with the slower type-inferencing
 * verifier, while the command line was being parsed. Upgraded, they go into the archive that {@code
 * mvn package} makes next (figures: {@code docs/figures.md}, whole process, 2026-12-06).
 *
 * <p>{@code mvn package} runs it on {@code target/german-nlp-cli.jar} after the shade plugin and
 * before the archive (see {@code pom.xml}); a jar without such classes is left as it is.
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/cp.txt) io.github.germannlp.build.ClassFileUpgrade \
 *   target/german-nlp-cli.jar picocli
 * </pre>
 */
public final class ClassFileUpgrade {
  /** The class file version written: Java 8. */
  static final int TARGET_VERSION = Opcodes.V1_8;

  private ClassFileUpgrade() {}

  /**
   * Upgrades a jar's old class files under a package.
   *
   * @param args the jar, then the package folder ({@code picocli})
   * @throws IOException if the jar cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ClassFileUpgrade JAR PACKAGE-FOLDER");
    }
    int n = upgrade(Path.of(args[0]), args[1]);
    System.out.println("class files upgraded to Java 8 in " + args[0] + ": " + n);
  }

  /**
   * Rewrites, in place, each class file under {@code folder} of {@code jar} whose version is below
   * 50 as a Java 8 class file with stack map frames.
   *
   * @param jar a jar file, changed in place; its other entries are copied as they are
   * @param folder a folder inside the jar, such as {@code picocli}
   * @return the number of class files rewritten
   * @throws IOException if the jar cannot be read or written
   */
  public static int upgrade(Path jar, String folder) throws IOException {
    // the frames need the common superclass of two types: loaded from the jar as it was
    Path original = Files.createTempFile("class-file-upgrade", ".jar");
    try {
      Files.copy(jar, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      try (URLClassLoader loader =
              new URLClassLoader(
                  new URL[] {original.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
          FileSystem zip = FileSystems.newFileSystem(jar)) {
        Path root = zip.getPath(folder);
        if (!Files.isDirectory(root)) {
          return 0;
        }
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
          classes = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        int upgraded = 0;
        for (Path file : classes) {
          byte[] bytes = Files.readAllBytes(file);
          byte[] rewritten = upgrade(bytes, loader);
          if (rewritten != bytes) {
            Files.write(file, rewritten);
            upgraded++;
          }
        }
        return upgraded;
      }
    } finally {
      Files.deleteIfExists(original);
    }
  }

  /**
   * One class file, upgraded when it is older than Java 6.
   *
   * @param classFile the bytes of a class file
   * @param loader loads the classes it refers to, for the frames' common superclasses
   * @return {@code classFile} itself when its version is 50 or later, else a new Java 8 class file
   */
  static byte[] upgrade(byte[] classFile, ClassLoader loader) {
    if (majorVersion(classFile) >= Opcodes.V1_6) {
      return classFile;
    }
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            return loader;
          }
        };
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(TARGET_VERSION, access, name, signature, superName, interfaces);
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  /** The major version of a class file (bytes 6 and 7). */
  static int majorVersion(byte[] classFile) {
    if (classFile.length < 8) {
      throw new IllegalArgumentException("not a class file: " + classFile.length + " bytes");
    }
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }
}
