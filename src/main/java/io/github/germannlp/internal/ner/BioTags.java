package io.github.germannlp.internal.ner;

/**
 * Decodes BIO tags ({@code O}, {@code B-PER}, {@code I-PER}, …) into spans: a span starts at a
 * {@code B-X}, or at an {@code I-X} that does not continue an X, and runs over the {@code I-X} that
 * follow. The one decoder used by the recognizer and the scorers.
 */
public final class BioTags {
  private BioTags() {}

  /** Receives one decoded span: token indexes {@code [begin, end)} and its type. */
  @FunctionalInterface
  public interface SpanConsumer {
    /**
     * Accepts a span.
     *
     * @param begin index of the span's first tag, inclusive
     * @param end index after the span's last tag, exclusive
     * @param type the type after the tag's prefix, such as {@code PER} for {@code B-PER}
     */
    void accept(int begin, int end, String type);
  }

  /**
   * Decodes {@code tags}, in order. A tag shorter than three characters or without a hyphen after
   * its first character ({@code O}) is outside every span.
   *
   * @param tags one tag per token
   * @param consumer called once for each span, left to right
   * @throws NullPointerException if {@code tags}, one of its tags or {@code consumer} is null
   */
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
      while (i < tags.length
          && tags[i].startsWith("I-")
          && tags[i].regionMatches(2, type, 0, type.length())
          && tags[i].length() == type.length() + 2) {
        i++;
      }
      consumer.accept(b, i, type);
    }
  }
}
