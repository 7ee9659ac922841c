package io.github.germannlp.internal.ner.train;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spherical k-means: unit-length vectors are assigned to the centroid of highest cosine, and each
 * centroid is the normalised mean of its vectors. Initial centroids are drawn by k-means++ from a
 * sample; an emptied cluster takes the vector farthest from its own centroid. Deterministic for a
 * seed (assignments are computed in parallel, sums in order).
 */
final class KMeans {
  private KMeans() {}

  /**
   * Clusters {@code n} unit vectors of dimension {@code d}.
   *
   * @param x the vectors, row {@code i} at {@code [i * d, (i + 1) * d)}, each of unit length
   * @param n how many
   * @param d their dimension
   * @param k the number of clusters, at most {@code n}
   * @param iterations how many assignment rounds
   * @param seed the random seed
   * @return each vector's cluster, 0 to {@code k - 1}
   */
  static int[] cluster(float[] x, int n, int d, int k, int iterations, long seed) {
    float[] c = initial(x, n, d, k, seed);
    int[] assign = new int[n];
    float[] best = new float[n];
    for (int it = 0; it < iterations; it++) {
      float[] cc = c;
      IntStream.range(0, n)
          .parallel()
          .forEach(
              i -> {
                int arg = 0;
                float max = -2;
                int off = i * d;
                for (int j = 0; j < k; j++) {
                  float dot = dot(x, off, cc, j * d, d);
                  if (dot > max) {
                    max = dot;
                    arg = j;
                  }
                }
                assign[i] = arg;
                best[i] = max;
              });
      float[] sum = new float[k * d];
      int[] size = new int[k];
      for (int i = 0; i < n; i++) {
        int j = assign[i];
        size[j]++;
        for (int t = 0; t < d; t++) {
          sum[j * d + t] += x[i * d + t];
        }
      }
      for (int j = 0; j < k; j++) {
        if (size[j] == 0) { // the worst-placed vector founds the empty cluster
          int worst = 0;
          for (int i = 1; i < n; i++) {
            if (best[i] < best[worst]) {
              worst = i;
            }
          }
          best[worst] = 2;
          System.arraycopy(x, worst * d, sum, j * d, d);
        }
        normalise(sum, j * d, d);
      }
      c = sum;
    }
    return assign;
  }

  /** k-means++ seeding on a sample of at most 20,000 vectors. */
  private static float[] initial(float[] x, int n, int d, int k, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = Math.min(n, Math.max(k * 4, 20_000));
    int[] sample = new int[m];
    for (int i = 0; i < m; i++) {
      sample[i] = m == n ? i : rnd.nextInt(n);
    }
    float[] c = new float[k * d];
    double[] dist = new double[m];
    java.util.Arrays.fill(dist, Double.MAX_VALUE);
    int chosen = sample[rnd.nextInt(m)];
    for (int j = 0; j < k; j++) {
      System.arraycopy(x, chosen * d, c, j * d, d);
      double total = 0;
      for (int s = 0; s < m; s++) {
        double e = Math.max(0, 1 - dot(x, sample[s] * d, c, j * d, d));
        dist[s] = Math.min(dist[s], e * e);
        total += dist[s];
      }
      double r = rnd.nextDouble() * total;
      int pick = m - 1;
      for (int s = 0; s < m; s++) {
        r -= dist[s];
        if (r <= 0) {
          pick = s;
          break;
        }
      }
      chosen = sample[pick];
    }
    return c;
  }

  static float dot(float[] a, int ao, float[] b, int bo, int d) {
    float s = 0;
    for (int t = 0; t < d; t++) {
      s += a[ao + t] * b[bo + t];
    }
    return s;
  }

  static void normalise(float[] a, int off, int d) {
    double s = 0;
    for (int t = 0; t < d; t++) {
      s += a[off + t] * a[off + t];
    }
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int t = 0; t < d; t++) {
        a[off + t] *= inv;
      }
    }
  }
}
