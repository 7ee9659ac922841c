package io.github.germannlp.internal.ner.train;

import static io.github.germannlp.internal.ner.train.NerCorpora.CANDIDATES;
import static io.github.germannlp.internal.ner.train.NerCorpora.DOCUMENTS;
import static io.github.germannlp.internal.ner.train.NerCorpora.DOCUMENTS_WITHOUT_TEXT;
import static io.github.germannlp.internal.ner.train.NerCorpora.DROPPED_CROSS_SENTENCE;
import static io.github.germannlp.internal.ner.train.NerCorpora.DROPPED_DUPLICATE;
import static io.github.germannlp.internal.ner.train.NerCorpora.DROPPED_NO_TOKEN;
import static io.github.germannlp.internal.ner.train.NerCorpora.DROPPED_OVERLAP;
import static io.github.germannlp.internal.ner.train.NerCorpora.IGNORED_TYPE;
import static io.github.germannlp.internal.ner.train.NerCorpora.MENTIONS;
import static io.github.germannlp.internal.ner.train.NerCorpora.MISALIGNED;
import static io.github.germannlp.internal.ner.train.NerCorpora.PLACED;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.internal.ner.train.NerCorpora.Counts;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The DFKI SmartData corpus (gzipped, concatenated JSON documents with concept mentions as
 * character spans) as entity training and evaluation data: its documents, its texts, and its
 * mentions projected onto the library's tokens and sentences. Counters go to a {@link
 * NerCorpora.Counts}. Needs {@code com.fasterxml.jackson.core:jackson-core} on the class path.
 */
public final class SmartDataCorpus {
  private SmartDataCorpus() {}

  /**
   * Maps a SmartData concept type to an entity type: {@code person} → {@code PER}, {@code location}
   * and {@code location-city} → {@code LOC}, {@code organization*} → {@code ORG}; anything else
   * ({@code location-street}, {@code date}, {@code number}, {@code trigger}, {@code org-position},
   * …) → {@code null}.
   *
   * @param type a SmartData concept type, or null
   * @return {@code PER}, {@code LOC}, {@code ORG}, or null for an unmapped or null type
   */
  public static String mapType(String type) {
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
   * Same as {@link #read(Path, GermanNlp, Counts)} without counters, segmented by a pipeline of
   * tokens and sentences only, in the news scheme.
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @return one sentence per sentence of the segmenter, in document order
   * @throws IOException if the file cannot be read or is not valid JSON
   */
  public static List<TaggedSentence> read(Path jsonGz) throws IOException {
    return read(jsonGz, SmartDataSegmenter.NEWS);
  }

  /** The segmenter of {@link #read(Path)}, built on first use. */
  static final class SmartDataSegmenter {
    static final GermanNlp NEWS =
        GermanNlp.builder()
            .scheme(TokenScheme.NEWS)
            .layers(EnumSet.of(Layer.TOKENS, Layer.SENTENCES))
            .build();
  }

  /**
   * Same as {@link #read(Path, GermanNlp, Counts)} without counters.
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @param segmenter the pipeline that cuts each document into tokens and sentences
   * @return one sentence per sentence of the segmenter, in document order
   * @throws IOException if the file cannot be read or is not valid JSON
   */
  public static List<TaggedSentence> read(Path jsonGz, GermanNlp segmenter) throws IOException {
    return read(jsonGz, segmenter, new Counts());
  }

  /**
   * Reads the DFKI SmartData corpus: a gzip file of concatenated (pretty-printed) JSON documents in
   * Avro's JSON encoding, where nullable fields are wrapped ({@code "text": {"string": "…"}},
   * {@code "conceptMentions": {"array": [...]}}); plain unwrapped values are accepted too. A file
   * whose name does not end in {@code .gz} is read uncompressed.
   *
   * <p>Each document's {@code text} is segmented with {@code segmenter} (use the news scheme), and
   * each concept mention of a mapped type (see {@link #mapType(String)}) is projected onto the
   * tokens its span {@code [span.start, span.end)} (UTF-16 offsets) overlaps:
   *
   * <ul>
   *   <li>if the span, trimmed of white space, does not start at its first token's start and end at
   *       its last token's end, the tokens are still tagged but the mention counts as {@link
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
  public static List<TaggedSentence> read(Path jsonGz, GermanNlp segmenter, Counts counts)
      throws IOException {
    Objects.requireNonNull(segmenter, "segmenter");
    Objects.requireNonNull(counts, "counts");
    List<TaggedSentence> out = new ArrayList<>();
    forEachSmartDoc(
        jsonGz,
        doc -> {
          counts.increment(DOCUMENTS);
          project(doc, segmenter, counts, out, null);
        });
    return out;
  }

  /**
   * One SmartData document with its gold entities as character spans: the same entities, after the
   * same mapping, overlap and compound-part rules, as the sentences of {@link #read(Path)}, each
   * from its first token's start to its last token's end.
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
   * A gold entity of a {@link GoldDocument}: characters {@code [start, end)} and type ({@code PER},
   * {@code LOC} or {@code ORG}).
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
   * #read(Path)}; documents without text are skipped.
   *
   * @param jsonGz the SmartData file (gzip, or plain JSON when its name does not end in {@code
   *     .gz})
   * @return the documents that have text, in file order
   * @throws IOException if the file cannot be read or is not SmartData JSON (naming the file)
   */
  public static List<GoldDocument> readDocuments(Path jsonGz) throws IOException {
    List<GoldDocument> out = new ArrayList<>();
    Counts counts = new Counts();
    forEachSmartDoc(
        jsonGz,
        doc -> {
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
  public record Text(String id, String text) {}

  /**
   * The ids and texts of the documents of a SmartData file, in file order (read as {@link #read}).
   *
   * @param jsonGz the SmartData file, gzipped unless its name does not end in {@code .gz}
   * @return one entry per document, including documents without text
   * @throws IOException if the file cannot be read or is not SmartData JSON (naming the file)
   */
  public static List<Text> readTexts(Path jsonGz) throws IOException {
    List<Text> out = new ArrayList<>();
    forEachSmartDoc(jsonGz, doc -> out.add(new Text(doc.id(), doc.text())));
    return out;
  }

  /** Reads the documents of a SmartData file one at a time, in file order. */
  private static void forEachSmartDoc(Path jsonGz, java.util.function.Consumer<SmartDoc> action)
      throws IOException {
    JsonFactory factory = new JsonFactory();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(jsonGz), 1 << 16);
        InputStream in =
            jsonGz.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : raw;
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
        throw new IOException(
            jsonGz + ": " + e.getOriginalMessage() + " at " + describe(e.getLocation()), e);
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

  /**
   * Reads a string, null, or an Avro union wrapper {@code {"string": "…"}} at the current token.
   */
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
        throw new IOException(
            file + ": concept mention without span.start, span.end or type at " + describe(where));
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
  private static void project(
      SmartDoc doc,
      GermanNlp segmenter,
      Counts counts,
      List<TaggedSentence> sentences,
      List<GoldEntity> entities) {
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
      if (mapType(m.type()) == null) {
        counts.increment(IGNORED_TYPE);
      } else {
        counts.increment(CANDIDATES);
        kept.add(m);
      }
    }
    kept.sort(
        Comparator.comparingInt((SmartMention m) -> m.end() - m.start())
            .reversed()
            .thenComparingInt(SmartMention::start)
            .thenComparingInt(SmartMention::order));
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
      String type = mapType(m.type());
      for (int i = first; i <= last; i++) {
        owner[i] = m.order();
        tags[i] = (i == first ? "B-" : "I-") + type;
      }
      placedRange.put(m.order(), new int[] {first, last});
    }
    if (entities != null) {
      io.github.germannlp.internal.ner.BioTags.spans(
          tags,
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
      sentences.add(
          new TaggedSentence(
              Arrays.copyOfRange(words, from, to), Arrays.copyOfRange(tags, from, to)));
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
}
