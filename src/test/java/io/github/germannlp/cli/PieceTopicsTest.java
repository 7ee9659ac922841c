package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.germannlp.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topics of an input in pieces: summed by label, offsets into the input, mentions bounded. */
class PieceTopicsTest {
  private static Topic concept(String label, double score, int... spans) {
    List<Topic.Mention> mentions = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      mentions.add(new Topic.Mention(spans[i], spans[i + 1]));
    }
    return new Topic(label, score, Topic.Kind.CONCEPT, null, mentions);
  }

  @Test
  void onePieceAtTheStartKeepsItsTopicsAsTheyAre() {
    PieceTopics t = new PieceTopics();
    List<Topic> topics = List.of(concept("Sanktion", 1, 4, 14));
    t.add(topics, 0, "Die Sanktionen.");
    assertSame(topics, t.topics());
    assertEquals("Sanktionen", t.text(t.topics().get(0).mentions().get(0)));
    assertEquals(List.of(), new PieceTopics().topics());
  }

  @Test
  void piecesAreSummedByLabelWithOffsetsIntoTheInput() {
    PieceTopics t = new PieceTopics();
    t.add(
        List.of(concept("Gipfel", 1, 0, 6), concept("Peking", 0.5, 10, 16)),
        0,
        "Gipfel in Peking.");
    t.add(List.of(concept("Peking", 1, 0, 6)), 100, "Peking lädt ein.");
    List<Topic> merged = t.topics();
    assertEquals("Peking", merged.get(0).label()); // 1.5 against 1
    assertEquals(1.0, merged.get(0).score());
    assertEquals(1 / 1.5, merged.get(1).score(), 1e-12);
    List<Topic.Mention> peking = merged.get(0).mentions();
    assertEquals(List.of(new Topic.Mention(10, 16), new Topic.Mention(100, 106)), peking);
    assertEquals("Peking", t.text(peking.get(1)));
  }

  @Test
  void aTopicOfManyPiecesKeepsItsFirstMentionsOnly() {
    PieceTopics t = new PieceTopics();
    for (int piece = 0; piece < 50; piece++) {
      int[] spans = new int[2 * 10];
      for (int i = 0; i < 10; i++) {
        spans[2 * i] = 10 * i;
        spans[2 * i + 1] = 10 * i + 5;
      }
      t.add(List.of(concept("Krieg", 1, spans)), piece * 1000, "Krieg     ".repeat(10));
    }
    List<Topic.Mention> kept = t.topics().get(0).mentions();
    assertEquals(PieceTopics.MENTIONS_KEPT, kept.size());
    assertEquals(new Topic.Mention(9 * 1000 + 90, 9 * 1000 + 95), kept.get(kept.size() - 1));
    assertEquals("Krieg", t.text(kept.get(42)));
  }
}
