package io.github.germannlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-U file into running text: the {@code # text =} line of each sentence, with the
 * surface tokens (a multi-word token such as {@code zum} counts once) aligned to it.
 */
public final class ConlluCorpus {
  private ConlluCorpus() {}

  /**
   * Reads {@code file}.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if a sentence lacks its text line or its tokens do not match
   *     it; the message names file and line
   */
  public static GoldText read(Path file) throws IOException {
    GoldText.Builder b = new GoldText.Builder();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      String text = null;
      int textLine = 0;
      List<String> forms = new ArrayList<>();
      int skipUntil = 0;
      while (true) {
        line = r.readLine();
        lineNo++;
        if (line == null || line.isBlank()) {
          if (!forms.isEmpty()) {
            if (text == null) {
              throw new IllegalArgumentException(file + ":" + lineNo
                  + ": sentence without a '# text =' line");
            }
            addSentence(b, text, forms, file, textLine);
          }
          forms.clear();
          text = null;
          skipUntil = 0;
          if (line == null) {
            break;
          }
          continue;
        }
        if (line.startsWith("#")) {
          if (line.startsWith("# text = ")) {
            text = line.substring("# text = ".length());
            textLine = lineNo;
          }
          continue;
        }
        String[] cols = line.split("\t", -1);
        String id = cols[0];
        if (id.indexOf('.') >= 0) {
          continue; // empty node
        }
        int dash = id.indexOf('-');
        if (dash > 0) {
          skipUntil = Integer.parseInt(id.substring(dash + 1));
          forms.add(cols[1]);
        } else if (Integer.parseInt(id) > skipUntil) {
          forms.add(cols[1]);
        }
      }
    }
    return b.build();
  }

  private static void addSentence(
      GoldText.Builder b, String text, List<String> forms, Path file, int line) {
    int base = b.beginSentence();
    b.text().append(text);
    int p = 0;
    for (String form : forms) {
      while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      if (!text.startsWith(form, p)) {
        throw new IllegalArgumentException(file + ":" + line + ": token '" + form
            + "' does not match the text at offset " + p);
      }
      b.token(base + p, base + p + form.length());
      p += form.length();
    }
    b.endSentence();
  }
}
