package io.github.germannlp.lucene;

import de.danielnaber.jwordsplitter.AbstractWordSplitter;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import io.github.germannlp.internal.compound.CompoundCore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the parts of German compounds as extra terms at the position of the compound, so that a
 * search for {@code Sanktion} finds <i>Sanktionsdruck</i> and one for {@code Sicherheitsrat} finds
 * <i>UN-Sicherheitsrats</i>.
 *
 * <p>Every token is emitted unchanged. After a token that is a word, its parts follow, each with
 * position increment 0 and the offsets (and type) of the token:
 *
 * <ul>
 *   <li>A word is a token of letters (combining marks allowed) and hyphens with at least {@value
 *       #MIN_WORD_LENGTH} chars, at least one of them a letter; tokens marked as keywords ({@link
 *       KeywordAttribute}) are left alone.
 *   <li>A hyphenated word is first cut at its hyphens ({@code UN-Sicherheitsrats} → {@code UN},
 *       {@code Sicherheitsrats}); each piece of at least {@value #MIN_WORD_LENGTH} letters is then
 *       split with jWordSplitter ({@link GermanWordSplitter}, dictionary based, linking elements
 *       hidden): {@code Sicherheitsrats} → {@code Sicherheit}, {@code rats}.
 *   <li>Only parts of at least {@value #MIN_PART_LENGTH} chars are emitted; a part equal (ignoring
 *       case) to the token or to a part already emitted is left out.
 *   <li>Linking elements: jWordSplitter may leave the linking {@code s} on a part. A final {@code
 *       s} is removed from every part that is not the last one (of the hyphen pieces, or of a
 *       piece's split) when what remains has at least {@value #MIN_PART_LENGTH} letters and ends in
 *       {@code -ion}, {@code -ung}, {@code -heit}, {@code -keit}, {@code -schaft} or {@code -tät}
 *       (which covers {@code -ität}): these suffixes form feminine nouns, which take no genitive
 *       {@code s}, so a final {@code s} there is the linking element ({@code Sanktions} → {@code
 *       Sanktion}, {@code Regierungs-Chef} → {@code Regierung}).
 *   <li>Words longer than {@value #MAX_WORD_LENGTH} chars are not given to jWordSplitter (it
 *       refuses them); they are still cut at hyphens.
 * </ul>
 *
 * <p>Place it before lowercasing and stemming: the parts then go through the same chain as the
 * compound. The splitter is shared and immutable; the filter itself, like every token stream, is
 * for one thread at a time.
 */
public final class CompoundPartsFilter extends TokenFilter {
  /** Minimum length of a token (or hyphen piece) to be split by the dictionary. */
  public static final int MIN_WORD_LENGTH = 8;

  /** Minimum length of an emitted part. */
  public static final int MIN_PART_LENGTH = 3;

  /** Maximum length of a word given to jWordSplitter, which refuses longer input. */
  public static final int MAX_WORD_LENGTH = CompoundCore.MAX_WORD_LENGTH;

  private static final String[] FEMININE_SUFFIXES = {"ion", "ung", "heit", "keit", "schaft", "tät"};

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  private final CompoundCore core;
  private final List<String> parts = new ArrayList<>();
  private int nextPart;
  private State state;

  /**
   * A filter with the shared default splitter ({@code new GermanWordSplitter(true)}).
   *
   * @param input the token stream to add compound parts to, before lowercasing and stemming
   * @throws java.io.UncheckedIOException if jWordSplitter's dictionary cannot be loaded (on the
   *     first use of the default splitter)
   */
  public CompoundPartsFilter(TokenStream input) {
    this(input, defaultSplitter());
  }

  /**
   * A filter with the given splitter, which must not be reconfigured while in use (its {@code
   * splitWord} then only reads and may be shared between threads).
   *
   * @param input the token stream to add compound parts to, before lowercasing and stemming
   * @param splitter the jWordSplitter instance that splits each word, such as one with a dictionary
   *     of its own
   * @throws NullPointerException if {@code splitter} is null
   */
  public CompoundPartsFilter(TokenStream input, AbstractWordSplitter splitter) {
    super(input);
    this.core = core(Objects.requireNonNull(splitter, "splitter"));
  }

  /**
   * The shared default splitter: jWordSplitter's German dictionary with linking elements hidden,
   * loaded once on first use.
   *
   * @return the one default splitter of this class loader
   * @throws java.io.UncheckedIOException if jWordSplitter's dictionary cannot be loaded
   */
  public static AbstractWordSplitter defaultSplitter() {
    return CompoundCore.germanSplitter();
  }

  private static CompoundCore core(AbstractWordSplitter splitter) {
    return new CompoundCore(splitter, MIN_WORD_LENGTH, CompoundCore.HYPHENS);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextPart < parts.size()) {
      restoreState(state);
      String part = parts.get(nextPart++);
      termAtt.setEmpty().append(part);
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    parts.clear();
    nextPart = 0;
    if (!keywordAtt.isKeyword() && isWord(termAtt.buffer(), termAtt.length())) {
      split(termAtt.toString(), parts, core);
      if (!parts.isEmpty()) {
        state = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    nextPart = 0;
    state = null;
  }

  /**
   * The parts of {@code word} as this filter emits them, for tests and for callers outside Lucene
   * (the word itself is not included).
   *
   * @param word a token as the filter would see it, before lowercasing
   * @return a new list of the parts, in order, before lowercasing and stemming ({@code
   *     Sanktionsdruck}: {@code [Sanktion, druck]}); empty for a word that is too short, is not a
   *     word or is no compound
   * @throws NullPointerException if {@code word} is null
   */
  public static List<String> parts(String word) {
    List<String> out = new ArrayList<>();
    if (isWord(word.toCharArray(), word.length())) {
      split(word, out, core(defaultSplitter()));
    }
    return out;
  }

  static boolean isWord(char[] a, int len) {
    if (len < MIN_WORD_LENGTH) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < len; ) {
      int cp = Character.codePointAt(a, i, len);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letter = true;
      } else if (!isHyphen(cp) && !isMark(cp)) {
        return false;
      }
    }
    return letter;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isHyphen(int c) {
    return CompoundCore.HYPHENS.indexOf(c) >= 0;
  }

  private static void split(String word, List<String> out, CompoundCore core) {
    List<String> pieces = core.pieces(word);
    boolean hyphenated = pieces.size() != 1 || pieces.get(0).length() != word.length();
    for (int p = 0; p < pieces.size(); p++) {
      String piece = pieces.get(p);
      boolean lastPiece = p == pieces.size() - 1;
      if (hyphenated) {
        add(word, lastPiece ? piece : stripLinkingS(piece), out);
      }
      List<String> sub = core.split(piece); // null: too short or long, or the splitter failed
      if (sub == null || sub.size() < 2) {
        continue;
      }
      for (int s = 0; s < sub.size(); s++) {
        String part = sub.get(s);
        add(word, s == sub.size() - 1 ? part : stripLinkingS(part), out);
      }
    }
  }

  private static void add(String word, String part, List<String> out) {
    if (part.length() < MIN_PART_LENGTH || part.equalsIgnoreCase(word)) {
      return;
    }
    for (String seen : out) {
      if (seen.equalsIgnoreCase(part)) {
        return;
      }
    }
    out.add(part);
  }

  /** Drops the linking {@code s} of a non-final part; see the class documentation for the rule. */
  static String stripLinkingS(String part) {
    int n = part.length();
    if (n - 1 < MIN_PART_LENGTH || (part.charAt(n - 1) != 's' && part.charAt(n - 1) != 'S')) {
      return part;
    }
    String stem = part.substring(0, n - 1);
    String lower = stem.toLowerCase(Locale.ROOT);
    for (String suffix : FEMININE_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return stem;
      }
    }
    return part;
  }
}
