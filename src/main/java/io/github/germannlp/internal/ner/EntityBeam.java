package io.github.germannlp.internal.ner;

/**
 * The back pointers of a beam search over a sentence: for each token the beam's entries, best
 * first, each with its outcome, the entry of the previous token it extends, and its tag's
 * probability. Token {@code i}'s entries are at {@code [i * WIDTH, (i + 1) * WIDTH)} of three
 * arrays made once a sentence: no allocation per token.
 */
final class EntityBeam {
  /** Beam width of the decoder: how many tag sequences it keeps per token. */
  static final int WIDTH = 3;

  final int[] outcome;
  final int[] parent;
  final double[] prob;
  double[] score = new double[WIDTH];
  double[] nextScore = new double[WIDTH];
  int live = 1;
  int nextLive;

  EntityBeam(int n) {
    int entries = Math.multiplyExact(n, WIDTH);
    outcome = new int[entries];
    parent = new int[entries];
    prob = new double[entries];
  }

  /** Offers outcome {@code o} after entry {@code b} for token {@code i}, kept if in the best. */
  void offer(int i, int b, int o, double logProb, double p) {
    double sc = score[b] + logProb;
    int pos = nextLive; // insertion point in the next beam, kept sorted by score
    while (pos > 0 && nextScore[pos - 1] < sc) {
      pos--;
    }
    if (pos >= WIDTH) {
      return;
    }
    int at = i * WIDTH;
    for (int m = Math.min(nextLive, WIDTH - 1); m > pos; m--) {
      outcome[at + m] = outcome[at + m - 1];
      parent[at + m] = parent[at + m - 1];
      prob[at + m] = prob[at + m - 1];
      nextScore[m] = nextScore[m - 1];
    }
    outcome[at + pos] = o;
    parent[at + pos] = b;
    prob[at + pos] = p;
    nextScore[pos] = sc;
    nextLive = Math.min(nextLive + 1, WIDTH);
  }

  /** Makes the entries offered for a token the beam the next token extends. */
  void advance() {
    double[] t = score;
    score = nextScore;
    nextScore = t;
    live = nextLive;
    nextLive = 0;
  }

  /** The outcome of entry {@code b} of token {@code i}'s predecessor, or -1 before the start. */
  int previous(int i, int b, int back) {
    if (i - back < 0) {
      return -1;
    }
    for (int j = i - 1; j > i - back; j--) {
      b = parent[j * WIDTH + b];
    }
    return outcome[(i - back) * WIDTH + b];
  }

  /** The best sequence's tags, and their probabilities into {@code confidence} if not null. */
  String[] best(String[] outcomes, double[] confidence) {
    int n = outcome.length / WIDTH;
    String[] tags = new String[n];
    for (int i = n - 1, b = 0; i >= 0; b = parent[i * WIDTH + b], i--) {
      tags[i] = outcomes[outcome[i * WIDTH + b]];
      if (confidence != null) {
        confidence[i] = prob[i * WIDTH + b];
      }
    }
    return tags;
  }

  /** Offers every outcome that may follow {@code prev} (no {@code I-X} after another type). */
  static void offerAll(
      EntityDecoder d, EntityBeam beam, int i, int b, int prev, double[] logProbs, double[] probs) {
    for (int o = 0; o < d.outcomes.length; o++) {
      if (d.allows(prev, o)) {
        beam.offer(i, b, o, logProbs[o], probs[o]);
      }
    }
  }
}
