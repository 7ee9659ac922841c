package io.github.germannlp.furniture;

import java.util.Objects;

/**
 * One stretch of page furniture in a scraped text: the characters {@code [start, end)} of the text,
 * and what kind of furniture they are.
 *
 * @param start first character (UTF-16 index into the text)
 * @param end index after the last character
 * @param kind what the stretch is
 */
public record Furniture(int start, int end, Kind kind) {

  /** What a stretch of page furniture is. */
  public enum Kind {
    /** A scraper's metadata field at the top of the text ({@code date 2025-11-04}). */
    METADATA,
    /**
     * An author, agency and date line ({@code Von reuters 04.11.2025 - 19:49 Uhr}), or the dateline
     * before an article's first sentence ({@code FRANKFURT (dpa-AFX) -}).
     */
    BYLINE,
    /** A reading-time note ({@code Lesedauer: 2 Min.}). */
    READING_TIME,
    /**
     * Player, sharing and following controls ({@code Vorlesen 0:00 0:00 News folgen}), and the
     * lines of forms for reporting an error, sending the article on, commenting and subscribing
     * ({@code Fehler melden}, {@code Kommentar schreiben}, {@code Bleiben Sie informiert}).
     */
    CONTROLS,
    /** A photo or source credit ({@code (Quelle: Sergey Bobylev/imago-images-bilder)}). */
    CREDIT,
    /** A link to another article or a live blog ({@code Newsblog zum Ukraine-Krieg: ...}). */
    TEASER,
    /** An advertisement marker ({@code Anzeige}). */
    ADVERTISEMENT
  }

  /**
   * Validates the span.
   *
   * @param start first character (UTF-16 index into the text), at least 0
   * @param end index after the last character, greater than {@code start}
   * @param kind what the stretch is
   * @throws IllegalArgumentException if the span is empty or negative
   * @throws NullPointerException if {@code kind} is null
   */
  public Furniture {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid furniture span [" + start + ", " + end + ")");
    }
  }
}
