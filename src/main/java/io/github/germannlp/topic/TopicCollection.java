package io.github.germannlp.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The topics that run through a collection of documents (a day's articles, a feed), computed
 * incrementally: feed each document's topics with {@link #add}, ask for the ranking with {@link
 * #top} at any time.
 *
 * <p>A topic's weight is the sum of its scores over the documents it occurs in (each document's
 * topics score in [0, 1], so every document counts about the same). Topics are merged by kind,
 * entity type and label.
 *
 * <p><b>Memory bound.</b> The collection keeps at most {@code capacity} topics and, for each, the
 * ids of at most {@code documentsPerTopic} documents (those where it scored best), however many
 * documents are fed through: about {@code capacity × (250 + documentsPerTopic × (40 + id
 * length × 2))} bytes, 8 MB for the defaults with ids of 20 characters. When a new topic arrives
 * and the collection is full, the topic with the least weight makes room and the newcomer starts
 * from that weight (the Space-Saving algorithm of Metwally et al., 2005): a topic whose true
 * weight exceeds the total weight divided by the capacity is never lost, and {@link
 * CollectionTopic#error()} bounds how much a weight may be overstated.
 *
 * <p>Thread-safe: {@link #add} and {@link #top} may be called from several threads.
 *
 * <pre>{@code
 * GermanNlp nlp = GermanNlp.standard();
 * TopicCollection day = new TopicCollection();
 * for (Article a : articles) {
 *   day.add(a.id(), nlp.analyze(a.text()).topics());
 * }
 * for (CollectionTopic t : day.top(20)) {
 *   System.out.printf("%.2f %s %s%n", t.weight(), t.label(), t.documents());
 * }
 * }</pre>
 */
public final class TopicCollection {
  /** Default number of topics kept. */
  public static final int DEFAULT_CAPACITY = 10_000;
  /** Default number of document ids kept per topic. */
  public static final int DEFAULT_DOCUMENTS_PER_TOPIC = 10;

  /**
   * One topic of the collection.
   *
   * @param label the topic's label ({@link Topic#label()})
   * @param kind a concept or a named entity
   * @param entityType the entity type of an entity topic; null for a concept
   * @param weight the sum of the topic's scores over the documents it occurs in (at most {@link
   *     #error()} more than that when it once made room for another)
   * @param documentCount the number of documents counted for the topic since it last entered the
   *     collection
   * @param documents the ids of the documents where it scored best, best first, at most {@link
   *     TopicCollection#documentsPerTopic()} of them
   * @param error how much {@code weight} may overstate the true weight: the weight of the topic
   *     it replaced, 0 if none
   */
  public record CollectionTopic(String label, Topic.Kind kind, String entityType, double weight,
      int documentCount, List<String> documents, double error) {
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
    final long seq;
    double weight;
    double error;
    int documentCount;
    /** Best documents: ids and their scores, a min-heap by score. */
    String[] ids;
    double[] scores;
    int size;

    Entry(String key, Topic t, long seq, double error, int k) {
      this.key = key;
      this.label = t.label();
      this.kind = t.kind();
      this.entityType = t.entityType();
      this.seq = seq;
      this.weight = error;
      this.error = error;
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
      } else if (score > scores[0]) {
        ids[0] = id;
        scores[0] = score;
        siftDown(0);
      }
    }

    private void siftUp(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (scores[parent] <= scores[i]) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void siftDown(int i) {
      while (true) {
        int l = 2 * i + 1;
        int smallest = i;
        if (l < size && scores[l] < scores[smallest]) {
          smallest = l;
        }
        if (l + 1 < size && scores[l + 1] < scores[smallest]) {
          smallest = l + 1;
        }
        if (smallest == i) {
          return;
        }
        swap(i, smallest);
        i = smallest;
      }
    }

    private void swap(int a, int b) {
      String id = ids[a];
      ids[a] = ids[b];
      ids[b] = id;
      double s = scores[a];
      scores[a] = scores[b];
      scores[b] = s;
    }

    List<String> bestDocuments() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
      List<String> out = new ArrayList<>(size);
      for (int i : order) {
        out.add(ids[i]);
      }
      return out;
    }
  }

  private static final Comparator<Entry> BY_WEIGHT = Comparator.<Entry>comparingDouble(e -> e.weight)
      .thenComparingLong(e -> e.seq);

  private final int capacity;
  private final int documentsPerTopic;
  private final Map<String, Entry> byKey = new HashMap<>();
  private final TreeSet<Entry> byWeight = new TreeSet<>(BY_WEIGHT);
  private long seq;
  private long documents;

  /** A collection with the default bounds. */
  public TopicCollection() {
    this(DEFAULT_CAPACITY, DEFAULT_DOCUMENTS_PER_TOPIC);
  }

  /**
   * A collection with the given bounds; memory stays within them however many documents are
   * added.
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
      String key = t.kind() + "\t" + t.entityType() + "\t" + t.label();
      Entry e = byKey.get(key);
      if (e == null) {
        double start = 0;
        if (byKey.size() >= capacity) {
          Entry least = byWeight.pollFirst();
          byKey.remove(least.key);
          start = least.weight;
        }
        e = new Entry(key, t, seq++, start, documentsPerTopic);
        byKey.put(key, e);
      } else {
        byWeight.remove(e);
      }
      e.weight += t.score();
      e.documentCount++;
      e.addDocument(documentId, t.score(), documentsPerTopic);
      byWeight.add(e);
    }
  }

  /**
   * The {@code n} heaviest topics, heaviest first.
   *
   * @param n the most topics to return, 0 or more
   * @return a new list of at most {@code n} topics, a snapshot of the collection now
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public synchronized List<CollectionTopic> top(int n) {
    List<CollectionTopic> out = new ArrayList<>(Math.min(n, byKey.size()));
    for (Entry e : byWeight.descendingSet()) {
      if (out.size() >= n) {
        break;
      }
      out.add(new CollectionTopic(e.label, e.kind, e.entityType, e.weight, e.documentCount,
          e.bestDocuments(), e.error));
    }
    return out;
  }

  /**
   * Number of documents added.
   *
   * @return how many times {@link #add} was called
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
}
