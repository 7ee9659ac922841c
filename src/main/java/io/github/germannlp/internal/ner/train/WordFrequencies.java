package io.github.germannlp.internal.ner.train;

import io.github.germannlp.internal.TextCorpora;
import io.github.germannlp.internal.tokenize.GermanTokenizer;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word frequencies from unlabeled German text, as gazetteer categories {@code F0} … {@code F6} (a
 * word seen 2–3 times is in F0, 4–15 in F1, …, 4,096 or more in F6; words seen once are in none). A
 * frequent capitalised word is likely a common noun, a rare or unseen one more likely a name: the
 * entity model learns how far to trust that. The text: {@code bundestag-gesetze-md.tar.xz} (German
 * federal laws, public domain) and {@code effi-briest.txt.gz} (public domain), tokenized with this
 * library's tokenizer.
 */
public final class WordFrequencies {
  private static final int MIN_COUNT = 2;
  private static final int TOP_BUCKET = 6;

  private WordFrequencies() {}

  /**
   * The frequency categories of the words of {@code textDir}, for {@link GazetteerSources}. Only
   * tokens of two or more characters that start with a letter are counted, case-sensitively.
   *
   * @param textDir the folder holding {@code bundestag-gesetze-md.tar.xz} (its {@code .md} entries
   *     are read) and {@code effi-briest.txt.gz}
   * @return the categories {@code F0} … {@code F6} in that order, each with its words (a category
   *     may be empty)
   * @throws IOException if one of the two files is missing or cannot be read
   */
  public static Map<String, List<String>> buckets(Path textDir) throws IOException {
    return categories(textDir, null);
  }

  /**
   * The frequency categories of {@link #buckets} and, when {@code firstNames} is given, the
   * name-context categories of {@link NameContexts} ({@code CTXPER}, {@code CTXLOC}, {@code
   * CTXORG}, {@code ARTLOW}, {@code ARTHIGH}), counted in the same pass over the same text plus the
   * Bundestag speeches ({@code bundestag-reden-wp20.txt.xz}, used only for these counts).
   *
   * @param textDir the folder of the text corpora
   * @param firstNames common first names for the person cue, or null for the frequency categories
   *     alone
   * @return the categories, frequency categories first
   * @throws IOException if a corpus file is missing or cannot be read (the message names it)
   */
  public static Map<String, List<String>> categories(Path textDir, Set<String> firstNames)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>(1 << 19);
    NameContexts contexts = firstNames == null ? null : new NameContexts(firstNames);
    GermanTokenizer tokenizer = new GermanTokenizer(TokenScheme.NEWS, Abbreviations.german());
    Path laws = textDir.resolve("bundestag-gesetze-md.tar.xz");
    Path effi = textDir.resolve("effi-briest.txt.gz");
    Path speeches = textDir.resolve("bundestag-reden-wp20.txt.xz");
    for (Path p : contexts == null ? List.of(laws, effi) : List.of(laws, effi, speeches)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException("text corpus not found: " + p);
      }
    }
    TextCorpora.forEachLaw(
        laws,
        md -> {
          count(md, tokenizer, counts, contexts);
          return true;
        });
    count(TextCorpora.gzipText(effi), tokenizer, counts, contexts);
    Map<String, List<String>> buckets = new LinkedHashMap<>();
    for (int b = 0; b <= TOP_BUCKET; b++) {
      buckets.put("F" + b, new ArrayList<>());
    }
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c >= MIN_COUNT) {
        int log4 = (31 - Integer.numberOfLeadingZeros(c)) / 2;
        buckets.get("F" + Math.min(TOP_BUCKET, log4)).add(e.getKey());
      }
    }
    if (contexts != null) {
      TextCorpora.forEachLine(speeches, line -> count(line, tokenizer, null, contexts));
      buckets.putAll(contexts.categories());
    }
    return buckets;
  }

  /**
   * Counts the words of {@code text} in {@code counts} (unless null) and feeds its sentences (cut
   * at sentence-final marks and line breaks) to {@code contexts} (unless null).
   */
  private static void count(
      String text, GermanTokenizer tokenizer, Map<String, Integer> counts, NameContexts contexts) {
    TokenBuffer b = tokenizer.tokenize(text);
    List<String> sentence = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      int s = b.start(i);
      int e = b.end(i);
      if (counts != null && e - s > 1 && Character.isLetter(text.charAt(s))) {
        counts.merge(text.substring(s, e), 1, Integer::sum);
      }
      if (contexts != null) {
        if ((b.flags(i) & TokenBuffer.LINE_BEFORE) != 0 && !sentence.isEmpty()) {
          contexts.add(sentence.toArray(new String[0]));
          sentence.clear();
        }
        sentence.add(text.substring(s, e));
        if ((b.flags(i) & TokenBuffer.FINAL) != 0) {
          contexts.add(sentence.toArray(new String[0]));
          sentence.clear();
        }
      }
    }
    if (contexts != null && !sentence.isEmpty()) {
      contexts.add(sentence.toArray(new String[0]));
    }
  }
}
