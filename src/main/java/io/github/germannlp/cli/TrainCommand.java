package io.github.germannlp.cli;

import io.github.germannlp.internal.AtomicFile;
import io.github.germannlp.internal.eval.EntityScore;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.ner.WordClusters;
import io.github.germannlp.internal.ner.train.GazetteerSources;
import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.SmartDataCorpus;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.internal.ner.train.WordClusterBuilder;
import io.github.germannlp.internal.topic.BackgroundStatistics;
import io.github.germannlp.internal.topic.train.BackgroundBuilder;
import io.github.germannlp.ner.EntityModel;
import io.github.germannlp.ner.EntityTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: rebuilds the shipped models from the data folder. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the models from the data folder (../shared/data).",
    subcommands = {
      TrainCommand.Entities.class,
      TrainCommand.Clusters.class,
      TrainCommand.Background.class,
      CategoryCommands.Train.class
    })
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing model: entities, clusters, background or categories");
  }

  /** {@code train entities}: the entity model. */
  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description = {
        "Train the entity model (four classes PER, LOC, ORG, MISC) on GermEval 2014 train",
        "(and dev with --with-dev); without --with-dev, score it on GermEval dev.",
        "--fine: twelve classes (the four and their deriv and part variants: GermEval's",
        "outer classes, OTH as MISC); scored on dev in twelve classes and, mapped, in four.",
        "The model gets a guide, trained first on SmartData train and the Europeana",
        "newspapers, whose tags are features of the model (--no-guide: none)."
      })
  static final class Entities implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "../shared/data",
        description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    /** Default output of the four-class model. */
    static final String DEFAULT_OUT = "models/entities-de.bin";

    /** Default output of the twelve-class model. */
    static final String DEFAULT_FINE_OUT = "models/entities-fine-de.bin";

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "Where to write the model (default: "
                + DEFAULT_OUT
                + ", with --fine "
                + DEFAULT_FINE_OUT
                + ").")
    Path out;

    @Option(
        names = "--fine",
        description = "Twelve classes: PER, LOC, ORG, MISC and their deriv and part variants.")
    boolean fine;

    @Option(names = "--with-dev", description = "Add GermEval dev to the training data.")
    boolean withDev;

    @Option(
        names = "--even-only",
        description =
            "Train on the sentences at even positions of train.tsv only (0, 2, 4, ...:"
                + " the 2,550 it held before its odd half was added), to measure what the added"
                + " half gives.")
    boolean evenOnly;

    @Option(
        names = "--smartdata",
        description =
            "Add the SmartData train split (lowered dev F1 when measured; off by default).")
    boolean smartData;

    @Option(
        names = "--no-guide",
        description =
            "No guide model (trained on SmartData train and the Europeana newspapers,"
                + " its tags features of the model; on by default).")
    boolean noGuide;

    @Option(
        names = "--clusters",
        paramLabel = "FILE",
        defaultValue = "models/" + WordClusters.FILE_NAME,
        description =
            "The word cluster table of the cluster features (train clusters; default:"
                + " ${DEFAULT-VALUE}).")
    Path clusters;

    @Option(names = "--no-clusters", description = "No word-cluster features.")
    boolean noClusters;

    @Option(
        names = "--guide-corpora",
        paramLabel = "NAME,...",
        split = ",",
        defaultValue = "smartdata,europeana",
        description =
            "The corpora the guide is trained on, in this order: smartdata, europeana,"
                + " mobie, newseye (default: ${DEFAULT-VALUE}).")
    List<String> guideCorpora;

    @Option(
        names = "--iterations",
        paramLabel = "N",
        defaultValue = "100",
        description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
        names = "--averaged",
        paramLabel = "N",
        defaultValue = "9",
        description =
            "Perceptrons trained on differently shuffled sentence orders whose weights"
                + " are averaged into the model; 1 trains one, on the file order"
                + " (default: ${DEFAULT-VALUE}).")
    int averaged;

    @Option(
        names = "--mention-swaps",
        paramLabel = "N",
        defaultValue = "1",
        description =
            "Add N copies of each training sentence with a mention, every mention"
                + " replaced by a random one of the same type (default: ${DEFAULT-VALUE}; 0: none).")
    int mentionSwaps;

    @Option(
        names = "--seed",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "Order of the training data: 0 the file order, any other number a shuffle"
                + " of the training and guide sentences with that seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--runs",
        paramLabel = "N",
        defaultValue = "1",
        description =
            "Without --with-dev: train N models on N data orders (seeds --seed,"
                + " --seed + 1, ...), score each on dev and print the mean and the spread; the first"
                + " is written (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
        names = "--dev-folds",
        description =
            "Without --with-dev: also train each run twice more, with one half of dev"
                + " added to the training data, and score the other half; print the mean of the two.")
    boolean devFolds;

    @Option(
        names = "--raw",
        description =
            "Without --with-dev: also score each run end to end from running text"
                + " (as evaluate entities --raw).")
    boolean raw;

    @Override
    public Integer call() {
      PrintWriter log = spec.commandLine().getOut();
      if (fine && smartData) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--smartdata cannot be combined with --fine (SmartData has no deriv or part classes)");
      }
      if (averaged < 1 || runs < 1 || mentionSwaps < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--averaged and --runs must be at least 1, --mention-swaps at least 0");
      }
      if (withDev && (runs > 1 || devFolds || raw)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--runs, --dev-folds and --raw score on dev: not with --with-dev");
      }
      for (String c : guideCorpora) {
        if (!List.of("smartdata", "europeana", "mobie", "newseye").contains(c)) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(),
              "unknown guide corpus '" + c + "' (smartdata, europeana, mobie, newseye)");
        }
      }
      Path out = this.out != null ? this.out : Path.of(fine ? DEFAULT_FINE_OUT : DEFAULT_OUT);
      try {
        Path germeval = data.resolve("ner/germeval2014");
        List<TaggedSentence> train =
            new ArrayList<>(NerCorpora.readGermEval(germeval.resolve("train.tsv"), fine));
        List<TaggedSentence> dev = NerCorpora.readGermEval(germeval.resolve("dev.tsv"), fine);
        for (var corpus :
            List.of(java.util.Map.entry("train.tsv", train), java.util.Map.entry("dev.tsv", dev))) {
          if (corpus.getValue().isEmpty()) {
            throw new IOException(germeval.resolve(corpus.getKey()) + ": no sentences");
          }
        }
        StringBuilder what = new StringBuilder("GermEval 2014 train");
        if (evenOnly) {
          List<TaggedSentence> even = new ArrayList<>();
          for (int i = 0; i < train.size(); i += 2) {
            even.add(train.get(i));
          }
          train = even;
          what.append(" (even positions only)");
        }
        // read once: training data with --smartdata, guide data unless --no-guide
        List<TaggedSentence> smart =
            smartData || !noGuide && guideCorpora.contains("smartdata")
                ? SmartDataCorpus.read(data.resolve("ner/smartdata/train.json.gz"))
                : List.of();
        if (smartData) {
          train.addAll(smart);
          what.append(" + SmartData train");
        }
        if (withDev) {
          train.addAll(dev);
          what.append(" + GermEval 2014 dev");
        }
        List<TaggedSentence> guide = new ArrayList<>();
        if (!noGuide) {
          for (String c : guideCorpora) {
            switch (c) {
              case "smartdata" -> guide.addAll(smart);
              case "europeana" ->
                  guide.addAll(NerCorpora.readEuropeana(data.resolve("ner/europeana/enp_DE.tsv")));
              case "mobie" ->
                  guide.addAll(NerCorpora.readConll2003(data.resolve("ner/mobie/train.conll2003")));
              default -> {
                for (String f :
                    List.of(
                        "newseye-dev-de.tsv",
                        "newseye-dev2-de.tsv",
                        "newseye-test-de.tsv",
                        "sonar-dev-de.tsv",
                        "sonar-test-de.tsv")) {
                  guide.addAll(NerCorpora.readHipe(data.resolve("ner/newseye-de").resolve(f)));
                }
              }
            }
          }
        }
        Gazetteer gazetteer = GazetteerSources.build(data);
        WordClusters wordClusters = noClusters ? null : WordClusters.load(clusters);
        log.printf(
            Locale.ROOT,
            "training on %s: %d sentences; gazetteer %d words; %s%n",
            what,
            train.size(),
            gazetteer.size(),
            wordClusters == null
                ? "no word clusters"
                : String.format(Locale.ROOT, "word clusters of %,d words", wordClusters.size()));
        if (!noGuide) {
          log.printf(
              Locale.ROOT,
              "guide trained on %s: %d segments%n",
              String.join(" + ", guideCorpora),
              guide.size());
        }
        log.flush();
        var params = EntityTrainer.defaultParameters();
        params.put("Iterations", iterations);
        String description =
            (fine ? "twelve classes; " : "four classes; ")
                + what
                + "; averaged perceptron with lexicon, name-kind, POS, head-noun"
                + (wordClusters == null ? "" : ", word-cluster")
                + (gazetteer.hasPhrases() ? ", phrase" : "")
                + " features, "
                + iterations
                + " iterations, weights averaged over "
                + averaged
                + " sentence orders"
                + (mentionSwaps == 0
                    ? ""
                    : "; "
                        + mentionSwaps
                        + " mention-swapped cop"
                        + (mentionSwaps == 1 ? "y" : "ies")
                        + " of the training sentences")
                + (noGuide ? "" : "; guide model trained on " + String.join(" + ", guideCorpora))
                + (seed == 0 ? "" : "; data order seed " + seed)
                + "; trained "
                + LocalDate.now();
        EntityTrainer trainer = new EntityTrainer(params, averaged).withMentionSwaps(mentionSwaps);
        List<TaggedSentence> devFour =
            fine ? NerCorpora.readGermEval(germeval.resolve("dev.tsv"), false) : dev;
        double[] f1 = new double[runs];
        double[] foldF1 = new double[runs];
        double[] rawF1 = new double[runs];
        for (int run = 0; run < runs; run++) {
          long order = seed + run;
          EntityModel model =
              trainer.train(
                  shuffled(train, order),
                  shuffled(guide, order),
                  gazetteer,
                  wordClusters,
                  description);
          if (run == 0) {
            AtomicFile.writePath(out, model::write);
            log.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
          }
          if (withDev) {
            continue;
          }
          EntityRecognizer recognizer = new EntityRecognizer(model);
          EntityScore score = EntityScore.of(recognizer, dev);
          log.printf(
              Locale.ROOT,
              "GermEval 2014 dev (not in training), gold tokens, exact spans%s,"
                  + " data order %d:%n",
              fine ? ", twelve classes" : "",
              order);
          score.report().forEach(log::println);
          f1[run] = score.overall().f1();
          if (fine) {
            log.println("GermEval 2014 dev, four classes (deriv and part predictions dropped):");
            EntityScore.of(recognizer, devFour, true).report().forEach(log::println);
          }
          if (raw) {
            EntityScore r = EntityScore.ofRunningText(model, devFour, true);
            log.printf(Locale.ROOT, "GermEval 2014 dev, running text, data order %d:%n", order);
            r.report().forEach(log::println);
            rawF1[run] = r.overall().f1();
          }
          if (devFolds) {
            int half = dev.size() / 2;
            double sum = 0;
            for (int fold = 0; fold < 2; fold++) {
              List<TaggedSentence> added =
                  fold == 0 ? dev.subList(0, half) : dev.subList(half, dev.size());
              List<TaggedSentence> scored =
                  fold == 0 ? dev.subList(half, dev.size()) : dev.subList(0, half);
              List<TaggedSentence> foldTrain = new ArrayList<>(train);
              foldTrain.addAll(added);
              EntityModel m =
                  trainer.train(
                      shuffled(foldTrain, order),
                      shuffled(guide, order),
                      gazetteer,
                      wordClusters,
                      description);
              double f = EntityScore.of(new EntityRecognizer(m), scored).overall().f1();
              log.printf(
                  Locale.ROOT,
                  "dev fold %d (the other half of dev in training): F1 %.2f%n",
                  fold + 1,
                  f);
              sum += f;
            }
            foldF1[run] = sum / 2;
            log.printf(Locale.ROOT, "dev folds, mean: F1 %.2f%n", foldF1[run]);
          }
          log.flush();
        }
        if (runs > 1) {
          summary(log, "dev, gold tokens", f1);
          if (devFolds) {
            summary(log, "dev folds", foldF1);
          }
          if (raw) {
            summary(log, "dev, running text", rawF1);
          }
        }
        log.flush();
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
    }

    /** The sentences in file order for seed 0, else shuffled with the seed. */
    private static List<TaggedSentence> shuffled(List<TaggedSentence> sentences, long seed) {
      if (seed == 0) {
        return sentences;
      }
      List<TaggedSentence> copy = new ArrayList<>(sentences);
      java.util.Collections.shuffle(copy, new java.util.Random(seed));
      return copy;
    }

    private static void summary(PrintWriter log, String what, double[] f1) {
      double sum = 0;
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (double f : f1) {
        sum += f;
        min = Math.min(min, f);
        max = Math.max(max, f);
      }
      log.printf(
          Locale.ROOT,
          "%s: F1 mean %.2f over %d data orders (min %.2f, max %.2f)%n",
          what,
          sum / f1.length,
          f1.length,
          min,
          max);
    }
  }

  /** {@code train clusters}: the word cluster table the entity model's features use. */
  @Command(
      name = "clusters",
      mixinStandardHelpOptions = true,
      description = {
        "Build the word cluster table (skip-gram word vectors of the unlabeled text of the data",
        "folder, clustered by k-means at several granularities) that train entities reads."
      })
  static final class Clusters implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Default output. */
    static final String DEFAULT_OUT = "models/" + WordClusters.FILE_NAME;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "../shared/data",
        description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        defaultValue = DEFAULT_OUT,
        description = "Where to write the table (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--min-count",
        paramLabel = "N",
        defaultValue = "5",
        description =
            "The fewest occurrences a word needs to get clusters" + " (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(
        names = "--granularities",
        paramLabel = "K,K,...",
        split = ",",
        defaultValue = "128,512,2048",
        description = "The numbers of clusters, one column each (default: ${DEFAULT-VALUE}).")
    int[] granularities;

    @Option(
        names = "--dimension",
        paramLabel = "N",
        defaultValue = "100",
        description = "Length of the word vectors (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(
        names = "--epochs",
        paramLabel = "N",
        defaultValue = "5",
        description = "Passes of the vector training over the text (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description =
            "Threads of the vector training (default: one a core). With more than one"
                + " the threads update the vectors without locks and the table differs a little from"
                + " run to run; --threads 1 gives the same table for the same data every time.")
    Integer threads;

    @Override
    public Integer call() {
      PrintWriter log = spec.commandLine().getErr();
      if (threads != null && threads < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--threads must be at least 1");
      }
      if (minCount < 1 || dimension < 1 || epochs < 1 || granularities.length == 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--min-count, --dimension, --epochs and --granularities must be positive");
      }
      try {
        WordClusters table =
            WordClusterBuilder.build(
                data,
                new WordClusterBuilder.Settings(
                    minCount,
                    granularities,
                    dimension,
                    epochs,
                    12,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors()),
                log);
        AtomicFile.writePath(out, table::write);
        log.printf(
            Locale.ROOT, "wrote %s (%,d words, %,d bytes)%n", out, table.size(), Files.size(out));
        log.flush();
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
    }
  }

  /** {@code train background}: the background statistics of the topic layer. */
  @Command(
      name = "background",
      mixinStandardHelpOptions = true,
      description = {
        "Build the background statistics of the topic layer (lemma document frequencies) from",
        "the federal laws, Effi Briest and the GermEval sentences of the data folder."
      })
  static final class Background implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Default output. */
    static final String DEFAULT_OUT = "models/" + BackgroundStatistics.FILE_NAME;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "../shared/data",
        description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        defaultValue = DEFAULT_OUT,
        description = "Where to write the table (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--max-laws",
        paramLabel = "N",
        defaultValue = "2000",
        description =
            "Read the first N law files of the archive (default: ${DEFAULT-VALUE}; the"
                + " laws' share of the table is fixed, more files add mostly legal terms).")
    int maxLaws;

    @Override
    public Integer call() {
      PrintWriter log = spec.commandLine().getErr();
      try {
        if (out.getParent() != null) {
          Files.createDirectories(out.getParent());
        }
        try (var stream = Files.newOutputStream(out)) {
          BackgroundBuilder.build(data, maxLaws, stream, log);
        }
        log.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
        log.flush();
        return 0;
      } catch (IOException | IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
    }
  }
}
