package io.github.germannlp.internal.compound;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.WordTypes;
import io.github.germannlp.internal.pos.GermanLexicon;
import io.github.germannlp.internal.pos.Lemmatizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Splits German noun compounds into their parts in dictionary form: {@code Sanktionsdruck} → {@code
 * Sanktion} + {@code Druck}, {@code Zwangsmaßnahmen} → {@code Zwang} + {@code Maßnahme}, {@code
 * UN-Sicherheitsrats} → {@code UN} + {@code Sicherheit} + {@code Rat}.
 *
 * <p>Hyphens split first; each piece goes to jwordsplitter (its dictionary, linking elements hidden
 * where it knows them). On top of that: a linking {@code -s-}/{@code -es-}/{@code -n-}/ {@code
 * -en-}/{@code -er-} left on an inner part is removed when the rest is a noun of the lexicon
 * ({@code Zwangs} → {@code Zwang}, {@code Bundes} → {@code Bund}); the last part is lemmatized as a
 * noun ({@code maßnahmen} → {@code Maßnahme}); nouns are capitalized. A word that is not a compound
 * has no parts.
 *
 * <p>Thread-safe. Its only mutable state is a cache of the parts of up to {@value #CACHE_SIZE}
 * words (a {@link BoundedCache}, which keeps the words in use, so it stays below about {@value
 * #CACHE_SIZE} words plus two per thread, roughly 3 MB at most); the parts of a word depend on
 * nothing else. In a pipeline, the words' records of its {@link WordTypes} keep the parts instead
 * ({@link #parts(String, String, WordTypes.Type)}).
 *
 * <pre>{@code
 * CompoundSplitter splitter = new CompoundSplitter();
 * splitter.parts("Sanktionsdruck");               // [Sanktion, Druck]
 * splitter.parts("UN-Sicherheitsrats", "PROPN");  // [UN, Sicherheit, Rat]
 * }</pre>
 */
public final class CompoundSplitter {
  private static final int MIN_LENGTH = 6;
  private static final int MAX_LENGTH = CompoundCore.MAX_WORD_LENGTH;
  private static final String[] LINKS = {"es", "s", "en", "n", "er"};

  /** At most this many words are cached (see the class comment). */
  static final int CACHE_SIZE = 1 << 14;

  private final BoundedCache<String, List<String>> cache = new BoundedCache<>(CACHE_SIZE);
  private final Function<String, List<String>> split = this::split;

  private final CompoundCore core;
  private final GermanLexicon lexicon;
  private final Lemmatizer lemmatizer;

  /**
   * A splitter with jwordsplitter's German dictionary and the german-pos-dict lexicon. Loading the
   * dictionary takes a moment: share one splitter.
   *
   * @throws java.io.UncheckedIOException if jwordsplitter's dictionary or the lexicon cannot be
   *     read
   * @throws IllegalStateException if the lexicon is missing from the class path
   */
  public CompoundSplitter() {
    this.core =
        new CompoundCore(CompoundCore.germanSplitter(), MIN_LENGTH, CompoundCore.ASCII_HYPHEN);
    this.lexicon = GermanLexicon.get();
    this.lemmatizer = new Lemmatizer();
  }

  /**
   * The parts of {@code word} as the pipeline asks for them: a {@code NOUN}, or a {@code PROPN}
   * with an inner hyphen ({@code UN-Sicherheitsrats}), goes to {@link #parts(String)}; any other
   * tag gives an empty list.
   *
   * @param word the word as written (break hints removed)
   * @param upos its Universal POS tag
   * @return the parts, as {@link #parts(String)} gives them, or an empty list
   */
  public List<String> parts(String word, String upos) {
    return parts(word, upos, null);
  }

  /** This splitter's place in a word type's record: the word's parts. */
  private static final WordTypes.Slot<List<String>> PARTS = WordTypes.newSlot();

  /**
   * {@link #parts(String, String)}, with the word's record of a pipeline's {@link WordTypes}, which
   * keeps the word's parts instead of this splitter's cache: the same parts.
   *
   * @param word the word as written (break hints removed)
   * @param upos its Universal POS tag
   * @param type its record from the {@code WordTypes} of this splitter's pipeline, or null for none
   * @return the parts, as {@link #parts(String)} gives them, or an empty list
   */
  public List<String> parts(String word, String upos, WordTypes.Type type) {
    if (!("NOUN".equals(upos) || "PROPN".equals(upos) && word != null && word.indexOf('-') > 0)) {
      return List.of();
    }
    if (type == null || word == null || word.length() < MIN_LENGTH || word.length() > MAX_LENGTH) {
      return parts(word);
    }
    return type.get(PARTS, word, split);
  }

  /**
   * The parts of {@code word} in dictionary form, or an empty list when it is not a compound.
   *
   * @param word the word as written; null, and words shorter than 6 or longer than 70 characters,
   *     give an empty list
   * @return the parts in order, nouns capitalised, the last lemmatized ({@code Sanktionsdruck}:
   *     {@code [Sanktion, Druck]}); empty when the word is no compound
   */
  public List<String> parts(String word) {
    if (word == null || word.length() < MIN_LENGTH || word.length() > MAX_LENGTH) {
      return List.of();
    }
    return cache.get(word, split);
  }

  /** The number of cached words (for tests). */
  int cachedWords() {
    return cache.size();
  }

  /** {@link #parts(String)} without the cache (for words of a length it splits). */
  List<String> split(String word) {
    List<String> pieces = new ArrayList<>();
    for (String piece : core.pieces(word)) {
      List<String> parts = isLetters(piece) ? core.split(piece) : null;
      if (parts == null) {
        pieces.add(piece); // too short, not letters, or the splitter failed: keep it whole
      } else {
        pieces.addAll(parts);
      }
    }
    if (pieces.size() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      boolean last = i == pieces.size() - 1;
      out.add(last ? head(pieces.get(i)) : modifier(pieces.get(i)));
    }
    return List.copyOf(out);
  }

  /** An inner part: capitalized if a noun, a linking element removed where the rest is one. */
  private String modifier(String part) {
    String cap = capitalize(part);
    if (isNoun(cap) && !endsWithLink(cap)) {
      return cap;
    }
    for (String link : LINKS) {
      if (cap.length() > link.length() + 2 && cap.endsWith(link)) {
        String rest = cap.substring(0, cap.length() - link.length());
        if (isNoun(rest)) {
          return rest;
        }
      }
    }
    return isNoun(cap) || Character.isUpperCase(part.charAt(0)) ? cap : part;
  }

  private boolean endsWithLink(String word) {
    for (String link : LINKS) {
      if (word.length() > link.length() + 2
          && word.endsWith(link)
          && isNoun(word.substring(0, word.length() - link.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The last part: the compound's head, lemmatized as a noun. */
  private String head(String part) {
    String cap = capitalize(part);
    if (!isLetters(cap)) {
      return part;
    }
    String lemma = lemmatizer.lemma(cap, "NOUN");
    return lemma.isEmpty() ? cap : lemma;
  }

  private boolean isNoun(String word) {
    return (lexicon.uposMask(word) & GermanLexicon.bit("NOUN")) != 0;
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String capitalize(String s) {
    if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
