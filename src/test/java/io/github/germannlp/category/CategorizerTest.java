package io.github.germannlp.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CategorizerTest {
  private static final Categorizer CATEGORIZER = new Categorizer(Fixture.model());

  /** New texts, not in the fixture, with each category's vocabulary. */
  private static final List<String[]> UNSEEN =
      List.of(
          new String[] {
            "Politik", "Die Opposition fordert im Bundestag den Rücktritt der Regierung."
          },
          new String[] {
            "Wirtschaft",
            "Die Aktie des Konzerns stieg nach guten Quartalszahlen an der"
                + " Börse, der Umsatz wuchs."
          },
          new String[] {
            "Sport",
            "Der Stürmer schoss im Halbfinale zwei Tore, der Trainer war"
                + " zufrieden mit der Mannschaft."
          },
          new String[] {
            "Kultur",
            "Das Publikum feierte die Premiere der Inszenierung im Theater mit" + " Applaus."
          });

  @Test
  void categorizesUnseenArticles() {
    for (String[] t : UNSEEN) {
      Categorization c = CATEGORIZER.categorize(t[1]);
      assertEquals(t[0], c.best(), t[1] + " -> " + c);
      assertFalse(c.isEmpty());
    }
  }

  @Test
  void scoresAreRankedAndSumToOne() {
    for (String[] t : UNSEEN) {
      Categorization c = CATEGORIZER.categorize(t[1]);
      assertEquals(4, c.ranked().size());
      double sum = 0;
      double last = 2;
      for (Categorization.Scored s : c.ranked()) {
        assertTrue(s.score() >= 0 && s.score() <= last, c.toString());
        last = s.score();
        sum += s.score();
      }
      assertEquals(1.0, sum, 1e-9);
      assertEquals(c.bestScore(), c.score(c.best()));
      assertEquals(0, c.score("Wetter"));
    }
  }

  @Test
  void documentAndTextGiveTheSameResult() {
    Document doc = GermanNlp.standard().analyze(UNSEEN.get(2)[1]);
    assertEquals(
        CATEGORIZER.categorize(UNSEEN.get(2)[1]).ranked(), CATEGORIZER.categorize(doc).ranked());
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> CATEGORIZER.categorize((String) null));
    assertThrows(NullPointerException.class, () -> CATEGORIZER.categorize((Document) null));
    assertThrows(NullPointerException.class, () -> new Categorizer(null));
  }

  @Test
  void emptyTextGivesUniformScores() {
    for (String text : List.of("", "   \n", "Lesedauer: 2 Min. Vorlesen")) {
      Categorization c = CATEGORIZER.categorize(text);
      assertTrue(c.isEmpty(), text);
      assertEquals("Kultur", c.best(), "first by name");
      for (Categorization.Scored s : c.ranked()) {
        assertEquals(0.25, s.score(), 1e-12);
      }
    }
  }

  @Test
  void baselineModelUsesWhiteSpaceTokens() {
    CategoryModel baseline =
        CategoryTrainer.builder()
            .features(FeatureSet.OPENNLP_BASELINE)
            .cutoff(1)
            .build()
            .train(Fixture.articles());
    assertEquals(FeatureSet.OPENNLP_BASELINE, baseline.features());
    Categorization c =
        new Categorizer(baseline)
            .categorize("Die Handballerinnen stehen im Halbfinale der Weltmeisterschaft.");
    assertEquals("Sport", c.best(), c.toString());
    assertTrue(new Categorizer(baseline).categorize("").isEmpty());
  }

  @Test
  void twoThreadsGetIdenticalResults() throws Exception {
    List<String> texts = new ArrayList<>();
    for (LabelledArticle a : Fixture.articles()) {
      texts.add(a.text());
    }
    for (String[] t : UNSEEN) {
      texts.add(t[1]);
    }
    List<List<Categorization.Scored>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(CATEGORIZER.categorize(t).ranked());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<List<Categorization.Scored>>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        futures.add(
            pool.submit(
                () -> {
                  List<List<Categorization.Scored>> got = new ArrayList<>();
                  for (int round = 0; round < 5; round++) {
                    got.clear();
                    for (String t : texts) {
                      got.add(CATEGORIZER.categorize(t).ranked());
                    }
                  }
                  return got;
                }));
      }
      for (Future<List<List<Categorization.Scored>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void trainingNeedsTwoCategories() {
    List<LabelledArticle> one = Fixture.articles().subList(0, 6);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Fixture.TRAINER.train(one));
    assertTrue(e.getMessage().contains("at least two categories"), e.getMessage());
  }
}
