package io.github.germannlp.internal.eval;

import io.github.germannlp.internal.ner.BioTags;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well the confidences of predicted entity mentions are calibrated: the mentions are put into
 * ten bins by confidence ([0, 0.1), …, [0.9, 1]), and each bin's mean confidence is set beside the
 * share of its mentions that are right (exact span and type). The expected calibration error is the
 * mean gap, weighted by the bins' sizes; 0 is perfect.
 *
 * <pre>{@code
 * ConfidenceCalibration c = ConfidenceCalibration.of(recognizer, gold, false, false);
 * c.report().forEach(System.out::println);
 * double ece = c.expectedCalibrationError();
 * }</pre>
 */
public final class ConfidenceCalibration {
  private static final int BINS = 10;
  private final double[] confidence = new double[BINS];
  private final int[] mentions = new int[BINS];
  private final int[] right = new int[BINS];

  private ConfidenceCalibration() {}

  /**
   * Tags the gold sentences (their tokens as given) and bins the predicted mentions.
   *
   * @param recognizer the recognizer to measure
   * @param gold sentences with gold BIO tags
   * @param dropMisc whether MISC predictions are left out (gold without MISC, as SmartData)
   * @param fourClasses whether the predictions are first mapped to four classes ({@code deriv} and
   *     {@code part} mentions left out; for a twelve-class model on four-class gold)
   * @return the calibration over all predicted mentions
   */
  public static ConfidenceCalibration of(
      EntityRecognizer recognizer,
      List<TaggedSentence> gold,
      boolean dropMisc,
      boolean fourClasses) {
    ConfidenceCalibration c = new ConfidenceCalibration();
    for (TaggedSentence s : gold) {
      double[] conf = new double[s.tokens().length];
      String[] predicted = recognizer.tag(s.tokens(), conf);
      Set<EntityScore.Span> expected = new HashSet<>(EntityScore.tokenSpans(s.tags()));
      BioTags.spans(
          predicted,
          (begin, end, fine) -> {
            String type = fourClasses ? EntityClasses.fourClassType(fine) : fine;
            if (type != null && !(dropMisc && type.equals("MISC"))) {
              c.add(
                  EntityRecognizer.mentionConfidence(conf, begin, end),
                  expected.contains(new EntityScore.Span(begin, end, type)));
            }
          });
    }
    return c;
  }

  private void add(double c, boolean correct) {
    int bin = Math.min(BINS - 1, Math.max(0, (int) (c * BINS)));
    confidence[bin] += c;
    mentions[bin]++;
    right[bin] += correct ? 1 : 0;
  }

  /**
   * The expected calibration error: the mean of the bins' gaps between mean confidence and share
   * right, weighted by their numbers of mentions.
   *
   * @return a value in [0, 1], 0 when no mention was predicted
   */
  public double expectedCalibrationError() {
    int total = 0;
    for (int n : mentions) {
      total += n;
    }
    double ece = 0;
    for (int b = 0; b < BINS; b++) {
      if (mentions[b] > 0) {
        ece +=
            Math.abs(confidence[b] / mentions[b] - (double) right[b] / mentions[b])
                * mentions[b]
                / total;
      }
    }
    return ece;
  }

  /**
   * A report: one line per non-empty bin (its range, number of mentions, mean confidence and share
   * right, in percent), then the expected calibration error.
   *
   * @return the lines, without line ends
   */
  public List<String> report() {
    List<String> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (mentions[b] > 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "confidence %.1f-%.1f  %6d mentions  mean confidence %6.2f  right %6.2f",
                b / (double) BINS,
                (b + 1) / (double) BINS,
                mentions[b],
                100 * confidence[b] / mentions[b],
                100.0 * right[b] / mentions[b]));
      }
    }
    out.add(
        String.format(
            Locale.ROOT,
            "calibration error %.2f (expected, over ten bins)",
            100 * expectedCalibrationError()));
    return out;
  }
}
