package io.github.germannlp.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.topic.TopicCollection.CollectionTopic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Collections built apart and merged (as in the partitions of a Spark job) give what one collection
 * fed every document gives, and survive serialization.
 */
class TopicCollectionMergeTest {

  /** One document: an id and its topics. */
  private record Doc(String id, List<Topic> topics) {}

  private static Topic concept(String label, double score) {
    return new Topic(label, score, Topic.Kind.CONCEPT, null, List.of());
  }

  private static Topic entity(String label, String type, double score) {
    return new Topic(label, score, Topic.Kind.ENTITY, type, List.of());
  }

  /**
   * A vocabulary of 50 topics: concepts and entities of three types, some labels both a concept and
   * an entity, or entities of two types.
   */
  private static List<Topic> vocabulary() {
    List<Topic> v = new ArrayList<>();
    String[] types = {"PER", "LOC", "ORG"};
    for (int i = 0; i < 50; i++) {
      String label = "Thema" + (i % 35); // labels 0..14 occur twice
      if (i < 35 && i % 3 != 0) {
        v.add(concept(label, 1.0));
      } else {
        v.add(entity(label, types[i % 3], 1.0));
      }
    }
    return v;
  }

  /**
   * Random documents: up to 8 distinct topics of the vocabulary each, scores in [0, 1] with many
   * exact ties (1.0, 0.5, 0.25) and many that do not add up exactly in floating point (0.1, 0.7,
   * random ones); ids not in the order of the documents.
   */
  private static List<Doc> documents(Random random, int count) {
    List<Topic> vocabulary = vocabulary();
    double[] fixed = {1.0, 1.0, 0.5, 0.5, 0.25, 0.1, 0.7, 0.3, 0.0};
    List<Doc> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      int n = random.nextInt(9);
      Set<Topic> chosen = new LinkedHashSet<>();
      for (int k = 0; k < n; k++) {
        chosen.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      List<Topic> topics = new ArrayList<>();
      for (Topic t : chosen) {
        double score =
            random.nextInt(3) == 0 ? random.nextDouble() : fixed[random.nextInt(fixed.length)];
        topics.add(new Topic(t.label(), score, t.kind(), t.entityType(), List.of()));
      }
      docs.add(new Doc("d" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + d, topics));
    }
    return docs;
  }

  private static void feed(TopicCollection c, List<Doc> docs) {
    for (Doc d : docs) {
      c.add(d.id(), d.topics());
    }
  }

  /**
   * Splits the documents into 1 to 5 partitions at random, shuffles each, feeds each to its own
   * collection, then merges them in a random order and grouping (a random merge tree).
   */
  private static TopicCollection partitionedAndMerged(
      List<Doc> docs, Random random, int capacity, int documentsPerTopic) {
    int partitions = 1 + random.nextInt(5);
    List<List<Doc>> parts = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      parts.add(new ArrayList<>());
    }
    for (Doc d : docs) {
      parts.get(random.nextInt(partitions)).add(d);
    }
    List<TopicCollection> collections = new ArrayList<>();
    for (List<Doc> part : parts) {
      Collections.shuffle(part, random);
      TopicCollection c = new TopicCollection(capacity, documentsPerTopic);
      feed(c, part);
      collections.add(c);
    }
    if (random.nextBoolean()) {
      collections.add(new TopicCollection(capacity, documentsPerTopic)); // an empty one too
    }
    while (collections.size() > 1) {
      TopicCollection into = collections.remove(random.nextInt(collections.size()));
      TopicCollection from = collections.remove(random.nextInt(collections.size()));
      into.merge(from);
      collections.add(into);
    }
    return collections.get(0);
  }

  private static void assertSameCollection(TopicCollection expected, TopicCollection actual) {
    assertEquals(expected.documentCount(), actual.documentCount());
    assertEquals(expected.size(), actual.size());
    List<CollectionTopic> want = expected.top(Integer.MAX_VALUE);
    List<CollectionTopic> got = actual.top(Integer.MAX_VALUE);
    assertEquals(want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      // records are equal when their weights are equal to the last bit
      assertEquals(want.get(i), got.get(i), "rank " + (i + 1));
    }
  }

  @Test
  void partitionsMergedInAnyOrderGiveWhatOneCollectionGives() {
    for (int seed = 0; seed < 40; seed++) {
      for (int perTopic : new int[] {2, 10}) {
        Random random = new Random(seed);
        List<Doc> docs = documents(random, 200 + random.nextInt(300));
        TopicCollection one = new TopicCollection(1_000, perTopic);
        feed(one, docs);
        TopicCollection merged = partitionedAndMerged(docs, random, 1_000, perTopic);
        assertSameCollection(one, merged);
        for (CollectionTopic t : merged.top(Integer.MAX_VALUE)) {
          assertEquals(0.0, t.error());
          assertTrue(t.documents().size() <= perTopic);
        }
      }
    }
  }

  @Test
  void aPartitionExactlyAtCapacityLosesNothing() {
    for (int seed = 0; seed < 20; seed++) {
      Random random = new Random(1_000 + seed);
      List<Doc> docs = documents(random, 300);
      Set<String> distinct = new LinkedHashSet<>();
      for (Doc d : docs) {
        for (Topic t : d.topics()) {
          distinct.add(key(t.kind(), t.entityType(), t.label()));
        }
      }
      // the capacity is just enough: one partition may hold every topic, none has to make room
      int capacity = distinct.size();
      TopicCollection one = new TopicCollection(capacity, 2);
      feed(one, docs);
      assertEquals(capacity, one.size());
      assertSameCollection(one, partitionedAndMerged(docs, random, capacity, 2));
    }
  }

  @Test
  void theOrderOfDocumentsDoesNotMatter() {
    Random random = new Random(7);
    List<Doc> docs = documents(random, 400);
    TopicCollection one = new TopicCollection(100, 2);
    feed(one, docs);
    for (int round = 0; round < 10; round++) {
      List<Doc> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      TopicCollection other = new TopicCollection(100, 2);
      feed(other, shuffled);
      assertSameCollection(one, other);
    }
  }

  @Test
  void tiesRankByKindTypeAndLabelAndBestDocumentsById() {
    TopicCollection c = new TopicCollection(10, 2);
    c.add("z", List.of(entity("Berlin", "LOC", 1.0), concept("Berlin", 1.0)));
    c.add("b", List.of(entity("Berlin", "ORG", 1.0), concept("Apfel", 0.5)));
    c.add("a", List.of(concept("Apfel", 0.5)));
    c.add("c", List.of(concept("Apfel", 0.5)));
    List<CollectionTopic> top = c.top(10);
    assertEquals("Apfel", top.get(0).label());
    assertEquals(1.5, top.get(0).weight());
    // of three documents of score 0.5, the two smallest ids
    assertEquals(List.of("a", "b"), top.get(0).documents());
    // weight 1.0 three times: the concept first, then the entities by type
    assertEquals(
        List.of("CONCEPT null", "ENTITY LOC", "ENTITY ORG"),
        top.subList(1, 4).stream().map(t -> t.kind() + " " + t.entityType()).toList());
    // full: the last in that order makes room
    TopicCollection small = new TopicCollection(2, 1);
    small.add("x", List.of(concept("B", 1.0), concept("A", 1.0)));
    small.add("y", List.of(concept("C", 0.5)));
    // B goes (weight 1.0 like A, after it); C starts from 1.0
    assertEquals(List.of("C", "A"), small.top(2).stream().map(CollectionTopic::label).toList());
    assertEquals(1.5, small.top(2).get(0).weight());
    assertEquals(1.0, small.top(2).get(0).error());
  }

  @Test
  void mergingIntoAFullCollectionFollowsSpaceSaving() {
    TopicCollection a = new TopicCollection(2, 3);
    a.add("a1", List.of(concept("x", 1.0), concept("y", 0.5)));
    a.add("a2", List.of(concept("z", 0.25))); // y (0.5) makes room: z = 0.75, error 0.5
    TopicCollection b = new TopicCollection(2, 3);
    b.add("b1", List.of(concept("x", 0.5), concept("w", 1.0))); // full, but nothing lost
    a.merge(b);
    // x: 1.0 + 0.5; w: 1.0 + what a may have lost of it (0.5); z: 0.75 + 0 (b lost nothing),
    // the lightest, goes
    List<CollectionTopic> top = a.top(10);
    assertEquals(
        List.of(
            new CollectionTopic("w", Topic.Kind.CONCEPT, null, 1.5, 1, List.of("b1"), 0.5),
            new CollectionTopic("x", Topic.Kind.CONCEPT, null, 1.5, 2, List.of("a1", "b1"), 0.0)),
        top);
    assertEquals(3, a.documentCount());
    // b is unchanged
    assertEquals(2, b.size());
    assertEquals(1, b.documentCount());
    // a now may have lost up to 0.75 of a topic (z): a newcomer from a merge starts there
    TopicCollection c = new TopicCollection(2, 3);
    c.add("c1", List.of(concept("z", 1.0)));
    a.merge(c);
    // z: 1.0 + 0.75 = 1.75 (error 0.75); x and w, not in c (which lost nothing), stay at 1.5
    top = a.top(10);
    assertEquals(
        new CollectionTopic("z", Topic.Kind.CONCEPT, null, 1.75, 1, List.of("c1"), 0.75),
        top.get(0));
    assertEquals("w", top.get(1).label());
    assertEquals(2, top.size());
    // x (1.5) went: a may have lost up to 1.5 of a topic. Merged into d, d's own v gets that
    TopicCollection d = new TopicCollection(2, 3);
    d.add("d1", List.of(concept("v", 0.25)));
    d.merge(a);
    assertEquals(
        List.of(
            new CollectionTopic("v", Topic.Kind.CONCEPT, null, 1.75, 1, List.of("d1"), 1.5),
            new CollectionTopic("z", Topic.Kind.CONCEPT, null, 1.75, 1, List.of("c1"), 0.75)),
        d.top(10));
    assertEquals(5, d.documentCount());
  }

  @Test
  void aSmallerCollectionsLossesCountInALargerOne() {
    TopicCollection small = new TopicCollection(1, 1);
    small.add("s1", List.of(concept("q", 0.5)));
    small.add("s2", List.of(concept("r", 1.0))); // q (0.5) makes room: r = 1.5, error 0.5
    TopicCollection big = new TopicCollection(10, 1);
    big.merge(small);
    assertEquals(1, big.size()); // not full, but small may have lost up to 0.5 of any topic
    big.add("b1", List.of(concept("q", 0.25)));
    // q's true weight is 0.75: it starts from 0.5, not from 0
    assertEquals(
        new CollectionTopic("q", Topic.Kind.CONCEPT, null, 0.75, 1, List.of("b1"), 0.5),
        big.top(2).get(1));
    assertEquals(
        new CollectionTopic("r", Topic.Kind.CONCEPT, null, 1.5, 1, List.of("s2"), 0.5),
        big.top(2).get(0));
  }

  /** Documents with three heavy topics and a long tail, scores that add up exactly. */
  private static List<Doc> heavyAndTail(Random random, int count, Map<String, Double> truth) {
    List<Doc> docs = new ArrayList<>();
    double[] scores = {1.0, 0.5, 0.25, 0.125};
    for (int d = 0; d < count; d++) {
      List<Topic> topics = new ArrayList<>();
      if (random.nextInt(10) < 3) {
        topics.add(concept("schwer-a", 1.0));
      }
      if (random.nextInt(10) < 2) {
        topics.add(entity("schwer-b", "ORG", 0.5 + 0.5 * random.nextInt(2)));
      }
      if (random.nextInt(20) < 3) {
        topics.add(concept("mittel", 0.75));
      }
      Set<String> tail = new LinkedHashSet<>();
      for (int k = 0; k < 6; k++) {
        tail.add("selten-" + random.nextInt(3_000));
      }
      for (String label : tail) {
        topics.add(concept(label, scores[random.nextInt(scores.length)]));
      }
      for (Topic t : topics) {
        truth.merge(key(t.kind(), t.entityType(), t.label()), t.score(), Double::sum);
      }
      docs.add(new Doc("doc-" + d, topics));
    }
    return docs;
  }

  private static String key(Topic.Kind kind, String entityType, String label) {
    return kind + " " + entityType + " " + label;
  }

  /** A collection and the true weights of the topics of the documents fed to it. */
  private record Part(TopicCollection collection, Map<String, Double> truth) {}

  /**
   * The Space-Saving guarantees: no weight understated, none overstated by more than its error,
   * every topic heavier than the total over the capacity kept (the scores are dyadic: the true
   * weights are exact).
   */
  private static void assertSpaceSavingBounds(Part part, String where) {
    TopicCollection c = part.collection();
    Map<String, CollectionTopic> held = new HashMap<>();
    for (CollectionTopic t : c.top(Integer.MAX_VALUE)) {
      String key = key(t.kind(), t.entityType(), t.label());
      held.put(key, t);
      double trueWeight = part.truth().get(key);
      assertTrue(trueWeight <= t.weight(), where + ": " + key + " " + trueWeight + " > " + t);
      assertTrue(
          t.weight() <= trueWeight + t.error(),
          where + ": " + key + " " + trueWeight + " + error < " + t);
    }
    double total = part.truth().values().stream().mapToDouble(Double::doubleValue).sum();
    for (Map.Entry<String, Double> e : part.truth().entrySet()) {
      if (e.getValue() > total / c.capacity()) {
        assertTrue(held.containsKey(e.getKey()), where + ": lost " + e.getKey());
      }
    }
  }

  @Test
  void beyondCapacityMergedCollectionsKeepTheHeavyHittersAndTheirBounds() {
    int capacity = 40;
    for (int seed = 0; seed < 30; seed++) {
      Random random = new Random(seed);
      Map<String, Double> truth = new HashMap<>();
      List<Doc> docs = heavyAndTail(random, 1_000 + random.nextInt(3_000), truth);
      double total = truth.values().stream().mapToDouble(Double::doubleValue).sum();
      assertTrue(
          truth.values().stream().filter(w -> w > total / capacity).count() >= 3,
          "the test has heavy hitters");
      // 2 to 8 partitions, of uneven sizes, merged in a random order and grouping, each step
      // checked
      int partitions = 2 + random.nextInt(7);
      List<Part> parts = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        parts.add(new Part(new TopicCollection(capacity, 3), new HashMap<>()));
      }
      for (Doc d : docs) {
        Part part = parts.get(Math.min(random.nextInt(partitions), random.nextInt(partitions)));
        part.collection().add(d.id(), d.topics());
        for (Topic t : d.topics()) {
          part.truth().merge(key(t.kind(), t.entityType(), t.label()), t.score(), Double::sum);
        }
      }
      for (Part part : parts) {
        assertSpaceSavingBounds(part, "seed " + seed + ", a partition");
      }
      while (parts.size() > 1) {
        Part into = parts.remove(random.nextInt(parts.size()));
        Part from = parts.remove(random.nextInt(parts.size()));
        into.collection().merge(from.collection());
        from.truth().forEach((k, w) -> into.truth().merge(k, w, Double::sum));
        assertSpaceSavingBounds(into, "seed " + seed + ", merged");
        parts.add(into);
      }
      Part merged = parts.get(0);
      assertEquals(truth, merged.truth());
      assertEquals(docs.size(), merged.collection().documentCount());
      assertEquals(capacity, merged.collection().size());
    }
  }

  @Test
  void boundsHoldWhenCapacitiesDiffer() {
    for (int seed = 0; seed < 20; seed++) {
      Random random = new Random(500 + seed);
      Map<String, Double> truth = new HashMap<>();
      List<Doc> docs = heavyAndTail(random, 1_500, truth);
      List<TopicCollection> collections = new ArrayList<>();
      for (int p = 0; p < 6; p++) {
        collections.add(new TopicCollection(5 + random.nextInt(200), 1 + random.nextInt(3)));
      }
      for (Doc d : docs) {
        collections.get(random.nextInt(collections.size())).add(d.id(), d.topics());
      }
      while (collections.size() > 1) {
        TopicCollection into = collections.remove(random.nextInt(collections.size()));
        TopicCollection from = collections.remove(random.nextInt(collections.size()));
        into.merge(from);
        collections.add(into);
        // a few documents more after the merge, seen by no other collection
        for (int k = 0; k < 20; k++) {
          Doc d =
              new Doc(
                  "late-" + seed + "-" + collections.size() + "-" + k,
                  List.of(concept("selten-" + random.nextInt(3_000), 0.5)));
          truth.merge(key(Topic.Kind.CONCEPT, null, d.topics().get(0).label()), 0.5, Double::sum);
          into.add(d.id(), d.topics());
        }
      }
      TopicCollection merged = collections.get(0);
      assertTrue(merged.size() <= merged.capacity());
      for (CollectionTopic t : merged.top(Integer.MAX_VALUE)) {
        String key = key(t.kind(), t.entityType(), t.label());
        double trueWeight = truth.get(key);
        assertTrue(trueWeight <= t.weight(), key + ": " + trueWeight + " > " + t.weight());
        assertTrue(t.weight() <= trueWeight + t.error(), key);
        assertTrue(t.documents().size() <= merged.documentsPerTopic());
      }
    }
  }

  @Test
  void theResultKeepsThisCollectionsBounds() {
    TopicCollection big = new TopicCollection(100, 10);
    feed(big, documents(new Random(3), 300));
    TopicCollection small = new TopicCollection(3, 1);
    small.merge(big);
    assertEquals(3, small.size());
    assertEquals(3, small.capacity());
    assertEquals(300, small.documentCount());
    for (CollectionTopic t : small.top(10)) {
      assertEquals(1, t.documents().size());
    }
    // the three heaviest of big, with its best document each
    List<CollectionTopic> bigTop = big.top(3);
    for (int i = 0; i < 3; i++) {
      CollectionTopic t = small.top(3).get(i);
      assertEquals(bigTop.get(i).label(), t.label());
      assertEquals(bigTop.get(i).weight(), t.weight());
      assertEquals(bigTop.get(i).documents().get(0), t.documents().get(0));
    }
  }

  @Test
  void aCollectionIsNotMergedIntoItself() {
    TopicCollection c = new TopicCollection(10, 2);
    c.add("a", List.of(concept("Handel", 0.5)));
    List<CollectionTopic> before = c.top(10);
    assertThrows(IllegalArgumentException.class, () -> c.merge(c));
    assertEquals(before, c.top(10));
    assertEquals(1, c.documentCount());
    assertThrows(NullPointerException.class, () -> c.merge(null));
  }

  @Test
  void twoCollectionsMergedIntoEachOtherAtOnceDoNotDeadlock() throws Exception {
    TopicCollection a = new TopicCollection(50, 2);
    TopicCollection b = new TopicCollection(50, 2);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      jobs.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 100; i++) {
                  a.merge(b);
                }
              }));
      jobs.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 100; i++) {
                  b.merge(a);
                }
              }));
      for (TopicCollection c : List.of(a, b)) {
        jobs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    c.add("d" + i, List.of(concept("Thema" + (i % 70), 0.5)));
                  }
                }));
      }
      for (Future<?> job : jobs) {
        job.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(a.size() <= 50 && b.size() <= 50);
  }

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void serializationRoundTripGivesAnEqualCollectionThatGoesOn() throws Exception {
    for (int capacity : new int[] {1_000, 15}) { // without and with topics that made room
      Random random = new Random(11);
      List<Doc> docs = documents(random, 400);
      TopicCollection original = new TopicCollection(capacity, 3);
      feed(original, docs.subList(0, 200));
      TopicCollection copy = (TopicCollection) deserialize(serialize(original));
      assertNotSame(original, copy);
      assertEquals(original.capacity(), copy.capacity());
      assertEquals(original.documentsPerTopic(), copy.documentsPerTopic());
      assertSameCollection(original, copy);
      // both go on alike: adding, and merging (which uses what each may have lost)
      feed(original, docs.subList(200, 300));
      feed(copy, docs.subList(200, 300));
      assertSameCollection(original, copy);
      TopicCollection more = new TopicCollection(capacity, 3);
      feed(more, docs.subList(300, 400));
      original.merge(more);
      copy.merge(more);
      assertSameCollection(original, copy);
    }
    TopicCollection empty = (TopicCollection) deserialize(serialize(new TopicCollection()));
    assertEquals(0, empty.size());
    assertEquals(TopicCollection.DEFAULT_CAPACITY, empty.capacity());
  }

  @Test
  void aDeserializedCollectionMergesLikeTheOriginal() throws Exception {
    Random random = new Random(5);
    List<Doc> docs = documents(random, 300);
    TopicCollection one = new TopicCollection(1_000, 2);
    feed(one, docs);
    // as in Spark: each partition's collection is serialized, the driver merges them
    TopicCollection driver = new TopicCollection(1_000, 2);
    for (int p = 0; p < 3; p++) {
      TopicCollection part = new TopicCollection(1_000, 2);
      feed(part, docs.subList(p * 100, p * 100 + 100));
      driver.merge((TopicCollection) deserialize(serialize(part)));
    }
    assertSameCollection(one, driver);
  }

  @Test
  void aCorruptSerializedFormIsRefused() throws Exception {
    int marker = 0x3A5C_7E91; // a capacity whose bytes are easy to find
    TopicCollection c = new TopicCollection(marker, 2);
    c.add("a", List.of(concept("Handel", 0.5)));
    byte[] bytes = serialize(c);
    int at = -1;
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (bytes[i] == 0x3A
          && bytes[i + 1] == 0x5C
          && bytes[i + 2] == 0x7E
          && bytes[i + 3] == (byte) 0x91) {
        assertEquals(-1, at, "marker found once");
        at = i;
      }
    }
    assertTrue(at >= 0);
    assertEquals(marker, ((TopicCollection) deserialize(bytes)).capacity());
    bytes[at] = bytes[at + 1] = bytes[at + 2] = bytes[at + 3] = 0; // capacity 0
    assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
    bytes[at + 3] = 1; // capacity 1: fine, one topic
    assertEquals(1, ((TopicCollection) deserialize(bytes)).capacity());
    assertFalse(
        new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("byKey"),
        "the collection's own fields are not written");
  }
}
