package io.github.germannlp.bench;

import io.github.germannlp.topic.Topic;
import io.github.germannlp.topic.TopicCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The heap a default {@link TopicCollection} retains while 100,000 documents of ten topics each are
 * fed through (five from a head of about a thousand common labels, five unique to the document, ids
 * of 19 characters), measured after full garbage collections. A crude measurement (used heap after
 * {@code System.gc()}), not JMH; it shows that the collection stops growing at its capacity and
 * stays within the bound its Javadoc states.
 *
 * <pre>
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   io.github.germannlp.bench.TopicCollectionHeap
 * </pre>
 */
public final class TopicCollectionHeap {
  private TopicCollectionHeap() {}

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  public static void main(String[] args) throws InterruptedException {
    Random random = new Random(1);
    long before = usedHeap();
    TopicCollection collection = new TopicCollection();
    List<Topic.Mention> mention = List.of(new Topic.Mention(0, 5));
    for (int d = 0; d < 100_000; d++) {
      List<Topic> topics = new ArrayList<>(10);
      for (int k = 0; k < 10; k++) {
        String label =
            k < 5 ? "Thema" + (int) Math.abs(random.nextGaussian() * 300) : "Selten" + d + "x" + k;
        topics.add(new Topic(label, 1.0 - k * 0.09, Topic.Kind.CONCEPT, null, mention));
      }
      collection.add(String.format("doc-%015d", d), topics);
      if (d + 1 == 10_000 || d + 1 == 50_000 || d + 1 == 100_000) {
        System.out.printf(
            "%,7d documents: %,d topics kept, %.1f MB retained%n",
            d + 1, collection.size(), (usedHeap() - before) / 1e6);
      }
    }
  }
}
