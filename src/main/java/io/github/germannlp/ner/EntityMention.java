package io.github.germannlp.ner;

import io.github.germannlp.internal.ner.CanonicalNames;
import java.util.Objects;

/**
 * One mention of a named entity in a document.
 *
 * @param text the mention as written ({@code Putins})
 * @param type the entity type: {@code PER}, {@code LOC}, {@code ORG} or {@code MISC} (with fine
 *     classes on request, e.g. {@code LOCderiv}); once names are resolved ({@link
 *     CanonicalNames#resolve}), the type of the mention's entity, which may differ from the type
 *     the model gave this mention alone
 * @param start start character offset into the document text
 * @param end end character offset (exclusive)
 * @param firstToken index of the first token
 * @param endToken index after the last token
 * @param confidence the model's probability for the mention, in [0, 1]: the product of the
 *     probabilities of its tokens' tags; 1.0 for a dictionary match. Calibrated to be read as the
 *     chance that the mention is right (how well, the README measures)
 * @param canonical the canonical name of the entity this mention belongs to in its document ({@code
 *     Wladimir Putin}); equal to {@code text} until names are resolved
 */
public record EntityMention(
    String text,
    String type,
    int start,
    int end,
    int firstToken,
    int endToken,
    double confidence,
    String canonical) {

  /**
   * Validates the fields.
   *
   * @param text the mention as written, not null
   * @param type the entity type, not null
   * @param start start character offset, at least 0
   * @param end end character offset (exclusive), greater than {@code start}
   * @param firstToken index of the first token, at least 0
   * @param endToken index after the last token, greater than {@code firstToken}
   * @param confidence the probability of the mention, in [0, 1]; not checked
   * @param canonical the entity's canonical name, not null
   * @throws NullPointerException if {@code text}, {@code type} or {@code canonical} is null
   * @throws IllegalArgumentException if {@code start} is negative, {@code end} is not after {@code
   *     start}, {@code firstToken} is negative or {@code endToken} is not after {@code firstToken}
   */
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end <= start || firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException(
          "invalid span ["
              + start
              + ", "
              + end
              + ") tokens ["
              + firstToken
              + ", "
              + endToken
              + ")");
    }
  }

  /**
   * This mention with another canonical name.
   *
   * @param name the canonical name of the mention's entity, such as {@code Wladimir Putin}
   * @return a new mention equal to this one but for {@link #canonical()}
   * @throws NullPointerException if {@code name} is null
   */
  public EntityMention withCanonical(String name) {
    return new EntityMention(text, type, start, end, firstToken, endToken, confidence, name);
  }
}
