package io.github.germannlp.internal.topic;

import io.github.germannlp.internal.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A build step: packs a background statistics table ({@link BackgroundStatistics#FILE_NAME}, text)
 * into the binary form that {@link BackgroundStatistics#bundled()} loads without parsing ({@link
 * BackgroundStatistics#PACKED_RESOURCE}). {@code mvn} runs it after compiling, from {@code
 * models/topics-background-de.tsv.gz} into the class folder, so the jar carries both forms.
 *
 * <pre>
 * java -cp target/classes io.github.germannlp.internal.topic.PackBackground \
 *   models/topics-background-de.tsv.gz target/classes/io/github/germannlp/models/topics-background-de.bin
 * </pre>
 */
public final class PackBackground {
  private PackBackground() {}

  /**
   * Packs a table.
   *
   * @param args the text table, then the packed file to write (its folder is made)
   * @throws IOException if the table cannot be read or the packed file written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PackBackground TABLE.tsv.gz OUT.bin");
    }
    Path out = Path.of(args[1]);
    BackgroundStatistics table = BackgroundStatistics.load(Path.of(args[0]));
    AtomicFile.write(out, table::writePacked);
    System.out.println("packed " + table.size() + " terms of " + args[0] + " into " + out);
  }
}
