package io.github.germannlp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Compares the warm speed of two or more builds of the library in one process, for changes of a few
 * percent that separate JMH runs cannot tell apart on a machine whose speed drifts by more than
 * that between runs. Each build (a library jar) is loaded by a class loader of its own and makes
 * its own pipeline; then the builds take turns, round by round, each analysing its own batch of
 * articles it has not seen (one thread, wall time): every batch comes once, the order of the builds
 * alternates from round to round, and each build's speed in a round is divided by the first build's
 * in the same round, so that the machine's drift cancels out. It prints the median of those ratios
 * with their quartiles and range.
 *
 * <p>A build compared with a copy of itself gives the spread to expect (about 1.00 with quartiles
 * of ±6 % on 100 rounds of 80 articles on the two-core machine of docs/figures.md). The builds'
 * pipelines share the processor's caches, so a change that saves memory reads may show a little
 * more than alone; take a JMH run of each build for the absolute figures.
 *
 * <p>The same jar given more than once with a layer set for each ({@code --layers
 * all,entities,morphology}) compares the layers of one build instead: what each set costs, in turn,
 * so that the ratios between them hold whatever the machine's speed that hour.
 *
 * <pre>
 *   scripts/bench-builds.sh before.jar after.jar
 *   LAYERS=all,morphology scripts/bench-builds.sh lib.jar lib.jar
 * </pre>
 */
@Command(
    name = "bench-builds",
    mixinStandardHelpOptions = true,
    description = "Compares builds of the library in one process, taking turns on new articles.")
public final class BuildComparison implements Callable<Integer> {
  @Option(
      names = "--articles",
      required = true,
      description = "JSON lines of id and text (scripts/speech-articles.sh makes them)")
  Path articles;

  @Option(
      names = "--batch",
      defaultValue = "80",
      description = "articles a build analyses in one turn (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(
      names = "--rounds",
      defaultValue = "100",
      description = "rounds measured, each build one turn a round (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(
      names = "--warm-up",
      defaultValue = "3",
      description = "rounds run first and not counted (default: ${DEFAULT-VALUE})")
  int warmUp;

  @Option(
      names = "--layers",
      defaultValue = "all",
      description =
          "all: every layer; entities: segmentation and entities; morphology: segmentation, POS,"
              + " lemmas and compounds; one for every build, or one a build separated by commas"
              + " (default: ${DEFAULT-VALUE})")
  String layers;

  /** {@link #layers} cut at its commas: one set, or one a build. */
  private List<String> layerSets;

  @Option(
      names = "--repeated",
      defaultValue = "0",
      description =
          "analyse the first N articles again and again instead of new ones (0: new ones;"
              + " default: ${DEFAULT-VALUE})")
  int repeated;

  @Option(names = "--verbose", description = "print every round")
  boolean verbose;

  @Parameters(arity = "2..*", paramLabel = "JAR", description = "library jars, the first the base")
  List<Path> jars;

  /**
   * Runs the comparison.
   *
   * @param args the options and the jars
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BuildComparison()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    layerSets = Arrays.asList(layers.split(",", -1));
    if (layerSets.size() != 1 && layerSets.size() != jars.size()) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--layers: one set for every build or one a build, not "
              + layerSets.size()
              + " for "
              + jars.size()
              + " builds");
    }
    for (String l : layerSets) {
      if (!LayerSets.NAMES.contains(l)) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--layers: all, entities or morphology, not '" + l + "'");
      }
    }
    if (batch < 1 || rounds < 1 || warmUp < 0 || repeated < 0) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--batch and --rounds must be at least 1, --warm-up and --repeated at least 0");
    }
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "no library jar at " + jar);
      }
    }
    List<String> texts = new ArrayList<>();
    for (String[] a : SparkOverhead.read(articles)) {
      texts.add(a[1]);
    }
    int builds = jars.size();
    long needed = repeated > 0 ? repeated : (long) (warmUp + rounds) * builds * batch;
    if (needed > texts.size()) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          needed + " articles needed, " + texts.size() + " in " + articles + ": fewer rounds?");
    }
    Build[] build = new Build[builds];
    for (int b = 0; b < builds; b++) {
      build[b] = new Build(jars.get(b), layerSets.get(layerSets.size() == 1 ? 0 : b));
    }
    double[][] rate = new double[builds][rounds]; // tokens per second of CPU time
    double[][] wallRate = new double[builds][rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int next = 0;
    for (int r = -warmUp; r < rounds; r++) {
      for (int q = 0; q < builds; q++) {
        int b = (r & 1) == 0 ? q : builds - 1 - q; // the order alternates
        List<String> turn = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++, next++) {
          turn.add(texts.get(repeated > 0 ? next % repeated : next));
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long tokens = 0;
        for (String text : turn) {
          tokens += build[b].analyze(text);
        }
        long nanos = System.nanoTime() - t0;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        if (r >= 0) {
          rate[b][r] = tokens * 1e9 / cpu;
          wallRate[b][r] = tokens * 1e9 / nanos;
        }
      }
      if (verbose && r >= 0) {
        StringBuilder line = new StringBuilder("round " + r + " (CPU, wall):");
        for (int b = 0; b < builds; b++) {
          line.append(String.format(" %.0f %.0f", rate[b][r], wallRate[b][r]));
        }
        System.out.println(line);
      }
    }
    System.out.printf(
        "%d rounds of %d %s a build (layers=%s), one thread%n",
        rounds, batch, repeated > 0 ? "articles of the first " + repeated : "new articles", layers);
    report("CPU time", rate);
    report("wall time", wallRate);
    return 0;
  }

  /** Prints each build's median speed and each one's ratios to the first build's. */
  private void report(String clock, double[][] rate) {
    for (int b = 0; b < rate.length; b++) {
      double[] s = rate[b].clone();
      Arrays.sort(s);
      System.out.printf(
          "%s, %s%s: median %.0f tokens/s%n", clock, jars.get(b), layersOf(b), quantile(s, 0.5));
    }
    for (int b = 1; b < rate.length; b++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = rate[b][r] / rate[0][r];
      }
      Arrays.sort(ratio);
      System.out.printf(
          "%s, %s%s / %s%s, round by round: median %.3f, quartiles %.3f to %.3f, range %.3f to"
              + " %.3f%n",
          clock,
          jars.get(b).getFileName(),
          layersOf(b),
          jars.get(0).getFileName(),
          layersOf(0),
          quantile(ratio, 0.5),
          quantile(ratio, 0.25),
          quantile(ratio, 0.75),
          ratio[0],
          ratio[rounds - 1]);
    }
  }

  /** Build {@code b}'s layer set, as " (layers=...)" when the builds' sets differ, else "". */
  private String layersOf(int b) {
    return layerSets.size() == 1 ? "" : " (layers=" + layerSets.get(b) + ")";
  }

  /** The {@code q} quantile of sorted values, the nearest below. */
  static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }

  /** One build's pipeline, reached by reflection through the build's own class loader. */
  private static final class Build {
    private final Object nlp;
    private final Method analyze;
    private final Method tokenCount;

    Build(Path jar, String layers) throws ReflectiveOperationException, IOException {
      ClassLoader loader = new LibraryFirst(jar.toUri().toURL());
      Class<?> nlpClass = loader.loadClass("io.github.germannlp.GermanNlp");
      if (layers.equals("all")) {
        nlp = nlpClass.getMethod("standard").invoke(null);
      } else {
        Method valueOf =
            loader.loadClass("io.github.germannlp.Layer").getMethod("valueOf", String.class);
        Set<Object> chosen = new HashSet<>();
        for (String name : LayerSets.layerNames(layers)) {
          chosen.add(valueOf.invoke(null, name));
        }
        Object builder = nlpClass.getMethod("builder").invoke(null);
        builder = builder.getClass().getMethod("layers", Set.class).invoke(builder, chosen);
        nlp = builder.getClass().getMethod("build").invoke(builder);
      }
      analyze = nlpClass.getMethod("analyze", String.class);
      tokenCount = loader.loadClass("io.github.germannlp.Document").getMethod("tokenCount");
    }

    /** Analyses one text; returns its tokens. */
    int analyze(String text) throws IllegalAccessException {
      try {
        return (int) tokenCount.invoke(analyze.invoke(nlp, text));
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("the build failed on an article", e.getCause());
      }
    }
  }

  /**
   * Loads the library's classes and resources from one jar before its parent: the parent (this
   * tool's class path) has the library too, which would otherwise win. The benchmark classes and
   * the dependencies come from the parent.
   */
  private static final class LibraryFirst extends URLClassLoader {
    private static final String LIBRARY = "io.github.germannlp.";
    private static final String TOOLS = "io.github.germannlp.bench.";

    LibraryFirst(URL jar) {
      super(new URL[] {jar}, BuildComparison.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(LIBRARY) || name.startsWith(TOOLS)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name); // the jar's own: a library class missing from it is an error
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = findResource(name);
      return own != null ? own : super.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      URL url = getResource(name);
      try {
        return url == null ? null : url.openStream();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name + " from " + url, e);
      }
    }
  }
}
