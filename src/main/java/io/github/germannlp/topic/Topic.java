package io.github.germannlp.topic;

import java.util.List;
import java.util.Objects;

/**
 * One thing a document is about: a label in its dictionary form ({@code Sanktion}, {@code
 * Ukraine-Krieg}, {@code einseitige Zwangsmaßnahme}, {@code Wladimir Putin}), a score in [0, 1]
 * (the document's best topic scores 1), its kind, and where the text mentions it.
 *
 * @param label the dictionary form: a noun's lemma, an adjective and noun in the nominative
 *     singular, or an entity's canonical name
 * @param score salience in [0, 1], relative to the document's best topic
 * @param kind a concept or a named entity
 * @param entityType the entity type ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}) of an
 *     entity topic; null for a concept
 * @param mentions the stretches of text that count towards the topic, in text order (a compound
 *     such as {@code Sanktionsdruck} counts towards {@code Sanktion} too)
 */
public record Topic(
    String label, double score, Kind kind, String entityType, List<Mention> mentions) {

  /** Whether a topic is a concept or a named entity. */
  public enum Kind {
    /**
     * A noun, a compound or an adjective and noun; or a name the entity layer did not find (then
     * without an entity type).
     */
    CONCEPT,
    /** A named entity of the entity layer, under its canonical name. */
    ENTITY
  }

  /**
   * Where the text mentions a topic: characters {@code [start, end)}.
   *
   * @param start offset of the mention's first character in the document text
   * @param end offset after its last character
   */
  public record Mention(int start, int end) {}

  /**
   * Validates the fields and copies the mentions.
   *
   * @param label the dictionary form
   * @param score salience in [0, 1]
   * @param kind a concept or a named entity
   * @param entityType the entity type of an entity topic; null for a concept
   * @param mentions the stretches of text that count towards the topic; copied
   * @throws NullPointerException if label, kind or mentions is null
   * @throws IllegalArgumentException if the score is outside [0, 1] or an entity has no type
   */
  public Topic {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
    if ((kind == Kind.ENTITY) != (entityType != null)) {
      throw new IllegalArgumentException("an entity topic has a type, a concept has none");
    }
  }
}
