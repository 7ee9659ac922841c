package io.github.germannlp.peers;

import io.github.germannlp.bench.EntityBenchmark;
import io.github.germannlp.internal.eval.EntityScore;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's {@link NameFinderME} as an entity peer: trained with its default feature generation and
 * default training parameters (maxent, 100 iterations, cutoff 5) on GermEval 2014 train in four
 * classes (PER, LOC, ORG, MISC; {@code deriv}/{@code part} as O, read with {@link
 * NerCorpora#readGermEval(Path, boolean)}), scored on GermEval 2014 dev with {@link EntityScore}
 * (gold tokens, exact spans). GermEval sentences are independent, so the adaptive data is cleared
 * after every sentence, in training (each {@link NameSample} clears) and in tagging.
 *
 * <p>The main method trains a fresh model, writes it to {@value #CACHE} (which {@link
 * EntityBenchmark} then loads instead of training again) and prints the per-class report on dev;
 * with an entity model available (see {@link EntityBenchmark#entityModel()}) it prints this
 * library's report on the same sentences next to it.
 *
 * <p>Data: {@code -Dgermannlp.germeval.train=PATH} / {@code GERMANNLP_GERMEVAL_TRAIN} (default
 * {@value #TRAIN_DEFAULT}) and {@code -Dgermannlp.germeval.dev=PATH} / {@code
 * GERMANNLP_GERMEVAL_DEV} (default {@value #DEV_DEFAULT}).
 */
public final class OpenNlpNameFinderEval {
  public static final String TRAIN_PROPERTY = "germannlp.germeval.train";
  public static final String TRAIN_ENV = "GERMANNLP_GERMEVAL_TRAIN";
  public static final String TRAIN_DEFAULT = "../shared/data/ner/germeval2014/train.tsv";
  public static final String DEV_PROPERTY = "germannlp.germeval.dev";
  public static final String DEV_ENV = "GERMANNLP_GERMEVAL_DEV";
  public static final String DEV_DEFAULT = "../shared/data/ner/germeval2014/dev.tsv";

  /** Where the trained OpenNLP model is cached (relative to the working directory). */
  public static final String CACHE = "target/opennlp-ner-germeval.bin";

  private OpenNlpNameFinderEval() {}

  /** GermEval 2014 train, resolved from the property, the environment or the default. */
  public static Path trainFile() {
    return PeerData.resolve(TRAIN_PROPERTY, TRAIN_ENV, TRAIN_DEFAULT);
  }

  /** GermEval 2014 dev, resolved from the property, the environment or the default. */
  public static Path devFile() {
    return PeerData.resolve(DEV_PROPERTY, DEV_ENV, DEV_DEFAULT);
  }

  /** Trains NameFinderME with default features and parameters on four-class GermEval sentences. */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences) throws IOException {
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (TaggedSentence s : sentences) {
      samples.add(new NameSample(s.tokens(), spans(s.tags()), true));
    }
    try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
      return NameFinderME.train(
          "de", null, stream, TrainingParameters.defaultParams(), new TokenNameFinderFactory());
    }
  }

  /**
   * The model trained on {@code train}: read from {@value #CACHE} when that was written for the
   * same training file (path, size, modification time), else trained and cached.
   */
  public static TokenNameFinderModel cachedModel(Path train) throws IOException {
    Path cache = Path.of(CACHE);
    Path keyFile = Path.of(CACHE + ".key");
    String key = cacheKey(train);
    if (Files.isRegularFile(cache)
        && Files.isRegularFile(keyFile)
        && key.equals(Files.readString(keyFile, StandardCharsets.UTF_8))) {
      try (InputStream in = Files.newInputStream(cache)) {
        return new TokenNameFinderModel(in);
      } catch (IOException | RuntimeException e) {
        System.err.println("# cached OpenNLP model unreadable, training again: " + e);
      }
    }
    long t0 = System.nanoTime();
    TokenNameFinderModel model = train(NerCorpora.readGermEval(train, false));
    System.err.printf(
        Locale.ROOT,
        "# trained OpenNLP NameFinderME on %s in %.1f s%n",
        train,
        (System.nanoTime() - t0) / 1e9);
    writeCache(model, train);
    return model;
  }

  /** Writes {@code model} to {@value #CACHE} (atomically) with the key of {@code train}. */
  static void writeCache(TokenNameFinderModel model, Path train) throws IOException {
    Path cache = Path.of(CACHE);
    Path dir = cache.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "opennlp-ner-", ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      model.serialize(out);
    }
    Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Path keyTmp = Files.createTempFile(dir, "opennlp-ner-", ".key.tmp");
    Files.writeString(keyTmp, cacheKey(train), StandardCharsets.UTF_8);
    Files.move(
        keyTmp,
        Path.of(CACHE + ".key"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static String cacheKey(Path train) throws IOException {
    return train.toAbsolutePath().normalize()
        + "\t"
        + Files.size(train)
        + "\t"
        + Files.getLastModifiedTime(train).toMillis()
        + "\tfourClasses\tdefaultParams\n";
  }

  /** BIO tags to OpenNLP spans ({@code I-X} without a preceding X starts a new span). */
  public static Span[] spans(String[] tags) {
    return io.github.germannlp.internal.eval.EntityScore.tokenSpans(tags).stream()
        .map(x -> new Span(x.start(), x.end(), x.type()))
        .toArray(Span[]::new);
  }

  /** OpenNLP spans to BIO tags over {@code n} tokens. */
  public static String[] bio(Span[] spans, int n) {
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    for (Span s : spans) {
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
      }
    }
    return tags;
  }

  /** Scores a NameFinderME on gold sentences, clearing adaptive data after each sentence. */
  public static EntityScore score(NameFinderME finder, List<TaggedSentence> gold) {
    EntityScore score = new EntityScore();
    for (TaggedSentence s : gold) {
      Span[] found = finder.find(s.tokens());
      finder.clearAdaptiveData();
      score.add(s.tags(), bio(found, s.tokens().length));
    }
    return score;
  }

  /** Trains on GermEval train, caches the model, prints the per-class report on GermEval dev. */
  public static void main(String[] args) throws IOException {
    Path trainFile = trainFile();
    Path devFile = devFile();
    List<TaggedSentence> train = NerCorpora.readGermEval(trainFile, false);
    List<TaggedSentence> dev = NerCorpora.readGermEval(devFile, false);
    long t0 = System.nanoTime();
    TokenNameFinderModel model = train(train);
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    writeCache(model, trainFile);

    System.out.printf(
        Locale.ROOT,
        "OpenNLP %s NameFinderME, default features and parameters;"
            + " trained on %s (%d sentences) in %.1f s; cached in %s%n",
        opennlp.tools.util.Version.currentVersion(),
        trainFile,
        train.size(),
        trainSeconds,
        CACHE);
    System.out.printf(
        Locale.ROOT,
        "GermEval 2014 dev %s (%d sentences), gold tokens, exact" + " spans, four classes:%n",
        devFile,
        dev.size());
    EntityScore openNlp = score(new NameFinderME(model), dev);
    openNlp.report().forEach(line -> System.out.println("  " + line));

    EntityModel ours;
    try {
      ours = EntityBenchmark.entityModel();
    } catch (IllegalStateException | IOException e) {
      System.out.println("(no german-nlp entity model for comparison: " + e.getMessage() + ")");
      return;
    }
    printOurs(ours, dev);
  }

  /** This library's report on the same sentences, warning when dev is in its training data. */
  static void printOurs(EntityModel ours, List<TaggedSentence> dev) {
    System.out.println(
        "german-nlp entity model (" + EntityBenchmark.entityModelSource() + "), same sentences:");
    System.out.println("  model: " + ours.description());
    if (ours.description().contains("dev")) {
      System.out.println(
          "  WARNING: this model was trained with GermEval dev; its dev figure is"
              + " not held out (train one without --with-dev for a fair comparison)");
    }
    EntityScore.of(new EntityRecognizer(ours), dev)
        .report()
        .forEach(line -> System.out.println("  " + line));
  }
}
