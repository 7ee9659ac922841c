package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.internal.eval.GermEvalCorpus;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.ner.EntityModel;
import io.github.germannlp.peers.OpenNlpNameFinderEval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Entity recognition throughput over GermEval 2014 dev (news and Wikipedia sentences, about 42k
 * tokens, 2,200 sentences):
 *
 * <ul>
 *   <li>{@link #segmentAndEntities}: {@code GermanNlp.builder().entityModel(model).build()
 *       .analyze(text)} on the dev sentences detokenized into running text ({@link
 *       GermEvalCorpus#read}, about 258k chars) — segmentation plus entities, end to end;
 *   <li>{@link #segmentOnly}: the same text with tokens and sentences only (no entity model), the
 *       baseline the entity overhead is measured against;
 *   <li>{@link #entitiesOnly}: {@link EntityRecognizer#tag} over the gold-tokenized dev sentences
 *       ({@link NerCorpora#readGermEval}), no segmentation;
 *   <li>{@link #openNlpNameFinder}: OpenNLP's {@link NameFinderME} (default feature generation,
 *       trained on GermEval train in four classes, see {@link OpenNlpNameFinderEval}) over the same
 *       gold-tokenized sentences, {@code find} per sentence and {@code clearAdaptiveData} after
 *       each (GermEval sentences are independent of each other).
 * </ul>
 *
 * <p>Every benchmark returns its token count; the {@link TokenCounter} auxiliary counter adds it
 * per operation, so JMH reports {@code tokens} (tokens per second) next to ops/s.
 *
 * <p>Entity model: {@code -Dgermannlp.entities=FILE} or the environment variable {@code
 * GERMANNLP_ENTITIES}, else the bundled model. Data: {@code -Dgermannlp.germeval.dev=PATH} / {@code
 * GERMANNLP_GERMEVAL_DEV} and {@code -Dgermannlp.germeval.train=PATH} / {@code
 * GERMANNLP_GERMEVAL_TRAIN} (defaults under {@code ../shared/data/ner/germeval2014/}). The OpenNLP
 * model is trained once per trial or read from {@value OpenNlpNameFinderEval#CACHE}. Run with
 * {@code scripts/bench-entities.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityBenchmark {
  static final String ENTITIES_PROPERTY = "germannlp.entities";
  static final String ENTITIES_ENV = "GERMANNLP_ENTITIES";

  /**
   * Where {@link #entityModel()} takes the model from: the file named by the property or the
   * environment variable, else {@code "bundled"}.
   *
   * @throws IllegalStateException if neither is set and no model is bundled, or the named file does
   *     not exist; the message says how to train one
   */
  public static String entityModelSource() {
    String p = System.getProperty(ENTITIES_PROPERTY);
    String from = "system property " + ENTITIES_PROPERTY;
    if (p == null || p.isBlank()) {
      p = System.getenv(ENTITIES_ENV);
      from = "environment variable " + ENTITIES_ENV;
    }
    if (p != null && !p.isBlank()) {
      if (!Files.isRegularFile(Path.of(p))) {
        throw new IllegalStateException(
            "entity model not found: "
                + Path.of(p).toAbsolutePath()
                + " [from "
                + from
                + "]. "
                + HOW_TO_TRAIN);
      }
      return p;
    }
    if (!EntityModel.isBundled()) {
      throw new IllegalStateException(
          "no entity model: none bundled ("
              + EntityModel.BUNDLED_RESOURCE
              + ") and neither -D"
              + ENTITIES_PROPERTY
              + "=FILE nor "
              + ENTITIES_ENV
              + " is set. "
              + HOW_TO_TRAIN);
    }
    return "bundled";
  }

  private static final String HOW_TO_TRAIN =
      "Train one with: mvn -B -q package -DskipTests"
          + " && java -jar target/german-nlp-cli.jar train entities --out target/entities-de.bin,"
          + " then pass GERMANNLP_ENTITIES=target/entities-de.bin (scripts/bench-entities.sh does"
          + " this by itself)";

  /** The entity model named by {@link #entityModelSource()}. */
  public static EntityModel entityModel() throws IOException {
    String source = entityModelSource();
    return source.equals("bundled") ? EntityModel.loadBundled() : EntityModel.load(Path.of(source));
  }

  /** Inputs, pipelines, recognizer and OpenNLP model (all thread-safe or read-only). */
  @State(Scope.Benchmark)
  public static class Shared {
    String text;
    List<TaggedSentence> sentences;
    EntityModel model;
    GermanNlp withEntities;
    GermanNlp segmentOnly;
    EntityRecognizer recognizer;
    TokenNameFinderModel openNlpModel;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      Path dev = OpenNlpNameFinderEval.devFile();
      text = GermEvalCorpus.read(dev).text();
      sentences = NerCorpora.readGermEval(dev, false);
      String source = entityModelSource();
      model = entityModel();
      withEntities =
          GermanNlp.builder()
              .entityModel(model)
              .layers(Set.of(Layer.TOKENS, Layer.ENTITIES))
              .build();
      segmentOnly = GermanNlp.builder().layers(Set.of(Layer.TOKENS)).build();
      recognizer = new EntityRecognizer(model);
      openNlpModel = OpenNlpNameFinderEval.cachedModel(OpenNlpNameFinderEval.trainFile());

      // One pass of each, for the counts (and to fail early if one throws).
      Document full = withEntities.analyze(text);
      Document seg = segmentOnly.analyze(text);
      if (!full.has(Layer.ENTITIES) || seg.has(Layer.ENTITIES)) {
        throw new IllegalStateException(
            "unexpected layers: with entities "
                + full.layers()
                + ", segmentation only "
                + seg.layers());
      }
      int tokens = 0;
      int ours = 0;
      for (TaggedSentence s : sentences) {
        tokens += s.tokens().length;
        ours += OpenNlpNameFinderEval.spans(recognizer.tag(s.tokens(), null)).length;
      }
      NameFinderME finder = new NameFinderME(openNlpModel);
      int theirs = 0;
      for (TaggedSentence s : sentences) {
        theirs += finder.find(s.tokens()).length;
        finder.clearAdaptiveData();
      }
      System.err.printf(
          "# text: GermEval 2014 dev %s, %d chars; entity model: %s%n", dev, text.length(), source);
      System.err.printf(
          "# running text: %d tokens, %d sentences, %d mentions (segmentation"
              + " only: %d tokens)%n",
          full.tokenCount(), full.sentenceCount(), full.mentions().size(), seg.tokenCount());
      System.err.printf(
          "# gold tokens: %d in %d sentences; mentions: german-nlp %d,"
              + " OpenNLP NameFinderME %d%n",
          tokens, sentences.size(), ours, theirs);
    }
  }

  /** Per-thread NameFinderME (not thread-safe). */
  @State(Scope.Thread)
  public static class OpenNlpTools {
    NameFinderME finder;

    @Setup(Level.Trial)
    public void setup(Shared shared) {
      finder = new NameFinderME(shared.openNlpModel);
    }
  }

  /** Segmentation and entities over the running text: the end-to-end figure. */
  @Benchmark
  public int segmentAndEntities(Shared shared, TokenCounter counter) {
    Document doc = shared.withEntities.analyze(shared.text);
    int n = doc.tokenCount();
    counter.tokens += n;
    return n + doc.mentions().size();
  }

  /** Segmentation only over the running text (no entity model): the baseline. */
  @Benchmark
  public int segmentOnly(Shared shared, TokenCounter counter) {
    Document doc = shared.segmentOnly.analyze(shared.text);
    int n = doc.tokenCount();
    counter.tokens += n;
    return n;
  }

  /** This library's recognizer over the gold-tokenized sentences. */
  @Benchmark
  public int entitiesOnly(Shared shared, TokenCounter counter) {
    EntityRecognizer r = shared.recognizer;
    int n = 0;
    int h = 0;
    for (TaggedSentence s : shared.sentences) {
      String[] tags = r.tag(s.tokens(), null);
      n += tags.length;
      h += tags.length > 0 ? tags[0].length() : 0;
    }
    counter.tokens += n;
    return n + h;
  }

  /** OpenNLP NameFinderME over the gold-tokenized sentences. */
  @Benchmark
  public int openNlpNameFinder(Shared shared, OpenNlpTools tools, TokenCounter counter) {
    NameFinderME finder = tools.finder;
    int n = 0;
    int h = 0;
    for (TaggedSentence s : shared.sentences) {
      Span[] found = finder.find(s.tokens());
      finder.clearAdaptiveData();
      n += s.tokens().length;
      h += found.length;
    }
    counter.tokens += n;
    return n + h;
  }
}
