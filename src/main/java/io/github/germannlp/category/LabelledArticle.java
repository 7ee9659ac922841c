package io.github.germannlp.category;

import java.util.Objects;

/**
 * One labelled article: its editorial category and its text, with an optional id.
 *
 * <pre>{@code
 * LabelledArticle a = new LabelledArticle("a1", "Sport", "Der FC gewann mit 2:1.");
 * }</pre>
 *
 * @param id an identifier for reports (a file name, a JSON {@code id}, or {@code file:line}); never
 *     null
 * @param category the category label, not blank, kept exactly as given
 * @param text the article text, possibly empty
 */
public record LabelledArticle(String id, String category, String text) {
  /**
   * Validates the fields.
   *
   * @param id an identifier for reports, never null
   * @param category the category label, not blank
   * @param text the article text, possibly empty
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the category is blank
   */
  public LabelledArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    if (category.isBlank()) {
      throw new IllegalArgumentException("blank category");
    }
  }
}
