package io.github.germannlp.internal.ner.train;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence of gold tokens with one BIO tag each ({@code O}, {@code B-PER}, {@code I-LOC}, …), for
 * training and evaluating entity recognition.
 *
 * @param tokens the tokens
 * @param tags the tags, as many as tokens
 */
public record TaggedSentence(String[] tokens, String[] tags) {

  /**
   * Checks that tokens and tags match. The arrays are kept, not copied.
   *
   * @param tokens the tokens
   * @param tags the tags, one per token
   * @throws NullPointerException if either array is null
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public TaggedSentence {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(tags, "tags");
    if (tokens.length != tags.length) {
      throw new IllegalArgumentException(tokens.length + " tokens but " + tags.length + " tags");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaggedSentence t
        && Arrays.equals(tokens, t.tokens)
        && Arrays.equals(tags, t.tags);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens) * 31 + Arrays.hashCode(tags);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      sb.append(i == 0 ? "" : " ").append(tokens[i]).append('/').append(tags[i]);
    }
    return sb.toString();
  }
}
