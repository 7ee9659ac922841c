package io.github.germannlp.category;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import java.util.Arrays;
import java.util.Objects;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Applies a {@link CategoryModel}: the editorial categories of an article, ranked with scores that
 * sum to 1. Immutable and thread-safe after construction: share one instance between threads.
 *
 * <pre>{@code
 * Categorizer categorizer = new Categorizer(CategoryModel.load(Path.of("categories.bin")));
 * Categorization c = categorizer.categorize("Der FC Bayern gewann am Samstag mit 3:1 ...");
 * String category = c.best();          // e.g. "Sport"
 * }</pre>
 *
 * <p>An empty or blank text, or one with only ignored words, has no features: the result then gives
 * every category the same score ({@link Categorization#isEmpty()} is true), the first by name
 * ranked first.
 */
public final class Categorizer {
  private final CategoryModel model;
  private final GermanNlp nlp;
  private final DocumentCategorizerME doccat;

  /**
   * A categorizer that analyses texts with {@link GermanNlp#standard()} (for models with {@link
   * FeatureSet#GERMAN} features).
   *
   * @param model the trained category model, such as one from {@link CategoryModel#load}
   * @throws NullPointerException if {@code model} is null
   */
  public Categorizer(CategoryModel model) {
    this(model, null);
  }

  /**
   * A categorizer that analyses texts with {@code nlp} (null: {@link GermanNlp#standard()}, built
   * on first use). Use the same pipeline configuration that the model was trained with.
   *
   * @param model the trained category model
   * @param nlp the pipeline that analyses texts for German features, or null for the standard one;
   *     unused for {@link FeatureSet#OPENNLP_BASELINE} models
   * @throws NullPointerException if {@code model} is null
   */
  public Categorizer(CategoryModel model, GermanNlp nlp) {
    this.model = Objects.requireNonNull(model, "model");
    this.nlp = nlp;
    this.doccat = new DocumentCategorizerME(model.doccat());
  }

  /**
   * The model.
   *
   * @return the model given to the constructor
   */
  public CategoryModel model() {
    return model;
  }

  /**
   * Categorizes a text (analysed first, for German features).
   *
   * @param text the article's text; blank text gives an {@linkplain Categorization#isEmpty() empty}
   *     result
   * @return the model's categories ranked by score
   * @throws NullPointerException if {@code text} is null
   */
  public Categorization categorize(String text) {
    Objects.requireNonNull(text, "text must not be null");
    if (model.features() == FeatureSet.OPENNLP_BASELINE) {
      return categorizeFeatures(Features.baseline(text));
    }
    if (text.isBlank()) {
      return categorizeFeatures(new String[0]);
    }
    return categorize((nlp != null ? nlp : GermanNlp.standard()).analyze(text));
  }

  /**
   * Categorizes an analysed document: cheaper when the document exists anyway. German features use
   * the document's parts of speech, lemmas, compounds and entities where it has them.
   *
   * @param doc the analysed article; for {@link FeatureSet#OPENNLP_BASELINE} models only its text
   *     is used
   * @return the model's categories ranked by score
   * @throws NullPointerException if {@code doc} is null
   */
  public Categorization categorize(Document doc) {
    Objects.requireNonNull(doc, "doc must not be null");
    return categorizeFeatures(Features.of(model.features(), doc));
  }

  /** Categorizes extracted features. */
  Categorization categorizeFeatures(String[] features) {
    int n = model.categories().size();
    if (features.length == 0) {
      double[] uniform = new double[n];
      Arrays.fill(uniform, 1.0 / n);
      return new Categorization(model.categories(), uniform, true);
    }
    return new Categorization(model.categories(), doccat.categorize(features), false);
  }
}
