package io.github.germannlp.internal.ner.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Word vectors by skip-gram with negative sampling (Mikolov et al. 2013, the word2vec recipe): each
 * word's vector is trained to predict the words around it against words drawn at random from the
 * corpus (by count to the power 0.75); frequent words are subsampled. Several threads update the
 * shared vectors without locks, as word2vec does. Deterministic for one thread; with more, the
 * result depends on scheduling.
 */
final class SkipGram {
  /** Training settings. */
  record Settings(
      int dimension,
      int window,
      int negatives,
      int epochs,
      double learningRate,
      double subsample,
      int threads,
      long seed) {
    static Settings defaults() {
      return new Settings(100, 5, 5, 3, 0.025, 1e-4, 2, 1);
    }
  }

  private static final int TABLE_SIZE = 50_000_000;
  private static final int EXP_TABLE = 1000;
  private static final float MAX_EXP = 6;
  private final float[] expTable = new float[EXP_TABLE];

  private SkipGram() {
    for (int i = 0; i < EXP_TABLE; i++) {
      double e = Math.exp((i / (double) EXP_TABLE * 2 - 1) * MAX_EXP);
      expTable[i] = (float) (e / (e + 1));
    }
  }

  /**
   * Trains vectors.
   *
   * @param corpus the corpus as word ids, sentences separated by -1
   * @param counts each word id's count in the corpus
   * @param settings the settings
   * @param progress receives the percentage done, now and then
   * @return the vectors, word {@code w}'s at {@code [w * dimension, (w + 1) * dimension)}
   */
  static float[] train(int[] corpus, long[] counts, Settings settings, IntConsumer progress)
      throws InterruptedException {
    return new SkipGram().run(corpus, counts, settings, progress);
  }

  private float[] run(int[] corpus, long[] counts, Settings s, IntConsumer progress)
      throws InterruptedException {
    int v = counts.length;
    int d = s.dimension();
    float[] in = new float[v * d];
    float[] out = new float[v * d];
    SplittableRandom init = new SplittableRandom(s.seed());
    for (int i = 0; i < in.length; i++) {
      in[i] = (float) ((init.nextDouble() - 0.5) / d);
    }
    int[] table = unigramTable(counts);
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    float[] keep = new float[v];
    for (int w = 0; w < v; w++) {
      double f = counts[w] / (double) total;
      double k = s.subsample() > 0 ? (Math.sqrt(f / s.subsample()) + 1) * s.subsample() / f : 1;
      keep[w] = (float) Math.min(1, k);
    }
    long work = (long) corpus.length * s.epochs();
    long[] done = new long[s.threads()];
    List<Thread> threads = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int t = 0; t < s.threads(); t++) {
      int part = t;
      Thread th =
          new Thread(
              () -> {
                try {
                  worker(part, corpus, in, out, table, keep, s, work, done);
                } catch (Throwable e) {
                  failure[0] = e;
                }
              },
              "skipgram-" + t);
      th.setDaemon(true); // a failed run must not keep the JVM alive
      threads.add(th);
      th.start();
    }
    int last = -1;
    while (threads.stream().anyMatch(Thread::isAlive) && failure[0] == null) {
      Thread.sleep(2000);
      long sum = 0;
      for (long x : done) {
        sum += x;
      }
      int pct = (int) (100 * sum / Math.max(1, work));
      if (pct != last) {
        progress.accept(pct);
        last = pct;
      }
    }
    if (failure[0] == null) {
      for (Thread th : threads) {
        th.join();
      }
    }
    if (failure[0] != null) {
      throw new IllegalStateException("skip-gram training failed", failure[0]);
    }
    return in;
  }

  private void worker(
      int part,
      int[] corpus,
      float[] in,
      float[] out,
      int[] table,
      float[] keep,
      Settings s,
      long work,
      long[] done) {
    int d = s.dimension();
    int threads = s.threads();
    int from = (int) ((long) corpus.length * part / threads);
    int to = (int) ((long) corpus.length * (part + 1) / threads);
    SplittableRandom rnd = new SplittableRandom(s.seed() * 31 + part);
    float[] grad = new float[d];
    int[] sentence = new int[1024];
    long processed = 0;
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      int i = from;
      while (i < to) {
        // one sentence, subsampled
        int n = 0;
        while (i < to && corpus[i] >= 0) {
          int w = corpus[i++];
          if (keep[w] >= 1 || rnd.nextDouble() < keep[w]) {
            if (n == sentence.length) {
              sentence = java.util.Arrays.copyOf(sentence, n * 2);
            }
            sentence[n++] = w;
          }
          processed++;
        }
        i++; // the separator
        long all = 0;
        for (int t = 0; t < done.length; t++) {
          all += t == part ? processed : done[t];
        }
        done[part] = processed;
        float alpha =
            (float)
                Math.max(
                    s.learningRate() * 1e-4, s.learningRate() * (1 - all / (double) (work + 1)));
        for (int p = 0; p < n; p++) {
          int word = sentence[p];
          int b = rnd.nextInt(s.window());
          for (int c = p - s.window() + b; c <= p + s.window() - b; c++) {
            if (c == p || c < 0 || c >= n) {
              continue;
            }
            int ctx = sentence[c];
            int l1 = ctx * d;
            java.util.Arrays.fill(grad, 0);
            for (int k = 0; k <= s.negatives(); k++) {
              int target;
              int label;
              if (k == 0) {
                target = word;
                label = 1;
              } else {
                target = table[rnd.nextInt(table.length)];
                if (target == word) {
                  continue;
                }
                label = 0;
              }
              int l2 = target * d;
              float f = 0;
              for (int j = 0; j < d; j++) {
                f += in[l1 + j] * out[l2 + j];
              }
              float g;
              if (f >= MAX_EXP) {
                g = (label - 1) * alpha;
              } else if (f <= -MAX_EXP) {
                g = label * alpha;
              } else {
                int at = Math.min(EXP_TABLE - 1, (int) ((f + MAX_EXP) * (EXP_TABLE / MAX_EXP / 2)));
                g = (label - expTable[at]) * alpha;
              }
              for (int j = 0; j < d; j++) {
                grad[j] += g * out[l2 + j];
              }
              for (int j = 0; j < d; j++) {
                out[l2 + j] += g * in[l1 + j];
              }
            }
            for (int j = 0; j < d; j++) {
              in[l1 + j] += grad[j];
            }
          }
        }
      }
    }
    done[part] = processed;
  }

  /** Word ids repeated in proportion to count^0.75, for drawing negatives. */
  private static int[] unigramTable(long[] counts) {
    double norm = 0;
    for (long c : counts) {
      norm += Math.pow(c, 0.75);
    }
    int size = (int) Math.min(TABLE_SIZE, Math.max(1000, counts.length * 100L));
    int[] table = new int[size];
    int w = 0;
    double cum = Math.pow(counts[0], 0.75) / norm;
    for (int a = 0; a < size; a++) {
      table[a] = w;
      if (a / (double) size > cum && w < counts.length - 1) {
        w++;
        cum += Math.pow(counts[w], 0.75) / norm;
      }
    }
    return table;
  }
}
