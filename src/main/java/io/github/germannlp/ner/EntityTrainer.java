package io.github.germannlp.ner;

import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.FeatureGroup;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.ner.MentionSwaps;
import io.github.germannlp.internal.ner.NerFeatures;
import io.github.germannlp.internal.ner.PreparedSentence;
import io.github.germannlp.internal.ner.WordClusters;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an {@link EntityModel} with OpenNLP's event trainers (perceptron by default) on sentences
 * with gold BIO tags; the previous-tag features see the gold tags, as the recognizer later sees its
 * own.
 *
 * <p>A perceptron depends on the order it sees the sentences in. So by default {@value
 * #DEFAULT_AVERAGED} perceptrons are trained, on the file order and on shuffled orders (fixed
 * seeds, so training is reproducible), and their weights are averaged into one model, which is a
 * little larger and slower to apply than a single perceptron (averaging gives weights to more
 * features). {@link #EntityTrainer(TrainingParameters, int)} with 1 trains one perceptron on the
 * file order.
 *
 * <pre>{@code
 * import io.github.germannlp.internal.ner.FeatureGroup;
 * import io.github.germannlp.internal.ner.Gazetteer;
 * import io.github.germannlp.internal.ner.train.GazetteerSources;
 * import io.github.germannlp.internal.ner.train.NerCorpora;
 * import io.github.germannlp.internal.ner.train.TaggedSentence;
 *
 * List<TaggedSentence> train = NerCorpora.readGermEval(Path.of("train.tsv"), false);
 * Gazetteer gazetteer = GazetteerSources.build(Path.of("data"));
 * EntityModel model = new EntityTrainer(EntityTrainer.defaultParameters())
 *     .train(train, gazetteer, "GermEval 2014 train, " + LocalDate.now());
 * model.write(Path.of(EntityModel.FILE_NAME));
 * }</pre>
 *
 * <p>With {@link #train(List, List, Gazetteer, String)} the model also gets a <em>guide</em>: a
 * perceptron trained first on other annotated corpora (the command line uses SmartData and the
 * Europeana newspapers), whose tags become features of the main model ({@link FeatureGroup#GUIDE}).
 * The guide's tags of the training sentences come from a model that never saw them, as at run time.
 */
public final class EntityTrainer {
  /** How many perceptrons are averaged by default. */
  public static final int DEFAULT_AVERAGED = 9;

  /** How many perceptrons the guide averages: one, trained on its sentences in the order given. */
  static final int GUIDE_AVERAGED = 1;

  /**
   * The guide's feature cutoff: a feature must occur this often in the guide data to get a weight
   * in the guide. A higher cutoff makes the guide smaller, and with it the heap the recognizer
   * holds.
   */
  static final int GUIDE_CUTOFF = 5;

  /**
   * The confidence temperature stored in a model with a guide and without word clusters, whose
   * scores are larger than those of a model without a guide ({@link
   * EntityRecognizer#CONFIDENCE_TEMPERATURE}); fitted on GermEval dev by the mentions' expected
   * calibration error ({@code docs/entities-journal.md}).
   */
  static final double GUIDED_TEMPERATURE = 14;

  /**
   * The confidence temperature stored in a model with a guide and word clusters (the default
   * recipe), whose scores are larger again; fitted the same way.
   */
  static final double CLUSTERED_TEMPERATURE = 21;

  private final TrainingParameters params;
  private final int averaged;

  /** Copies of the main training sentences with their mentions swapped ({@link MentionSwaps}). */
  private final int mentionSwaps;

  /** The seed of the mention swaps. */
  static final long SWAP_SEED = 17;

  /**
   * A trainer with the given OpenNLP training parameters, averaging {@value #DEFAULT_AVERAGED}.
   *
   * @param params OpenNLP training parameters, such as {@link #defaultParameters()}
   * @throws NullPointerException if {@code params} is null
   * @throws IllegalArgumentException if the parameters name an algorithm other than {@code
   *     PERCEPTRON} (only perceptrons can be averaged)
   */
  public EntityTrainer(TrainingParameters params) {
    this(params, DEFAULT_AVERAGED);
  }

  /**
   * A trainer with the given OpenNLP training parameters that averages {@code averaged} perceptrons
   * trained on differently ordered sentences (1: one model, file order).
   *
   * @param params OpenNLP training parameters, such as {@link #defaultParameters()}
   * @param averaged how many models to train and average; training time grows with it
   * @throws NullPointerException if {@code params} is null
   * @throws IllegalArgumentException if {@code averaged} is below 1, or above 1 for an algorithm
   *     other than the perceptron
   */
  public EntityTrainer(TrainingParameters params, int averaged) {
    this.params = Objects.requireNonNull(params, "params");
    if (averaged < 1
        || averaged > 1
            && !"PERCEPTRON"
                .equals(params.getStringParameter(TrainingParameters.ALGORITHM_PARAM, ""))) {
      throw new IllegalArgumentException(
          "averaging " + averaged + " models needs the perceptron and at least one model");
    }
    this.averaged = averaged;
    this.mentionSwaps = 0;
  }

  private EntityTrainer(EntityTrainer base, int mentionSwaps) {
    this.params = base.params;
    this.averaged = base.averaged;
    this.mentionSwaps = mentionSwaps;
  }

  /**
   * A trainer that adds {@code copies} copies of each main training sentence that has a mention,
   * each mention replaced by a random mention of the same type from the training data (mention
   * replacement; the guide's data is not augmented). One copy is the command line's default.
   *
   * @param copies how many augmented copies; 0 for none
   * @return a new trainer with the same parameters
   * @throws IllegalArgumentException if {@code copies} is negative
   */
  public EntityTrainer withMentionSwaps(int copies) {
    if (copies < 0) {
      throw new IllegalArgumentException("negative number of copies: " + copies);
    }
    return new EntityTrainer(this, copies);
  }

  /**
   * Default parameters: averaged perceptron, 100 iterations, feature cutoff 1.
   *
   * @return new parameters: algorithm {@code PERCEPTRON} with OpenNLP's skipped averaging, 100
   *     iterations, cutoff 1, 2 threads; the caller may change them
   */
  public static TrainingParameters defaultParameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.ITERATIONS_PARAM, 100);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put("UseSkippedAveraging", true);
    p.put(TrainingParameters.THREADS_PARAM, 2);
    return p;
  }

  /**
   * Trains a model; {@code description} is stored in it (data, date, parameters).
   *
   * @param sentences the training sentences with one gold BIO tag per token, in file order
   * @param gazetteer the word lists the features look words up in; stored in the model
   * @param description free text saved with the model, returned by {@link
   *     EntityModel#description()}
   * @return the trained model, ready for {@link EntityRecognizer} or {@link
   *     EntityModel#write(java.nio.file.Path)}
   * @throws IOException if OpenNLP's trainer fails reading its event stream
   */
  public EntityModel train(List<TaggedSentence> sentences, Gazetteer gazetteer, String description)
      throws IOException {
    return train(sentences, gazetteer, description, FeatureGroup.DEFAULT);
  }

  /**
   * Trains a model with a guide: first a perceptron on {@code guideSentences}, then the model on
   * {@code sentences} with the guide's tags among its features. The guide is stored in the model
   * and tags every sentence before the model does, so the recognizer scores each token with two
   * classifiers and is slower than with a model without a guide.
   *
   * @param sentences the training sentences with one gold BIO tag per token, in file order
   * @param guideSentences sentences of other corpora with their BIO tags, in the order to train on;
   *     their classes need not be those of {@code sentences}; empty for no guide
   * @param gazetteer the word lists the features look words up in; stored in the model
   * @param description free text saved with the model
   * @return the trained model
   * @throws IOException if OpenNLP's trainer fails reading its event stream
   */
  public EntityModel train(
      List<TaggedSentence> sentences,
      List<TaggedSentence> guideSentences,
      Gazetteer gazetteer,
      String description)
      throws IOException {
    return train(sentences, guideSentences, gazetteer, null, description);
  }

  /**
   * Trains a model with a guide (unless {@code guideSentences} is empty) and, when {@code clusters}
   * is given, with word-cluster features; the clusters are stored in the model.
   *
   * @param sentences the training sentences with one gold BIO tag per token, in file order
   * @param guideSentences sentences of other corpora with their BIO tags, in the order to train on;
   *     empty for no guide
   * @param gazetteer the word lists the features look words up in; stored in the model
   * @param clusters the word clusters the features use, or null for none; stored in the model
   * @param description free text saved with the model
   * @return the trained model
   * @throws IOException if OpenNLP's trainer fails reading its event stream
   */
  public EntityModel train(
      List<TaggedSentence> sentences,
      List<TaggedSentence> guideSentences,
      Gazetteer gazetteer,
      WordClusters clusters,
      String description)
      throws IOException {
    Set<FeatureGroup> groups =
        clusters != null
            ? FeatureGroup.of(FeatureGroup.DEFAULT, FeatureGroup.CLUSTERS)
            : FeatureGroup.DEFAULT;
    sentences = MentionSwaps.augment(sentences, mentionSwaps, SWAP_SEED);
    if (guideSentences.isEmpty()) {
      return train(sentences, gazetteer, clusters, description, groups, null, null);
    }
    TrainingParameters guideParams = new TrainingParameters(params.getObjectSettings());
    guideParams.put(TrainingParameters.CUTOFF_PARAM, GUIDE_CUTOFF);
    EntityTrainer guideTrainer = new EntityTrainer(guideParams, GUIDE_AVERAGED);
    EntityRecognizer guide =
        new EntityRecognizer(
            guideTrainer.train(guideSentences, gazetteer, clusters, "guide", groups, null, null));
    return train(
        sentences,
        gazetteer,
        clusters,
        description,
        FeatureGroup.of(groups, FeatureGroup.GUIDE),
        guide,
        i -> guide);
  }

  /** As {@link #train(List, Gazetteer, String)}, with the given optional feature groups. */
  EntityModel train(
      List<TaggedSentence> sentences,
      Gazetteer gazetteer,
      String description,
      Set<FeatureGroup> groups)
      throws IOException {
    return train(sentences, gazetteer, null, description, groups, null, null);
  }

  /**
   * Trains on {@code sentences} with the feature groups {@code groups}; with {@link
   * FeatureGroup#GUIDE} in them, {@code guide} tags each sentence first and its classifier is
   * stored as the model's guide.
   */
  private EntityModel train(
      List<TaggedSentence> sentences,
      Gazetteer gazetteer,
      WordClusters clusters,
      String description,
      Set<FeatureGroup> groups,
      EntityRecognizer guide,
      java.util.function.IntFunction<EntityRecognizer> guideFor)
      throws IOException {
    if (gazetteer.hasPhrases()) { // a gazetteer's phrases are features of every model it feeds
      groups = FeatureGroup.of(groups, FeatureGroup.PHRASES);
    }
    NerFeatures features = new NerFeatures(gazetteer, clusters, groups);
    List<List<Event>> bySentence = new ArrayList<>(sentences.size());
    List<String> ctx = new ArrayList<>(48);
    for (int si = 0; si < sentences.size(); si++) {
      TaggedSentence s = sentences.get(si);
      PreparedSentence sentence = features.prepare(s.tokens(), null);
      if (guide != null) {
        sentence = sentence.withGuide(guideFor.apply(si).decode(sentence, null));
      }
      List<Event> events = new ArrayList<>(s.tokens().length);
      for (int i = 0; i < s.tokens().length; i++) {
        features.context(sentence, s.tags(), i, ctx);
        events.add(new Event(s.tags()[i], ctx.toArray(new String[0])));
      }
      bySentence.add(events);
    }
    // the perceptrons are independent: trained side by side, one a core, averaged in order
    List<java.util.concurrent.Callable<MaxentModel>> jobs = new ArrayList<>(averaged);
    for (int m = 0; m < averaged; m++) {
      int seed = m;
      jobs.add(
          () -> {
            List<List<Event>> order = new ArrayList<>(bySentence);
            if (seed > 0) {
              Collections.shuffle(order, new Random(seed));
            }
            List<Event> events = new ArrayList<>();
            order.forEach(events::addAll);
            EventTrainer trainer =
                TrainerFactory.getEventTrainer(params, new java.util.HashMap<>());
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
          });
    }
    List<MaxentModel> models = runAll(jobs);
    MaxentModel model = models.size() == 1 ? models.get(0) : average(models);
    return new EntityModel(
        gazetteer,
        clusters,
        model,
        guide == null ? null : guide.model().classifier(),
        description,
        groups,
        guide == null
            ? EntityRecognizer.CONFIDENCE_TEMPERATURE
            : clusters == null ? GUIDED_TEMPERATURE : CLUSTERED_TEMPERATURE);
  }

  /** Runs the jobs on up to one thread a core; the results in the jobs' order. */
  private static List<MaxentModel> runAll(List<java.util.concurrent.Callable<MaxentModel>> jobs)
      throws IOException {
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "entity-trainer");
              t.setDaemon(true);
              return t;
            });
    try {
      List<MaxentModel> out = new ArrayList<>(jobs.size());
      for (java.util.concurrent.Future<MaxentModel> f : pool.invokeAll(jobs)) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("training interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One perceptron whose weights are the mean of the models' weights, matched by feature and
   * outcome name (the models may number their outcomes differently).
   */
  static PerceptronModel average(List<MaxentModel> models) {
    List<String> outcomes = new ArrayList<>();
    Map<String, double[]> weights = new LinkedHashMap<>();
    for (MaxentModel m : models) {
      Object[] data = ((AbstractModel) m).getDataStructures(); // params, feature map, outcomes
      @SuppressWarnings("unchecked")
      Map<String, Context> byFeature = (Map<String, Context>) data[1];
      String[] names = (String[]) data[2];
      int[] index = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        int at = outcomes.indexOf(names[i]);
        if (at < 0) {
          outcomes.add(names[i]);
          at = outcomes.size() - 1;
        }
        index[i] = at;
      }
      for (Map.Entry<String, Context> e : byFeature.entrySet()) {
        double[] w = weights.get(e.getKey());
        if (w == null || w.length < outcomes.size()) {
          w = w == null ? new double[outcomes.size()] : Arrays.copyOf(w, outcomes.size());
          weights.put(e.getKey(), w);
        }
        int[] o = e.getValue().getOutcomes();
        double[] p = e.getValue().getParameters();
        for (int k = 0; k < o.length; k++) {
          w[index[o[k]]] += p[k] / models.size();
        }
      }
    }
    return perceptron(weights, outcomes.toArray(new String[0]));
  }

  /** A perceptron of the given weights by feature, outcomes indexed as in {@code outcomes}. */
  private static PerceptronModel perceptron(Map<String, double[]> weights, String[] outcomes) {
    String[] features = weights.keySet().toArray(new String[0]);
    Context[] params = new Context[features.length];
    for (int f = 0; f < features.length; f++) {
      double[] w = weights.get(features[f]);
      int nonZero = 0;
      for (double v : w) {
        nonZero += v != 0 ? 1 : 0;
      }
      int[] o = new int[nonZero];
      double[] p = new double[nonZero];
      for (int k = 0, j = 0; k < w.length; k++) {
        if (w[k] != 0) {
          o[j] = k;
          p[j++] = w[k];
        }
      }
      params[f] = new Context(o, p);
    }
    return new PerceptronModel(params, features, outcomes);
  }
}
