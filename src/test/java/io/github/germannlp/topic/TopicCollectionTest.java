package io.github.germannlp.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.topic.TopicCollection.CollectionTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TopicCollectionTest {

  private static Topic concept(String label, double score) {
    return new Topic(label, score, Topic.Kind.CONCEPT, null, List.of());
  }

  @Test
  void ranksByWeightAndKeepsTheBestDocuments() {
    TopicCollection c = new TopicCollection(100, 2);
    c.add("a", List.of(concept("Sanktion", 1.0), concept("Handel", 0.2)));
    c.add("b", List.of(concept("Sanktion", 0.5)));
    c.add(
        "c",
        List.of(
            concept("Sanktion", 0.9),
            new Topic("Handel", 0.1, Topic.Kind.ENTITY, "ORG", List.of())));
    c.add("d", List.of());
    List<CollectionTopic> top = c.top(10);
    assertEquals(4, c.documentCount());
    assertEquals("Sanktion", top.get(0).label());
    assertEquals(2.4, top.get(0).weight(), 1e-9);
    assertEquals(3, top.get(0).documentCount());
    assertEquals(List.of("a", "c"), top.get(0).documents());
    // a concept and an entity of the same label are two topics
    assertEquals(3, top.size());
    assertEquals(0.0, top.get(0).error());
  }

  @Test
  void holdsAHundredThousandDocumentsWithinItsBound() {
    int capacity = 1_000;
    int perTopic = 5;
    TopicCollection c = new TopicCollection(capacity, perTopic);
    Random random = new Random(42);
    for (int d = 0; d < 100_000; d++) {
      List<Topic> topics = new ArrayList<>();
      topics.add(concept("Dauerthema", 1.0)); // in every document
      if (d % 10 == 0) {
        topics.add(concept("Zehntel", 0.8));
      }
      for (int k = 0; k < 8; k++) {
        topics.add(concept("selten-" + random.nextInt(1_000_000), 0.3)); // a long tail
      }
      c.add("doc-" + d, topics);
      if (d % 10_000 == 0) {
        assertTrue(c.size() <= capacity);
      }
    }
    assertEquals(100_000, c.documentCount());
    assertTrue(c.size() <= capacity);
    List<CollectionTopic> top = c.top(2);
    assertEquals("Dauerthema", top.get(0).label());
    assertEquals(100_000.0, top.get(0).weight(), 1e-6);
    assertEquals("Zehntel", top.get(1).label());
    for (CollectionTopic t : c.top(capacity)) {
      assertTrue(t.documents().size() <= perTopic);
      assertTrue(t.weight() >= t.error());
    }
  }

  @Test
  void threadsAddingAtOnceLoseNothing() throws InterruptedException {
    TopicCollection c = new TopicCollection();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (int t = 0; t < 2; t++) {
      int thread = t;
      pool.submit(
          () -> {
            for (int d = 0; d < 5_000; d++) {
              c.add(thread + "-" + d, List.of(concept("Handel", 0.5)));
            }
          });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    assertEquals(10_000, c.documentCount());
    assertEquals(5_000.0, c.top(1).get(0).weight(), 1e-6);
    assertEquals(10_000, c.top(1).get(0).documentCount());
  }

  @Test
  void badArguments() {
    assertThrows(IllegalArgumentException.class, () -> new TopicCollection(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new TopicCollection(1, 0));
    TopicCollection c = new TopicCollection();
    assertThrows(NullPointerException.class, () -> c.add(null, List.of()));
    assertThrows(NullPointerException.class, () -> c.add("x", null));
    assertEquals(List.of(), c.top(5));
  }
}
