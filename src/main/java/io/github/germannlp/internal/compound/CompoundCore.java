package io.github.germannlp.internal.compound;

import de.danielnaber.jwordsplitter.AbstractWordSplitter;
import io.github.germannlp.internal.Lazy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link CompoundSplitter} and the Lucene filter {@code CompoundPartsFilter} share: one
 * jWordSplitter dictionary, a word cut at its hyphens, and each piece split by jWordSplitter where
 * its length is within limits and jWordSplitter does not fail on it. Each caller sets its limits
 * and makes its own parts of the pieces: {@link CompoundSplitter} cuts at the hyphen-minus alone
 * and splits shorter pieces, for the lexicon to put into dictionary form; the Lucene filter cuts at
 * every hyphen of {@link #HYPHENS} and splits only longer pieces, whose parts it adds as search
 * terms.
 *
 * <p>Immutable and thread-safe, given a splitter that is not reconfigured while in use.
 *
 * <pre>{@code
 * CompoundCore core = new CompoundCore(CompoundCore.germanSplitter(), 8, CompoundCore.HYPHENS);
 * core.pieces("UN-Sicherheitsrats");  // [UN, Sicherheitsrats]
 * core.split("Sicherheitsrats");      // [Sicherheit, rats]
 * core.split("UN");                   // null: too short
 * }</pre>
 */
public final class CompoundCore {
  /** The longest piece given to jWordSplitter, which refuses longer input. */
  public static final int MAX_WORD_LENGTH = 70;

  /** The hyphen-minus alone. */
  public static final String ASCII_HYPHEN = "-";

  /** The hyphen-minus, the hyphen (U+2010) and the non-breaking hyphen (U+2011). */
  public static final String HYPHENS = "-\u2010\u2011";

  private static final Lazy<AbstractWordSplitter> GERMAN =
      new Lazy<>(
          () -> {
            try {
              return QuickGermanWordSplitter.load();
            } catch (IOException e) {
              throw new UncheckedIOException("cannot load jWordSplitter's German dictionary", e);
            }
          });

  private final AbstractWordSplitter splitter;
  private final int minLength;
  private final String hyphens;

  /**
   * A core with its limits.
   *
   * @param splitter the jWordSplitter instance that splits the pieces
   * @param minLength the shortest piece given to it
   * @param hyphens the characters a word is cut at, such as {@link #HYPHENS}
   */
  public CompoundCore(AbstractWordSplitter splitter, int minLength, String hyphens) {
    this.splitter = splitter;
    this.minLength = minLength;
    this.hyphens = hyphens;
  }

  /**
   * jWordSplitter's German dictionary with linking elements hidden (splitting as {@code new
   * GermanWordSplitter(true)} does; its files read faster, see {@link QuickGermanWordSplitter}),
   * loaded once on first use and shared.
   *
   * @return the one German splitter of this class loader
   * @throws UncheckedIOException if the dictionary cannot be loaded
   */
  public static AbstractWordSplitter germanSplitter() {
    return GERMAN.get();
  }

  /**
   * Whether a character is one of this core's hyphens.
   *
   * @param c a character or code point
   * @return true if words are cut at it
   */
  public boolean isHyphen(int c) {
    return hyphens.indexOf(c) >= 0;
  }

  /**
   * The pieces of a word between its hyphens, empty ones left out.
   *
   * @param word a word
   * @return a new list: {@code [UN, Sicherheitsrats]} for {@code UN-Sicherheitsrats}, the word
   *     alone when it has no hyphen
   */
  public List<String> pieces(String word) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= word.length(); i++) {
      if (i == word.length() || isHyphen(word.charAt(i))) {
        if (i > from) {
          pieces.add(word.substring(from, i));
        }
        from = i + 1;
      }
    }
    return pieces;
  }

  /**
   * jWordSplitter's parts of a piece.
   *
   * @param piece a piece of a word, without hyphens
   * @return the parts, as jWordSplitter gives them (one part for a piece it does not split); null
   *     when the piece is shorter than the core's minimum, longer than {@value #MAX_WORD_LENGTH}
   *     chars, or jWordSplitter throws on it
   */
  public List<String> split(String piece) {
    if (piece.length() < minLength || piece.length() > MAX_WORD_LENGTH) {
      return null;
    }
    try {
      return splitter.splitWord(piece);
    } catch (RuntimeException e) {
      // best effort: InputTooLongException, or whatever odd input makes the splitter throw,
      // leaves the piece unsplit rather than failing the whole document
      return null;
    }
  }
}
