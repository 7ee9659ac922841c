package io.github.germannlp.ner;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step (phase package, see the pom): writes the entity model that the jars bundle, {@code
 * models/entities-de.bin} in file version 9, whose sections are stored uncompressed after a CRC-32C
 * each ({@link EntityModel}), into {@code DIR/io/github/germannlp/models/}; the pom then puts it
 * into the library and command-line jars without compression. The model loads without inflating its
 * 22 MB: about 80 ms less CPU while {@code GermanNlp.standard()} builds, for 13 MB more jar. The
 * weights are the same to the bit: the file is read and written by {@link EntityModel}, and read
 * back here and compared.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   io.github.germannlp.ner.BundledModels models/entities-de.bin target/bundled-models
 * </pre>
 */
public final class BundledModels {
  private BundledModels() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundledModels MODEL DIR");
    }
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1], "io/github/germannlp/models", EntityModel.FILE_NAME);
    EntityModel model = EntityModel.load(source);
    Files.createDirectories(out.getParent());
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      model.write(o, 9);
    }
    // the same model in both versions: written again as version 8, the bytes of the source
    EntityModel stored = EntityModel.load(out);
    java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    model.write(a, 8);
    stored.write(b, 8);
    if (!java.util.Arrays.equals(a.toByteArray(), b.toByteArray())) {
      throw new IOException(out + " does not hold the model of " + source);
    }
    System.out.printf(
        "wrote %s (%,d bytes, sections stored) from %s (%,d bytes)%n",
        out, Files.size(out), source, Files.size(source));
  }
}
