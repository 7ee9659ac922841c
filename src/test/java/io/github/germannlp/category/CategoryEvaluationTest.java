package io.github.germannlp.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CategoryEvaluationTest {
  private static final List<LabelledArticle> ARTICLES = Fixture.articles();

  private static Map<String, Integer> counts(List<LabelledArticle> articles) {
    Map<String, Integer> c = new TreeMap<>();
    articles.forEach(a -> c.merge(a.category(), 1, Integer::sum));
    return c;
  }

  @Test
  void foldsAreDisjointCoverAllAndAreStratified() {
    for (int k : new int[] {2, 3, 4, 5, 6}) {
      List<CategoryEvaluation.Split> folds = CategoryEvaluation.folds(ARTICLES, k, 7);
      assertEquals(k, folds.size());
      Set<LabelledArticle> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (CategoryEvaluation.Split s : folds) {
        Set<LabelledArticle> test = Collections.newSetFromMap(new IdentityHashMap<>());
        test.addAll(s.test());
        for (LabelledArticle a : s.train()) {
          assertTrue(!test.contains(a), "train and test disjoint");
        }
        assertEquals(ARTICLES.size(), s.train().size() + s.test().size());
        for (LabelledArticle a : s.test()) {
          assertTrue(seen.add(a), "each article in one test fold only");
        }
        // stratified: 6 articles a category over k folds -> floor or ceil of 6/k each
        Map<String, Integer> c = counts(s.test());
        for (String category : List.of("Kultur", "Politik", "Sport", "Wirtschaft")) {
          int n = c.getOrDefault(category, 0);
          assertTrue(n == 6 / k || n == (6 + k - 1) / k, k + " folds: " + c);
        }
      }
      assertEquals(ARTICLES.size(), seen.size(), "every article tested once");
    }
  }

  @Test
  void foldsDependOnTheSeedOnly() {
    assertEquals(
        CategoryEvaluation.folds(ARTICLES, 3, 1), CategoryEvaluation.folds(ARTICLES, 3, 1));
    assertNotEquals(
        CategoryEvaluation.folds(ARTICLES, 3, 1), CategoryEvaluation.folds(ARTICLES, 3, 2));
  }

  @Test
  void badFolds() {
    assertThrows(IllegalArgumentException.class, () -> CategoryEvaluation.folds(ARTICLES, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> CategoryEvaluation.folds(ARTICLES, 25, 0));
    assertThrows(
        IllegalArgumentException.class, () -> CategoryEvaluation.holdOut(ARTICLES, 1.0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> CategoryEvaluation.holdOut(ARTICLES, 0.0, 0));
  }

  @Test
  void holdOutIsStratified() {
    CategoryEvaluation.Split s = CategoryEvaluation.holdOut(ARTICLES, 0.34, 3);
    assertEquals(Map.of("Kultur", 2, "Politik", 2, "Sport", 2, "Wirtschaft", 2), counts(s.test()));
    assertEquals(Map.of("Kultur", 4, "Politik", 4, "Sport", 4, "Wirtschaft", 4), counts(s.train()));
    Set<String> test = new HashSet<>();
    s.test().forEach(a -> test.add(a.id()));
    s.train().forEach(a -> assertTrue(!test.contains(a.id())));
  }

  @Test
  void crossValidationScoresAreConsistent() {
    List<CategoryEvaluation.Split> folds = CategoryEvaluation.folds(ARTICLES, 3, 42);
    CategoryEvaluation ours = CategoryEvaluation.run(folds, Fixture.TRAINER);
    assertEquals(24, ours.total());
    assertEquals(3, ours.splits());
    assertEquals(List.of("Kultur", "Politik", "Sport", "Wirtschaft"), ours.categories());
    int[][] m = ours.confusion();
    int diagonal = 0;
    double macro = 0;
    for (int i = 0; i < 4; i++) {
      diagonal += m[i][i];
      String c = ours.categories().get(i);
      int predicted = 0;
      for (int[] row : m) {
        predicted += row[i];
      }
      assertEquals(6, ours.support(c));
      assertEquals((double) m[i][i] / 6, ours.recall(c), 1e-12);
      assertEquals(predicted == 0 ? 0 : (double) m[i][i] / predicted, ours.precision(c), 1e-12);
      double p = ours.precision(c);
      double r = ours.recall(c);
      assertEquals(p + r == 0 ? 0 : 2 * p * r / (p + r), ours.f1(c), 1e-12);
      macro += ours.f1(c);
    }
    assertEquals(diagonal / 24.0, ours.accuracy(), 1e-12);
    assertEquals(macro / 4, ours.macroF1(), 1e-12);
    assertTrue(ours.accuracy() >= 0.5, "twice chance (0.25) or better: " + ours.report());
    m[0][0] = -1;
    assertNotEquals(-1, ours.confusion()[0][0], "confusion() is a copy");
    List<String> report = ours.report();
    assertTrue(report.get(0).startsWith("category"), report.toString());
    assertTrue(report.stream().anyMatch(l -> l.startsWith("accuracy ")), report.toString());
  }

  @Test
  void heldOutRunScoresOnlyTheTestPart() {
    CategoryEvaluation.Split s = CategoryEvaluation.holdOut(ARTICLES, 0.25, 9);
    CategoryEvaluation e = CategoryEvaluation.run(List.of(s), CategoryTrainer.openNlpBaseline());
    assertEquals(s.test().size(), e.total());
    assertEquals(1, e.splits());
  }
}
