package io.github.germannlp.ner;

/**
 * Decodes BIO tags ({@code O}, {@code B-PER}, {@code I-PER}, …) into spans: a span starts at a
 * {@code B-X}, or at an {@code I-X} that does not continue an X, and runs over the {@code I-X}
 * that follow. The one decoder used by the recognizer and the scorers.
 */
public final class BioTags {
  private BioTags() {}

  /** Receives one decoded span: token indexes {@code [begin, end)} and its type. */
  @FunctionalInterface
  public interface SpanConsumer {
    /** Accepts a span. */
    void accept(int begin, int end, String type);
  }

  /** Decodes {@code tags}, in order. */
  public static void spans(String[] tags, SpanConsumer consumer) {
    int i = 0;
    while (i < tags.length) {
      String t = tags[i];
      if (t.length() < 3 || t.charAt(1) != '-') {
        i++;
        continue;
      }
      String type = t.substring(2);
      int b = i++;
      while (i < tags.length && tags[i].startsWith("I-") && tags[i].regionMatches(2, type, 0,
          type.length()) && tags[i].length() == type.length() + 2) {
        i++;
      }
      consumer.accept(b, i, type);
    }
  }
}
