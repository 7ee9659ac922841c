package io.github.germannlp.category;

import io.github.germannlp.GermanNlp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link CategoryModel} on labelled articles with OpenNLP's document categorizer ({@link
 * DocumentCategorizerME}, {@link DoccatFactory} with its bag-of-words feature generator) over the
 * chosen {@link FeatureSet}. Immutable and thread-safe; configure with {@link #builder()}.
 *
 * <pre>{@code
 * List<LabelledArticle> articles = LabelledArticles.read(Path.of("articles.jsonl"));
 * CategoryModel model = CategoryTrainer.builder().build().train(articles);
 * model.write(Path.of("categories.bin"));
 * }</pre>
 *
 * <p>Defaults: {@link FeatureSet#GERMAN}, {@link Algorithm#MAXENT_QN} (maximum entropy trained with
 * L-BFGS; the other {@link Algorithm}s can be chosen on the builder and compared with {@link
 * CategoryEvaluation}), 100 iterations, cutoff {@value #DEFAULT_CUTOFF}. {@link #openNlpBaseline()}
 * is OpenNLP's plain default instead.
 */
public final class CategoryTrainer {
  /** Default iterations. */
  public static final int DEFAULT_ITERATIONS = 100;

  /** Default feature cutoff of the German features (a feature seen fewer times is dropped). */
  public static final int DEFAULT_CUTOFF = 2;

  /** The learning algorithms of OpenNLP that a category model can use. */
  public enum Algorithm {
    /** Maximum entropy, trained with GIS (OpenNLP's default). */
    MAXENT("MAXENT"),
    /** Maximum entropy, trained with L-BFGS (quasi-Newton). */
    MAXENT_QN("MAXENT_QN"),
    /** Naive Bayes. */
    NAIVE_BAYES("NAIVEBAYES"),
    /** Averaged perceptron. */
    PERCEPTRON("PERCEPTRON");

    private final String openNlpName;

    Algorithm(String openNlpName) {
      this.openNlpName = openNlpName;
    }

    /**
     * The name in OpenNLP's training parameters.
     *
     * @return the value of OpenNLP's {@code Algorithm} parameter, such as {@code NAIVEBAYES}
     */
    public String openNlpName() {
      return openNlpName;
    }
  }

  private final FeatureSet features;
  private final Algorithm algorithm;
  private final int iterations;
  private final int cutoff;
  private final GermanNlp nlp;

  private CategoryTrainer(Builder b) {
    this.features = b.features;
    this.algorithm = b.algorithm;
    this.iterations = b.iterations;
    this.cutoff = b.cutoff;
    this.nlp = b.nlp;
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder: {@link FeatureSet#GERMAN}, {@link Algorithm#MAXENT_QN}, {@value
   *     #DEFAULT_ITERATIONS} iterations, cutoff {@value #DEFAULT_CUTOFF}, the standard pipeline
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * OpenNLP's plain default document categorizer: white-space tokens, bag of words, maxent (GIS),
   * 100 iterations, cutoff 5. The baseline.
   *
   * @return a new trainer with {@link FeatureSet#OPENNLP_BASELINE} and {@link Algorithm#MAXENT}
   */
  public static CategoryTrainer openNlpBaseline() {
    return builder()
        .features(FeatureSet.OPENNLP_BASELINE)
        .algorithm(Algorithm.MAXENT)
        .iterations(TrainingParameters.ITERATIONS_DEFAULT_VALUE)
        .cutoff(TrainingParameters.CUTOFF_DEFAULT_VALUE)
        .build();
  }

  /**
   * The feature set.
   *
   * @return the features extracted from each article
   */
  public FeatureSet features() {
    return features;
  }

  /**
   * The algorithm.
   *
   * @return the OpenNLP learning algorithm
   */
  public Algorithm algorithm() {
    return algorithm;
  }

  /**
   * The iterations.
   *
   * @return the number of training iterations (naive Bayes ignores it)
   */
  public int iterations() {
    return iterations;
  }

  /**
   * The feature cutoff.
   *
   * @return the minimum number of times a feature must occur in the training data to be kept
   */
  public int cutoff() {
    return cutoff;
  }

  /**
   * A one-line description of the configuration.
   *
   * @return text such as {@code german features, maxent-qn, 100 iterations, cutoff 2}; it begins
   *     the description of the models this trainer makes
   */
  public String describe() {
    return (features == FeatureSet.GERMAN
            ? "german features"
            : "OpenNLP default features" + " (white-space tokens, bag of words)")
        + ", "
        + algorithm.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + (algorithm == Algorithm.NAIVE_BAYES ? "" : ", " + iterations + " iterations")
        + ", cutoff "
        + cutoff;
  }

  /**
   * Trains a model. With German features every article is analysed first, which dominates the time.
   *
   * @param articles the labelled articles; those without any feature (blank text) count for the
   *     categories but are not trained on
   * @return the trained model
   * @throws NullPointerException if the list or an article is null
   * @throws IllegalArgumentException if the articles have fewer than two categories, or the cutoff
   *     leaves a category without any feature
   * @throws java.io.UncheckedIOException if OpenNLP's trainer fails
   */
  public CategoryModel train(List<LabelledArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    List<Featured> featured = new ArrayList<>(articles.size());
    for (LabelledArticle a : articles) {
      featured.add(new Featured(a.category(), features(a.text())));
    }
    return trainFeatures(featured, articles.size() + " articles");
  }

  /** An article's category and features. */
  record Featured(String category, String[] features) {}

  /** The features of a text under this trainer's feature set. */
  String[] features(String text) {
    Objects.requireNonNull(text, "text");
    if (features == FeatureSet.OPENNLP_BASELINE) {
      return Features.baseline(text);
    }
    if (text.isBlank()) {
      return new String[0];
    }
    return Features.german((nlp != null ? nlp : GermanNlp.standard()).analyze(text));
  }

  /** Trains on extracted features; {@code what} goes into the model's description. */
  CategoryModel trainFeatures(List<Featured> featured, String what) {
    TreeSet<String> categories = new TreeSet<>();
    List<DocumentSample> samples = new ArrayList<>(featured.size());
    for (Featured f : featured) {
      categories.add(f.category());
      if (f.features().length > 0) {
        samples.add(new DocumentSample(f.category(), f.features()));
      }
    }
    if (categories.size() < 2) {
      throw new IllegalArgumentException(
          "need articles of at least two categories, got " + categories);
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm.openNlpName());
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      DoccatModel doccat =
          DocumentCategorizerME.train(
              "de", ObjectStreamUtils.createObjectStream(samples), params, new DoccatFactory());
      CategoryModel model =
          new CategoryModel(
              doccat,
              features,
              describe() + "; " + what + ", " + categories.size() + " categories");
      if (model.categories().size() < categories.size()) {
        TreeSet<String> missing = new TreeSet<>(categories);
        missing.removeAll(model.categories());
        throw new IllegalArgumentException(
            "no features left for categor"
                + (missing.size() == 1 ? "y " : "ies ")
                + missing
                + " (cutoff "
                + cutoff
                + ")");
      }
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link CategoryTrainer}. Not thread-safe. */
  public static final class Builder {
    private FeatureSet features = FeatureSet.GERMAN;
    private Algorithm algorithm = Algorithm.MAXENT_QN;
    private int iterations = DEFAULT_ITERATIONS;
    private int cutoff = DEFAULT_CUTOFF;
    private GermanNlp nlp;

    private Builder() {}

    /**
     * The features; default {@link FeatureSet#GERMAN}.
     *
     * @param features the features to extract from each article
     * @return this builder
     * @throws NullPointerException if {@code features} is null
     */
    public Builder features(FeatureSet features) {
      this.features = Objects.requireNonNull(features, "features");
      return this;
    }

    /**
     * The algorithm; default {@link Algorithm#MAXENT_QN}.
     *
     * @param algorithm the OpenNLP learning algorithm
     * @return this builder
     * @throws NullPointerException if {@code algorithm} is null
     */
    public Builder algorithm(Algorithm algorithm) {
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * Training iterations (ignored by naive Bayes); default {@value
     * CategoryTrainer#DEFAULT_ITERATIONS}.
     *
     * @param iterations the number of passes over the training data, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code iterations} is below 1
     */
    public Builder iterations(int iterations) {
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
      }
      this.iterations = iterations;
      return this;
    }

    /**
     * Features seen fewer times are dropped; default {@value CategoryTrainer#DEFAULT_CUTOFF}.
     *
     * @param cutoff the minimum count of a feature in the training data, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code cutoff} is negative
     */
    public Builder cutoff(int cutoff) {
      if (cutoff < 0) {
        throw new IllegalArgumentException("cutoff must not be negative: " + cutoff);
      }
      this.cutoff = cutoff;
      return this;
    }

    /**
     * The pipeline for German features; default {@link GermanNlp#standard()}.
     *
     * @param nlp the pipeline that analyses each article; categorize with the same configuration
     * @return this builder
     * @throws NullPointerException if {@code nlp} is null
     */
    public Builder pipeline(GermanNlp nlp) {
      this.nlp = Objects.requireNonNull(nlp, "nlp");
      return this;
    }

    /**
     * The trainer.
     *
     * @return a new, immutable trainer with this builder's settings
     */
    public CategoryTrainer build() {
      return new CategoryTrainer(this);
    }
  }
}
