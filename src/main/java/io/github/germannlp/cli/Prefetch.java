package io.github.germannlp.cli;

import io.github.germannlp.internal.Background;
import io.github.germannlp.internal.compound.CompoundSplitter;
import io.github.germannlp.internal.pos.PosTagger;
import io.github.germannlp.internal.topic.TopicExtractor;
import io.github.germannlp.ner.EntityModel;

/**
 * Starts reading the bundled models while the command line is still being parsed, for an {@code
 * analyze} run that will need them all: picocli builds its model of the command by reflection,
 * which keeps one core busy for a tenth of a second or more at start-up while the other waits. The
 * models are the shared ones the pipeline takes later (each is read once per class loader, and a
 * pipeline that asks for one while it is being read waits for it), so the prefetch changes no
 * output, only when the reading starts. A wrong guess costs spare CPU on daemon threads, nothing
 * else.
 */
final class Prefetch {
  private Prefetch() {}

  /**
   * Whether the arguments ask for an {@code analyze} run with the bundled models and every layer: a
   * format that shows the layers ({@link AnalyzeCommand.Format#showsLayers}, the default one among
   * them), no {@code --steps}, no {@code --models}, no help.
   */
  static boolean wanted(String[] args) {
    if (args.length == 0 || !args[0].equals("analyze")) {
      return false;
    }
    boolean allLayers = showsLayers(AnalyzeCommand.DEFAULT_FORMAT);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      if (a.startsWith("--steps")
          || a.startsWith("--models")
          || a.equals("--help")
          || a.equals("-h")
          || a.equals("--version")
          || a.equals("-V")) {
        return false;
      }
      String format =
          a.startsWith("--format=")
              ? a.substring("--format=".length())
              : a.equals("--format") && i + 1 < args.length ? args[i + 1] : null;
      if (format != null) {
        allLayers = showsLayers(format);
      }
    }
    return allLayers;
  }

  /**
   * Starts two daemon threads when {@link #wanted} says so: one reads the entity model, the
   * largest; the other the POS weights and lexicon, the compound dictionary and the topic
   * background. What they throw is dropped: the pipeline reads the model again and reports it.
   */
  static void start(String[] args) {
    if (!wanted(args)) {
      return;
    }
    Background.start(
        "german-nlp prefetch entities",
        () -> EntityModel.isBundled() ? EntityModel.loadBundled() : null);
    Background.start(
        "german-nlp prefetch",
        () -> {
          new PosTagger();
          new CompoundSplitter();
          return TopicExtractor.german();
        });
  }

  /** Whether {@code format} names a format that shows every layer; false for any other word. */
  private static boolean showsLayers(String format) {
    try {
      return AnalyzeCommand.Format.valueOf(format).showsLayers();
    } catch (IllegalArgumentException e) {
      return false; // picocli will reject it
    }
  }
}
