package io.github.germannlp.cli;

import io.github.germannlp.category.CategoryEvaluation;
import io.github.germannlp.category.CategoryModel;
import io.github.germannlp.category.CategoryTrainer;
import io.github.germannlp.category.FeatureSet;
import io.github.germannlp.category.LabelledArticle;
import io.github.germannlp.category.LabelledArticles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train categories} and {@code evaluate categories}: editorial category models. */
final class CategoryCommands {
  private CategoryCommands() {}

  /** Algorithm names on the command line. */
  enum AlgorithmName {
    maxent(CategoryTrainer.Algorithm.MAXENT),
    maxent_qn(CategoryTrainer.Algorithm.MAXENT_QN),
    naive_bayes(CategoryTrainer.Algorithm.NAIVE_BAYES),
    perceptron(CategoryTrainer.Algorithm.PERCEPTRON);

    final CategoryTrainer.Algorithm algorithm;

    AlgorithmName(CategoryTrainer.Algorithm algorithm) {
      this.algorithm = algorithm;
    }
  }

  /** Feature-set names on the command line. */
  enum FeatureName {
    german(FeatureSet.GERMAN),
    opennlp(FeatureSet.OPENNLP_BASELINE);

    final FeatureSet set;

    FeatureName(FeatureSet set) {
      this.set = set;
    }
  }

  /** The training options shared by both commands (a picocli mixin). */
  static final class TrainingOptions {
    @Option(
        names = "--algorithm",
        paramLabel = "NAME",
        defaultValue = "maxent_qn",
        description =
            "maxent (GIS), maxent_qn (L-BFGS), naive_bayes or perceptron"
                + " (default: ${DEFAULT-VALUE}).")
    AlgorithmName algorithm;

    @Option(
        names = "--iterations",
        paramLabel = "N",
        defaultValue = "" + CategoryTrainer.DEFAULT_ITERATIONS,
        description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
        names = "--cutoff",
        paramLabel = "N",
        defaultValue = "" + CategoryTrainer.DEFAULT_CUTOFF,
        description = "Drop features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    CategoryTrainer trainer(CommandSpec spec, FeatureSet features) {
      try {
        return CategoryTrainer.builder()
            .features(features)
            .algorithm(algorithm.algorithm)
            .iterations(iterations)
            .cutoff(cutoff)
            .build();
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }

  static List<LabelledArticle> read(Path data) {
    try {
      return LabelledArticles.read(data);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new Main.InputException(data + ": no such file or folder", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new Main.InputException(e.getMessage(), e);
    }
  }

  static String summary(List<LabelledArticle> articles) {
    Map<String, Integer> counts = new TreeMap<>();
    for (LabelledArticle a : articles) {
      counts.merge(a.category(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(articles.size()).append(" articles, ").append(counts.size()).append(" categories:");
    counts.forEach((c, n) -> sb.append(' ').append(c).append(' ').append(n).append(','));
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }

  /** {@code train categories}. */
  @Command(
      name = "categories",
      mixinStandardHelpOptions = true,
      description = {
        "Train a category model on labelled articles: JSON lines",
        "({\"category\": \"Sport\", \"text\": \"...\"} a line, optional \"id\") or a folder",
        "DIR/<category>/*.txt. OpenNLP's document categorizer over German features (lemmas of",
        "content words, compound parts, entity names)."
      })
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "PATH",
        required = true,
        description = "Labelled articles: a .jsonl file or a folder DIR/<category>/*.txt.")
    Path data;

    @Option(
        names = "--out",
        paramLabel = "MODEL",
        required = true,
        description = "Where to write the model.")
    Path out;

    @Option(
        names = "--features",
        paramLabel = "german|opennlp",
        defaultValue = "german",
        description = "german (default) or opennlp (OpenNLP's default: white-space tokens).")
    FeatureName features;

    @picocli.CommandLine.Mixin TrainingOptions options;

    @Override
    public Integer call() {
      CategoryTrainer trainer = options.trainer(spec, features.set);
      List<LabelledArticle> articles = read(data);
      PrintWriter log = spec.commandLine().getOut();
      log.printf(Locale.ROOT, "training on %s: %s%n", data, summary(articles));
      log.printf(Locale.ROOT, "trainer    %s%n", trainer.describe());
      log.flush();
      try {
        CategoryModel model = trainer.train(articles);
        if (out.getParent() != null) {
          Files.createDirectories(out.getParent());
        }
        model.write(out);
        log.printf(
            Locale.ROOT,
            "wrote %s (%,d bytes; categories %s)%n",
            out,
            Files.size(out),
            String.join(", ", model.categories()));
      } catch (IllegalArgumentException e) {
        throw new Main.InputException(data + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new Main.InputException(out + ": cannot write: " + e.getMessage(), e);
      }
      log.flush();
      return 0;
    }
  }

  /** Either folds or a test fraction. */
  static final class SplitOptions {
    @Option(
        names = "--folds",
        paramLabel = "K",
        description = "Stratified K-fold cross-validation (default: 10 folds).")
    Integer folds;

    @Option(
        names = "--test-fraction",
        paramLabel = "F",
        description = "A stratified held-out split: F of each category (0 < F < 1) for testing.")
    Double testFraction;
  }

  /** {@code evaluate categories}. */
  @Command(
      name = "categories",
      mixinStandardHelpOptions = true,
      description = {
        "Score category models on labelled articles (JSON lines or DIR/<category>/*.txt):",
        "stratified K-fold cross-validation (default 10) or a held-out split, both from a",
        "seed. Ours (German features) and OpenNLP's plain default document categorizer",
        "(white-space tokens, bag of words, maxent, cutoff 5) on the same splits:",
        "per-category precision/recall/F1, accuracy, macro-F1, confusion matrix."
      })
  static final class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "PATH",
        required = true,
        description = "Labelled articles: a .jsonl file or a folder DIR/<category>/*.txt.")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    SplitOptions split;

    @Option(
        names = "--features",
        paramLabel = "german|opennlp",
        defaultValue = "german",
        description =
            "Features of our model: german (default), or opennlp (white-space tokens,"
                + " to see what the trainer settings alone give).")
    FeatureName features;

    @Option(
        names = "--seed",
        paramLabel = "S",
        defaultValue = "42",
        description = "Seed of the stratified shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin TrainingOptions options;

    @Override
    public Integer call() {
      Integer folds = split == null ? null : split.folds;
      Double fraction = split == null ? null : split.testFraction;
      if (folds == null && fraction == null) {
        folds = 10;
      }
      if (folds != null && folds < 2) {
        throw new Main.UsageException("--folds must be at least 2: " + folds);
      }
      if (fraction != null && !(fraction > 0 && fraction < 1)) {
        throw new Main.UsageException("--test-fraction must be between 0 and 1: " + fraction);
      }
      CategoryTrainer ours = options.trainer(spec, features.set);
      CategoryTrainer baseline = CategoryTrainer.openNlpBaseline();
      List<LabelledArticle> articles = read(data);
      List<CategoryEvaluation.Split> splits;
      try {
        splits =
            folds != null
                ? CategoryEvaluation.folds(articles, folds, seed)
                : List.of(CategoryEvaluation.holdOut(articles, fraction, seed));
      } catch (IllegalArgumentException e) {
        throw new Main.InputException(data + ": " + e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "data       %s (%s)%n", data, summary(articles));
      out.printf(
          Locale.ROOT,
          "splits     %s, stratified, seed %d%n",
          folds != null
              ? folds + "-fold cross-validation"
              : String.format(
                  Locale.ROOT,
                  "held-out split, test fraction %s (%d test articles)",
                  fraction,
                  splits.get(0).test().size()),
          seed);
      out.flush();
      CategoryEvaluation a;
      CategoryEvaluation b;
      long t0 = System.nanoTime();
      try {
        a = CategoryEvaluation.run(splits, ours);
        long t1 = System.nanoTime();
        out.printf(Locale.ROOT, "== german-nlp: %s (%.1f s)%n", ours.describe(), (t1 - t0) / 1e9);
        a.report().forEach(out::println);
        out.flush();
        b = CategoryEvaluation.run(splits, baseline);
        out.printf(
            Locale.ROOT,
            "== OpenNLP baseline: %s (%.1f s)%n",
            baseline.describe(),
            (System.nanoTime() - t1) / 1e9);
        b.report().forEach(out::println);
      } catch (IllegalArgumentException e) {
        throw new Main.InputException(data + ": " + e.getMessage(), e);
      }
      out.printf(Locale.ROOT, "%-18s %9s %9s%n", "overall", "accuracy", "macro-F1");
      out.printf(
          Locale.ROOT, "%-18s %9.2f %9.2f%n", "german-nlp", 100 * a.accuracy(), 100 * a.macroF1());
      out.printf(
          Locale.ROOT,
          "%-18s %9.2f %9.2f%n",
          "OpenNLP baseline",
          100 * b.accuracy(),
          100 * b.macroF1());
      out.flush();
      return 0;
    }
  }
}
