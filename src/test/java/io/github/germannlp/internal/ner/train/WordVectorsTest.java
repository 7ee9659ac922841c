package io.github.germannlp.internal.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Skip-gram vectors and k-means on a small synthetic corpus whose word classes are known. */
class WordVectorsTest {
  /** Words 0-9 are "towns", 10-19 "persons", 20-29 other words; each class has its own cue. */
  private static int[] corpus(int sentences, long seed) {
    Random r = new Random(seed);
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      boolean town = r.nextBoolean();
      out.add(town ? 30 : 31); // cue: "in" before towns, "Herr" before persons
      out.add((town ? 0 : 10) + r.nextInt(10));
      out.add(32 + r.nextInt(3)); // a verb
      out.add(20 + r.nextInt(10));
      out.add(-1);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long[] counts(int[] corpus, int vocab) {
    long[] c = new long[vocab];
    for (int w : corpus) {
      if (w >= 0) {
        c[w]++;
      }
    }
    return c;
  }

  @Test
  void wordsInLikeContextsClusterTogether() throws InterruptedException {
    int[] corpus = corpus(20_000, 1);
    SkipGram.Settings s = new SkipGram.Settings(16, 2, 5, 3, 0.025, 0, 1, 1);
    float[] v = SkipGram.train(corpus, counts(corpus, 35), s, pct -> {});
    for (int w = 0; w < 35; w++) {
      KMeans.normalise(v, w * 16, 16);
    }
    int[] c = KMeans.cluster(v, 35, 16, 3, 10, 7);
    for (int w = 1; w < 10; w++) {
      assertEquals(c[0], c[w], "town " + w);
      assertEquals(c[10], c[10 + w], "person " + w);
    }
    assertNotEquals(c[0], c[10]);
    // towns are closer to towns than to persons
    assertTrue(KMeans.dot(v, 0, v, 16, 16) > KMeans.dot(v, 0, v, 10 * 16, 16));
  }

  @Test
  void oneThreadIsDeterministic() throws InterruptedException {
    int[] corpus = corpus(2_000, 2);
    SkipGram.Settings s = new SkipGram.Settings(8, 2, 3, 1, 0.025, 1e-3, 1, 5);
    float[] a = SkipGram.train(corpus, counts(corpus, 35), s, pct -> {});
    float[] b = SkipGram.train(corpus, counts(corpus, 35), s, pct -> {});
    assertArrayEquals(a, b);
    for (int w = 0; w < 35; w++) {
      KMeans.normalise(a, w * 8, 8);
    }
    assertArrayEquals(KMeans.cluster(a, 35, 8, 4, 5, 3), KMeans.cluster(a, 35, 8, 4, 5, 3));
  }

  @Test
  void kMeansKeepsEveryClusterFilled() {
    // four identical points and one apart, five clusters: none stays empty
    float[] x = new float[5 * 2];
    for (int i = 0; i < 4; i++) {
      x[i * 2] = 1;
    }
    x[8 + 1] = 1;
    int[] c = KMeans.cluster(x, 5, 2, 2, 5, 1);
    assertNotEquals(c[0], c[4]);
    assertEquals(c[0], c[3]);
  }
}
