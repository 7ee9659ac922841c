package io.github.germannlp.format;

import io.github.germannlp.Document;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Document} as one JSON object, described by the JSON Schema {@code
 * docs/document.schema.json} of the source repository. Stateless and thread-safe; needs no JSON
 * library.
 *
 * <pre>{@code
 * Document doc = GermanNlp.standard().analyze("Miriam Lorenz empfängt Julien Moreau in Berlin.");
 * String json = DocumentJson.toJson(doc);
 * }</pre>
 *
 * <p>gives (one line, broken and shortened here):
 *
 * <pre>{@code
 * {"schemaVersion":"1.0","layers":["tokens","sentences","pos","lemma","compounds","entities",
 *  "topics","furniture"],"text":"Miriam Lorenz empfängt Julien Moreau in Berlin.",
 *  "sentences":[{"start":0,"end":47,"tokens":[{"text":"Miriam","start":0,"end":6,
 *    "upos":"PROPN","lemma":"Miriam"},{"text":"Lorenz","start":7,"end":13,"upos":"PROPN",
 *    "lemma":"Lorenz"},{"text":"empfängt","start":14,"end":22,"upos":"VERB",
 *    "lemma":"empfangen"},...]}],
 *  "mentions":[{"text":"Miriam Lorenz","type":"PER","start":0,"end":13,
 *    "canonical":"Miriam Lorenz","confidence":0.931,"firstToken":0,"endToken":2},...],
 *  "entities":[{"canonical":"Miriam Lorenz","type":"PER","count":1,"mentions":[0]},...],
 *  "topics":[{"label":"Julien Moreau","score":1.0,"kind":"entity","type":"PER",
 *    "mentions":[{"text":"Julien Moreau","start":23,"end":36}]},...],
 *  "furniture":[]}
 * }</pre>
 *
 * <p>The object's fields, in this order (offsets are UTF-16 indexes into {@code text}, ends
 * exclusive, as everywhere in the library):
 *
 * <ul>
 *   <li>{@code schemaVersion}: {@value #SCHEMA_VERSION}; a later minor version only adds fields, a
 *       major version changes or removes some.
 *   <li>{@code layers}: the layers the document carries ({@link Document#layers()}), in the order
 *       of {@link Layer}, lowercase: {@code tokens}, {@code sentences}, {@code pos}, {@code lemma},
 *       {@code compounds}, {@code entities}, {@code topics}, {@code furniture}. A layer that is not
 *       listed was not computed: its fields below are absent or empty.
 *   <li>{@code text}: the document's text ({@link Document#text()}).
 *   <li>{@code sentences}: each {@code start}, {@code end} and {@code tokens}, each token {@code
 *       text}, {@code start}, {@code end}, and where present {@code upos} ({@link Token#upos()},
 *       possibly a composite such as {@code ADP+DET}), {@code lemma} and {@code parts} (the
 *       compound parts, only for a compound). Tokens are numbered through the document from 0 in
 *       this order, as {@link Token#index()}.
 *   <li>{@code mentions}: the entity mentions in text order ({@link Document#mentions()}), each
 *       {@code text}, {@code type}, {@code start}, {@code end}, {@code canonical}, {@code
 *       confidence} (rounded to three decimals), {@code firstToken} and {@code endToken} (token
 *       indexes, the end exclusive).
 *   <li>{@code entities}: the mentions grouped by entity ({@link Document#entities()}), ordered by
 *       first mention, each {@code canonical}, {@code type}, {@code count} and {@code mentions}:
 *       the indexes of its mentions in the {@code mentions} array, ascending.
 *   <li>{@code topics}: best first ({@link Document#topics()}), each {@code label}, {@code score}
 *       (in [0, 1], rounded to three decimals), {@code kind} ({@code concept} or {@code entity}),
 *       {@code type} (entities only) and {@code mentions}, each {@code text}, {@code start}, {@code
 *       end}.
 *   <li>{@code furniture}: the page furniture in text order ({@link Document#furniture()}), each
 *       {@code kind} ({@code metadata}, {@code byline}, {@code reading_time}, {@code controls},
 *       {@code credit}, {@code teaser}, {@code advertisement}), {@code text}, {@code start}, {@code
 *       end}.
 * </ul>
 *
 * <p>The command line's {@code analyze --format json} writes the same sentences, topics and
 * furniture, but names the mentions {@code entities} and has neither the grouped entities nor
 * {@code schemaVersion}, {@code layers}, {@code text} or the mentions' token indexes; its format
 * stays as it is.
 *
 * <p>The output is one line: line breaks in strings are escaped, as are quotes, backslashes, other
 * control characters and unpaired surrogates (as <code>&#92;uD800</code>); other characters are
 * written as they are, so the writer's encoding must be able to hold them (UTF-8).
 */
public final class DocumentJson {
  /** The version of the JSON format this class writes, the value of {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "1.0";

  private DocumentJson() {}

  /**
   * The JSON of a document.
   *
   * @param doc the document to write
   * @return one JSON object on one line, without a line break at the end
   * @throws NullPointerException if {@code doc} is null
   */
  public static String toJson(Document doc) {
    Objects.requireNonNull(doc, "doc");
    StringWriter out = new StringWriter(doc.text().length() * 8 + 256);
    try {
      write(doc, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes the JSON of a document: one object on one line, without a line break at the end (append
   * one for JSON lines). The writer is neither flushed nor closed.
   *
   * @param doc the document to write
   * @param out where to write it
   * @throws IOException if {@code out} cannot be written
   * @throws NullPointerException if {@code doc} or {@code out} is null
   */
  public static void write(Document doc, Writer out) throws IOException {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(out, "out");
    String text = doc.text();
    out.write("{\"schemaVersion\":");
    string(SCHEMA_VERSION, out);
    out.write(",\"layers\":[");
    boolean first = true;
    for (Layer layer : Layer.values()) {
      if (doc.has(layer)) {
        if (!first) {
          out.write(',');
        }
        first = false;
        string(layer.name().toLowerCase(Locale.ROOT), out);
      }
    }
    out.write("],\"text\":");
    string(text, out);
    out.write(",\"sentences\":[");
    for (Sentence s : doc.sentences()) {
      if (s.index() > 0) {
        out.write(',');
      }
      sentence(doc, s, out);
    }
    out.write("],\"mentions\":[");
    List<EntityMention> mentions = doc.mentions();
    Map<EntityMention, Integer> mentionIndex = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      mention(mentions.get(i), out);
      mentionIndex.put(mentions.get(i), i);
    }
    out.write("],\"entities\":[");
    first = true;
    for (Entity e : doc.entities()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      entity(e, mentionIndex, out);
    }
    out.write("],\"topics\":[");
    first = true;
    for (Topic t : doc.topics()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      topic(t, text, out);
    }
    out.write("],\"furniture\":[");
    first = true;
    for (Furniture f : doc.furniture()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.write("{\"kind\":");
      string(f.kind().name().toLowerCase(Locale.ROOT), out);
      out.write(",\"text\":");
      string(text.substring(f.start(), f.end()), out);
      span(f.start(), f.end(), out);
      out.write('}');
    }
    out.write("]}");
  }

  private static void sentence(Document doc, Sentence s, Writer out) throws IOException {
    out.write("{\"start\":");
    out.write(Integer.toString(s.start()));
    out.write(",\"end\":");
    out.write(Integer.toString(s.end()));
    out.write(",\"tokens\":[");
    for (int t = s.firstToken(), e = s.endToken(); t < e; t++) {
      if (t > s.firstToken()) {
        out.write(',');
      }
      Token token = doc.token(t);
      out.write("{\"text\":");
      string(token.text(), out);
      span(token.start(), token.end(), out);
      if (token.upos() != null) {
        out.write(",\"upos\":");
        string(token.upos(), out);
      }
      if (token.lemma() != null) {
        out.write(",\"lemma\":");
        string(token.lemma(), out);
      }
      List<String> parts = token.compoundParts();
      if (!parts.isEmpty()) {
        out.write(",\"parts\":[");
        for (int i = 0; i < parts.size(); i++) {
          if (i > 0) {
            out.write(',');
          }
          string(parts.get(i), out);
        }
        out.write(']');
      }
      out.write('}');
    }
    out.write("]}");
  }

  private static void mention(EntityMention m, Writer out) throws IOException {
    out.write("{\"text\":");
    string(m.text(), out);
    out.write(",\"type\":");
    string(m.type(), out);
    span(m.start(), m.end(), out);
    out.write(",\"canonical\":");
    string(m.canonical(), out);
    out.write(",\"confidence\":");
    out.write(rounded(m.confidence()));
    out.write(",\"firstToken\":");
    out.write(Integer.toString(m.firstToken()));
    out.write(",\"endToken\":");
    out.write(Integer.toString(m.endToken()));
    out.write('}');
  }

  private static void entity(Entity e, Map<EntityMention, Integer> mentionIndex, Writer out)
      throws IOException {
    out.write("{\"canonical\":");
    string(e.canonical(), out);
    out.write(",\"type\":");
    string(e.type(), out);
    out.write(",\"count\":");
    out.write(Integer.toString(e.count()));
    out.write(",\"mentions\":[");
    int[] indexes = new int[e.count()];
    for (int i = 0; i < indexes.length; i++) {
      Integer index = mentionIndex.get(e.mentions().get(i));
      if (index == null) { // Document promises that every entity's mention is among its mentions
        throw new IllegalStateException(
            "entity '"
                + e.canonical()
                + "': a mention that is not"
                + " among the document's mentions: "
                + e.mentions().get(i));
      }
      indexes[i] = index;
    }
    java.util.Arrays.sort(indexes);
    for (int i = 0; i < indexes.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(Integer.toString(indexes[i]));
    }
    out.write("]}");
  }

  private static void topic(Topic t, String text, Writer out) throws IOException {
    out.write("{\"label\":");
    string(t.label(), out);
    out.write(",\"score\":");
    out.write(rounded(t.score()));
    out.write(",\"kind\":");
    string(t.kind().name().toLowerCase(Locale.ROOT), out);
    if (t.entityType() != null) {
      out.write(",\"type\":");
      string(t.entityType(), out);
    }
    out.write(",\"mentions\":[");
    boolean first = true;
    for (Topic.Mention m : t.mentions()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      out.write("{\"text\":");
      string(text.substring(m.start(), m.end()), out);
      span(m.start(), m.end(), out);
      out.write('}');
    }
    out.write("]}");
  }

  /** {@code ,"start":S,"end":E}. */
  private static void span(int start, int end, Writer out) throws IOException {
    out.write(",\"start\":");
    out.write(Integer.toString(start));
    out.write(",\"end\":");
    out.write(Integer.toString(end));
  }

  /** A probability or score rounded to three decimals, as the command line writes it. */
  private static String rounded(double x) {
    return Double.toString(Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 : 0.0);
  }

  /**
   * {@code s} as a JSON string: quotes, backslashes, control characters and unpaired surrogates
   * escaped, the rest as it is (in runs, not a character at a time).
   */
  static void string(String s, Writer out) throws IOException {
    out.write('"');
    int run = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String escape;
      if (c == '"') {
        escape = "\\\"";
      } else if (c == '\\') {
        escape = "\\\\";
      } else if (c >= 0x20 && !Character.isSurrogate(c)) {
        continue;
      } else if (c == '\n') {
        escape = "\\n";
      } else if (c == '\t') {
        escape = "\\t";
      } else if (c == '\r') {
        escape = "\\r";
      } else if (c == '\b') {
        escape = "\\b";
      } else if (c == '\f') {
        escape = "\\f";
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++; // a pair: a character beyond the BMP, written as it is
        continue;
      } else { // another control character, or a surrogate without its pair
        escape = String.format(Locale.ROOT, "\\u%04X", (int) c);
      }
      out.write(s, run, i - run);
      out.write(escape);
      run = i + 1;
    }
    out.write(s, run, n - run);
    out.write('"');
  }
}
