package io.github.germannlp.internal.pos;

import java.util.Arrays;

/**
 * The beam search of the POS tagger over the model's weights: each word's feature sums come ready
 * in its {@link WordInfo}; each beam entry adds its previous-tag features, the scores are the
 * model's log probabilities, and a tag the lexicon does not allow for the word (or a contraction's
 * tag for another word) is penalised, not forbidden. Keeps back pointers instead of copied tag
 * sequences and skips beam entries that cannot reach the beam. Thread-safe.
 */
final class PosBeamDecoder {
  /** The sentence-position features of OpenNLP's generator for positions 0, 1 and 2. */
  static final String[] POSITION_FEATURES = {"S=begin", "p1S=begin", "p2S=begin"};

  /** The model's weights. */
  final PosWeights weights;

  /** The model's outcomes (tags, some composite such as {@code ADP+DET}). */
  final String[] outcomes;

  /** The UPOS bit of each outcome's first part. */
  final int[] outcomeMask;

  /** Whether each outcome is composite. */
  final boolean[] outcomeComposite;

  /** Each outcome's UPOS tag: a composite outcome's first part, made once. */
  private final String[] outcomeTag;

  final int beamSize;

  /** The log of the penalty factor, at most 0. */
  final double logPenalty;

  /** Numbers of {@code t=TAG} by outcome, and of {@code t2=TAG2,TAG1} by outcome pair. */
  private final int[] previousTag;

  private final int[] previousTags;
  private final int[] position;

  /**
   * @param shared the model's weights and outcomes
   * @param beamSize how many tag sequences the beam keeps, at least 1
   * @param penalty the factor, in (0, 1], of a tag the lexicon does not allow
   */
  PosBeamDecoder(PosWeights shared, int beamSize, double penalty) {
    this.weights = shared;
    this.beamSize = beamSize;
    this.logPenalty = Math.log(penalty);
    outcomes = shared.outcomes();
    int n = outcomes.length;
    outcomeMask = new int[n];
    outcomeComposite = new boolean[n];
    outcomeTag = new String[n];
    for (int i = 0; i < n; i++) {
      int plus = outcomes[i].indexOf('+');
      outcomeComposite[i] = plus > 0;
      outcomeTag[i] = plus > 0 ? outcomes[i].substring(0, plus) : outcomes[i];
      outcomeMask[i] = GermanLexicon.bit(outcomeTag[i]);
    }
    previousTag = new int[n];
    previousTags = new int[n * n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = weights.id("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        previousTags[a * n + b] = weights.id("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
    position = new int[POSITION_FEATURES.length];
    for (int i = 0; i < position.length; i++) {
      position[i] = weights.id(POSITION_FEATURES[i]);
    }
  }

  /**
   * The best tag sequence.
   *
   * @param info the words of a sentence (or window), at least one
   * @param tags receives one UPOS tag per word (a composite tag's first part)
   */
  void decode(WordInfo[] info, String[] tags) {
    int n = info.length;
    int k = outcomes.length;
    double[] wordSums = new double[k];
    double[] sums = new double[k];
    // the beam after each word, in places of `width` entries a word (the first cap of them
    // filled): an entry's tag and the entry of the word before it that it extends; no allocation
    // per word. The beam holds at most k, k * k, ... entries after the first words
    long reach = k;
    for (int i = 1; i < n && reach < beamSize; i++) {
      reach *= k;
    }
    int width = (int) Math.min(beamSize, reach);
    int[] tagAt = new int[Math.multiplyExact(n, width)];
    int[] backAt = new int[tagAt.length];
    double[] beamScores = new double[width]; // the scores of the beam before the word: 0 at first
    double[] nextScores = new double[width];
    double[] cut = new double[3]; // by penalty level (none, one, two): the least p that may get in
    int beam = 1;
    boolean prune = logPenalty <= 0;
    for (int i = 0; i < n; i++) {
      WordInfo wi = info[i];
      int mask = i == 0 || info[i - 1].punctuation ? wi.maskInitial : wi.maskInner;
      int cap = Math.min(beamSize, beam * k);
      int at = i * width; // this word's entries in tagAt and backAt
      int before = at - width; // the word before's
      Arrays.fill(nextScores, 0, cap, Double.NEGATIVE_INFINITY);
      int filled = 0;
      System.arraycopy(wi.own, 0, wordSums, 0, k);
      if (i >= 1) {
        weights.add(info[i - 1].p1, wordSums);
      }
      if (i >= 2) {
        weights.add(info[i - 2].p2, wordSums);
      }
      if (i + 1 < n) {
        weights.add(info[i + 1].n1, wordSums);
      }
      if (i + 2 < n) {
        weights.add(info[i + 2].n2, wordSums);
      }
      if (i < position.length) {
        weights.add(position[i], wordSums);
      }
      for (int c : wi.tail) {
        weights.add(c, wordSums);
      }
      for (int b = 0; b < beam; b++) {
        double base = beamScores[b];
        // no candidate of this entry scores above base (log p <= 0, penalties <= 0), and the
        // entries are sorted: once the beam is full with scores >= base, nothing more gets in
        if (prune && filled == cap && !(base > nextScores[filled - 1])) {
          break;
        }
        System.arraycopy(wordSums, 0, sums, 0, k);
        if (i >= 1) {
          int p1 = tagAt[before + b];
          weights.add(previousTag[p1], sums);
          if (i >= 2) {
            weights.add(previousTags[tagAt[before - width + backAt[before + b]] * k + p1], sums);
          }
        }
        double[] probs = softmax(sums);
        double cutFor = Double.NaN; // the beam's last score that cut is for, with this base
        for (int o = 0; o < k; o++) {
          double penalty = 0;
          if (outcomeComposite[o] && !wi.contraction) {
            penalty = logPenalty * 2;
          } else if (mask != 0 && (mask & outcomeMask[o]) == 0) {
            penalty = logPenalty;
          }
          if (prune && filled == cap) {
            double last = nextScores[filled - 1];
            if (!((penalty == 0 ? base : base + penalty) > last)) {
              continue; // s <= base + penalty: it would not get in
            }
            // nor does an outcome whose probability is clearly below exp(last - base - penalty):
            // one exp while the beam's last score stays, instead of a log per outcome; the margin
            // (a millionth) is far above the rounding of these sums, so no outcome that would get
            // in is skipped
            int level = penalty == 0 ? 0 : penalty == logPenalty ? 1 : 2;
            if (last != cutFor) {
              Arrays.fill(cut, Double.NaN);
              cutFor = last;
            }
            if (Double.isNaN(cut[level])) {
              cut[level] = Math.exp(last - base - penalty) * (1 - 1e-6);
            }
            if (Math.max(probs[o], 1e-12) < cut[level]) {
              continue;
            }
          }
          double s = base + Math.log(Math.max(probs[o], 1e-12));
          if (penalty != 0) {
            s += penalty;
          }
          if (filled < cap || s > nextScores[filled - 1]) {
            int pos = Math.min(filled, cap - 1);
            while (pos > 0 && nextScores[pos - 1] < s) {
              if (pos < cap) {
                nextScores[pos] = nextScores[pos - 1];
                tagAt[at + pos] = tagAt[at + pos - 1];
                backAt[at + pos] = backAt[at + pos - 1];
              }
              pos--;
            }
            nextScores[pos] = s;
            tagAt[at + pos] = o;
            backAt[at + pos] = b;
            if (filled < cap) {
              filled++;
            }
          }
        }
      }
      double[] t = beamScores;
      beamScores = nextScores;
      nextScores = t;
      beam = filled;
    }
    int slot = 0;
    for (int i = n - 1; i >= 0; i--) {
      tags[i] = outcomeTag[tagAt[i * width + slot]];
      slot = backAt[i * width + slot];
    }
  }

  /** GISModel's own normalisation, in place: exp of each sum over their total. */
  static double[] softmax(double[] sums) {
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = Math.exp(sums[o]);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
    return sums;
  }
}
