package io.github.germannlp.internal.ner.train;

import io.github.germannlp.internal.LineReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the named-entity corpora the entity model is trained on, each turning its corpus into
 * {@link TaggedSentence}s with BIO tags: GermEval 2014 TSV ({@link #readGermEval(Path, boolean)},
 * outer column only), Europeana newspapers, CoNLL-2003 and HIPE files; the DFKI SmartData corpus
 * has a reader of its own, {@link SmartDataCorpus}.
 *
 * <p>The readers can fill a {@link Counts} with what they did (BIO repairs, misaligned and dropped
 * mentions, …); {@link #stats(List)} summarizes a list of sentences.
 */
public final class NerCorpora {
  private NerCorpora() {}

  /** Counter: {@code I-X} tags turned into {@code B-X} because they did not continue an X. */
  public static final String REPAIRED_BIO = "repairedBio";

  /** Counter: GermEval {@code *deriv}/{@code *part} tags turned into {@code O} (four classes). */
  public static final String DERIV_PART_DROPPED = "derivPartTagsDropped";

  /** Counter: SmartData documents read. */
  public static final String DOCUMENTS = "documents";

  /** Counter: SmartData documents without text. */
  public static final String DOCUMENTS_WITHOUT_TEXT = "documentsWithoutText";

  /** Counter: SmartData concept mentions read, of any type. */
  public static final String MENTIONS = "mentions";

  /** Counter: SmartData mentions of a type that is not mapped (dates, numbers, triggers, …). */
  public static final String IGNORED_TYPE = "mentionsIgnoredType";

  /** Counter: SmartData mentions of a mapped type. */
  public static final String CANDIDATES = "mentionsMappedType";

  /** Counter: mentions placed on tokens. */
  public static final String PLACED = "mentionsPlaced";

  /** Counter: placed mentions whose (white-space trimmed) span ends are not token boundaries. */
  public static final String MISALIGNED = "mentionsMisaligned";

  /**
   * Counter: mentions dropped because they overlap a longer (or earlier) mention already placed.
   */
  public static final String DROPPED_OVERLAP = "mentionsDroppedOverlap";

  /** Counter: of {@link #DROPPED_OVERLAP}, those covering exactly the same tokens as the placed. */
  public static final String DROPPED_DUPLICATE = "mentionsDroppedDuplicateTokens";

  /** Counter: mentions dropped because their tokens lie in more than one sentence. */
  public static final String DROPPED_CROSS_SENTENCE = "mentionsDroppedCrossSentence";

  /** Counter: mentions dropped because their span is outside the text or covers no token. */
  public static final String DROPPED_NO_TOKEN = "mentionsDroppedNoToken";

  /** Named counters filled by the readers, e.g. {@link #MISALIGNED}. Not thread-safe. */
  public static final class Counts {
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /**
     * Adds one to a counter.
     *
     * @param key the counter's name, such as {@link #MISALIGNED}; created at 0 if new
     */
    public void increment(String key) {
      counts.merge(key, 1L, Long::sum);
    }

    /**
     * Adds to a counter.
     *
     * @param key the counter's name; created at 0 if new
     * @param n the amount to add (may be negative)
     */
    public void add(String key, long n) {
      counts.merge(key, n, Long::sum);
    }

    /**
     * The count of a counter.
     *
     * @param key the counter's name
     * @return its count, 0 if never incremented
     */
    public long get(String key) {
      return counts.getOrDefault(key, 0L);
    }

    /**
     * All counters in the order they were first incremented.
     *
     * @return an unmodifiable live view: it shows later increments
     */
    public Map<String, Long> asMap() {
      return Collections.unmodifiableMap(counts);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      counts.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
      return sb.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // GermEval 2014

  private static final Pattern GERMEVAL_TAG =
      Pattern.compile("([BI])-(PER|LOC|ORG|OTH)(deriv|part)?");

  /**
   * Same as {@link #readGermEval(Path, boolean, Counts)} without counters.
   *
   * @param file a GermEval 2014 TSV file, UTF-8
   * @param fineClasses false for the four classes {@code PER}, {@code LOC}, {@code ORG}, {@code
   *     MISC}; true for all twelve outer classes
   * @return the sentences in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException for a malformed line or an unknown tag, naming file and line
   */
  public static List<TaggedSentence> readGermEval(Path file, boolean fineClasses)
      throws IOException {
    return readGermEval(file, fineClasses, new Counts());
  }

  /**
   * Reads a GermEval 2014 file ({@code index TAB token TAB outer TAB inner}, a blank line between
   * sentences, lines starting with {@code #} are comments), using the outer tag column only.
   *
   * <p>With {@code fineClasses == false} the tags are mapped to four classes: {@code PER}, {@code
   * LOC}, {@code ORG} keep their names, {@code OTH} becomes {@code MISC}, and every {@code *deriv}
   * or {@code *part} tag (e.g. {@code B-LOCderiv}) becomes {@code O}. With {@code fineClasses ==
   * true} all twelve outer classes are kept, with {@code OTH} renamed to {@code MISC} ({@code
   * B-OTHpart} becomes {@code B-MISCpart}).
   *
   * <p>After mapping, an {@code I-X} that does not follow {@code B-X} or {@code I-X} becomes {@code
   * B-X}. Extra empty columns after the fourth are tolerated.
   *
   * @param file a GermEval 2014 TSV file, UTF-8
   * @param fineClasses false for the four classes, true for all twelve outer classes
   * @param counts receives {@link #REPAIRED_BIO} and {@link #DERIV_PART_DROPPED}
   * @return the sentences in file order
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code counts} is null
   * @throws IllegalArgumentException for a malformed line or an unknown tag, naming file and line
   */
  public static List<TaggedSentence> readGermEval(Path file, boolean fineClasses, Counts counts)
      throws IOException {
    Objects.requireNonNull(counts, "counts");
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (LineReader r = LineReader.open(file)) {
      String line;
      while ((line = r.next()) != null) {
        int lineNo = r.line();
        if (line.isBlank()) {
          flushGermEval(tokens, tags, out, counts);
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 3 || cols[1].isEmpty()) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + lineNo
                  + ": expected 'index TAB token TAB outer TAB inner', got: "
                  + line);
        }
        tokens.add(cols[1]);
        tags.add(mapGermEvalTag(cols[2].strip(), fineClasses, counts, file, lineNo));
      }
    }
    flushGermEval(tokens, tags, out, counts);
    return out;
  }

  private static String mapGermEvalTag(
      String tag, boolean fine, Counts counts, Path file, int lineNo) {
    if (tag.equals("O")) {
      return "O";
    }
    Matcher m = GERMEVAL_TAG.matcher(tag);
    if (!m.matches()) {
      throw new IllegalArgumentException(file + ":" + lineNo + ": unknown tag '" + tag + "'");
    }
    String type = m.group(2).equals("OTH") ? "MISC" : m.group(2);
    String suffix = m.group(3);
    if (suffix != null) {
      if (!fine) {
        counts.increment(DERIV_PART_DROPPED);
        return "O";
      }
      type += suffix;
    }
    return m.group(1) + "-" + type;
  }

  private static void flushGermEval(
      List<String> tokens, List<String> tags, List<TaggedSentence> out, Counts counts) {
    if (tokens.isEmpty()) {
      return;
    }
    String[] t = tags.toArray(new String[0]);
    repairBio(t, counts);
    out.add(new TaggedSentence(tokens.toArray(new String[0]), t));
    tokens.clear();
    tags.clear();
  }

  /**
   * Turns every {@code I-X} that does not follow {@code B-X} or {@code I-X} into {@code B-X}, in
   * place.
   *
   * @return the number of tags changed
   */
  static int repairBio(String[] tags, Counts counts) {
    int changed = 0;
    String prev = "O";
    for (int i = 0; i < tags.length; i++) {
      String tag = tags[i];
      if (tag.startsWith("I-")) {
        String type = tag.substring(2);
        if (!prev.equals("B-" + type) && !prev.equals(tag)) {
          tags[i] = "B-" + type;
          changed++;
          counts.increment(REPAIRED_BIO);
        }
      }
      prev = tags[i];
    }
    return changed;
  }

  /**
   * Reads the German Europeana newspaper NER file ({@code enp_DE.tsv}: {@code index TAB token TAB
   * tag TAB embedded-tag}, comment lines starting with {@code #}, a line of empty columns between
   * segments) as guide data for {@link io.github.germannlp.ner.EntityTrainer}: its segments are
   * long runs of OCRed page text, not sentences. Only the outer tag column is read; classes other
   * than {@code PER}, {@code LOC} and {@code ORG} become {@code O}. A line with fewer than three
   * columns or no token (the file has about 600) ends the segment, like an empty line. Segments
   * shorter than four tokens or without an entity are left out; tags are BIO-repaired.
   *
   * @param file the Europeana TSV file, UTF-8
   * @return the segments with an entity, in file order
   * @throws IOException if the file cannot be read
   */
  public static List<TaggedSentence> readEuropeana(Path file) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Counts counts = new Counts();
    try (LineReader in = LineReader.open(file)) {
      for (String line = in.next(); ; line = in.next()) {
        if (line != null && line.startsWith("#")) {
          continue;
        }
        String[] f = line == null ? new String[0] : line.split("\t");
        if (f.length >= 3 && !f[1].isEmpty()) {
          tokens.add(f[1]);
          String tag = f[2];
          boolean kept =
              tag.length() > 2
                  && (tag.startsWith("B-") || tag.startsWith("I-"))
                  && (tag.endsWith("-PER") || tag.endsWith("-LOC") || tag.endsWith("-ORG"));
          tags.add(kept ? tag : "O");
          continue;
        }
        if (tokens.size() >= 4 && tags.stream().anyMatch(t -> !t.equals("O"))) {
          String[] t = tags.toArray(new String[0]);
          repairBio(t, counts);
          out.add(new TaggedSentence(tokens.toArray(new String[0]), t));
        }
        tokens.clear();
        tags.clear();
        if (line == null) {
          return out;
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // MobIE (CoNLL-2003 layout) and NewsEye / SoNAR (HIPE-2022 layout)

  /**
   * Reads a file in the CoNLL-2003 layout ({@code token POS chunk tag}, separated by white space; a
   * blank line between sentences; {@code -DOCSTART-} lines between documents), such as MobIE's. The
   * last column is a BIO tag over SmartData's fine types, mapped by {@link SmartDataCorpus#mapType}
   * ({@code location-city} → {@code LOC}, {@code organization-company} → {@code ORG}; stops,
   * routes, dates and triggers → {@code O}); tags are BIO-repaired.
   *
   * @param file the CoNLL-2003 file, UTF-8
   * @return the sentences in file order
   * @throws IOException if the file is missing or cannot be read
   * @throws IllegalArgumentException for a line with fewer than two columns or a tag that is not
   *     BIO, naming file and line
   */
  public static List<TaggedSentence> readConll2003(Path file) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Counts counts = new Counts();
    try (LineReader r = LineReader.open(file)) {
      for (String line = r.next(); ; line = r.next()) {
        int lineNo = r.line();
        if (line == null || line.isBlank() || line.startsWith("-DOCSTART-")) {
          flushGermEval(tokens, tags, out, counts);
          if (line == null) {
            return out;
          }
          continue;
        }
        String[] cols = line.strip().split("\\s+");
        String tag = cols[cols.length - 1];
        if (cols.length < 2 || !(tag.equals("O") || tag.startsWith("B-") || tag.startsWith("I-"))) {
          throw new IllegalArgumentException(
              file + ":" + lineNo + ": expected 'token ... BIO-tag', got: " + line);
        }
        String type = tag.equals("O") ? null : SmartDataCorpus.mapType(tag.substring(2));
        tokens.add(cols[0]);
        tags.add(type == null ? "O" : tag.substring(0, 2) + type);
      }
    }
  }

  /**
   * Reads a HIPE-2022 TSV file (NewsEye, SoNAR): a header line, {@code #} comment lines, one token
   * a line with its coarse literal tag in the second column, and {@code EndOfSentence} in the last
   * ({@code MISC}) column ending a sentence. {@code PER}, {@code LOC} and {@code ORG} are kept;
   * other types ({@code HumanProd}) become {@code O}; tags are BIO-repaired.
   *
   * @param file the HIPE TSV file, UTF-8
   * @return the sentences in file order
   * @throws IOException if the file is missing or cannot be read
   * @throws IllegalArgumentException for a token line with fewer than two columns, naming file and
   *     line
   */
  public static List<TaggedSentence> readHipe(Path file) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Counts counts = new Counts();
    try (LineReader r = LineReader.open(file)) {
      for (String line = r.next(); ; line = r.next()) {
        int lineNo = r.line();
        if (line == null || line.isBlank() || line.startsWith("#")) {
          if (line == null || line.startsWith("# hipe2022:document_id")) {
            flushGermEval(tokens, tags, out, counts);
          }
          if (line == null) {
            return out;
          }
          continue;
        }
        if (lineNo == 1 && line.startsWith("TOKEN\t")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2 || cols[0].isEmpty()) {
          throw new IllegalArgumentException(
              file + ":" + lineNo + ": expected 'TOKEN TAB NE-COARSE-LIT ...', got: " + line);
        }
        String tag = cols[1];
        boolean kept =
            tag.length() > 2
                && (tag.startsWith("B-") || tag.startsWith("I-"))
                && (tag.endsWith("-PER") || tag.endsWith("-LOC") || tag.endsWith("-ORG"));
        tokens.add(cols[0]);
        tags.add(kept ? tag : "O");
        if (cols[cols.length - 1].contains("EndOfSentence")) {
          flushGermEval(tokens, tags, out, counts);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  /**
   * Summarizes sentences: sentence count, token count, and entity counts per type (an entity starts
   * at a {@code B-X}, or at an {@code I-X} that does not continue an X), one item per line.
   *
   * @param sentences the sentences to count
   * @return the lines {@code sentences N}, {@code tokens N}, one {@code entities TYPE N} per type
   *     in alphabetical order and {@code entities total N}, each ending in a line break
   */
  public static String stats(List<TaggedSentence> sentences) {
    long tokens = 0;
    Map<String, Long> entities = new TreeMap<>();
    for (TaggedSentence s : sentences) {
      tokens += s.tokens().length;
      String prev = "O";
      for (String tag : s.tags()) {
        if (tag.startsWith("B-")
            || (tag.startsWith("I-")
                && !prev.substring(Math.min(2, prev.length())).equals(tag.substring(2)))) {
          entities.merge(tag.substring(2), 1L, Long::sum);
        }
        prev = tag;
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("sentences ").append(sentences.size()).append('\n');
    sb.append("tokens ").append(tokens).append('\n');
    long total = 0;
    for (Map.Entry<String, Long> e : entities.entrySet()) {
      sb.append("entities ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
      total += e.getValue();
    }
    sb.append("entities total ").append(total).append('\n');
    return sb.toString();
  }

  /**
   * Prints statistics of a corpus: {@code germeval FILE [fine]} or {@code smartdata FILE}.
   *
   * <p>Never exits the JVM (it sits in the library jar): wrong arguments are an exception.
   *
   * @param args the corpus kind, the file, and for GermEval optionally {@code fine}
   * @throws IOException if the corpus cannot be read
   * @throws IllegalArgumentException with the usage line if the arguments are wrong
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: NerCorpora germeval FILE [fine] | smartdata FILE");
    }
    Path file = Path.of(args[1]);
    Counts counts = new Counts();
    List<TaggedSentence> sentences;
    switch (args[0]) {
      case "germeval" ->
          sentences = readGermEval(file, args.length > 2 && args[2].equals("fine"), counts);
      case "smartdata" ->
          sentences = SmartDataCorpus.read(file, SmartDataCorpus.SmartDataSegmenter.NEWS, counts);
      default ->
          throw new IllegalArgumentException(
              "unknown corpus kind: "
                  + args[0]
                  + " (usage: NerCorpora germeval FILE [fine] | smartdata FILE)");
    }
    System.out.print(stats(sentences));
    System.out.print(counts);
  }
}
