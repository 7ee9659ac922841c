package io.github.germannlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GermEval 2014 files ({@code index TAB token TAB outer TAB inner}, blank line between
 * sentences, {@code #} comment lines) and turns their sentences into running text with {@link
 * Detokenizer}.
 */
public final class GermEvalCorpus {
  private GermEvalCorpus() {}

  /** Reads the sentences of {@code file} as token lists. */
  public static List<List<String>> readSentences(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          if (!current.isEmpty()) {
            sentences.add(current);
            current = new ArrayList<>();
          }
          continue;
        }
        if (line.startsWith("#\t") || line.startsWith("# ")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2 || cols[1].isEmpty()) {
          throw new IllegalArgumentException(file + ":" + lineNo
              + ": expected 'index TAB token TAB tag …'");
        }
        current.add(cols[1]);
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /** Reads {@code file} and detokenizes it into running text with the gold spans. */
  public static GoldText read(Path file) throws IOException {
    return Detokenizer.detokenize(readSentences(file));
  }
}
