package io.github.germannlp.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A build step (phase package, see the pom): puts the large models into the jars without
 * compression, the entity model {@code models/entities-de.bin} in file version 9, whose sections
 * are stored uncompressed after a CRC-32C each ({@link EntityModel}), and the POS weights as they
 * are. The models then load without inflating their 24 MB: about 80 ms less CPU while {@code
 * GermanNlp.standard()} builds, for 14 MB more jar. The entity model's weights are the same to the
 * bit: it is read and written by {@link EntityModel}, and read back here and compared.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   io.github.germannlp.ner.BundledModels models/entities-de.bin \
 *   target/classes/io/github/germannlp/models/pos-weights-de.bin JAR...
 * </pre>
 */
public final class BundledModels {
  private BundledModels() {}

  /** Where the jars hold the models. */
  private static final String FOLDER = "/io/github/germannlp/models/";

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: BundledModels ENTITY_MODEL POS_WEIGHTS JAR...");
    }
    Path source = Path.of(args[0]);
    Path posWeights = Path.of(args[1]);
    EntityModel model = EntityModel.load(source);
    ByteArrayOutputStream stored = new ByteArrayOutputStream(1 << 25);
    model.write(stored, 9);
    byte[] entities = stored.toByteArray();
    // the same model in both versions: written again as version 8, the bytes of the source's
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    model.write(a, 8);
    EntityModel.read(new ByteArrayInputStream(entities), "version 9").write(b, 8);
    if (!Arrays.equals(a.toByteArray(), b.toByteArray())) {
      throw new IOException("version 9 does not hold the model of " + source);
    }
    byte[] pos = Files.readAllBytes(posWeights);
    for (int j = 2; j < args.length; j++) {
      Path jar = Path.of(args[j]);
      // entries written through the zip file system are stored; the others keep their bytes
      try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("noCompression", "true"))) {
        Files.write(zip.getPath(FOLDER + EntityModel.FILE_NAME), entities);
        Files.write(zip.getPath(FOLDER + posWeights.getFileName()), pos);
      }
      System.out.printf(
          "stored %s (version 9, %,d bytes; %,d in version 8) and %s in %s%n",
          EntityModel.FILE_NAME,
          entities.length,
          Files.size(source),
          posWeights.getFileName(),
          jar);
    }
  }
}
