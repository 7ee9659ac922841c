package io.github.germannlp.cli;

import io.github.germannlp.internal.topic.TopicExtractor;
import io.github.germannlp.topic.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics of an input analysed in pieces: those of its one piece as they are, or the pieces'
 * topics summed by label and divided by the best, each with its mentions' offsets in the whole
 * input and their texts. Memory stays bounded by the number of distinct labels, not the input's
 * length: a topic of many pieces keeps its first {@value #MENTIONS_KEPT} mentions. Not thread-safe.
 */
final class PieceTopics {
  /** The most mentions a topic of an input in several pieces keeps. */
  static final int MENTIONS_KEPT = 100;

  private List<Topic> only;
  private int onlyBase;
  private String onlyText;
  private int pieces;
  private final Map<String, Topic> first = new LinkedHashMap<>();
  private final Map<String, Double> scores = new HashMap<>();
  private final Map<String, List<Topic.Mention>> mentions = new HashMap<>();
  private final Map<Long, String> texts = new HashMap<>();

  /**
   * Adds a piece's topics.
   *
   * @param topics the topics of the piece's document
   * @param base the piece's offset in the input
   * @param text the piece's text
   */
  void add(List<Topic> topics, int base, String text) {
    pieces++;
    if (pieces == 1) {
      only = topics;
      onlyBase = base;
      onlyText = text;
      return;
    }
    if (pieces == 2) {
      fold(only, onlyBase, onlyText);
      only = null;
      onlyText = null;
    }
    fold(topics, base, text);
  }

  private void fold(List<Topic> topics, int base, String text) {
    for (Topic t : topics) {
      String key = t.kind() + "\t" + t.entityType() + "\t" + t.label();
      first.putIfAbsent(key, t);
      scores.merge(key, t.score(), Double::sum);
      List<Topic.Mention> list = mentions.computeIfAbsent(key, k -> new ArrayList<>());
      for (Topic.Mention m : t.mentions()) {
        if (list.size() == MENTIONS_KEPT) {
          break;
        }
        Topic.Mention at = new Topic.Mention(base + m.start(), base + m.end());
        list.add(at);
        texts.put(span(at), text.substring(m.start(), m.end()));
      }
    }
  }

  /** The input's topics, best first, at most {@link TopicExtractor#DEFAULT_LIMIT} of them. */
  List<Topic> topics() {
    if (pieces <= 1) {
      if (only == null) {
        return List.of();
      }
      if (onlyBase == 0) {
        return only;
      }
      fold(only, onlyBase, onlyText); // one piece not at the start: offsets into the input
      only = null;
      pieces = 2;
    }
    List<String> keys = new ArrayList<>(first.keySet());
    keys.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    double best = keys.isEmpty() ? 1 : scores.get(keys.get(0));
    List<Topic> out = new ArrayList<>();
    for (String key : keys.subList(0, Math.min(keys.size(), TopicExtractor.DEFAULT_LIMIT))) {
      Topic t = first.get(key);
      out.add(
          new Topic(
              t.label(),
              Math.min(1.0, scores.get(key) / best),
              t.kind(),
              t.entityType(),
              mentions.get(key)));
    }
    return out;
  }

  /** The text of a mention of {@link #topics()}. */
  String text(Topic.Mention m) {
    if (only != null) {
      return onlyText.substring(m.start() - onlyBase, m.end() - onlyBase);
    }
    return texts.get(span(m));
  }

  private static long span(Topic.Mention m) {
    return (long) m.start() << 32 | m.end();
  }
}
