package io.github.germannlp.internal.ner.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.internal.LineReader;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Readers for the named-entity corpora the entity model is trained on, each turning its corpus into
 * {@link TaggedSentence}s with BIO tags.
 *
 * <ul>
 *   <li>{@link #readGermEval(Path, boolean)}: GermEval 2014 TSV files (outer column only).
 *   <li>{@link #readSmartData(Path, GermanNlp)}: the DFKI SmartData corpus (gzipped, concatenated
 *       Avro-JSON documents with character-offset concept mentions), segmented with the library's
 *       own tokenizer and sentence splitter.
 * </ul>
 *
 * <p>Both readers can fill a {@link Counts} with what they did (BIO repairs, misaligned and dropped
 * mentions, …); {@link #stats(List)} summarizes a list of sentences.
 *
 * <p>The SmartData reader needs {@code com.fasterxml.jackson.core:jackson-core} on the class path
 * (an optional dependency of this library).
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
  /** Counter: mentions dropped because they overlap a longer (or earlier) mention already placed. */
  public static final String DROPPED_OVERLAP = "mentionsDroppedOverlap";
  /** Counter: of {@link #DROPPED_OVERLAP}, those covering exactly the same tokens as the placed. */
  public static final String DROPPED_DUPLICATE = "mentionsDroppedDuplicateTokens";
  /** Counter: mentions dropped because their tokens lie in more than one sentence. */
  public static final String DROPPED_CROSS_SENTENCE = "mentionsDroppedCrossSentence";
  /** Counter: mentions dropped because their span is outside the text or covers no token. */
  public static final String DROPPED_NO_TOKEN = "mentionsDroppedNoToken";

  /**
   * Named counters filled by the readers, e.g. {@link #MISALIGNED}. Not thread-safe.
   */
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
          throw new IllegalArgumentException(file + ":" + lineNo
              + ": expected 'index TAB token TAB outer TAB inner', got: " + line);
        }
        tokens.add(cols[1]);
        tags.add(mapGermEvalTag(cols[2].strip(), fineClasses, counts, file, lineNo));
      }
    }
    flushGermEval(tokens, tags, out, counts);
    return out;
  }

  private static String mapGermEvalTag(String tag, boolean fine, Counts counts, Path file,
      int lineNo) {
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

  private static void flushGermEval(List<String> tokens, List<String> tags,
      List<TaggedSentence> out, Counts counts) {
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

  // ---------------------------------------------------------------------------------------------
  // SmartData

  /**
   * Maps a SmartData concept type to an entity type: {@code person} → {@code PER}, {@code
   * location} and {@code location-city} → {@code LOC}, {@code organization*} → {@code ORG};
   * anything else ({@code location-street}, {@code date}, {@code number}, {@code trigger}, {@code
   * org-position}, …) → {@code null}.
   *
   * @param type a SmartData concept type, or null
   * @return {@code PER}, {@code LOC}, {@code ORG}, or null for an unmapped or null type
   */
  public static String mapSmartDataType(String type) {
    if (type == null) {
      return null;
    }
    if (type.equals("person")) {
      return "PER";
    }
    if (type.equals("location") || type.equals("location-city")) {
      return "LOC"; // streets, stops and routes are not GermEval locations
    }
    if (type.startsWith("organization")) {
      return "ORG";
    }
    return null;
  }

  /**
   * Same as {@link #readSmartData(Path, GermanNlp, Counts)} without counters, segmented by a
   * pipeline of tokens and sentences only, in the news scheme.
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @return one sentence per sentence of the segmenter, in document order
   * @throws IOException if the file cannot be read or is not valid JSON
   */
  public static List<TaggedSentence> readSmartData(Path jsonGz) throws IOException {
    return readSmartData(jsonGz, SmartDataSegmenter.NEWS);
  }

  /** The segmenter of {@link #readSmartData(Path)}, built on first use. */
  private static final class SmartDataSegmenter {
    static final GermanNlp NEWS = GermanNlp.builder().scheme(TokenScheme.NEWS)
        .layers(EnumSet.of(Layer.TOKENS, Layer.SENTENCES)).build();
  }

  /**
   * Same as {@link #readSmartData(Path, GermanNlp, Counts)} without counters.
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @param segmenter the pipeline that cuts each document into tokens and sentences
   * @return one sentence per sentence of the segmenter, in document order
   * @throws IOException if the file cannot be read or is not valid JSON
   */
  public static List<TaggedSentence> readSmartData(Path jsonGz, GermanNlp segmenter)
      throws IOException {
    return readSmartData(jsonGz, segmenter, new Counts());
  }

  /**
   * Reads the DFKI SmartData corpus: a gzip file of concatenated (pretty-printed) JSON documents
   * in Avro's JSON encoding, where nullable fields are wrapped ({@code "text": {"string": "…"}},
   * {@code "conceptMentions": {"array": [...]}}); plain unwrapped values are accepted too. A file
   * whose name does not end in {@code .gz} is read uncompressed.
   *
   * <p>Each document's {@code text} is segmented with {@code segmenter} (use the news scheme), and
   * each concept mention of a mapped type (see {@link #mapSmartDataType(String)}) is projected onto
   * the tokens its span {@code [span.start, span.end)} (UTF-16 offsets) overlaps:
   *
   * <ul>
   *   <li>if the span, trimmed of white space, does not start at its first token's start and end
   *       at its last token's end, the tokens are still tagged but the mention counts as {@link
   *       #MISALIGNED};
   *   <li>overlapping mentions: the <b>longer</b> mention (in characters) is kept, ties go to the
   *       one starting first, then to file order; the other is dropped ({@link #DROPPED_OVERLAP});
   *   <li>a mention whose tokens lie in two sentences of the segmenter is dropped ({@link
   *       #DROPPED_CROSS_SENTENCE}); one covering no token is dropped ({@link #DROPPED_NO_TOKEN}).
   * </ul>
   *
   * <p>One {@link TaggedSentence} is emitted per sentence of the segmenter, in document order,
   * including sentences without entities.
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @param segmenter the pipeline that cuts each document into tokens and sentences; only its
   *     tokens and sentences are used
   * @param counts receives the counters documented on this class
   * @return one sentence per sentence of the segmenter, in document order
   * @throws NullPointerException if {@code segmenter} or {@code counts} is null
   * @throws IOException if the file cannot be read or is not valid JSON (the message names the file
   *     and the line/column)
   */
  public static List<TaggedSentence> readSmartData(Path jsonGz, GermanNlp segmenter, Counts counts)
      throws IOException {
    Objects.requireNonNull(segmenter, "segmenter");
    Objects.requireNonNull(counts, "counts");
    List<TaggedSentence> out = new ArrayList<>();
    forEachSmartDoc(jsonGz, doc -> {
      counts.increment(DOCUMENTS);
      project(doc, segmenter, counts, out, null);
    });
    return out;
  }

  /**
   * One SmartData document with its gold entities as character spans: the same entities, after
   * the same mapping, overlap and compound-part rules, as the sentences of {@link
   * #readSmartData(Path)}, each from its first token's start to its last token's end.
   *
   * @param id the document id (may be null)
   * @param text the document text
   * @param entities the gold entities, in text order
   */
  public record GoldDocument(String id, String text, List<GoldEntity> entities) {
    /**
     * Checks the text and copies the entities into an unmodifiable list.
     *
     * @param id the document id (may be null)
     * @param text the document text, not null
     * @param entities the gold entities, in text order
     * @throws NullPointerException if {@code text} or {@code entities} is null
     */
    public GoldDocument {
      Objects.requireNonNull(text, "text");
      entities = List.copyOf(entities);
    }
  }

  /**
   * A gold entity of a {@link GoldDocument}: characters {@code [start, end)} and type ({@code
   * PER}, {@code LOC} or {@code ORG}).
   *
   * @param start first character (UTF-16 index)
   * @param end after the last character
   * @param type the entity type
   */
  public record GoldEntity(int start, int end, String type) {}

  /**
   * Reads the SmartData documents with their gold entities as character spans, for scoring a whole
   * pipeline on each document's text ({@code evaluate entities --raw}). The tokens and sentences
   * that place the gold mentions come from the library's news-scheme segmenter, as in {@link
   * #readSmartData(Path)}; documents without text are skipped.
   *
   * @param jsonGz the SmartData file (gzip, or plain JSON when its name does not end in
   *     {@code .gz})
   * @return the documents that have text, in file order
   * @throws IOException if the file cannot be read or is not SmartData JSON (naming the file)
   */
  public static List<GoldDocument> readSmartDataDocuments(Path jsonGz) throws IOException {
    List<GoldDocument> out = new ArrayList<>();
    Counts counts = new Counts();
    forEachSmartDoc(jsonGz, doc -> {
      List<GoldEntity> entities = new ArrayList<>();
      project(doc, SmartDataSegmenter.NEWS, counts, null, entities);
      if (doc.text() != null) {
        out.add(new GoldDocument(doc.id(), doc.text(), entities));
      }
    });
    return out;
  }

  /**
   * One SmartData document's id and text (either may be null).
   *
   * @param id the document's {@code id} field, or null
   * @param text the document's {@code text} field, or null
   */
  public record SmartDataText(String id, String text) {}

  /**
   * The ids and texts of the documents of a SmartData file, in file order (read as {@link
   * #readSmartData}).
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @return one entry per document, including documents without text
   * @throws IOException if the file cannot be read or is not SmartData JSON (naming the file)
   */
  public static List<SmartDataText> readSmartDataTexts(Path jsonGz) throws IOException {
    List<SmartDataText> out = new ArrayList<>();
    forEachSmartDoc(jsonGz, doc -> out.add(new SmartDataText(doc.id(), doc.text())));
    return out;
  }

  /** Reads the documents of a SmartData file one at a time, in file order. */
  private static void forEachSmartDoc(Path jsonGz, java.util.function.Consumer<SmartDoc> action)
      throws IOException {
    JsonFactory factory = new JsonFactory();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(jsonGz), 1 << 16);
        InputStream in = jsonGz.getFileName().toString().endsWith(".gz")
            ? new GZIPInputStream(raw, 1 << 16) : raw;
        JsonParser p = factory.createParser(in)) {
      JsonToken t;
      try {
        while ((t = p.nextToken()) != null) {
          if (t != JsonToken.START_OBJECT) {
            throw error(jsonGz, p, "expected a document object, got " + t);
          }
          action.accept(readSmartDoc(p, jsonGz));
        }
      } catch (JsonParseException e) {
        throw new IOException(jsonGz + ": " + e.getOriginalMessage() + " at "
            + describe(e.getLocation()), e);
      }
    }
  }

  private record SmartMention(int start, int end, String type, int order) {}

  private record SmartDoc(String id, String text, List<SmartMention> mentions) {}

  private static SmartDoc readSmartDoc(JsonParser p, Path file) throws IOException {
    String id = null;
    String text = null;
    List<SmartMention> mentions = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw error(file, p, "expected a field name, got " + t);
      }
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = readString(p, file);
        case "text" -> text = readString(p, file);
        case "conceptMentions" -> readMentions(p, file, mentions);
        default -> p.skipChildren();
      }
    }
    return new SmartDoc(id, text, mentions);
  }

  /** Reads a string, null, or an Avro union wrapper {@code {"string": "…"}} at the current token. */
  private static String readString(JsonParser p, Path file) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.START_OBJECT) {
      String value = null;
      while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
        p.nextToken();
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          value = p.getText();
        } else if (p.currentToken() != JsonToken.VALUE_NULL) {
          throw error(file, p, "expected a string in union '" + p.currentName() + "'");
        }
      }
      return value;
    }
    throw error(file, p, "expected a string, got " + t);
  }

  /** Reads null, an array of mentions, or an Avro union wrapper {@code {"array": [...]}}. */
  private static void readMentions(JsonParser p, Path file, List<SmartMention> out)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() != JsonToken.END_OBJECT) {
        p.nextToken();
        readMentions(p, file, out);
      }
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw error(file, p, "expected an array of concept mentions, got " + t);
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw error(file, p, "expected a concept mention object, got " + t);
      }
      JsonLocation where = p.currentTokenLocation();
      int start = -1;
      int end = -1;
      String type = null;
      while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("type")) {
          type = readString(p, file);
        } else if (name.equals("span") && p.currentToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() != JsonToken.END_OBJECT) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("start") || field.equals("end")) {
              if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error(file, p, "expected an integer span." + field);
              }
              if (field.equals("start")) {
                start = p.getIntValue();
              } else {
                end = p.getIntValue();
              }
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (start < 0 || end < 0 || type == null) {
        throw new IOException(file + ": concept mention without span.start, span.end or type at "
            + describe(where));
      }
      out.add(new SmartMention(start, end, type, out.size()));
    }
  }

  private static IOException error(Path file, JsonParser p, String message) {
    return new IOException(file + ": " + message + " at " + describe(p.currentTokenLocation()));
  }

  private static String describe(JsonLocation loc) {
    return loc == null ? "?" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  /**
   * Places one document's mentions on the segmenter's tokens; adds its sentences to {@code
   * sentences} and its entities as character spans to {@code entities} (either may be null).
   */
  private static void project(SmartDoc doc, GermanNlp segmenter, Counts counts,
      List<TaggedSentence> sentences, List<GoldEntity> entities) {
    counts.add(MENTIONS, doc.mentions().size());
    if (doc.text() == null) {
      counts.increment(DOCUMENTS_WITHOUT_TEXT);
      return;
    }
    String text = doc.text();
    Document d = segmenter.analyze(text);
    int n = d.tokenCount();
    int[] starts = new int[n];
    int[] ends = new int[n];
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      starts[i] = d.token(i).start();
      ends[i] = d.token(i).end();
      words[i] = d.token(i).text();
    }
    int[] sentenceOf = new int[n];
    for (int s = 0; s < d.sentenceCount(); s++) {
      Sentence sentence = d.sentence(s);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        sentenceOf[i] = s;
      }
    }
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    int[] owner = new int[n];
    Arrays.fill(owner, -1);

    List<SmartMention> kept = new ArrayList<>();
    for (SmartMention m : doc.mentions()) {
      if (mapSmartDataType(m.type()) == null) {
        counts.increment(IGNORED_TYPE);
      } else {
        counts.increment(CANDIDATES);
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt((SmartMention m) -> m.end() - m.start()).reversed()
        .thenComparingInt(SmartMention::start).thenComparingInt(SmartMention::order));
    // token ranges of placed mentions, keyed by order, for duplicate detection
    Map<Integer, int[]> placedRange = new TreeMap<>();
    for (SmartMention m : kept) {
      int a = Math.max(0, m.start());
      int b = Math.min(text.length(), m.end());
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a >= b) {
        counts.increment(DROPPED_NO_TOKEN);
        continue;
      }
      int first = firstTokenEndingAfter(ends, a);
      int last = first;
      while (last + 1 < n && starts[last + 1] < b) {
        last++;
      }
      if (first >= n || starts[first] >= b) {
        counts.increment(DROPPED_NO_TOKEN);
        continue;
      }
      if (sentenceOf[first] != sentenceOf[last]) {
        counts.increment(DROPPED_CROSS_SENTENCE);
        continue;
      }
      int clash = -1;
      for (int i = first; i <= last && clash < 0; i++) {
        clash = owner[i];
      }
      if (clash >= 0) {
        counts.increment(DROPPED_OVERLAP);
        int[] other = placedRange.get(clash);
        if (other[0] == first && other[1] == last) {
          counts.increment(DROPPED_DUPLICATE);
        }
        continue;
      }
      if (starts[first] != a || ends[last] != b) {
        counts.increment(MISALIGNED);
        if (first == last && words[first].indexOf('-') > 0) {
          // part of a hyphenated compound (Siemens-Chef): GermEval's *part, O in four classes
          continue;
        }
      }
      counts.increment(PLACED);
      String type = mapSmartDataType(m.type());
      for (int i = first; i <= last; i++) {
        owner[i] = m.order();
        tags[i] = (i == first ? "B-" : "I-") + type;
      }
      placedRange.put(m.order(), new int[] {first, last});
    }
    if (entities != null) {
      io.github.germannlp.internal.ner.BioTags.spans(tags,
          (begin, end, type) -> entities.add(new GoldEntity(starts[begin], ends[end - 1], type)));
    }
    if (sentences == null) {
      return;
    }
    for (int s = 0; s < d.sentenceCount(); s++) {
      Sentence sentence = d.sentence(s);
      int from = sentence.firstToken();
      int to = sentence.endToken();
      if (to <= from) {
        continue;
      }
      sentences.add(new TaggedSentence(Arrays.copyOfRange(words, from, to),
          Arrays.copyOfRange(tags, from, to)));
    }
  }

  /** The first token index whose end is after {@code offset}, or {@code ends.length}. */
  private static int firstTokenEndingAfter(int[] ends, int offset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------------------------------------
  // Europeana newspapers

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
          boolean kept = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))
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
   * Reads a file in the CoNLL-2003 layout ({@code token POS chunk tag}, separated by white space;
   * a blank line between sentences; {@code -DOCSTART-} lines between documents), such as MobIE's.
   * The last column is a BIO tag over SmartData's fine types, mapped by {@link
   * #mapSmartDataType} ({@code location-city} → {@code LOC}, {@code organization-company} →
   * {@code ORG}; stops, routes, dates and triggers → {@code O}); tags are BIO-repaired.
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
          throw new IllegalArgumentException(file + ":" + lineNo
              + ": expected 'token ... BIO-tag', got: " + line);
        }
        String type = tag.equals("O") ? null : mapSmartDataType(tag.substring(2));
        tokens.add(cols[0]);
        tags.add(type == null ? "O" : tag.substring(0, 2) + type);
      }
    }
  }

  /**
   * Reads a HIPE-2022 TSV file (NewsEye, SoNAR): a header line, {@code #} comment lines, one token
   * a line with its coarse literal tag in the second column, and {@code EndOfSentence} in the
   * last ({@code MISC}) column ending a sentence. {@code PER}, {@code LOC} and {@code ORG} are
   * kept; other types ({@code HumanProd}) become {@code O}; tags are BIO-repaired.
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
          throw new IllegalArgumentException(file + ":" + lineNo
              + ": expected 'TOKEN TAB NE-COARSE-LIT ...', got: " + line);
        }
        String tag = cols[1];
        boolean kept = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))
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
            || (tag.startsWith("I-") && !prev.substring(Math.min(2, prev.length()))
                .equals(tag.substring(2)))) {
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
      case "germeval" -> sentences = readGermEval(file,
          args.length > 2 && args[2].equals("fine"), counts);
      case "smartdata" -> sentences = readSmartData(file, SmartDataSegmenter.NEWS, counts);
      default -> throw new IllegalArgumentException("unknown corpus kind: " + args[0]
          + " (usage: NerCorpora germeval FILE [fine] | smartdata FILE)");
    }
    System.out.print(stats(sentences));
    System.out.print(counts);
  }
}
