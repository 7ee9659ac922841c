package io.github.germannlp.topic;

import io.github.germannlp.internal.topic.TopicExtractor;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The topics that run through a collection of documents (a day's articles, a feed), computed
 * incrementally: feed each document's topics with {@link #add}, ask for the ranking with {@link
 * #top} at any time. Collections built apart (on several threads, or in the partitions of a Spark
 * job) combine with {@link #merge}; a collection is {@link Serializable}, so a task can send its
 * collection to the driver.
 *
 * <p>A topic's weight is the sum of its scores over the documents it occurs in (each document's
 * topics score in [0, 1], so every document counts about the same). Topics are merged by kind,
 * entity type and label.
 *
 * <p><b>Memory bound.</b> The collection keeps at most {@code capacity} topics and, for each, the
 * ids of at most {@code documentsPerTopic} documents (those where it scored best), however many
 * documents are fed through: about {@code capacity × (250 + documentsPerTopic × (40 + id length ×
 * 2))} bytes, 8 MB for the defaults with ids of 20 characters. When a new topic arrives and the
 * collection is full, the topic with the least weight makes room (of several with the least weight,
 * the last in the order of {@link #top}: the greatest kind, entity type and label) and the newcomer
 * starts from that weight (the Space-Saving algorithm of Metwally et al., 2005): a topic whose true
 * weight exceeds the total weight divided by the capacity is never lost, and {@link
 * CollectionTopic#error()} bounds how much a weight may be overstated.
 *
 * <p><b>Order does not matter.</b> As long as no topic has had to make room, the result depends
 * only on the documents, not on the order they came in nor on how they were split between
 * collections that were then merged: {@link #top} gives equal records, weights equal to the last
 * bit. To that end weights are summed exactly, in fixed point: each score counts as a whole number
 * of billionths, the nearest to it (exact for the scores of {@link TopicExtractor}, which have four
 * decimals; at most 5e-10 off for others), summed as a {@code long}, which cannot overflow before a
 * topic has gathered 9.2 billion documents of full score (beyond that, weights stay at their
 * largest value). A weight is then the {@code double} nearest to that exact sum: a topic of one
 * document weighs exactly its score. (Summed as {@code double}s, weights would differ in their last
 * bits with the order of addition.) Topics of equal weight rank by kind (concepts first), entity
 * type and label; a topic's best documents are those of the highest score, of equal scores the
 * smallest ids ({@link String#compareTo}).
 *
 * <p><b>Serialized</b>, a collection is a snapshot of its bounds, counters and topics with their
 * best documents, taken under its lock; reading it checks the snapshot and builds an equal
 * collection, to which documents and collections may be added as before. (As always with Java
 * serialization, read only streams you trust.)
 *
 * <p>Thread-safe: {@link #add}, {@link #merge}, {@link #top} may be called from several threads.
 *
 * <pre>{@code
 * GermanNlp nlp = GermanNlp.standard();
 * TopicCollection day = new TopicCollection();
 * Map<String, String> articles = Map.of("a1", "Putin traf Xi in Peking.", "a2", "Xi empfing Putin.");
 * articles.forEach((id, text) -> day.add(id, nlp.analyze(text).topics()));
 * for (TopicCollection.CollectionTopic t : day.top(20)) {
 *   System.out.printf("%.2f %s %s%n", t.weight(), t.label(), t.documents());
 * }
 * }</pre>
 */
public final class TopicCollection implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Default number of topics kept. */
  public static final int DEFAULT_CAPACITY = 10_000;

  /** Default number of document ids kept per topic. */
  public static final int DEFAULT_DOCUMENTS_PER_TOPIC = 10;

  /**
   * Weights and errors are held in units of 1/SCALE: billionths, so that the four-decimal scores of
   * {@link TopicExtractor} and their sums are exact, and a {@code long} holds 9.2e9 full scores.
   */
  private static final double SCALE = 1e9;

  /**
   * One topic of the collection.
   *
   * @param label the topic's label ({@link Topic#label()})
   * @param kind a concept or a named entity
   * @param entityType the entity type of an entity topic; null for a concept
   * @param weight the sum of the topic's scores over the documents it occurs in (at most {@link
   *     #error()} more than that when it once made room for another, or was merged from collections
   *     that had to make room); each score counted to the nearest 10<sup>-9</sup>
   * @param documentCount the number of documents counted for the topic since it last entered the
   *     collection
   * @param documents the ids of the documents where it scored best, best first (of equal scores,
   *     the smaller id first), at most {@link TopicCollection#documentsPerTopic()} of them
   * @param error how much {@code weight} may overstate the true weight: the weight of the topic it
   *     replaced (plus, after a {@link TopicCollection#merge}, what the merged collections may have
   *     lost of it), 0 if none
   */
  public record CollectionTopic(
      String label,
      Topic.Kind kind,
      String entityType,
      double weight,
      int documentCount,
      List<String> documents,
      double error) {
    /**
     * Validates and copies.
     *
     * @param label the topic's label
     * @param kind a concept or a named entity
     * @param entityType the entity type of an entity topic; null for a concept
     * @param weight the summed scores
     * @param documentCount the number of documents counted
     * @param documents the best documents' ids; copied
     * @param error the most {@code weight} may overstate
     * @throws NullPointerException if {@code label}, {@code kind} or {@code documents} is null
     */
    public CollectionTopic {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
      documents = List.copyOf(documents);
    }
  }

  private static final class Entry {
    final String key;
    final String label;
    final Topic.Kind kind;
    final String entityType;

    /** In units of 1/SCALE. */
    long weight;

    /** In units of 1/SCALE. */
    long error;

    int documentCount;

    /**
     * Best documents: ids and their scores, a heap whose root is the worst of them (the lowest
     * score; of equal scores, the greatest id).
     */
    String[] ids;

    double[] scores;
    int size;

    Entry(String key, String label, Topic.Kind kind, String entityType, long start, int k) {
      this.key = key;
      this.label = label;
      this.kind = kind;
      this.entityType = entityType;
      this.weight = start;
      this.error = start;
      this.ids = new String[Math.min(k, 4)];
      this.scores = new double[ids.length];
    }

    void addDocument(String id, double score, int k) {
      if (size < k) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, Math.min(k, size * 2));
          scores = Arrays.copyOf(scores, ids.length);
        }
        ids[size] = id;
        scores[size] = score;
        siftUp(size++);
      } else if (ranksBelow(scores[0], ids[0], score, id)) {
        ids[0] = id;
        scores[0] = score;
        siftDown(0);
      }
    }

    private void siftUp(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!worse(i, parent)) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void siftDown(int i) {
      while (true) {
        int l = 2 * i + 1;
        int worst = i;
        if (l < size && worse(l, worst)) {
          worst = l;
        }
        if (l + 1 < size && worse(l + 1, worst)) {
          worst = l + 1;
        }
        if (worst == i) {
          return;
        }
        swap(i, worst);
        i = worst;
      }
    }

    private boolean worse(int a, int b) {
      return ranksBelow(scores[a], ids[a], scores[b], ids[b]);
    }

    private void swap(int a, int b) {
      String id = ids[a];
      ids[a] = ids[b];
      ids[b] = id;
      double s = scores[a];
      scores[a] = scores[b];
      scores[b] = s;
    }

    /** The heap's slots, best document first. */
    Integer[] ranked() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> worse(b, a) ? -1 : worse(a, b) ? 1 : 0);
      return order;
    }

    List<String> bestDocuments() {
      List<String> out = new ArrayList<>(size);
      for (int i : ranked()) {
        out.add(ids[i]);
      }
      return out;
    }
  }

  /**
   * Whether a document of score {@code s} and id {@code id} ranks below one of score {@code t} and
   * id {@code other}: a lower score or, of equal scores, a greater id.
   */
  private static boolean ranksBelow(double s, String id, double t, String other) {
    return s < t || (s == t && id.compareTo(other) > 0);
  }

  /** Heaviest first; of equal weights, by kind (concepts first), entity type and label. */
  private static final Comparator<Entry> RANK =
      (a, b) -> {
        if (a.weight != b.weight) {
          return a.weight > b.weight ? -1 : 1;
        }
        int c = a.kind.compareTo(b.kind);
        if (c == 0) {
          c =
              a.entityType == null
                  ? (b.entityType == null ? 0 : -1)
                  : b.entityType == null ? 1 : a.entityType.compareTo(b.entityType);
        }
        return c != 0 ? c : a.label.compareTo(b.label);
      };

  // transient: a collection is written as a Snapshot (writeReplace), never field by field
  private final transient int capacity;
  private final transient int documentsPerTopic;
  private final transient Map<String, Entry> byKey = new HashMap<>();

  /** The entries in the order of {@link #top}: the last makes room for a newcomer. */
  private final transient TreeSet<Entry> byRank = new TreeSet<>(RANK);

  private transient long documents;

  /**
   * The most a topic that is not held may weigh (in units of 1/SCALE): 0 as long as no topic has
   * made room here or in a collection merged into this one; else the greatest weight of a topic
   * that made room here, or the sum of the floors of two merged collections if that is more. Never
   * above the least weight held.
   */
  private transient long floor;

  /** A collection with the default bounds. */
  public TopicCollection() {
    this(DEFAULT_CAPACITY, DEFAULT_DOCUMENTS_PER_TOPIC);
  }

  /**
   * A collection with the given bounds; memory stays within them however many documents are added.
   *
   * @param capacity the most topics kept (at least 1)
   * @param documentsPerTopic the most document ids kept per topic (at least 1)
   * @throws IllegalArgumentException if either bound is below 1
   */
  public TopicCollection(int capacity, int documentsPerTopic) {
    if (capacity < 1 || documentsPerTopic < 1) {
      throw new IllegalArgumentException("capacity and documentsPerTopic must be at least 1");
    }
    this.capacity = capacity;
    this.documentsPerTopic = documentsPerTopic;
  }

  private static String key(Topic.Kind kind, String entityType, String label) {
    return kind + "\t" + entityType + "\t" + label;
  }

  /** A score in units of 1/SCALE, the nearest. */
  private static long units(double score) {
    return Math.round(score * SCALE);
  }

  /** The sum of two non-negative amounts, at most {@link Long#MAX_VALUE}. */
  private static long plus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /**
   * Adds one document's topics.
   *
   * @param documentId the document's id, as {@link CollectionTopic#documents()} will name it
   * @param topics its topics ({@link io.github.germannlp.Document#topics()}); may be empty
   * @throws NullPointerException if an argument or a topic is null
   */
  public synchronized void add(String documentId, List<Topic> topics) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(topics, "topics");
    documents++;
    for (Topic t : topics) {
      String key = key(t.kind(), t.entityType(), t.label());
      Entry e = byKey.get(key);
      if (e == null) {
        // a newcomer starts from the most it may weigh already: the least weight held when it
        // takes that topic's place, else what collections merged into this one may have lost
        long start = floor;
        if (byKey.size() >= capacity) {
          Entry least = byRank.pollLast();
          byKey.remove(least.key);
          start = least.weight;
          floor = Math.max(floor, start);
        }
        e = new Entry(key, t.label(), t.kind(), t.entityType(), start, documentsPerTopic);
        byKey.put(key, e);
      } else {
        byRank.remove(e);
      }
      e.weight = plus(e.weight, units(t.score()));
      e.documentCount++;
      e.addDocument(documentId, t.score(), documentsPerTopic);
      byRank.add(e);
    }
  }

  /**
   * Adds the documents of another collection, as if they had been {@link #add added} to this one
   * (the mergeable Space-Saving summary of Agarwal et al., 2012): {@code other} is left as it was.
   * Meant for collections built apart, in parallel or on several machines, then combined.
   *
   * <p>A topic held by both collections gets the sum of their weights, errors and document counts,
   * and the best of their best documents. A topic held by one of them only gets, on top of its
   * weight and its error, the most it may weigh in the other: 0 if the other never had to make room
   * for a topic (it has then seen none of the topic's documents); else the other's bound on what it
   * let go, the greatest weight of a topic it dropped (or the sum of such bounds of two collections
   * merged into it, if more), never above its least weight. (The usual merge adds the least weight
   * of a full summary; this bound is as safe and tighter.) Then only the {@link #capacity()}
   * heaviest topics are kept, of equal weights the first in the order of {@link #top}. {@link
   * #documentCount()} becomes the sum of both.
   *
   * <p><b>Exact when nothing was lost.</b> If neither collection has ever had to make room for a
   * topic (neither while documents were added nor while collections were merged into it: in
   * particular if neither was ever offered more distinct topics than it can hold) and together they
   * hold at most {@link #capacity()} topics, for instance when all the documents hold no more than
   * that many distinct topics, the result equals that of one collection of this one's bounds fed
   * all the documents of both, in whatever order: {@link #top} gives equal records, weights equal
   * to the last bit. Merging the collections of any number of partitions in any order or grouping
   * then gives the same result too. (If {@code other} keeps fewer documents per topic than this
   * one, a topic's best documents are the best of what it kept.)
   *
   * <p>Otherwise the Space-Saving bounds still hold: no topic's weight is understated, {@link
   * CollectionTopic#error()} bounds how much it may be overstated, and, when all the collections
   * merged have the same capacity, a topic whose true weight exceeds the total weight of all their
   * documents divided by the capacity is kept.
   *
   * <p>Thread-safe, and free of deadlock when two collections are merged into each other at once: a
   * snapshot of {@code other} is taken under its lock, then this collection is updated under its
   * own lock, never holding both.
   *
   * @param other the collection to add; its capacity and documents per topic may differ from this
   *     one's, which bound the result
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is this collection (a collection is not
   *     merged into itself: that would count each document twice)
   */
  public void merge(TopicCollection other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("a collection cannot be merged into itself");
    }
    Snapshot theirs = other.snapshot();
    synchronized (this) {
      mergeHeld(theirs);
    }
  }

  private void mergeHeld(Snapshot s) {
    int n = s.labels.length;
    String[] keys = new String[n];
    Set<String> theirKeys = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      keys[i] = key(s.kinds[i], s.entityTypes[i], s.labels[i]);
      theirKeys.add(keys[i]);
    }
    long ourFloor = floor;
    byRank.clear();
    if (s.floor > 0) {
      for (Entry e : byKey.values()) {
        if (!theirKeys.contains(e.key)) {
          e.weight = plus(e.weight, s.floor);
          e.error = plus(e.error, s.floor);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Entry e = byKey.get(keys[i]);
      if (e == null) {
        e =
            new Entry(
                keys[i], s.labels[i], s.kinds[i], s.entityTypes[i], ourFloor, documentsPerTopic);
        byKey.put(keys[i], e);
      }
      e.weight = plus(e.weight, s.weights[i]);
      e.error = plus(e.error, s.errors[i]);
      e.documentCount =
          (int) Math.min(Integer.MAX_VALUE, (long) e.documentCount + s.documentCounts[i]);
      String[] ids = s.documentIds[i];
      double[] scores = s.documentScores[i];
      for (int j = 0; j < ids.length; j++) {
        e.addDocument(ids[j], scores[j], documentsPerTopic);
      }
    }
    byRank.addAll(byKey.values());
    floor = plus(ourFloor, s.floor);
    while (byRank.size() > capacity) {
      Entry least = byRank.pollLast();
      byKey.remove(least.key);
      floor = Math.max(floor, least.weight);
    }
    documents = plus(documents, s.documents);
  }

  /**
   * The {@code n} heaviest topics, heaviest first; of equal weights, by kind (concepts first),
   * entity type and label.
   *
   * @param n the most topics to return, 0 or more
   * @return a new list of at most {@code n} topics, a snapshot of the collection now
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public synchronized List<CollectionTopic> top(int n) {
    List<CollectionTopic> out = new ArrayList<>(Math.min(n, byKey.size()));
    for (Entry e : byRank) {
      if (out.size() >= n) {
        break;
      }
      out.add(
          new CollectionTopic(
              e.label,
              e.kind,
              e.entityType,
              e.weight / SCALE,
              e.documentCount,
              e.bestDocuments(),
              e.error / SCALE));
    }
    return out;
  }

  /**
   * Number of documents added.
   *
   * @return how many times {@link #add} was called, on this collection and on those merged into it
   */
  public synchronized long documentCount() {
    return documents;
  }

  /**
   * Number of topics held now (at most the capacity).
   *
   * @return the number of distinct topics kept
   */
  public synchronized int size() {
    return byKey.size();
  }

  /**
   * The most topics kept.
   *
   * @return the capacity given to the constructor, {@value #DEFAULT_CAPACITY} by default
   */
  public int capacity() {
    return capacity;
  }

  /**
   * The most document ids kept per topic.
   *
   * @return the bound given to the constructor, {@value #DEFAULT_DOCUMENTS_PER_TOPIC} by default
   */
  public int documentsPerTopic() {
    return documentsPerTopic;
  }

  private synchronized Snapshot snapshot() {
    return new Snapshot(this);
  }

  /**
   * Serializes a snapshot of the collection's content in its place.
   *
   * @return the snapshot
   */
  private Object writeReplace() {
    return snapshot();
  }

  /**
   * Refuses a stream that holds a collection itself: one is always written as a snapshot.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a TopicCollection is read from its serialized snapshot");
  }

  /**
   * A collection's content, for {@link #merge} and as its serialized form: the bounds, the counters
   * and, for each topic held, heaviest first, its fields and its best documents, best first.
   * Weights, errors and the floor are in billionths.
   */
  private static final class Snapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int capacity;
    private final int documentsPerTopic;
    private final long documents;
    private final long floor;
    private final String[] labels;
    private final Topic.Kind[] kinds;
    private final String[] entityTypes;
    private final long[] weights;
    private final long[] errors;
    private final int[] documentCounts;
    private final String[][] documentIds;
    private final double[][] documentScores;

    /** Copies the collection; the caller holds its lock. */
    Snapshot(TopicCollection c) {
      capacity = c.capacity;
      documentsPerTopic = c.documentsPerTopic;
      documents = c.documents;
      floor = c.floor;
      int n = c.byRank.size();
      labels = new String[n];
      kinds = new Topic.Kind[n];
      entityTypes = new String[n];
      weights = new long[n];
      errors = new long[n];
      documentCounts = new int[n];
      documentIds = new String[n][];
      documentScores = new double[n][];
      int i = 0;
      for (Entry e : c.byRank) {
        labels[i] = e.label;
        kinds[i] = e.kind;
        entityTypes[i] = e.entityType;
        weights[i] = e.weight;
        errors[i] = e.error;
        documentCounts[i] = e.documentCount;
        Integer[] order = e.ranked();
        documentIds[i] = new String[order.length];
        documentScores[i] = new double[order.length];
        for (int j = 0; j < order.length; j++) {
          documentIds[i][j] = e.ids[order[j]];
          documentScores[i][j] = e.scores[order[j]];
        }
        i++;
      }
    }

    /**
     * Validates the snapshot read and rebuilds the collection.
     *
     * @return the collection
     * @throws InvalidObjectException if the snapshot is not one a collection could have written
     */
    private Object readResolve() throws InvalidObjectException {
      check(capacity >= 1 && documentsPerTopic >= 1, "capacity and documentsPerTopic below 1");
      check(documents >= 0 && floor >= 0, "negative document count or floor");
      check(
          labels != null
              && kinds != null
              && entityTypes != null
              && weights != null
              && errors != null
              && documentCounts != null
              && documentIds != null
              && documentScores != null,
          "missing arrays");
      int n = labels.length;
      check(
          kinds.length == n
              && entityTypes.length == n
              && weights.length == n
              && errors.length == n
              && documentCounts.length == n
              && documentIds.length == n
              && documentScores.length == n,
          "arrays of different lengths");
      check(n <= capacity, "more topics than the capacity");
      TopicCollection c = new TopicCollection(capacity, documentsPerTopic);
      c.documents = documents;
      c.floor = floor;
      for (int i = 0; i < n; i++) {
        check(labels[i] != null && kinds[i] != null, "topic without label or kind");
        check(
            (kinds[i] == Topic.Kind.ENTITY) == (entityTypes[i] != null),
            "an entity topic has a type, a concept has none");
        check(
            errors[i] >= 0 && weights[i] >= errors[i] && weights[i] >= floor,
            "weight below error or floor, or negative error");
        check(documentCounts[i] >= 1, "topic without documents");
        String[] ids = documentIds[i];
        double[] scores = documentScores[i];
        check(
            ids != null
                && scores != null
                && ids.length == scores.length
                && ids.length <= documentsPerTopic,
            "best documents missing or too many");
        String key = key(kinds[i], entityTypes[i], labels[i]);
        check(!c.byKey.containsKey(key), "topic twice");
        Entry e = new Entry(key, labels[i], kinds[i], entityTypes[i], 0, documentsPerTopic);
        e.weight = weights[i];
        e.error = errors[i];
        e.documentCount = documentCounts[i];
        for (int j = 0; j < ids.length; j++) {
          check(ids[j] != null && scores[j] >= 0 && scores[j] <= 1, "bad best document");
          e.addDocument(ids[j], scores[j], documentsPerTopic);
        }
        c.byKey.put(key, e);
        c.byRank.add(e);
      }
      return c;
    }

    private static void check(boolean ok, String problem) throws InvalidObjectException {
      if (!ok) {
        throw new InvalidObjectException("bad serialized TopicCollection: " + problem);
      }
    }
  }
}
