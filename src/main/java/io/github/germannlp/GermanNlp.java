package io.github.germannlp;

import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.internal.Background;
import io.github.germannlp.internal.ChunkReader;
import io.github.germannlp.internal.OrderedBatch;
import io.github.germannlp.internal.WordTypes;
import io.github.germannlp.internal.compound.CompoundSplitter;
import io.github.germannlp.internal.furniture.PageFurniture;
import io.github.germannlp.internal.ner.CanonicalNames;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.pos.Lemmatizer;
import io.github.germannlp.internal.pos.PosTagger;
import io.github.germannlp.internal.sentence.SentenceSplitter;
import io.github.germannlp.internal.tokenize.BreakHints;
import io.github.germannlp.internal.tokenize.GermanTokenizer;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.internal.topic.BackgroundStatistics;
import io.github.germannlp.internal.topic.TopicExtractor;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityDictionary;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.ner.EntityModel;
import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import io.github.germannlp.topic.Topic;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entry point: a German NLP pipeline, built once and shared.
 *
 * <p>A {@code GermanNlp} is immutable and thread-safe: build one per configuration (building loads
 * the models) and call {@link #analyze(String)} from as many threads as you like; each call keeps
 * its state on its own stack and shares only read-only tables.
 *
 * <pre>{@code
 * GermanNlp nlp = GermanNlp.builder().scheme(TokenScheme.NEWS).build();
 * Document doc = nlp.analyze("Russlands Präsident Wladimir Putin (l.) traf am 4. November Xi Jinping.");
 * for (Sentence sentence : doc.sentences()) {
 *   for (Token token : sentence.tokens()) {
 *     System.out.printf("%s\t%d\t%d%n", token.text(), token.start(), token.end());
 *   }
 * }
 * }</pre>
 */
public final class GermanNlp {
  /** File name of the abbreviation table, in the bundled resources or a model directory. */
  public static final String ABBREVIATIONS_FILE = "abbreviations-de.txt";

  /** File name of the entity model, in the bundled models or a model directory. */
  public static final String ENTITY_MODEL_FILE = EntityModel.FILE_NAME;

  private static final Set<Layer> AVAILABLE = PipelineModels.availableFromClasspath();

  private final GermanTokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final Set<Layer> layers;
  private final EntityRecognizer entities;
  private final EntityDictionary dictionary;
  private final PosTagger posTagger;
  private final Lemmatizer lemmatizer;
  private final CompoundSplitter compounds;
  private final boolean furniture;
  private final TopicExtractor topics;

  /**
   * What this pipeline's layers compute once per word type, one record a type: a token looks up one
   * record instead of a cache entry in each layer.
   */
  private final WordTypes wordTypes = new WordTypes();

  private GermanNlp(Builder b) {
    this.layers = Collections.unmodifiableSet(EnumSet.copyOf(b.layers));
    this.dictionary = layers.contains(Layer.ENTITIES) ? b.dictionary : null;
    // the entity model, the largest, loads on a second thread while this one loads the rest, from
    // the start (the abbreviations too)
    FutureTask<EntityRecognizer> recognizer =
        !layers.contains(Layer.ENTITIES)
            ? null
            : Background.start(
                "german-nlp entity model",
                () -> {
                  EntityModel model =
                      PipelineModels.entityModel(b.entityModel, b.modelDirectory, b.dictionary);
                  PipelineModels.KNOWN_NAMES.get(); // needed by the first text
                  return model == null ? null : new EntityRecognizer(model);
                });
    Abbreviations abbreviations =
        b.abbreviations != null
            ? b.abbreviations
            : PipelineModels.load(
                b.modelDirectory,
                ABBREVIATIONS_FILE,
                "abbreviation table",
                Abbreviations::load,
                Abbreviations::german);
    this.tokenizer = new GermanTokenizer(b.scheme, abbreviations);
    this.splitter = new SentenceSplitter();
    boolean lemmas = layers.contains(Layer.LEMMA);
    boolean parts = layers.contains(Layer.COMPOUNDS);
    this.posTagger = lemmas || parts || layers.contains(Layer.POS) ? new PosTagger() : null;
    this.lemmatizer = lemmas ? new Lemmatizer() : null;
    this.compounds = parts ? new CompoundSplitter() : null;
    this.furniture = layers.contains(Layer.FURNITURE);
    this.topics =
        layers.contains(Layer.TOPICS) ? PipelineModels.topicExtractor(b.modelDirectory) : null;
    this.entities = recognizer == null ? null : PipelineModels.join(recognizer);
  }

  private static final class Standard {
    static final GermanNlp INSTANCE = builder().build();
  }

  /**
   * A shared pipeline with the default configuration (news scheme, all available layers).
   *
   * @return the one default pipeline of this class loader, built with its models on the first call
   *     and the same instance on every later call
   */
  public static GermanNlp standard() {
    return Standard.INSTANCE;
  }

  /**
   * A new builder with the default configuration: {@link TokenScheme#NEWS}, the bundled
   * abbreviations and models, and every layer of {@link #availableLayers()}.
   *
   * @return a new, independent builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The layers that this version of the library can compute with the models on the classpath.
   *
   * @return an unmodifiable set: tokens, sentences, parts of speech, lemmas, compounds and
   *     furniture always; entities and topics when their models are bundled
   */
  public static Set<Layer> availableLayers() {
    return AVAILABLE;
  }

  /**
   * The layers that this version can compute with the models of {@code modelDirectory} (or the
   * bundled ones where it lacks a file).
   *
   * @param modelDirectory a folder of model files, or null for the bundled models alone
   * @return {@link #availableLayers()}, plus {@link Layer#ENTITIES} when the folder holds an entity
   *     model file ({@value #ENTITY_MODEL_FILE})
   */
  public static Set<Layer> availableLayers(Path modelDirectory) {
    if (PipelineModels.inModelDirectory(modelDirectory, ENTITY_MODEL_FILE) == null) {
      return AVAILABLE;
    }
    EnumSet<Layer> l = EnumSet.copyOf(AVAILABLE);
    l.add(Layer.ENTITIES);
    return Collections.unmodifiableSet(l);
  }

  /**
   * The layers this pipeline computes.
   *
   * @return an unmodifiable set, always with {@link Layer#TOKENS} and {@link Layer#SENTENCES}
   */
  public Set<Layer> layers() {
    return layers;
  }

  /**
   * The token scheme of this pipeline.
   *
   * @return the token conventions set with {@link Builder#scheme(TokenScheme)}
   */
  public TokenScheme scheme() {
    return tokenizer.scheme();
  }

  /**
   * Analyses a text.
   *
   * @param text any text; empty or white-space-only text gives a document with no tokens
   * @return a new document holding {@code text}, its tokens and sentences and each layer of {@link
   *     #layers()}
   * @throws NullPointerException if {@code text} is null
   */
  public Document analyze(String text) {
    Objects.requireNonNull(text, "text must not be null");
    char[] chars = text.toCharArray();
    TokenBuffer tokens = new TokenBuffer(chars.length);
    tokenizer.tokenize(chars, 0, chars.length, tokens);
    int[] sentenceEnds = splitter.split(chars, tokens);
    return annotate(text, tokens, sentenceEnds, false);
  }

  /**
   * Analyses a whole text from a reader.
   *
   * @param in the text; read to its end, not closed
   * @return a new document, as {@link #analyze(String)} gives for the text read
   * @throws IOException if {@code in} cannot be read
   * @throws NullPointerException if {@code in} is null
   * @see #analyzeChunked(Reader, int) for texts too long to hold as one document
   */
  public Document analyze(Reader in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1 << 14];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return analyze(text.toString());
  }

  /**
   * Analyses many texts on {@code threads} threads, giving their documents in input order. Lazy and
   * bounded: the texts are taken from {@code texts} as the documents are consumed, at most {@code 4
   * × threads} of them in flight, so a stream of any length passes in bounded memory. The documents
   * equal those of {@link #analyze(String)}, whatever the number of threads.
   *
   * <pre>{@code
   * try (Stream<Document> docs = nlp.analyzeAll(texts.stream(), 4)) {
   *   docs.forEach(doc -> System.out.println(doc.entities()));
   * }
   * }</pre>
   *
   * <p>The threads are the call's own daemon threads; they end when the last document has been
   * taken, when the returned stream is closed, or after a second of idleness if it is abandoned.
   * Close the stream (try-with-resources) when not consuming it to the end. A text that cannot be
   * analysed (null) throws its exception when its document is reached; the documents before it have
   * been given.
   *
   * @param texts the texts, consumed once, in order
   * @param threads the number of threads analysing at once, at least 1 (1: on the consuming thread
   *     itself, nothing started)
   * @return a sequential, ordered stream of the documents, one per text
   * @throws NullPointerException if {@code texts} is null, or later, when it is reached, if a text
   *     is null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public Stream<Document> analyzeAll(Stream<String> texts, int threads) {
    Objects.requireNonNull(texts, "texts must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (threads == 1) {
      return texts.sequential().map(this::analyze);
    }
    return OrderedBatch.map(texts, this::analyze, threads, "german-nlp-batch");
  }

  /**
   * One piece of a long text ({@link #analyzeChunked}): its document and where it starts.
   *
   * @param offset the index in the whole text of the piece's first char: {@code offset +
   *     token.start()} is a token's offset in the whole text
   * @param document the piece's document; its offsets count from the piece's start
   */
  public record Chunk(long offset, Document document) {
    /**
     * Validates the fields.
     *
     * @param offset the piece's start in the whole text, at least 0
     * @param document the piece's document, not null
     * @throws NullPointerException if {@code document} is null
     * @throws IllegalArgumentException if {@code offset} is negative
     */
    public Chunk {
      Objects.requireNonNull(document, "document");
      if (offset < 0) {
        throw new IllegalArgumentException("negative offset " + offset);
      }
    }
  }

  /**
   * Analyses a text of any length piece by piece, in memory bounded by the piece size, not the
   * text: each piece is about {@code chunkChars} chars, cut at the end of a blank line (which
   * always ends a sentence, so tokens and sentences come out as for the whole text). A stretch
   * without a blank line is cut at the next blank line within four times {@code chunkChars}, else
   * at the last line break or white space before that: only such unusual text can then split a
   * sentence or a token. Entities are grouped, and topics found, within each piece.
   *
   * <pre>{@code
   * try (Reader in = Files.newBufferedReader(path);
   *     Stream<GermanNlp.Chunk> chunks = nlp.analyzeChunked(in, 1_000_000)) {
   *   chunks.forEach(c -> c.document().tokens()
   *       .forEach(t -> System.out.println((c.offset() + t.start()) + " " + t.text())));
   * }
   * }</pre>
   *
   * @param in the text; read lazily as the stream is consumed, to its end, not closed
   * @param chunkChars the size of a piece in chars, at least 1
   * @return a sequential stream of the pieces in text order; an empty text gives one empty piece
   * @throws NullPointerException if {@code in} is null
   * @throws IllegalArgumentException if {@code chunkChars} is below 1
   * @throws UncheckedIOException from the stream's operations, if {@code in} cannot be read
   */
  public Stream<Chunk> analyzeChunked(Reader in, int chunkChars) {
    Objects.requireNonNull(in, "in must not be null");
    ChunkReader pieces = new ChunkReader(in, chunkChars);
    Iterator<Chunk> chunks =
        new Iterator<>() {
          private String next;

          @Override
          public boolean hasNext() {
            if (next == null) {
              try {
                next = pieces.next();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return next != null;
          }

          @Override
          public Chunk next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            String piece = next;
            next = null;
            return new Chunk(pieces.base(), analyze(piece));
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The layers after tokens and sentences: parts of speech, lemmas, compounds, entities.
   *
   * @param check whether to validate the offsets (tokens from a caller; ours are valid)
   */
  private Document annotate(String text, TokenBuffer tokens, int[] sentenceEnds, boolean check) {
    String[] words = posTagger == null && entities == null ? null : tokenTexts(text, tokens);
    WordTypes.Type[] types = words == null ? null : wordTypes.of(words);
    Morphology m = posTagger == null ? Morphology.NONE : morphology(words, types, sentenceEnds);
    DocumentLayers layers = new DocumentLayers();
    layers.upos = m.upos;
    layers.lemmas = m.lemmas;
    layers.compounds = m.parts;
    Document doc = new Document(text, tokens, sentenceEnds, layers, check);
    List<Furniture> pageFurniture =
        furniture || entities != null ? PageFurniture.german().find(text) : null;
    if (entities != null || dictionary != null) {
      List<EntityMention> found =
          entities == null
              ? List.of()
              : outsideControls(entities.recognize(doc, words, m.upos, types), pageFurniture);
      int[] starts = tokens.startsArray();
      int[] ends = tokens.endsArray();
      found =
          EntityDictionary.overlay(
              found, PipelineModels.KNOWN_NAMES.get().mentions(text, starts, ends, sentenceEnds));
      if (dictionary != null) {
        found =
            EntityDictionary.overlay(found, dictionary.mentions(text, starts, ends, sentenceEnds));
      }
      doc = withEntities(doc, found);
    }
    if (furniture) {
      List<Furniture> found = Objects.requireNonNull(pageFurniture);
      doc = doc.with(l -> l.furniture = found);
    }
    if (topics != null) {
      List<Topic> found = topics.topics(doc);
      doc = doc.with(l -> l.topics = found);
    }
    return doc;
  }

  /**
   * The model's mentions without those inside page controls and reading-time notes ({@code Vorlesen
   * 0:00 0:00 News folgen}, {@code Lesedauer: 2 Min.}): such lines name no one. Bylines and credits
   * keep theirs (an author or a photographer is a person). Both lists are in document order and the
   * furniture stretches do not overlap, so one pass serves.
   */
  private static List<EntityMention> outsideControls(
      List<EntityMention> found, List<Furniture> pageFurniture) {
    List<EntityMention> out = null;
    int f = 0;
    for (int i = 0; i < found.size(); i++) {
      EntityMention m = found.get(i);
      while (f < pageFurniture.size() && pageFurniture.get(f).end() <= m.start()) {
        f++;
      }
      boolean inside = false;
      for (int g = f; g < pageFurniture.size() && pageFurniture.get(g).start() < m.end(); g++) {
        Furniture.Kind kind = pageFurniture.get(g).kind();
        if ((kind == Furniture.Kind.CONTROLS || kind == Furniture.Kind.READING_TIME)
            && pageFurniture.get(g).start() <= m.start()
            && m.end() <= pageFurniture.get(g).end()) {
          inside = true;
          break;
        }
      }
      if (inside && out == null) {
        out = new ArrayList<>(found.subList(0, i));
      } else if (!inside && out != null) {
        out.add(m);
      }
    }
    return out == null ? found : out;
  }

  /**
   * The text of every token, built once and shared by the layers, without the invisible break hints
   * of web text ({@link BreakHints}) inside it, so that {@code Umwelt\u00ADausschusses} is tagged
   * and lemmatized as {@code Umweltausschusses}; the tokens themselves keep their exact text and
   * offsets.
   */
  private static String[] tokenTexts(String text, TokenBuffer tokens) {
    String[] words = new String[tokens.size()];
    for (int t = 0; t < words.length; t++) {
      words[t] = BreakHints.remove(text.substring(tokens.start(t), tokens.end(t)));
    }
    return words;
  }

  /** Parts of speech, lemmas and compound parts of a document's tokens (null: not computed). */
  private record Morphology(String[] upos, String[] lemmas, List<String>[] parts) {
    static final Morphology NONE = new Morphology(null, null, null);
  }

  /** Tags, lemmatizes and splits compounds sentence by sentence. */
  @SuppressWarnings("unchecked")
  private Morphology morphology(String[] texts, WordTypes.Type[] types, int[] sentenceEnds) {
    int n = texts.length;
    String[] upos = new String[n];
    String[] lemmas = lemmatizer == null ? null : new String[n];
    List<String>[] parts = compounds == null ? null : (List<String>[]) new List<?>[n];
    int first = 0;
    for (int end : sentenceEnds) {
      String[] words = Arrays.copyOfRange(texts, first, end);
      WordTypes.Type[] wordTypes = Arrays.copyOfRange(types, first, end);
      String[] tags = posTagger.tag(words, wordTypes);
      System.arraycopy(tags, 0, upos, first, tags.length);
      if (lemmas != null) {
        System.arraycopy(
            lemmatizer.lemmatize(words, tags, wordTypes), 0, lemmas, first, tags.length);
      }
      if (parts != null) {
        for (int i = 0; i < words.length; i++) {
          List<String> p = compounds.parts(words[i], tags[i], wordTypes[i]);
          parts[first + i] = p.isEmpty() ? null : p;
        }
      }
      first = end;
    }
    // the tags are computed for lemmas and compounds too, but shown only when asked for
    return new Morphology(layers.contains(Layer.POS) ? upos : null, lemmas, parts);
  }

  /**
   * Groups mentions into entities with one canonical name each ({@link CanonicalNames}); the flat
   * list, in document order, carries the same canonical names.
   */
  private static Document withEntities(Document doc, List<EntityMention> found) {
    List<Entity> grouped = CanonicalNames.german().resolve(found);
    List<EntityMention> mentions = new ArrayList<>(found.size());
    for (Entity e : grouped) {
      mentions.addAll(e.mentions());
    }
    mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
    return doc.with(
        l -> {
          l.mentions = mentions;
          l.entities = grouped;
        });
  }

  /**
   * Analyses text that is already split into sentences and tokens; the tokens are kept as given and
   * the pipeline's other layers are computed over them. The document's text is the tokens joined by
   * single spaces, sentences by line breaks.
   *
   * @param sentences the sentences, each a list of token texts; empty sentences are skipped
   * @return a new document with one sentence per non-empty inner list and one token per string
   * @throws NullPointerException if the list, a sentence or a token is null
   * @throws IllegalArgumentException if a token is empty
   */
  public Document analyzeTokens(List<List<String>> sentences) {
    Objects.requireNonNull(sentences, "sentences must not be null");
    StringBuilder sb = new StringBuilder();
    int total = 0;
    for (List<String> s : sentences) {
      total += Objects.requireNonNull(s, "sentence must not be null").size();
    }
    int[] starts = new int[total];
    int[] ends = new int[total];
    int[] sentenceEnds = new int[sentences.size()];
    int t = 0;
    int sc = 0;
    for (List<String> s : sentences) {
      if (s.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (int i = 0; i < s.size(); i++) {
        String token = Objects.requireNonNull(s.get(i), "token must not be null");
        if (token.isEmpty()) {
          throw new IllegalArgumentException("empty token in sentence " + sc);
        }
        if (i > 0) {
          sb.append(' ');
        }
        starts[t] = sb.length();
        sb.append(token);
        ends[t] = sb.length();
        t++;
      }
      sentenceEnds[sc++] = t;
    }
    return annotate(
        sb.toString(), TokenBuffer.of(starts, ends, t), Arrays.copyOf(sentenceEnds, sc), true);
  }

  /**
   * Analyses pre-tokenized text in the one-token-a-line format: the token is the first
   * tab-separated column of a line, a blank line separates sentences; the pipeline's other layers
   * are computed over the tokens as given. Offsets point into {@code text} itself, so {@code
   * text.substring(start, end)} is each token as given.
   *
   * @param text lines of tokens; white space around a token is trimmed, further tab-separated
   *     columns are ignored, and several blank lines in a row make one sentence break
   * @return a new document over {@code text} itself, one sentence per block of token lines
   * @throws NullPointerException if {@code text} is null
   */
  public Document analyzePretokenized(String text) {
    Objects.requireNonNull(text, "text must not be null");
    IntList starts = new IntList();
    IntList ends = new IntList();
    IntList sentenceEnds = new IntList();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int s = lineStart;
      int e = lineEnd;
      // the token ends at the first tab of its line (look no further than the line)
      for (int i = s; i < e; i++) {
        if (text.charAt(i) == '\t') {
          e = i;
          break;
        }
      }
      while (s < e && GermanTokenizer.isSeparator(text.charAt(s))) {
        s++;
      }
      while (e > s && GermanTokenizer.isSeparator(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        starts.add(s);
        ends.add(e);
      } else if (isBlank(text, lineStart, lineEnd) && starts.size() > sentenceEnds.last()) {
        sentenceEnds.add(starts.size());
      }
      lineStart = lineEnd + 1;
    }
    if (starts.size() > sentenceEnds.last()) {
      sentenceEnds.add(starts.size());
    }
    return annotate(
        text, TokenBuffer.of(starts.a, ends.a, starts.size), sentenceEnds.toArray(), true);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!GermanTokenizer.isSeparator(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Configures a {@link GermanNlp}. Not thread-safe; the pipeline it builds is.
   *
   * <pre>{@code
   * GermanNlp nlp = GermanNlp.builder()
   *     .scheme(TokenScheme.NEWS)
   *     .entityDictionary(EntityDictionary.load(Path.of("names.tsv")))   // throws IOException
   *     .layers(EnumSet.of(Layer.POS, Layer.LEMMA, Layer.ENTITIES))   // any order
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private TokenScheme scheme = TokenScheme.NEWS;
    private Abbreviations abbreviations;
    private Path modelDirectory;

    /** The layers asked for, or null for every available layer. */
    private Set<Layer> requested;

    /** The layers {@link #build()} resolved, read by the pipeline's constructor. */
    private Set<Layer> layers;

    private EntityModel entityModel;
    private EntityDictionary dictionary;

    private Builder() {}

    /**
     * Token conventions; default {@link TokenScheme#NEWS}.
     *
     * @param scheme the conventions for splitting tokens
     * @return this builder
     * @throws NullPointerException if {@code scheme} is null
     */
    public Builder scheme(TokenScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    /**
     * Replaces the bundled abbreviation table (and any {@value #ABBREVIATIONS_FILE} of the model
     * directory).
     *
     * @param abbreviations the abbreviations whose final period stays in the token and ends no
     *     sentence
     * @return this builder
     * @throws NullPointerException if {@code abbreviations} is null
     */
    public Builder abbreviations(Abbreviations abbreviations) {
      this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
      return this;
    }

    /**
     * A folder whose model files replace the bundled ones of the same name ({@value
     * #ABBREVIATIONS_FILE}, {@value #ENTITY_MODEL_FILE}, {@value BackgroundStatistics#FILE_NAME});
     * files it lacks come from the classpath.
     *
     * @param directory an existing folder; it is read when {@link #build()} runs
     * @return this builder
     * @throws NullPointerException if {@code directory} is null
     * @throws IllegalArgumentException if the folder does not exist
     */
    public Builder modelDirectory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException("model directory not found: " + directory);
      }
      this.modelDirectory = directory;
      return this;
    }

    /**
     * An entity model to use instead of the bundled one or one in the model directory (and turns
     * the entity layer on).
     *
     * @param model a loaded or freshly trained model
     * @return this builder
     * @throws NullPointerException if {@code model} is null
     */
    public Builder entityModel(EntityModel model) {
      this.entityModel = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Known names with their types; where they match (the longest match wins) they replace the
     * model's mentions. Turns the entity layer on; without an entity model the dictionary alone
     * finds entities.
     *
     * @param dictionary the names to find, laid over the model's mentions and the bundled known
     *     names
     * @return this builder
     * @throws NullPointerException if {@code dictionary} is null
     */
    public Builder entityDictionary(EntityDictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
      return this;
    }

    /**
     * The layers to compute; tokens and sentences are always computed. Topics need parts of speech,
     * lemmas, compounds and furniture (and entities where a model is available): asking for topics
     * turns them on.
     *
     * <p>The builder's calls may come in any order: {@link #build()} resolves the layers. An entity
     * model or dictionary given to the builder turns {@link Layer#ENTITIES} on, and makes it
     * available without a bundled model, as does a model directory.
     *
     * @param requested the layers wanted; {@link Layer#TOKENS} and {@link Layer#SENTENCES} are
     *     added whether listed or not; a later call replaces an earlier one
     * @return this builder
     * @throws NullPointerException if {@code requested} or one of its layers is null
     */
    public Builder layers(Set<Layer> requested) {
      EnumSet<Layer> copy = EnumSet.noneOf(Layer.class);
      for (Layer layer : requested) {
        copy.add(Objects.requireNonNull(layer, "layer"));
      }
      this.requested = copy;
      return this;
    }

    /** The layers to compute, from what was asked for and given, in any order of the calls. */
    private Set<Layer> resolveLayers() {
      boolean given = entityModel != null || dictionary != null;
      if (requested == null) {
        EnumSet<Layer> l = EnumSet.copyOf(AVAILABLE);
        if (given) {
          l.add(Layer.ENTITIES);
        }
        return l;
      }
      EnumSet<Layer> l = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
      for (Layer layer : requested) {
        if (layer == Layer.ENTITIES && (given || modelDirectory != null)) {
          l.add(layer);
          continue;
        }
        if (!AVAILABLE.contains(layer)) {
          throw new IllegalArgumentException(
              "layer "
                  + layer.name().toLowerCase()
                  + " is not available in this version; available: "
                  + AVAILABLE);
        }
        l.add(layer);
      }
      if (l.contains(Layer.TOPICS)) {
        l.addAll(EnumSet.of(Layer.POS, Layer.LEMMA, Layer.COMPOUNDS, Layer.FURNITURE));
        if (AVAILABLE.contains(Layer.ENTITIES) || given) {
          l.add(Layer.ENTITIES);
        }
      }
      if (given) {
        l.add(Layer.ENTITIES);
      }
      return l;
    }

    /**
     * Builds the pipeline, loading the models of its layers; that takes time, so build once and
     * share the result.
     *
     * @return a new, immutable and thread-safe pipeline
     * @throws java.io.UncheckedIOException if a model file of the model directory cannot be read
     * @throws IllegalArgumentException if a layer asked for is not available in this version, or
     *     the entity layer is on but there is no entity model in the model directory, none on the
     *     classpath and no dictionary
     */
    public GermanNlp build() {
      this.layers = resolveLayers();
      return new GermanNlp(this);
    }
  }

  /** Minimal growable int array. */
  private static final class IntList {
    private int[] a = new int[64];
    private int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int size() {
      return size;
    }

    int last() {
      return size == 0 ? 0 : a[size - 1];
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }
}
