package io.github.germannlp.internal.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Precision, recall and F1 of tokens and sentences, each counted as correct when its character span
 * matches a gold span exactly.
 *
 * @param tokens token score
 * @param sentences sentence score
 */
public record SegmentationScore(Prf tokens, Prf sentences) {

  /**
   * Counts and derived figures.
   *
   * @param correct predictions that match a gold item
   * @param predicted all predictions
   * @param gold all gold items
   */
  public record Prf(int correct, int predicted, int gold) {
    /**
     * Precision in percent.
     *
     * @return {@code 100 * correct / predicted}, or 0 when nothing was predicted
     */
    public double precision() {
      return predicted == 0 ? 0 : 100.0 * correct / predicted;
    }

    /**
     * Recall in percent.
     *
     * @return {@code 100 * correct / gold}, or 0 when there is no gold item
     */
    public double recall() {
      return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    /**
     * F1 in percent.
     *
     * @return the harmonic mean of {@link #precision()} and {@link #recall()}, or 0 when both are 0
     */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.2f  R %.2f  F1 %.2f  (%d correct, %d predicted, %d gold)",
          precision(),
          recall(),
          f1(),
          correct,
          predicted,
          gold);
    }
  }

  /**
   * Scores {@code system} against {@code gold}.
   *
   * @param gold the reference spans
   * @param system the spans to score, over the same text
   * @return token and sentence scores, by exact character span
   */
  public static SegmentationScore score(Segmentation gold, Segmentation system) {
    return new SegmentationScore(
        prf(gold.tokenStarts(), gold.tokenEnds(), system.tokenStarts(), system.tokenEnds()),
        prf(
            gold.sentenceStarts(),
            gold.sentenceEnds(),
            system.sentenceStarts(),
            system.sentenceEnds()));
  }

  private static Prf prf(int[] gs, int[] ge, int[] ss, int[] se) {
    Set<Long> g = new HashSet<>(gs.length * 2);
    for (int i = 0; i < gs.length; i++) {
      g.add(key(gs[i], ge[i]));
    }
    int correct = 0;
    for (int i = 0; i < ss.length; i++) {
      if (g.contains(key(ss[i], se[i]))) {
        correct++;
      }
    }
    return new Prf(correct, ss.length, gs.length);
  }

  private static long key(int s, int e) {
    return ((long) s << 32) | (e & 0xffffffffL);
  }

  /**
   * Describes up to {@code max} token errors: for each gold token not found, the system tokens over
   * the same characters (for development).
   *
   * @param text the text both segmentations index into
   * @param gold the reference spans
   * @param sys the system's spans
   * @param max the most errors to describe
   * @return one line per error, in text order, with about 30 characters of context either side
   */
  public static List<String> tokenErrors(
      String text, Segmentation gold, Segmentation sys, int max) {
    Set<Long> s = new HashSet<>();
    for (int i = 0; i < sys.tokenStarts().length; i++) {
      s.add(key(sys.tokenStarts()[i], sys.tokenEnds()[i]));
    }
    List<String> out = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < gold.tokenStarts().length && out.size() < max; i++) {
      int gsI = gold.tokenStarts()[i];
      int geI = gold.tokenEnds()[i];
      if (s.contains(key(gsI, geI))) {
        continue;
      }
      while (j < sys.tokenStarts().length && sys.tokenEnds()[j] <= gsI) {
        j++;
      }
      StringBuilder got = new StringBuilder();
      for (int k = j; k < sys.tokenStarts().length && sys.tokenStarts()[k] < geI; k++) {
        got.append('[').append(text, sys.tokenStarts()[k], sys.tokenEnds()[k]).append(']');
      }
      int cs = Math.max(0, gsI - 30);
      int ce = Math.min(text.length(), geI + 30);
      out.add(
          "gold ["
              + text.substring(gsI, geI)
              + "] got "
              + got
              + "   …"
              + text.substring(cs, ce).replace('\n', '⏎')
              + "…");
    }
    return out;
  }

  /**
   * Describes up to {@code max} sentence boundary errors (missed and spurious), compared by
   * sentence end offset.
   *
   * @param text the text both segmentations index into
   * @param gold the reference spans
   * @param sys the system's spans
   * @param max the most errors to describe
   * @return the missed boundaries first, then the spurious ones, each a line with the boundary
   *     marked by {@code ‖} in its context
   */
  public static List<String> sentenceErrors(
      String text, Segmentation gold, Segmentation sys, int max) {
    Set<Integer> g = new HashSet<>();
    for (int e : gold.sentenceEnds()) {
      g.add(e);
    }
    Set<Integer> s = new HashSet<>();
    for (int e : sys.sentenceEnds()) {
      s.add(e);
    }
    List<String> out = new ArrayList<>();
    for (int e : gold.sentenceEnds()) {
      if (!s.contains(e) && out.size() < max) {
        out.add("missed   …" + context(text, e) + "…");
      }
    }
    for (int e : sys.sentenceEnds()) {
      if (!g.contains(e) && out.size() < max) {
        out.add("spurious …" + context(text, e) + "…");
      }
    }
    return out;
  }

  private static String context(String text, int e) {
    int cs = Math.max(0, e - 40);
    int ce = Math.min(text.length(), e + 30);
    return (text.substring(cs, e) + "‖" + text.substring(e, ce)).replace('\n', '⏎');
  }
}
