package io.github.germannlp.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict CoNLL-U reader for tests: it fails (with the line number) on anything the format forbids
 * or {@link Conllu} promises not to write, instead of skipping it.
 */
public final class ConlluReader {
  private ConlluReader() {}

  /** The seventeen Universal POS tags. */
  static final Set<String> UPOS =
      Set.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  /**
   * One token line.
   *
   * @param id the ID column
   * @param form FORM
   * @param lemma LEMMA
   * @param upos UPOS
   * @param misc the MISC pairs, in their order
   */
  public record Row(int id, String form, String lemma, String upos, Map<String, String> misc) {
    /** {@code Start} as a number. */
    public int start() {
      return Integer.parseInt(misc.get("Start"));
    }

    /** {@code End} as a number. */
    public int end() {
      return Integer.parseInt(misc.get("End"));
    }

    /** Whether the token has no {@code SpaceAfter=No}. */
    public boolean spaceAfter() {
      return !"No".equals(misc.get("SpaceAfter"));
    }
  }

  /**
   * One sentence.
   *
   * @param comments its comment lines other than sent_id and text, in order
   * @param sentId the {@code sent_id}
   * @param text the {@code # text}
   * @param rows its token lines
   */
  public record Sentence(List<String> comments, String sentId, String text, List<Row> rows) {}

  /**
   * Reads CoNLL-U.
   *
   * @param conllu the whole output
   * @return the sentences in order
   * @throws AssertionError on the first violation, naming the line
   */
  public static List<Sentence> read(String conllu) {
    List<Sentence> out = new ArrayList<>();
    if (conllu.isEmpty()) {
      return out;
    }
    check(conllu.endsWith("\n\n"), 0, "the output must end with a blank line");
    check(conllu.indexOf('\r') < 0, 0, "carriage return in the output");
    String[] lines = conllu.substring(0, conllu.length() - 1).split("\n", -1);
    List<String> comments = new ArrayList<>();
    String sentId = null;
    String text = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int no = i + 1;
      if (line.isEmpty()) {
        check(!rows.isEmpty(), no, "blank line without a sentence before it");
        check(sentId != null, no, "sentence without # sent_id");
        check(text != null, no, "sentence without # text");
        StringBuilder joined = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
          joined.append(rows.get(r).form());
          if (r + 1 < rows.size() && rows.get(r).spaceAfter()) {
            joined.append(' ');
          }
        }
        check(
            joined.toString().equals(text),
            no,
            "# text '" + text + "' is not the forms joined as SpaceAfter says: '" + joined + "'");
        out.add(new Sentence(List.copyOf(comments), sentId, text, List.copyOf(rows)));
        comments.clear();
        rows.clear();
        sentId = null;
        text = null;
        continue;
      }
      if (line.startsWith("#")) {
        check(rows.isEmpty(), no, "comment after a token line");
        if (line.startsWith("# sent_id = ")) {
          check(sentId == null, no, "second sent_id");
          sentId = line.substring("# sent_id = ".length());
          check(!sentId.isEmpty() && sentId.strip().equals(sentId), no, "bad sent_id");
        } else if (line.startsWith("# text = ")) {
          check(text == null, no, "second # text");
          text = line.substring("# text = ".length());
        } else {
          comments.add(line);
        }
        continue;
      }
      String[] f = line.split("\t", -1);
      check(f.length == 10, no, "expected 10 columns, got " + f.length + ": " + line);
      for (int c = 0; c < 10; c++) {
        check(!f[c].isEmpty(), no, "empty column " + (c + 1));
        check(!f[c].isBlank(), no, "blank column " + (c + 1));
        for (char ch : f[c].toCharArray()) {
          check(
              !Character.isISOControl(ch) && ch != '\u2028' && ch != '\u2029',
              no,
              "control character in column " + (c + 1));
        }
      }
      int id;
      try {
        id = Integer.parseInt(f[0]);
      } catch (NumberFormatException e) {
        throw new AssertionError("line " + no + ": ID '" + f[0] + "' is not an integer");
      }
      check(id == rows.size() + 1, no, "ID " + id + ", expected " + (rows.size() + 1));
      check(f[3].equals("_") || UPOS.contains(f[3]), no, "not a UPOS tag: " + f[3]);
      for (int c = 4; c < 9; c++) {
        check(f[c].equals("_"), no, "column " + (c + 1) + " should be _");
      }
      check(f[2].indexOf(' ') < 0 || f[1].indexOf(' ') >= 0, no, "space in a lemma");
      Map<String, String> misc = new LinkedHashMap<>();
      if (!f[9].equals("_")) {
        String previous = "";
        for (String pair : f[9].split("\\|", -1)) {
          int eq = pair.indexOf('=');
          check(eq > 0 && eq < pair.length() - 1, no, "MISC pair without key or value: " + pair);
          String key = pair.substring(0, eq);
          check(key.matches("[A-Za-z]+"), no, "MISC key " + key);
          check(key.compareTo(previous) > 0, no, "MISC keys not in alphabetical order: " + f[9]);
          previous = key;
          misc.put(key, pair.substring(eq + 1));
        }
      }
      check(misc.containsKey("Start") && misc.containsKey("End"), no, "no Start or End");
      rows.add(new Row(id, f[1], f[2], f[3], misc));
    }
    check(
        rows.isEmpty() && sentId == null && comments.isEmpty(),
        lines.length,
        "last sentence not ended by a blank line");
    return out;
  }

  private static void check(boolean ok, int line, String message) {
    if (!ok) {
      throw new AssertionError("line " + line + ": " + message);
    }
  }
}
