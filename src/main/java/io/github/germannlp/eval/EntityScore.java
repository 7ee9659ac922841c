package io.github.germannlp.eval;

import io.github.germannlp.ner.EntityRecognizer;
import io.github.germannlp.ner.train.TaggedSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scores: a predicted mention counts as correct when its token span and type match
 * a gold mention exactly; micro-averaged over all types, and per type.
 */
public final class EntityScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}

  /** Scores {@code recognizer} on gold sentences (their tokens as given). */
  public static EntityScore of(EntityRecognizer recognizer, List<TaggedSentence> gold) {
    EntityScore score = new EntityScore();
    for (TaggedSentence s : gold) {
      score.add(s.tags(), recognizer.tag(s.tokens(), null));
    }
    return score;
  }

  /** Adds one sentence: gold and predicted BIO tags over the same tokens. */
  public void add(String[] gold, String[] predicted) {
    Set<String> g = spans(gold);
    Set<String> p = spans(predicted);
    for (String s : g) {
      counts.computeIfAbsent(typeOf(s), t -> new int[3])[2]++;
    }
    for (String s : p) {
      int[] c = counts.computeIfAbsent(typeOf(s), t -> new int[3]);
      c[1]++;
      if (g.contains(s)) {
        c[0]++;
      }
    }
  }

  private static String typeOf(String span) {
    return span.substring(span.lastIndexOf(':') + 1);
  }

  /** Spans as "begin-end:TYPE" strings. */
  static Set<String> spans(String[] tags) {
    Set<String> out = new HashSet<>();
    int i = 0;
    while (i < tags.length) {
      String t = tags[i];
      if (t.length() < 3 || t.charAt(1) != '-') {
        i++;
        continue;
      }
      String type = t.substring(2);
      int b = i++;
      while (i < tags.length && tags[i].startsWith("I-") && tags[i].substring(2).equals(type)) {
        i++;
      }
      out.add(b + "-" + i + ":" + type);
    }
    return out;
  }

  /** Counts per type: correct, predicted, gold. */
  public Map<String, int[]> counts() {
    return counts;
  }

  /** Micro-averaged precision, recall, F1 over all types. */
  public SegmentationScore.Prf overall() {
    int c = 0;
    int p = 0;
    int g = 0;
    for (int[] v : counts.values()) {
      c += v[0];
      p += v[1];
      g += v[2];
    }
    return new SegmentationScore.Prf(c, p, g);
  }

  /** A report: one line per type, then the overall figure. */
  public List<String> report() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] v = e.getValue();
      out.add(String.format(Locale.ROOT, "%-12s %s", e.getKey(),
          new SegmentationScore.Prf(v[0], v[1], v[2])));
    }
    out.add(String.format(Locale.ROOT, "%-12s %s", "overall", overall()));
    return out;
  }
}
