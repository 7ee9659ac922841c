package io.github.germannlp.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The categories of one article, ranked by score (highest first; ties by name); the scores are
 * probabilities and sum to 1. Immutable.
 *
 * <pre>{@code
 * Categorization c = categorizer.categorize(text);
 * System.out.println(c.best() + " " + c.bestScore());
 * for (Categorization.Scored s : c.ranked()) { System.out.println(s.category() + " " + s.score()); }
 * }</pre>
 */
public final class Categorization {
  /**
   * One category and its score.
   *
   * @param category the category label
   * @param score its probability, between 0 and 1
   */
  public record Scored(String category, double score) {
    /**
     * Validates the fields.
     *
     * @param category the category label
     * @param score its probability, between 0 and 1 (not checked)
     * @throws NullPointerException if {@code category} is null
     */
    public Scored {
      Objects.requireNonNull(category, "category");
    }
  }

  private final List<Scored> ranked;
  private final boolean empty;

  Categorization(List<String> categories, double[] scores, boolean empty) {
    List<Scored> list = new ArrayList<>(categories.size());
    double sum = 0;
    for (double s : scores) {
      sum += s;
    }
    for (int i = 0; i < scores.length; i++) {
      list.add(new Scored(categories.get(i), sum > 0 ? scores[i] / sum : 1.0 / scores.length));
    }
    list.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::category));
    this.ranked = List.copyOf(list);
    this.empty = empty;
  }

  /**
   * All categories of the model, the best first.
   *
   * @return an unmodifiable list with one entry per category of the model, by descending score,
   *     ties by name
   */
  public List<Scored> ranked() {
    return ranked;
  }

  /**
   * The best category.
   *
   * @return the label of the highest-scoring category (the first by name on a tie)
   */
  public String best() {
    return ranked.get(0).category();
  }

  /**
   * The score of the best category.
   *
   * @return the probability of {@link #best()}, between 0 and 1
   */
  public double bestScore() {
    return ranked.get(0).score();
  }

  /**
   * The score of one category.
   *
   * @param category a category label, compared exactly
   * @return its probability, between 0 and 1; 0 if the model does not know it
   */
  public double score(String category) {
    for (Scored s : ranked) {
      if (s.category().equals(category)) {
        return s.score();
      }
    }
    return 0;
  }

  /**
   * Whether the article had no feature at all (empty or blank text, or only ignored words): then
   * every category has the same score and {@link #best()} is the first by name.
   *
   * @return true if the scores carry no information about the article
   */
  public boolean isEmpty() {
    return empty;
  }

  @Override
  public String toString() {
    return ranked.toString();
  }
}
