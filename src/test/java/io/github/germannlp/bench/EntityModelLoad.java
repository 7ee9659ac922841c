package io.github.germannlp.bench;

import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How long one entity model file takes to read in a fresh JVM: the wall time of {@link
 * EntityModel#load}, printed in milliseconds. A crude measurement, not JMH; run it several times,
 * in turn with the file it is compared with.
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   io.github.germannlp.bench.EntityModelLoad models/entities-de.bin
 * </pre>
 */
public final class EntityModelLoad {
  private EntityModelLoad() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "models/entities-de.bin");
    long t0 = System.nanoTime();
    EntityModel model = EntityModel.load(file);
    long t1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%s: %.0f ms (%d feature groups)%n",
        file,
        (t1 - t0) / 1e6,
        model.features().size());
  }
}
