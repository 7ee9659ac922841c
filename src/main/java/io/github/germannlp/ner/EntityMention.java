package io.github.germannlp.ner;

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
 * @param confidence the model's probability for the mention, 1.0 for a dictionary match
 * @param canonical the canonical name of the entity this mention belongs to in its document
 *     ({@code Wladimir Putin}); equal to {@code text} until names are resolved
 */
public record EntityMention(String text, String type, int start, int end, int firstToken,
    int endToken, double confidence, String canonical) {

  /** Validates the fields. */
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end <= start || firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") tokens ["
          + firstToken + ", " + endToken + ")");
    }
  }

  /** This mention with another canonical name. */
  public EntityMention withCanonical(String name) {
    return new EntityMention(text, type, start, end, firstToken, endToken, confidence, name);
  }
}
