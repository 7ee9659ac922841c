package io.github.germannlp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.format.Conllu;
import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.internal.ChunkReader;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.tokenize.TokenScheme;
import io.github.germannlp.topic.Topic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code analyze}: runs the pipeline over files or standard input. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyse German text (UTF-8 files, or standard input) and write the result.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Output formats. */
  enum Format {
    json,
    conll,
    conllu,
    tokens,
    text;

    /** Whether the format shows layers beyond tokens and sentences (tokens and text do not). */
    boolean showsLayers() {
      return this == json || this == conll || this == conllu;
    }
  }

  /** The format without {@code --format}. */
  static final String DEFAULT_FORMAT = "json";

  @Option(
      names = "--format",
      paramLabel = "json|conll|conllu|tokens|text",
      defaultValue = DEFAULT_FORMAT,
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The progress report of the run. */
  private Progress report =
      new Progress(new PrintWriter(java.io.Writer.nullWriter()), false, List.of());

  @Mixin Progress.Option progress;

  @Option(
      names = "--scheme",
      paramLabel = "news|ud",
      defaultValue = "news",
      description = "Token conventions (default: ${DEFAULT-VALUE}).")
  String scheme;

  @Option(
      names = "--pretokenized",
      description =
          "Input is one token a line (first tab-separated column), a blank line between"
              + " sentences; tokens are kept as given.")
  boolean pretokenized;

  @Option(
      names = "--steps",
      paramLabel = "LIST",
      split = ",",
      description =
          "Layers to compute: tokens, sentences, pos, lemma, compounds, entities, topics,"
              + " furniture; also ner, lemmas, upos, tokenize, ssplit (default: all available; topics"
              + " turn on what they need).")
  List<String> steps;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "A folder whose model files replace the bundled ones of the same name.")
  java.nio.file.Path models;

  @Option(
      names = "--dictionary",
      paramLabel = "FILE",
      description =
          "Known names, 'name TAB TYPE' a line (UTF-8); where they match they win over"
              + " the entity model, the longest match first.")
  java.nio.file.Path dictionary;

  @Option(
      names = "--chunk-chars",
      paramLabel = "N",
      defaultValue = "1000000",
      description =
          "Read and analyse each input in pieces of about N characters, cut at blank"
              + " lines, writing each piece's output as it is done, so that memory stays bounded"
              + " however long the input; entities are grouped within each piece. A stretch of more"
              + " than 4N characters without a blank line is cut at a line break, else at a space"
              + " (default: ${DEFAULT-VALUE}).")
  int chunkChars;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Analyse up to N inputs at once (default: the number of processors, at most 4). Files"
              + " of up to 64 KB are analysed ahead of the one being written; the output is the"
              + " same, in the order of the inputs.")
  Integer threads;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Input files, UTF-8 ('-' or none: standard input).")
  List<String> files = new ArrayList<>();

  /** The sentences written as CoNLL-U so far in this run, across inputs. */
  private int conlluSentences;

  static TokenScheme parseScheme(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "news" -> TokenScheme.NEWS;
      case "ud" -> TokenScheme.UD;
      default -> throw new Main.UsageException("unknown scheme '" + s + "' (news or ud)");
    };
  }

  private EnumSet<Layer> parseSteps() {
    EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    if (steps == null) {
      // all that exist and that the format shows: tokens and text show no other layer
      if (format.showsLayers()) {
        layers.addAll(GermanNlp.availableLayers(models));
      }
      return layers;
    }
    for (String s : steps) {
      layers.add(step(s));
    }
    return layers;
  }

  /**
   * The layer a step names ({@link Layer#parse}).
   *
   * @throws Main.UsageException for any other word, naming the step it is closest to
   */
  static Layer step(String s) {
    try {
      return Layer.parse(s);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  @Override
  public Integer call() throws IOException {
    if (chunkChars < 1) {
      throw new Main.UsageException("--chunk-chars must be positive");
    }
    int poolSize = threads();
    GermanNlp.Builder builder = GermanNlp.builder().scheme(parseScheme(scheme));
    if (models != null) {
      try {
        builder.modelDirectory(models);
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(e.getMessage());
      }
    }
    if (dictionary != null) {
      try {
        builder.entityDictionary(io.github.germannlp.ner.EntityDictionary.load(dictionary));
      } catch (java.nio.file.NoSuchFileException e) {
        throw new Main.InputException(dictionary + ": no such file", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
    }
    builder.layers(parseSteps());
    if (files.isEmpty()) {
      files.add("-");
    }
    // the models are loaded only if some input may be read: a mistyped file name is reported at
    // once, as below, not after a second of loading
    GermanNlp nlp = null;
    if (!files.stream().allMatch(Inputs::missing)) {
      try {
        nlp = builder.build();
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(e.getMessage());
      } catch (java.io.UncheckedIOException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
    }
    StandardOutput stdout = StandardOutput.open();
    Writer out = stdout.writer();
    JsonGenerator json =
        format == Format.json
            ? new JsonFactory()
                .setRootValueSeparator(null)
                .createGenerator(out)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            : null;
    int failures = 0;
    int notUtf8 = 0; // inputs with malformed UTF-8, analysed as decoded
    PrintWriter err = spec.commandLine().getErr();
    report = new Progress(err, progress.setting, files);
    Function<String, Document> analyse =
        nlp == null ? Inputs::noneRead : pretokenized ? nlp::analyzePretokenized : nlp::analyze;
    try (Stream<AnalysedPieces.Input> inputs =
        AnalysedPieces.inputs(files, System.in, chunkChars, analyse, poolSize)) {
      boolean first = true;
      for (AnalysedPieces.Input input : (Iterable<AnalysedPieces.Input>) inputs::iterator) {
        String file = input.file();
        AnalysedPieces pieces = input.ahead();
        Main.InputException failed = input.failed();
        Reader reader = null;
        if (pieces == null && failed == null) {
          try {
            reader = Inputs.open(file, System.in);
            pieces = AnalysedPieces.live(file, reader, chunkChars, analyse);
          } catch (Main.InputException e) {
            failed = e;
          }
        }
        if (failed != null) {
          // one bad input among many: say so, go on with the others, fail at the end
          err.println(
              "german-nlp: " + failed.getMessage() + (files.size() > 1 ? " (skipped)" : ""));
          err.flush();
          failures++;
          report.inputDone();
          continue;
        }
        if (!first && format != Format.json && format != Format.conllu) {
          out.write('\n'); // between inputs (CoNLL-U ends each sentence with a blank line)
        }
        first = false;
        String problem;
        try (Reader opened = reader) {
          problem = analyze(file, pieces, out, json);
        }
        if (problem != null) { // its output so far is written, and closed
          err.println("german-nlp: " + problem);
          err.flush();
          failures++;
        }
        long malformed = pieces.malformed();
        Inputs.warn(err, file, malformed);
        notUtf8 += malformed > 0 ? 1 : 0;
        stdout.check(); // a closed pipe or a full disk ends the run after this input
        report.inputDone();
      }
      report.finish();
      if (json != null) {
        json.flush();
      }
      stdout.flush();
    } catch (UncheckedIOException e) {
      throw StandardOutput.failed(e.getCause());
    } catch (IOException e) {
      throw StandardOutput.failed(e);
    }
    if (notUtf8 > 0 && files.size() > 1) {
      err.println(
          "german-nlp: "
              + notUtf8
              + " of "
              + files.size()
              + " inputs were not valid UTF-8; their malformed bytes were read as U+FFFD");
      err.flush();
    }
    if (failures > 0) {
      if (files.size() > 1) {
        err.println(
            "german-nlp: "
                + failures
                + " of "
                + files.size()
                + " inputs failed; the others were written");
        err.flush();
      }
      return Main.EXIT_INPUT;
    }
    return 0;
  }

  /** The threads to analyse on: {@code --threads}, else the processors, at most 4. */
  private int threads() {
    if (threads == null) {
      return Math.min(4, Runtime.getRuntime().availableProcessors());
    }
    if (threads < 1) {
      throw new Main.UsageException("--threads must be positive");
    }
    return threads;
  }

  /** Writes the JSON of the entities and furniture of an input to a {@link Spool}. */
  private static final JsonFactory SPOOLED = new JsonFactory().setRootValueSeparator(",");

  /**
   * Writes one input's pieces ({@link AnalysedPieces}, read with a {@link ChunkReader}), each
   * piece's output as it is done: memory stays bounded however long the input. For JSON, the
   * entities and furniture that follow the sentences wait in {@link Spool}s, the topics of the
   * pieces are merged.
   *
   * @return null, or what went wrong reading the input (its output so far is written and, for JSON,
   *     closed)
   * @throws IOException if the output cannot be written
   */
  private String analyze(String file, AnalysedPieces pieces, Writer out, JsonGenerator json)
      throws IOException {
    try (Spool entitySpool = new Spool();
        Spool furnitureSpool = new Spool()) {
      JsonGenerator entities = null;
      JsonGenerator furniture = null;
      if (json != null) {
        startJson(file, json);
        entities =
            SPOOLED
                .createGenerator(entitySpool)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        furniture =
            SPOOLED
                .createGenerator(furnitureSpool)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      }
      PieceTopics topics = new PieceTopics(); // the pieces' topics, not their documents
      boolean firstPiece = true;
      for (AnalysedPieces.Piece piece; (piece = pieces.next()) != null; ) {
        String part = piece.text();
        report.chars(part.length());
        int base = piece.base();
        Document doc = piece.doc();
        if (doc.sentenceCount() == 0) {
          continue;
        }
        if (!firstPiece && (format == Format.tokens || format == Format.conll)) {
          out.write('\n'); // the blank line between sentences, across pieces too
        }
        boolean newInput = firstPiece;
        firstPiece = false;
        switch (format) {
          case tokens -> writeTokens(doc, out);
          case conll -> writeConll(doc, base, out);
          case conllu -> writeConllu(newInput ? file : null, doc, base, out);
          case text -> writeText(doc, out);
          case json -> writeJsonSentences(doc, base, json);
        }
        if (json != null) {
          json.flush();
        }
        out.flush(); // each piece's output goes out when it is done: a reader sees it at once
        if (json == null) {
          continue;
        }
        for (EntityMention m : doc.mentions()) {
          writeEntity(m, base, entities);
        }
        if (doc.has(Layer.TOPICS)) {
          topics.add(doc.topics(), base, part);
        }
        for (Furniture f : doc.furniture()) {
          writeFurniture(f, base, part, furniture);
        }
      }
      if (json != null) {
        entities.flush();
        furniture.flush();
        endJson(entitySpool, json, topics, furnitureSpool);
      }
    }
    return pieces.problem();
  }

  static void writeTokens(Document doc, Writer out) throws IOException {
    String text = doc.text();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      Sentence sentence = doc.sentence(s);
      if (s > 0) {
        out.write('\n');
      }
      for (int t = sentence.firstToken(), e = sentence.endToken(); t < e; t++) {
        var token = doc.token(t);
        out.write(text, token.start(), token.end() - token.start());
        out.write('\n');
      }
    }
  }

  /**
   * Writes a piece as CoNLL-U ({@link Conllu}), its sentences numbered on from those written before
   * in this run, so that each {@code sent_id} is unique in the output; the first piece of an input
   * with a sentence begins with {@code # newdoc id = FILE}.
   *
   * @param file the input's name for its first piece, else null
   */
  private void writeConllu(String file, Document doc, int base, Writer out) throws IOException {
    if (file != null) {
      out.write("# newdoc id = ");
      for (int i = 0; i < file.length(); i++) {
        char c = file.charAt(i);
        out.write(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
      }
      out.write('\n');
    }
    Conllu.write(doc, base, conlluSentences + 1, out);
    conlluSentences += doc.sentenceCount();
  }

  static void writeConll(Document doc, int base, Writer out) throws IOException {
    String text = doc.text();
    boolean ner = doc.has(Layer.ENTITIES);
    String[] bio = ner ? bioTags(doc) : null;
    for (int s = 0; s < doc.sentenceCount(); s++) {
      Sentence sentence = doc.sentence(s);
      if (s > 0) {
        out.write('\n');
      }
      for (int t = sentence.firstToken(), e = sentence.endToken(); t < e; t++) {
        var token = doc.token(t);
        out.write(text, token.start(), token.end() - token.start());
        out.write('\t');
        out.write(Integer.toString(base + token.start()));
        out.write('\t');
        out.write(Integer.toString(base + token.end()));
        out.write('\t');
        out.write(orUnderscore(token.upos()));
        out.write('\t');
        out.write(orUnderscore(token.lemma()));
        out.write('\t');
        out.write(ner ? bio[t] : "_");
        out.write('\n');
      }
    }
  }

  private static String[] bioTags(Document doc) {
    String[] tags = new String[doc.tokenCount()];
    java.util.Arrays.fill(tags, "O");
    for (EntityMention m : doc.mentions()) {
      for (int t = m.firstToken(); t < m.endToken(); t++) {
        tags[t] = (t == m.firstToken() ? "B-" : "I-") + m.type();
      }
    }
    return tags;
  }

  private static String orUnderscore(String s) {
    return s == null ? "_" : s;
  }

  static void writeText(Document doc, Writer out) throws IOException {
    for (Sentence s : doc.sentences()) {
      String t = s.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        out.write(c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? ' ' : c);
      }
      out.write('\n');
    }
  }

  static void startJson(String file, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", file);
    g.writeArrayFieldStart("sentences");
  }

  static void writeJsonSentences(Document doc, int base, JsonGenerator g) throws IOException {
    for (Sentence s : doc.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", base + s.start());
      g.writeNumberField("end", base + s.end());
      g.writeArrayFieldStart("tokens");
      for (int t = s.firstToken(), e = s.endToken(); t < e; t++) {
        var token = doc.token(t);
        g.writeStartObject();
        g.writeStringField("text", token.text());
        g.writeNumberField("start", base + token.start());
        g.writeNumberField("end", base + token.end());
        if (token.upos() != null) {
          g.writeStringField("upos", token.upos());
        }
        if (token.lemma() != null) {
          g.writeStringField("lemma", token.lemma());
        }
        if (!token.compoundParts().isEmpty()) {
          g.writeArrayFieldStart("parts");
          for (String part : token.compoundParts()) {
            g.writeString(part);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /**
   * One topic as a JSON object: label, score, kind, type (entities), and with {@code text} its
   * mentions (text, start, end); without, no mentions.
   */
  static void writeTopic(Topic t, String text, JsonGenerator g) throws IOException {
    writeTopicWith(t, text == null ? null : m -> text.substring(m.start(), m.end()), g);
  }

  /** {@link #writeTopic(Topic, String, JsonGenerator)} with the mentions' texts from a function. */
  static void writeTopicWith(
      Topic t, java.util.function.Function<Topic.Mention, String> text, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("label", t.label());
    g.writeNumberField("score", Math.round(t.score() * 1000) / 1000.0);
    g.writeStringField("kind", t.kind().name().toLowerCase(Locale.ROOT));
    if (t.entityType() != null) {
      g.writeStringField("type", t.entityType());
    }
    if (text != null) {
      g.writeArrayFieldStart("mentions");
      for (Topic.Mention m : t.mentions()) {
        g.writeStartObject();
        g.writeStringField("text", text.apply(m));
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeEntity(EntityMention m, int base, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", m.text());
    g.writeStringField("type", m.type());
    g.writeNumberField("start", base + m.start());
    g.writeNumberField("end", base + m.end());
    g.writeStringField("canonical", m.canonical());
    g.writeNumberField("confidence", Math.round(m.confidence() * 1000) / 1000.0);
    g.writeEndObject();
  }

  private static void writeFurniture(Furniture f, int base, String text, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
    g.writeStringField("text", text.substring(f.start(), f.end()));
    g.writeNumberField("start", base + f.start());
    g.writeNumberField("end", base + f.end());
    g.writeEndObject();
  }

  /**
   * Ends an input's JSON object: the entities and furniture from their spools (written there as the
   * elements of an array), the topics with their mentions' texts.
   */
  static void endJson(Spool entities, JsonGenerator g, PieceTopics topics, Spool furniture)
      throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    entities.copyTo((c, n) -> g.writeRaw(c, 0, n));
    g.writeEndArray();
    g.writeArrayFieldStart("topics");
    for (Topic t : topics.topics()) {
      writeTopicWith(t, topics::text, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("furniture");
    furniture.copyTo((c, n) -> g.writeRaw(c, 0, n));
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }
}
