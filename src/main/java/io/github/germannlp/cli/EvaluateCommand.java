package io.github.germannlp.cli;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.internal.eval.ConlluCorpus;
import io.github.germannlp.internal.eval.GermEvalCorpus;
import io.github.germannlp.internal.eval.GoldText;
import io.github.germannlp.internal.eval.Segmentation;
import io.github.germannlp.internal.eval.SegmentationScore;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate}: scores this library against gold data. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score the library against gold data.",
    subcommands = {
      EvaluateCommand.Tokens.class,
      EvaluateCommand.Entities.class,
      EvaluateCommand.Pos.class,
      CategoryCommands.Evaluate.class
    })
final class EvaluateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing evaluation: tokens, entities or pos");
  }

  /** Corpus formats. */
  enum CorpusFormat {
    conllu,
    germeval
  }

  /** Gold formats for entities. */
  enum EntityCorpus {
    germeval,
    smartdata
  }

  /** {@code evaluate tokens}: token and sentence F1 against CoNLL-U or GermEval. */
  @Command(
      name = "tokens",
      mixinStandardHelpOptions = true,
      description = {
        "Token and sentence precision/recall/F1 (exact character spans).",
        "CoNLL-U: the '# text' lines, ten sentences a paragraph, against the surface tokens.",
        "GermEval: the sentences detokenized into running text, ten a paragraph."
      })
  static final class Tokens implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "Gold file (.conllu or GermEval .tsv)")
    Path file;

    @Option(
        names = "--corpus",
        paramLabel = "conllu|germeval",
        description = "Gold format; default from the file name (.conllu, else germeval).")
    CorpusFormat corpus;

    @Option(
        names = "--scheme",
        paramLabel = "news|ud",
        description = "Token scheme; default ud for CoNLL-U, news for GermEval.")
    String scheme;

    @Option(
        names = "--errors",
        paramLabel = "N",
        defaultValue = "0",
        description = "Print up to N token and N sentence errors.")
    int errors;

    @Override
    public Integer call() {
      CorpusFormat format =
          corpus != null
              ? corpus
              : file.toString().endsWith(".conllu") ? CorpusFormat.conllu : CorpusFormat.germeval;
      TokenScheme ts =
          scheme != null
              ? AnalyzeCommand.parseScheme(scheme)
              : format == CorpusFormat.conllu ? TokenScheme.UD : TokenScheme.NEWS;
      GoldText gold;
      try {
        gold = format == CorpusFormat.conllu ? ConlluCorpus.read(file) : GermEvalCorpus.read(file);
      } catch (NoSuchFileException e) {
        throw new Main.InputException(file + ": no such file", e);
      } catch (IOException e) {
        throw new Main.InputException(file + ": cannot read: " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
      GermanNlp nlp = GermanNlp.builder().scheme(ts).layers(java.util.Set.of(Layer.TOKENS)).build();
      Segmentation sys = Segmentation.of(nlp.analyze(gold.text()));
      SegmentationScore score = SegmentationScore.score(gold.gold(), sys);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "file       %s (%s, scheme %s)%n",
          file,
          format,
          ts.name().toLowerCase(Locale.ROOT));
      out.printf(Locale.ROOT, "tokens     %s%n", score.tokens());
      out.printf(Locale.ROOT, "sentences  %s%n", score.sentences());
      if (errors > 0) {
        out.println("-- token errors");
        SegmentationScore.tokenErrors(gold.text(), gold.gold(), sys, errors).forEach(out::println);
        out.println("-- sentence errors");
        SegmentationScore.sentenceErrors(gold.text(), gold.gold(), sys, errors)
            .forEach(out::println);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code evaluate entities}: entity P/R/F1 against GermEval, on its gold tokens or raw. */
  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description = {
        "Entity precision/recall/F1 per class and overall (exact span and type), four",
        "classes (PER, LOC, ORG, MISC = GermEval OTH; deriv and part count as no entity),",
        "on the gold tokens of a GermEval 2014 file.",
        "--fine: the twelve outer GermEval classes (the four and their deriv and part",
        "variants). A twelve-class model scored without --fine has its deriv and part",
        "mentions dropped.",
        "--raw: end to end from running text: the sentences detokenized, ten a paragraph,",
        "each paragraph analysed with the library's tokenizer, sentence splitter and",
        "entity layer (model and known names); mentions scored by exact character span",
        "and type.",
        "--corpus smartdata (the default for a .json.gz file): DFKI SmartData documents,",
        "segmented by the library, their person, location and organisation mentions as",
        "PER, LOC and ORG on those tokens (see SmartDataCorpus.read); it has no MISC,",
        "so MISC predictions count as no entity. With --raw, each SmartData document's",
        "whole text goes through the default pipeline (furniture, known names, second",
        "pass) and its mentions are scored by exact character span and type against the",
        "same gold entities.",
        "--calibration: also bin the predicted mentions by confidence and give each bin's",
        "share of right mentions, and the expected calibration error (gold tokens)."
      })
  static final class Entities implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "GermEval 2014 .tsv file, or SmartData .json.gz file")
    Path file;

    @Option(
        names = "--model",
        paramLabel = "FILE",
        description = "Entity model (default: the bundled one).")
    Path model;

    @Option(
        names = "--corpus",
        paramLabel = "germeval|smartdata",
        description = "Gold format (default: smartdata for a .json.gz file, else germeval).")
    EntityCorpus corpus;

    @Option(names = "--fine", description = "Score the twelve outer GermEval classes.")
    boolean fine;

    @Option(
        names = "--raw",
        description = "Score end to end from running text (own tokens and sentences).")
    boolean raw;

    @Option(
        names = "--calibration",
        description =
            "Also report how well the mentions' confidences are calibrated (ten bins"
                + " by confidence, each with its share of right mentions; gold tokens only).")
    boolean calibration;

    @Override
    public Integer call() {
      boolean smartData =
          corpus != null
              ? corpus == EntityCorpus.smartdata
              : file.getFileName().toString().endsWith(".json.gz");
      if (smartData && fine) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--fine is for GermEval files; SmartData is scored in four classes");
      }
      if (calibration && raw) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--calibration is measured on gold tokens, not with --raw");
      }
      java.util.List<io.github.germannlp.internal.ner.train.TaggedSentence> gold = null;
      java.util.List<io.github.germannlp.internal.ner.train.SmartDataCorpus.GoldDocument>
          documents = null;
      io.github.germannlp.ner.EntityModel m;
      try {
        if (smartData && raw) {
          documents = io.github.germannlp.internal.ner.train.SmartDataCorpus.readDocuments(file);
        } else {
          gold =
              smartData
                  ? io.github.germannlp.internal.ner.train.SmartDataCorpus.read(file)
                  : io.github.germannlp.internal.ner.train.NerCorpora.readGermEval(file, fine);
        }
        m =
            model != null
                ? io.github.germannlp.ner.EntityModel.load(model)
                : io.github.germannlp.ner.EntityModel.loadBundled();
      } catch (NoSuchFileException e) {
        throw new Main.InputException(e.getFile() + ": no such file", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
      boolean mapToFour = !fine && io.github.germannlp.internal.eval.EntityClasses.isFine(m);
      io.github.germannlp.internal.eval.EntityScore score =
          documents != null
              ? io.github.germannlp.internal.eval.EntityScore.ofDocuments(m, documents)
              : raw
                  ? io.github.germannlp.internal.eval.EntityScore.ofRunningText(m, gold, !fine)
                  : smartData
                      ? io.github.germannlp.internal.eval.EntityScore.withoutMisc(
                          new io.github.germannlp.internal.ner.EntityRecognizer(m), gold)
                      : io.github.germannlp.internal.eval.EntityScore.of(
                          new io.github.germannlp.internal.ner.EntityRecognizer(m),
                          gold,
                          mapToFour);
      PrintWriter out = spec.commandLine().getOut();
      if (documents != null) {
        out.printf(
            Locale.ROOT,
            "file       %s (SmartData, %d documents, PER/LOC/ORG; the default"
                + " pipeline on each document's text; MISC mentions count as no entity)%n",
            file,
            documents.size());
      } else if (smartData) {
        out.printf(
            Locale.ROOT,
            "file       %s (SmartData, %d sentences, PER/LOC/ORG;"
                + " MISC predictions count as no entity)%n",
            file,
            gold.size());
      } else {
        out.printf(
            Locale.ROOT,
            "file       %s (GermEval, %s classes, %s)%n",
            file,
            fine ? "twelve" : "four",
            raw ? "running text, own tokens and sentences" : "gold tokens");
      }
      out.printf(Locale.ROOT, "model      %s%n", m.description());
      if (mapToFour) {
        out.println("mapping    twelve-class predictions to four classes (deriv, part: no entity)");
      }
      score.report().forEach(out::println);
      if (calibration) {
        io.github.germannlp.internal.eval.ConfidenceCalibration.of(
                new io.github.germannlp.internal.ner.EntityRecognizer(m),
                gold,
                smartData,
                mapToFour || smartData && io.github.germannlp.internal.eval.EntityClasses.isFine(m))
            .report()
            .forEach(out::println);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code evaluate pos}: UPOS and lemma accuracy against CoNLL-U on its gold words. */
  @Command(
      name = "pos",
      mixinStandardHelpOptions = true,
      description = {
        "UPOS accuracy and lemma accuracy (exact, case-sensitive; and ignoring case) on the gold",
        "words of a CoNLL-U file (multi-word tokens split as in the file); lemmas from our tags."
      })
  static final class Pos implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-U file")
    Path file;

    @Override
    public Integer call() {
      java.util.List<ConlluCorpus.Words> gold;
      try {
        gold = ConlluCorpus.readWords(file);
      } catch (NoSuchFileException e) {
        throw new Main.InputException(file + ": no such file", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new Main.InputException(e.getMessage(), e);
      }
      io.github.germannlp.internal.pos.PosTagger tagger =
          new io.github.germannlp.internal.pos.PosTagger();
      io.github.germannlp.internal.pos.Lemmatizer lemmatizer =
          new io.github.germannlp.internal.pos.Lemmatizer();
      int words = 0;
      int upos = 0;
      int lemma = 0;
      int lemmaIgnoringCase = 0;
      for (ConlluCorpus.Words s : gold) {
        String[] tags = tagger.tag(s.words());
        String[] lemmas = lemmatizer.lemmatize(s.words(), tags);
        for (int i = 0; i < tags.length; i++) {
          words++;
          upos += tags[i].equals(s.upos()[i]) ? 1 : 0;
          lemma += lemmas[i].equals(s.lemmas()[i]) ? 1 : 0;
          lemmaIgnoringCase += lemmas[i].equalsIgnoreCase(s.lemmas()[i]) ? 1 : 0;
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "file       %s (CoNLL-U, %d sentences, %d gold words)%n",
          file,
          gold.size(),
          words);
      out.printf(Locale.ROOT, "upos       %.2f%n", 100.0 * upos / Math.max(1, words));
      out.printf(
          Locale.ROOT,
          "lemma      %.2f exact, %.2f ignoring case%n",
          100.0 * lemma / Math.max(1, words),
          100.0 * lemmaIgnoringCase / Math.max(1, words));
      out.flush();
      return 0;
    }
  }
}
