package io.github.germannlp.category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a {@link CategoryTrainer} on labelled articles: a held-out split or k-fold
 * cross-validation, both stratified by category and reproducible from a seed. Gives accuracy,
 * macro-averaged F1, per-category precision, recall and F1, and the confusion matrix, summed over
 * the test parts of all splits. Immutable.
 *
 * <pre>{@code
 * List<LabelledArticle> articles = LabelledArticles.read(Path.of("articles.jsonl"));
 * List<CategoryEvaluation.Split> folds = CategoryEvaluation.folds(articles, 10, 42);
 * CategoryEvaluation ours = CategoryEvaluation.run(folds, CategoryTrainer.builder().build());
 * CategoryEvaluation base = CategoryEvaluation.run(folds, CategoryTrainer.openNlpBaseline());
 * System.out.printf("%.2f vs %.2f macro-F1%n", ours.macroF1(), base.macroF1());
 * }</pre>
 */
public final class CategoryEvaluation {
  /**
   * One split of the articles.
   *
   * @param train the training part
   * @param test the test part, disjoint from {@code train}
   */
  public record Split(List<LabelledArticle> train, List<LabelledArticle> test) {
    /**
     * Copies the lists.
     *
     * @param train the training part
     * @param test the test part
     * @throws NullPointerException if a list or one of its articles is null
     */
    public Split {
      train = List.copyOf(train);
      test = List.copyOf(test);
    }
  }

  private final List<String> categories;
  private final int[][] confusion;
  private final int splits;

  private CategoryEvaluation(List<String> categories, int[][] confusion, int splits) {
    this.categories = categories;
    this.confusion = confusion;
    this.splits = splits;
  }

  /** Articles grouped by category (sorted), each group shuffled with {@code random}. */
  private static Map<String, List<LabelledArticle>> shuffledByCategory(
      List<LabelledArticle> articles, long seed) {
    Map<String, List<LabelledArticle>> by = new TreeMap<>();
    for (LabelledArticle a : articles) {
      by.computeIfAbsent(Objects.requireNonNull(a, "article").category(), c -> new ArrayList<>())
          .add(a);
    }
    Random random = new Random(seed);
    for (List<LabelledArticle> group : by.values()) {
      Collections.shuffle(group, random);
    }
    return by;
  }

  /**
   * Stratified k-fold cross-validation splits: every article is in exactly one test part, and each
   * category is spread over the folds as evenly as its size allows (fold sizes differ by at most
   * one).
   *
   * @param articles the labelled articles to split
   * @param k the number of folds, at least 2
   * @param seed the seed of the shuffle; the same articles and seed give the same folds
   * @return {@code k} splits, split {@code i} testing on fold {@code i} and training on the rest
   * @throws NullPointerException if {@code articles} or one of its articles is null
   * @throws IllegalArgumentException if {@code k < 2} or there are fewer than {@code k} articles
   */
  public static List<Split> folds(List<LabelledArticle> articles, int k, long seed) {
    Objects.requireNonNull(articles, "articles");
    if (k < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + k);
    }
    if (articles.size() < k) {
      throw new IllegalArgumentException(
          k + " folds need at least " + k + " articles, got " + articles.size());
    }
    List<List<LabelledArticle>> tests = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      tests.add(new ArrayList<>());
    }
    int next = 0;
    for (List<LabelledArticle> group : shuffledByCategory(articles, seed).values()) {
      for (LabelledArticle a : group) {
        tests.get(next).add(a);
        next = (next + 1) % k;
      }
    }
    List<Split> splits = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      List<LabelledArticle> train = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if (j != i) {
          train.addAll(tests.get(j));
        }
      }
      splits.add(new Split(train, tests.get(i)));
    }
    return List.copyOf(splits);
  }

  /**
   * A stratified held-out split: from each category, {@code round(size × testFraction)} articles
   * (at least one, and at least one left for training, where the category has two or more) go to
   * the test part.
   *
   * @param articles the labelled articles to split
   * @param testFraction the share of each category to test on, strictly between 0 and 1
   * @param seed the seed of the shuffle; the same articles and seed give the same split
   * @return the split; a category with a single article is only in the training part
   * @throws NullPointerException if {@code articles} or one of its articles is null
   * @throws IllegalArgumentException if {@code testFraction} is not strictly between 0 and 1
   */
  public static Split holdOut(List<LabelledArticle> articles, double testFraction, long seed) {
    Objects.requireNonNull(articles, "articles");
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("test fraction must be between 0 and 1: " + testFraction);
    }
    List<LabelledArticle> train = new ArrayList<>();
    List<LabelledArticle> test = new ArrayList<>();
    for (List<LabelledArticle> group : shuffledByCategory(articles, seed).values()) {
      int n = group.size();
      int t = n < 2 ? 0 : Math.min(n - 1, Math.max(1, (int) Math.round(n * testFraction)));
      test.addAll(group.subList(0, t));
      train.addAll(group.subList(t, n));
    }
    return new Split(train, test);
  }

  /**
   * Trains on each split's training part and scores the test part; scores are summed over the
   * splits. Each article's features are extracted once (for German features: the article is
   * analysed once), however many splits it is in.
   *
   * @param splits the splits to train and test on, such as from {@link #folds} or {@link #holdOut}
   * @param trainer the trainer to score; a model is trained per split
   * @return the scores summed over all test parts
   * @throws NullPointerException if {@code splits} or {@code trainer} is null
   * @throws IllegalArgumentException if a training part has fewer than two categories
   */
  public static CategoryEvaluation run(List<Split> splits, CategoryTrainer trainer) {
    Objects.requireNonNull(splits, "splits");
    Objects.requireNonNull(trainer, "trainer");
    Map<LabelledArticle, String[]> features = new IdentityHashMap<>();
    TreeSet<String> all = new TreeSet<>();
    for (Split s : splits) {
      for (List<LabelledArticle> part : List.of(s.train(), s.test())) {
        for (LabelledArticle a : part) {
          features.computeIfAbsent(a, x -> trainer.features(x.text()));
          all.add(a.category());
        }
      }
    }
    List<String> categories = List.copyOf(all);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String c : categories) {
      index.put(c, index.size());
    }
    int[][] confusion = new int[categories.size()][categories.size()];
    for (Split s : splits) {
      List<CategoryTrainer.Featured> train = new ArrayList<>(s.train().size());
      for (LabelledArticle a : s.train()) {
        train.add(new CategoryTrainer.Featured(a.category(), features.get(a)));
      }
      Categorizer categorizer =
          new Categorizer(trainer.trainFeatures(train, s.train().size() + " articles"));
      for (LabelledArticle a : s.test()) {
        String predicted = categorizer.categorizeFeatures(features.get(a)).best();
        confusion[index.get(a.category())][index.get(predicted)]++;
      }
    }
    return new CategoryEvaluation(categories, confusion, splits.size());
  }

  /**
   * The categories (sorted): of the articles, and the rows and columns of the matrix.
   *
   * @return an unmodifiable, sorted list of every category seen in any split
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * The number of splits scored.
   *
   * @return how many models were trained and tested
   */
  public int splits() {
    return splits;
  }

  /**
   * The number of articles scored.
   *
   * @return the sum of the test parts' sizes over all splits
   */
  public int total() {
    int n = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        n += v;
      }
    }
    return n;
  }

  /**
   * The confusion matrix, a copy: {@code [gold][predicted]}, indexes into {@link #categories()}.
   *
   * @return a new square array of article counts
   */
  public int[][] confusion() {
    int[][] copy = new int[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }

  /**
   * The share of articles whose best category is the gold one (0 to 1).
   *
   * @return correct predictions divided by {@link #total()}, or 0 when nothing was scored
   */
  public double accuracy() {
    int correct = 0;
    for (int i = 0; i < confusion.length; i++) {
      correct += confusion[i][i];
    }
    int total = total();
    return total == 0 ? 0 : (double) correct / total;
  }

  private int index(String category) {
    int i = categories.indexOf(category);
    if (i < 0) {
      throw new IllegalArgumentException("unknown category: " + category);
    }
    return i;
  }

  /**
   * Gold articles of a category scored.
   *
   * @param category one of {@link #categories()}
   * @return the number of test articles whose gold category is {@code category}
   * @throws IllegalArgumentException if the category is unknown
   */
  public int support(String category) {
    int i = index(category);
    int n = 0;
    for (int v : confusion[i]) {
      n += v;
    }
    return n;
  }

  /**
   * Precision of a category (0 when never predicted).
   *
   * @param category one of {@link #categories()}
   * @return the share, 0 to 1, of the articles predicted as {@code category} that are so in gold
   * @throws IllegalArgumentException if the category is unknown
   */
  public double precision(String category) {
    int i = index(category);
    int predicted = 0;
    for (int[] row : confusion) {
      predicted += row[i];
    }
    return predicted == 0 ? 0 : (double) confusion[i][i] / predicted;
  }

  /**
   * Recall of a category (0 when it has no test article).
   *
   * @param category one of {@link #categories()}
   * @return the share, 0 to 1, of the category's test articles that were predicted as it
   * @throws IllegalArgumentException if the category is unknown
   */
  public double recall(String category) {
    int gold = support(category);
    return gold == 0 ? 0 : (double) confusion[index(category)][index(category)] / gold;
  }

  /**
   * F1 of a category.
   *
   * @param category one of {@link #categories()}
   * @return the harmonic mean of its precision and recall, 0 to 1 (0 when both are 0)
   * @throws IllegalArgumentException if the category is unknown
   */
  public double f1(String category) {
    double p = precision(category);
    double r = recall(category);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * The unweighted mean of the per-category F1 over the categories with test articles.
   *
   * @return macro-averaged F1, 0 to 1; 0 when nothing was scored
   */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (String c : categories) {
      if (support(c) > 0) {
        sum += f1(c);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /**
   * A plain-text report: a per-category table (precision, recall, F1 in percent, support), the
   * overall figures, and the confusion matrix (rows gold, columns predicted).
   *
   * @return the report's lines, unmodifiable, without line breaks
   */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    int width = 8;
    for (String c : categories) {
      width = Math.max(width, c.length());
    }
    String row = "%-" + width + "s %7s %7s %7s %7s";
    lines.add(String.format(Locale.ROOT, row, "category", "P", "R", "F1", "support"));
    for (String c : categories) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-" + width + "s %7.2f %7.2f %7.2f %7d",
              c,
              100 * precision(c),
              100 * recall(c),
              100 * f1(c),
              support(c)));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "accuracy %.2f  macro-F1 %.2f  (%d articles, %d split%s)",
            100 * accuracy(),
            100 * macroF1(),
            total(),
            splits,
            splits == 1 ? "" : "s"));
    lines.add("confusion (rows gold, columns predicted, in category order above):");
    for (int i = 0; i < categories.size(); i++) {
      StringBuilder sb =
          new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", categories.get(i)));
      for (int v : confusion[i]) {
        sb.append(String.format(Locale.ROOT, " %5d", v));
      }
      lines.add(sb.toString());
    }
    return List.copyOf(lines);
  }
}
