package io.github.germannlp.internal.eval;

import io.github.germannlp.internal.LineReader;
import java.io.IOException;
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
   * @param file a CoNLL-U file, UTF-8, with a {@code # text =} line for every sentence
   * @return the sentences' texts as running text, with the gold token and sentence spans in it
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if a sentence lacks its text line or its tokens do not match
   *     it; the message names file and line
   */
  public static GoldText read(Path file) throws IOException {
    GoldText.Builder b = new GoldText.Builder();
    try (LineReader r = LineReader.open(file)) {
      String line;
      String text = null;
      int textLine = 0;
      List<String> forms = new ArrayList<>();
      int skipUntil = 0;
      while (true) {
        line = r.next();
        int lineNo = r.line() + (line == null ? 1 : 0);
        if (line == null || line.isBlank()) {
          if (!forms.isEmpty()) {
            if (text == null) {
              throw new IllegalArgumentException(
                  file + ":" + lineNo + ": sentence without a '# text =' line");
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
        if (cols.length < 2) {
          throw r.error("expected tab-separated columns (ID, FORM, ...), got '" + line + "'");
        }
        String id = cols[0];
        if (id.indexOf('.') >= 0) {
          continue; // empty node
        }
        int dash = id.indexOf('-');
        if (dash > 0) {
          skipUntil = tokenId(id.substring(dash + 1), r);
          forms.add(cols[1]);
        } else if (tokenId(id, r) > skipUntil) {
          forms.add(cols[1]);
        }
      }
    }
    return b.build();
  }

  private static int tokenId(String id, LineReader r) {
    try {
      return Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw r.error("token id '" + id + "' is not a number");
    }
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
        throw new IllegalArgumentException(
            file + ":" + line + ": token '" + form + "' does not match the text at offset " + p);
      }
      b.token(base + p, base + p + form.length());
      p += form.length();
    }
    b.endSentence();
  }

  /**
   * One sentence of gold words (multi-word tokens split as in the file: {@code zum} is {@code zu}
   * {@code dem}) with their UPOS tags and lemmas.
   *
   * @param words the word forms
   * @param upos the Universal POS tags
   * @param lemmas the lemmas
   */
  public record Words(String[] words, String[] upos, String[] lemmas) {}

  /**
   * Reads the gold words of each sentence of a CoNLL-U file. Multi-word token lines ({@code 3-4})
   * and empty nodes ({@code 5.1}) are skipped, so the words are the syntactic words.
   *
   * @param file a CoNLL-U file, UTF-8
   * @return one entry per sentence, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if a word line has fewer than ten columns, naming file and
   *     line
   */
  public static List<Words> readWords(Path file) throws IOException {
    List<Words> out = new ArrayList<>();
    List<String[]> cur = new ArrayList<>();
    try (LineReader r = LineReader.open(file)) {
      String line;
      while ((line = r.next()) != null) {
        int lineNo = r.line();
        if (line.isBlank()) {
          addWords(cur, out);
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 10) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected ten columns");
        }
        if (f[0].indexOf('-') < 0 && f[0].indexOf('.') < 0) {
          cur.add(f);
        }
      }
    }
    addWords(cur, out);
    return out;
  }

  private static void addWords(List<String[]> cur, List<Words> out) {
    if (cur.isEmpty()) {
      return;
    }
    int n = cur.size();
    String[] w = new String[n];
    String[] u = new String[n];
    String[] l = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = cur.get(i)[1];
      l[i] = cur.get(i)[2];
      u[i] = cur.get(i)[3];
    }
    out.add(new Words(w, u, l));
    cur.clear();
  }
}
