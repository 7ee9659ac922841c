package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionSwapsTest {
  private static TaggedSentence s(String tokens, String tags) {
    return new TaggedSentence(tokens.split(" "), tags.split(" "));
  }

  private static final List<TaggedSentence> DATA =
      List.of(
          s("Wladimir Putin traf Macron in Paris .", "B-PER I-PER O B-PER O B-LOC O"),
          s("Es regnet .", "O O O"),
          s("Die Nato tagte in Kiel .", "O B-ORG O O B-LOC O"));

  @Test
  void copiesSentencesWithMentionsWithMentionsOfTheSameType() {
    List<TaggedSentence> out = MentionSwaps.augment(DATA, 1, 17);
    assertEquals(5, out.size()); // the sentence without a mention is not copied
    assertEquals(DATA, out.subList(0, 3));
    Set<String> persons = Set.of("Wladimir Putin", "Macron");
    Set<String> places = Set.of("Paris", "Kiel");
    for (TaggedSentence copy : out.subList(3, 5)) {
      List<String[]> mentions = new ArrayList<>();
      BioTags.spans(
          copy.tags(),
          (b, e, t) -> {
            String text = String.join(" ", java.util.Arrays.copyOfRange(copy.tokens(), b, e));
            mentions.add(new String[] {text, t});
          });
      for (String[] m : mentions) {
        Set<String> pool =
            m[1].equals("PER") ? persons : m[1].equals("LOC") ? places : Set.of("Nato");
        assertTrue(pool.contains(m[0]), m[0] + " as " + m[1]);
      }
      assertEquals(copy.tokens().length, copy.tags().length);
    }
    // the words around the mentions are kept
    TaggedSentence nato = out.get(4);
    assertEquals("Die", nato.tokens()[0]);
    assertEquals("tagte", nato.tokens()[2]);
  }

  @Test
  void deterministicAndOptional() {
    List<TaggedSentence> a = MentionSwaps.augment(DATA, 2, 5);
    List<TaggedSentence> b = MentionSwaps.augment(DATA, 2, 5);
    assertEquals(7, a.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).tokens(), b.get(i).tokens());
      assertArrayEquals(a.get(i).tags(), b.get(i).tags());
    }
    assertSame(DATA, MentionSwaps.augment(DATA, 0, 5));
  }
}
