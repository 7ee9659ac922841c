package io.github.germannlp.internal.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.eval.EntityScore.Span;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entity scoring by token spans and by character spans, and the twelve-to-four mapping. */
class EntityScoreTest {
  private static TaggedSentence s(String tokens, String tags) {
    return new TaggedSentence(tokens.split(" "), tags.split(" "));
  }

  @Test
  void charSpansScorePerTypeAndOverall() {
    EntityScore score = new EntityScore();
    Set<Span> gold =
        Set.of(new Span(0, 5, "PER"), new Span(10, 20, "PER"), new Span(24, 30, "LOC"));
    Set<Span> predicted =
        Set.of(
            new Span(0, 5, "PER"),
            new Span(10, 18, "PER"),
            new Span(24, 30, "ORG"),
            new Span(40, 45, "LOC"));
    score.addSpans(gold, predicted);
    assertArrayEquals(new int[] {1, 2, 2}, score.counts().get("PER"));
    assertArrayEquals(new int[] {0, 1, 1}, score.counts().get("LOC"));
    assertArrayEquals(new int[] {0, 1, 0}, score.counts().get("ORG"));
    SegmentationScore.Prf all = score.overall();
    assertEquals(new SegmentationScore.Prf(1, 4, 3), all);
    List<String> report = score.report();
    assertEquals(4, report.size());
    assertTrue(report.get(3).startsWith("overall      P 25.00  R 33.33"), report.get(3));
  }

  @Test
  void tokenSpansAndCharSpansAgree() {
    EntityScore byTokens = new EntityScore();
    byTokens.add("B-PER I-PER O B-LOC".split(" "), "B-PER O O B-LOC".split(" "));
    EntityScore byChars = new EntityScore();
    byChars.addSpans(
        Set.of(new Span(0, 11, "PER"), new Span(16, 22, "LOC")),
        Set.of(new Span(0, 4, "PER"), new Span(16, 22, "LOC")));
    assertEquals(byTokens.report(), byChars.report());
  }

  @Test
  void tokenSpansFollowBio() {
    assertEquals(
        List.of(new Span(0, 2, "PER"), new Span(2, 3, "LOC"), new Span(4, 5, "ORG")),
        EntityScore.tokenSpans("B-PER I-PER I-LOC O I-ORG".split(" ")));
  }

  @Test
  void goldCharSpansInDetokenizedText() {
    List<TaggedSentence> gold =
        List.of(
            s("„ Wladimir Putin “ kam nach Berlin .", "O B-PER I-PER O O O B-LOC O"),
            s("Die EU-Kommission tagte .", "O B-ORGpart O O"));
    GoldText text =
        Detokenizer.detokenize(
            List.of(List.of(gold.get(0).tokens()), List.of(gold.get(1).tokens())));
    assertEquals("„Wladimir Putin“ kam nach Berlin. Die EU-Kommission tagte.", text.text());
    Set<Span> spans = EntityScore.charSpans(text.gold(), gold);
    assertEquals(
        Set.of(new Span(1, 15, "PER"), new Span(26, 32, "LOC"), new Span(38, 51, "ORGpart")),
        spans);
    for (Span sp : spans) {
      assertFalse(text.text().substring(sp.start(), sp.end()).isBlank());
    }
    assertEquals("Wladimir Putin", text.text().substring(1, 15));
    assertThrows(
        IllegalArgumentException.class,
        () -> EntityScore.charSpans(text.gold(), gold.subList(0, 1)));
  }

  @Test
  void twelveClassesMapToFour() {
    assertEquals("O", EntityClasses.fourClassTag("B-LOCderiv"));
    assertEquals("O", EntityClasses.fourClassTag("I-MISCpart"));
    assertEquals("I-MISC", EntityClasses.fourClassTag("I-MISC"));
    assertEquals("O", EntityClasses.fourClassTag("O"));
    assertArrayEquals(
        "B-PER O O B-ORG I-ORG".split(" "),
        EntityClasses.fourClassTags("B-PER B-LOCderiv I-LOCderiv B-ORG I-ORG".split(" ")));
    assertNull(EntityClasses.fourClassType("ORGpart"));
    assertEquals("LOC", EntityClasses.fourClassType("LOC"));
  }
}
