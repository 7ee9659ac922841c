package io.github.germannlp.internal.compound;

import io.github.germannlp.internal.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A build step: packs jWordSplitter's German dictionary ({@link QuickGermanWordSplitter#WORDS},
 * text in its jar) into the binary form that {@link QuickGermanWordSplitter} loads without parsing
 * ({@link QuickGermanWordSplitter#PACKED}). {@code mvn} runs it after compiling, into the class
 * folder, so the jar carries it. The words are lower-cased in the root locale; jWordSplitter uses
 * the default locale, which differs only in Turkish, Azeri and Lithuanian.
 *
 * <pre>
 * java -cp target/classes:jwordsplitter.jar io.github.germannlp.internal.compound.PackDictionary \
 *   target/classes/io/github/germannlp/internal/compound/words-de.bin
 * </pre>
 */
public final class PackDictionary {
  private PackDictionary() {}

  /**
   * Packs the dictionary.
   *
   * @param args the packed file to write (its folder is made)
   * @throws IOException if the dictionary cannot be read or the packed file written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PackDictionary OUT.bin");
    }
    Path out = Path.of(args[0]);
    Set<String> words = QuickGermanWordSplitter.textWords(Locale.ROOT);
    AtomicFile.write(out, o -> QuickGermanWordSplitter.writePacked(words, o));
    System.out.println(
        "packed " + words.size() + " words of jWordSplitter's dictionary into " + out);
  }
}
