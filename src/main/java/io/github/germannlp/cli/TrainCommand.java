package io.github.germannlp.cli;

import io.github.germannlp.eval.EntityScore;
import io.github.germannlp.ner.EntityModel;
import io.github.germannlp.ner.EntityRecognizer;
import io.github.germannlp.ner.EntityTrainer;
import io.github.germannlp.ner.Gazetteer;
import io.github.germannlp.ner.train.GazetteerSources;
import io.github.germannlp.ner.train.NerCorpora;
import io.github.germannlp.ner.train.TaggedSentence;
import io.github.germannlp.topic.BackgroundStatistics;
import io.github.germannlp.topic.train.BackgroundBuilder;
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
    subcommands = {TrainCommand.Entities.class, TrainCommand.Background.class,
        CategoryCommands.Train.class})
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "missing model: entities, background or categories");
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

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
        description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    /** Default output of the four-class model. */
    static final String DEFAULT_OUT = "models/entities-de.bin";
    /** Default output of the twelve-class model. */
    static final String DEFAULT_FINE_OUT = "models/entities-fine-de.bin";

    @Option(names = "--out", paramLabel = "FILE",
        description = "Where to write the model (default: " + DEFAULT_OUT + ", with --fine "
            + DEFAULT_FINE_OUT + ").")
    Path out;

    @Option(names = "--fine",
        description = "Twelve classes: PER, LOC, ORG, MISC and their deriv and part variants.")
    boolean fine;

    @Option(names = "--with-dev", description = "Add GermEval dev to the training data.")
    boolean withDev;

    @Option(names = "--smartdata",
        description = "Add the SmartData train split (lowered dev F1 when measured; off by default).")
    boolean smartData;

    @Option(names = "--no-guide",
        description = "No guide model (trained on SmartData train and the Europeana newspapers,"
            + " its tags features of the model; on by default).")
    boolean noGuide;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
        description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--averaged", paramLabel = "N", defaultValue = "9",
        description = "Perceptrons trained on differently shuffled sentence orders whose weights"
            + " are averaged into the model; 1 trains one, on the file order"
            + " (default: ${DEFAULT-VALUE}).")
    int averaged;

    @Override
    public Integer call() {
      PrintWriter log = spec.commandLine().getOut();
      if (fine && smartData) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--smartdata cannot be combined with --fine (SmartData has no deriv or part classes)");
      }
      if (averaged < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--averaged must be at least 1");
      }
      Path out = this.out != null ? this.out : Path.of(fine ? DEFAULT_FINE_OUT : DEFAULT_OUT);
      try {
        Path germeval = data.resolve("ner/germeval2014");
        List<TaggedSentence> train = new ArrayList<>(
            NerCorpora.readGermEval(germeval.resolve("train.tsv"), fine));
        List<TaggedSentence> dev = NerCorpora.readGermEval(germeval.resolve("dev.tsv"), fine);
        StringBuilder what = new StringBuilder("GermEval 2014 train");
        // read once: training data with --smartdata, guide data unless --no-guide
        List<TaggedSentence> smart = smartData || !noGuide
            ? NerCorpora.readSmartData(data.resolve("ner/smartdata/train.json.gz")) : List.of();
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
          guide.addAll(NerCorpora.readEuropeana(data.resolve("ner/europeana/enp_DE.tsv")));
          guide.addAll(smart);
        }
        Gazetteer gazetteer = GazetteerSources.build(data);
        log.printf(Locale.ROOT, "training on %s: %d sentences; gazetteer %d words%n", what,
            train.size(), gazetteer.size());
        if (!noGuide) {
          log.printf(Locale.ROOT, "guide trained on Europeana + SmartData train: %d segments%n",
              guide.size());
        }
        log.flush();
        var params = EntityTrainer.defaultParameters();
        params.put("Iterations", iterations);
        String description = (fine ? "twelve classes; " : "four classes; ") + what
            + "; averaged perceptron with lexicon, name-kind, POS and head-noun features, " + iterations
            + " iterations, weights averaged over " + averaged + " sentence orders"
            + (noGuide ? "" : "; guide model trained on Europeana + SmartData train")
            + "; trained " + LocalDate.now();
        EntityModel model = new EntityTrainer(params, averaged)
            .train(train, guide, gazetteer, description);
        if (out.getParent() != null) {
          Files.createDirectories(out.getParent());
        }
        model.write(out);
        log.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
        if (!withDev) {
          EntityRecognizer recognizer = new EntityRecognizer(model);
          EntityScore score = EntityScore.of(recognizer, dev);
          log.println("GermEval 2014 dev (not in training), gold tokens, exact spans"
              + (fine ? ", twelve classes:" : ":"));
          score.report().forEach(log::println);
          if (fine) {
            List<TaggedSentence> devFour =
                NerCorpora.readGermEval(germeval.resolve("dev.tsv"), false);
            log.println("GermEval 2014 dev, four classes (deriv and part predictions dropped):");
            EntityScore.of(recognizer, devFour, true).report().forEach(log::println);
          }
        }
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

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
        description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
        description = "Where to write the table (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-laws", paramLabel = "N", defaultValue = "2000",
        description = "Read the first N law files of the archive (default: ${DEFAULT-VALUE}; the"
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
