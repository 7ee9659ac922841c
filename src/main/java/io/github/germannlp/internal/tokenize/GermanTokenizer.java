package io.github.germannlp.internal.tokenize;

import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.util.Objects;

/**
 * A fast German word tokenizer: one forward pass over the characters with a class table and small
 * look-ups, no regular expressions and no backtracking beyond a token.
 *
 * <p>What it keeps whole: abbreviations from the {@link Abbreviations} table ({@code z. B.} as two
 * tokens {@code z.} {@code B.}, {@code z.B.} as one), ordinals ({@code 4.} in <i>4. November</i>),
 * dates ({@code 04.11.2025}, {@code 2025-11-04}), times ({@code 19:49}), numbers ({@code
 * 1.000.000}, {@code 2,5}, {@code −3,5}), gender forms ({@code Bürger*innen}, {@code Lehrer:innen},
 * {@code Kolleg_innen}), elisions ({@code geht's}, {@code Grass'}), URLs, e-mail addresses,
 * hashtags, @-mentions, emoticons and emoji sequences. Quotation marks of every style, brackets and
 * other punctuation are tokens of their own; an ellipsis is one token. Hyphenated compounds follow
 * the {@link TokenScheme}.
 *
 * <p>Any input gives a defined result: offsets are UTF-16 indexes into the text, tokens never
 * contain white space or control characters, surrogate pairs are never cut, and the time is linear
 * in the length of the text. Immutable and thread-safe.
 *
 * <pre>{@code
 * GermanTokenizer tok = new GermanTokenizer(TokenScheme.NEWS, Abbreviations.german());
 * String text = "Die US-Regierung erhöht z. B. am 4. November die Zölle.";
 * TokenBuffer b = tok.tokenize(text);
 * for (int i = 0; i < b.size(); i++) System.out.println(text.substring(b.start(i), b.end(i)));
 * }</pre>
 */
public final class GermanTokenizer {
  private static final int MAX_ORDINAL_DIGITS = 3;

  private final TokenScheme scheme;
  private final Abbreviations abbreviations;
  private final boolean splitHyphens;

  /**
   * Creates a tokenizer with the given scheme and abbreviation table.
   *
   * @param scheme how hyphenated compounds are cut ({@link TokenScheme#UD} splits the hyphens off)
   * @param abbreviations the abbreviations that keep their final period, such as {@link
   *     Abbreviations#german()}
   * @throws NullPointerException if either argument is null
   */
  public GermanTokenizer(TokenScheme scheme, Abbreviations abbreviations) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
    this.splitHyphens = scheme == TokenScheme.UD;
  }

  /**
   * Whether {@code c} separates tokens and is never part of one: white space, separators, control
   * characters, byte order mark, zero-width space.
   *
   * @param c a UTF-16 code unit
   * @return true if the tokenizer skips {@code c} between tokens
   */
  public static boolean isSeparator(char c) {
    return CharClass.isSpace(c);
  }

  /**
   * The token scheme.
   *
   * @return the scheme given to the constructor
   */
  public TokenScheme scheme() {
    return scheme;
  }

  /**
   * Tokenizes a text.
   *
   * @param text the text to cut; any string, including an empty one
   * @return a new buffer with the tokens' offsets into {@code text} and their flags
   * @throws NullPointerException if {@code text} is null
   */
  public TokenBuffer tokenize(String text) {
    Objects.requireNonNull(text, "text");
    char[] a = text.toCharArray();
    TokenBuffer out = new TokenBuffer(a.length);
    tokenize(a, 0, a.length, out);
    return out;
  }

  /**
   * Tokenizes {@code a[from, to)} into {@code out}; offsets are indexes into {@code a}. The region
   * is treated as a text of its own: quotation state starts fresh and no token crosses its ends.
   *
   * @param a the characters; not modified
   * @param from index of the first character to cut, inclusive
   * @param to index after the last character to cut, exclusive
   * @param out the buffer the tokens are appended to, after any it already holds
   */
  public void tokenize(char[] a, int from, int to, TokenBuffer out) {
    new Scanner(a, from, to, out).run();
  }

  /** Per-call scanner state. */
  private final class Scanner {
    private final char[] a;
    private final int n;
    private final TokenBuffer out;
    private int i;

    /** An opening single quote (') waits for its closing one in this paragraph. */
    private boolean singleQuoteOpen;

    /** Count of plain double quotes (") seen in this paragraph: odd means one is open. */
    private int doubleQuotes;

    /** Layout flags (line or paragraph break) for the next token. */
    private int pending;

    Scanner(char[] a, int from, int to, TokenBuffer out) {
      this.a = a;
      this.i = from;
      this.n = to;
      this.out = out;
    }

    void run() {
      while (i < n) {
        char c = a[i];
        byte k = CharClass.of(c);
        if (k == CharClass.SPACE) {
          if (isNewline(i)) {
            pending |= TokenBuffer.LINE_BEFORE;
            if (isParagraphBreak(i)) {
              pending |= TokenBuffer.PARAGRAPH_BEFORE;
              singleQuoteOpen = false;
              doubleQuotes = 0;
            }
          }
          i++;
          continue;
        }
        switch (k) {
          case CharClass.LETTER, CharClass.DIGIT -> {
            if (!plainWord(c)) {
              word();
            }
          }
          case CharClass.EMOJI -> emoji(i, 1);
          case CharClass.HIGH_SURROGATE -> surrogate();
          case CharClass.LOW_SURROGATE -> emit(i, i + 1, 0);
          default -> punctuation(c);
        }
      }
    }

    /**
     * The fast path for the common case: letters and digits followed by white space or a
     * punctuation mark that never joins a word. Anything else goes to {@link #word()}.
     */
    private boolean plainWord(char first) {
      int start = i;
      int j = start + 1;
      while (j < n && CharClass.isWord(a[j])) {
        j++;
      }
      if (j < n) {
        char c = a[j];
        if (c != ' '
            && c != ';'
            && c != ')'
            && c != '!'
            && c != '?'
            && c != '"'
            && CharClass.of(c) != CharClass.SPACE
            && (c != ',' || CharClass.isDigit(a[j - 1]))) { // 2,5 needs the full scanner
          return false;
        }
      }
      int cap =
          (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first))
              ? TokenBuffer.CAPITALIZED
              : 0;
      out.add(start, j, cap | pending);
      pending = 0;
      i = j;
      return true;
    }

    /** A line break at j: LF, CR not followed by LF, NEL, line or paragraph separator. */
    private boolean isNewline(int j) {
      char c = a[j];
      if (c == ' ') {
        return false;
      }
      return c == '\n'
          || c == '\u2028'
          || c == '\u2029'
          || c == '\u0085'
          || (c == '\r' && (j + 1 >= n || a[j + 1] != '\n'));
    }

    /** The line break at nl is followed, after optional spaces, by another (or the end). */
    private boolean isParagraphBreak(int nl) {
      if (a[nl] == '\u2029') {
        return true;
      }
      for (int j = nl + 1; j < n; j++) {
        if (isNewline(j)) {
          return true;
        }
        if (!CharClass.isSpace(a[j])) {
          return false;
        }
      }
      return true;
    }

    private void emit(int start, int end, int flags) {
      out.add(start, end, flags | pending);
      pending = 0;
      i = end;
    }

    private char at(int j) {
      return j < n && j >= 0 ? a[j] : '\0';
    }

    private boolean spaceOrEnd(int j) {
      return j >= n || CharClass.isSpace(a[j]);
    }

    // ---------------------------------------------------------------- words

    private void word() {
      int start = i;
      char first = a[start];
      int cap =
          (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first))
              ? TokenBuffer.CAPITALIZED
              : 0;
      char c0 = a[start];
      if ((c0 == 'h' || c0 == 'H' || c0 == 'w' || c0 == 'W' || c0 == 'f' || c0 == 'F')
          && startsUrl(start)) {
        url(start);
        return;
      }
      int j = start;
      int segmentStart = start; // start of the current part after an internal '.'
      boolean hasInternalPeriod = false;
      outer:
      while (true) {
        while (j < n && CharClass.isWord(a[j])) {
          j++;
        }
        if (j >= n) {
          break;
        }
        char c = a[j];
        if (c == ' ') {
          break; // the common case, before the switch
        }
        char next = at(j + 1);
        char prev = a[j - 1];
        switch (c) {
          case '-', '\u2010', '\u2011' -> {
            if (CharClass.isWord(next)) {
              if (!splitHyphens || isIsoDate(start, j)) {
                j++;
                continue outer;
              }
              break outer;
            }
            if ((next == '/' || next == ',') && !splitHyphens && CharClass.isWord(at(j + 2))) {
              j += 2; // Spa-/Wellness-Bereich
              continue outer;
            }
            if (!splitHyphens && (spaceOrEnd(j + 1) || next == ',' || next == ')')) {
              j++; // Ein- und Ausfuhr, (Früh-): the truncated part keeps its hyphen
            }
            break outer;
          }
          case '.' -> {
            if (CharClass.isWord(next) && CharClass.isWord(prev)) {
              boolean digits = CharClass.isDigit(prev) && CharClass.isDigit(next);
              boolean letters = CharClass.isLetter(prev) && CharClass.isLetter(next);
              if (digits || (letters && (j - segmentStart <= 3 || Character.isLowerCase(next)))) {
                hasInternalPeriod = true;
                j++;
                segmentStart = j;
                continue outer;
              }
            }
            break outer;
          }
          case ',' -> {
            if (CharClass.isDigit(prev) && CharClass.isDigit(next)) {
              j++;
              continue outer;
            }
            break outer;
          }
          case ':' -> {
            if (CharClass.isDigit(prev) && CharClass.isDigit(next)) {
              j++;
              continue outer;
            }
            if (CharClass.isLetter(prev) && genderSuffix(j + 1)) {
              j++;
              continue outer;
            }
            break outer;
          }
          case '*', '_', '\u00B7' -> {
            if (CharClass.isLetter(prev) && genderSuffix(j + 1)) {
              j++;
              continue outer;
            }
            if (c == '_' && CharClass.isWord(next)) {
              j++;
              continue outer;
            }
            break outer;
          }
          case '/' -> {
            if (next == '-' && genderSuffix(j + 2)) {
              j += 2; // Bürger/-innen
              continue outer;
            }
            if (CharClass.isWord(next)
                && !(Character.isUpperCase(a[start])
                    && CharClass.isLetter(prev)
                    && Character.isLowerCase(next))) {
              j++;
              continue outer;
            }
            break outer;
          }
          case '\u2013' -> {
            if (!splitHyphens && CharClass.isDigit(prev) && CharClass.isDigit(next)) {
              j++; // 1961–1964
              continue outer;
            }
            break outer;
          }
          case '\u00B0' -> {
            if (CharClass.isDigit(prev)) {
              j++; // 90°, 20°C
              continue outer;
            }
            break outer;
          }
          case '%', '\u2030' -> {
            if (!splitHyphens && CharClass.isDigit(prev)) {
              j++; // 34,4% written without a space
            }
            break outer;
          }
          case '\'', '\u2019' -> {
            if (CharClass.isDigit(prev) && CharClass.isDigit(next)) {
              j++; // 400'000
              continue outer;
            }
            if (CharClass.isLetter(prev) && CharClass.isLetter(next)) {
              j++; // geht's, d'Or
              continue outer;
            }
            break outer;
          }
          case '&' -> {
            if (Character.isUpperCase(prev) && Character.isUpperCase(next)) {
              j++; // AT&T, H&M
              continue outer;
            }
            break outer;
          }
          case '@' -> {
            if (CharClass.isWord(next) && emailDomainFollows(j + 1)) {
              email(start);
              return;
            }
            break outer;
          }
          default -> {
            break outer;
          }
        }
      }
      int end = j;
      char c = at(end);
      if ((c == '.' || c == ',') && at(end + 1) == '-' && allDigits(start, end)) {
        int e = end + 2; // 10,- 14.--
        if (at(e) == '-') {
          e++;
        }
        emit(start, e, cap);
        return;
      }
      if (c == '.' && at(end + 1) != '.') {
        int period = periodBelongsToWord(start, end, hasInternalPeriod);
        if (period != 0) {
          emit(start, end + 1, period | cap);
          return;
        }
      } else if ((c == '\'' || c == '\u2019')
          && !CharClass.isLetter(at(end + 1))
          && at(end + 1) != '\''
          && at(end + 1) != '\u2019') {
        // elision (hab', Grass') unless a single quote is open and this closes it
        if (!singleQuoteOpen && end - start >= 2 && CharClass.isLetter(a[end - 1])) {
          emit(start, end + 1, cap);
          return;
        }
      }
      emit(start, end, cap);
    }

    /** "in" or "innen" at j, not followed by a letter. */
    private boolean genderSuffix(int j) {
      if (at(j) != 'i' || at(j + 1) != 'n') {
        return false;
      }
      if (!CharClass.isLetter(at(j + 2))) {
        return true;
      }
      return at(j + 2) == 'n'
          && at(j + 3) == 'e'
          && at(j + 4) == 'n'
          && !CharClass.isLetter(at(j + 5));
    }

    private boolean isIsoDate(int start, int hyphen) {
      // dddd-dd(-dd): keep ISO dates whole even where hyphens split
      boolean yearMonth =
          hyphen - start == 7
              && allDigits(start, start + 4)
              && a[start + 4] == '-'
              && allDigits(start + 5, hyphen);
      return (hyphen - start == 4 && allDigits(start, hyphen) || yearMonth)
          && CharClass.isDigit(at(hyphen + 1))
          && CharClass.isDigit(at(hyphen + 2))
          && (at(hyphen + 3) == '-' || !CharClass.isWord(at(hyphen + 3)));
    }

    private boolean allDigits(int start, int end) {
      for (int k = start; k < end; k++) {
        if (!CharClass.isDigit(a[k])) {
          return false;
        }
      }
      return end > start;
    }

    /**
     * Decides whether the period at {@code end} belongs to the word {@code [start, end)}.
     *
     * @return 0 if not, else the token flags
     */
    private int periodBelongsToWord(int start, int end, boolean internalPeriod) {
      int len = end - start;
      int kind = abbreviations.lookup(a, start, end + 1);
      if (kind != Abbreviations.NONE) {
        if (kind == Abbreviations.BEFORE_NUMBER && !numberFollows(end + 1)) {
          return 0;
        }
        return TokenBuffer.OWN_PERIOD
            | (kind == Abbreviations.MAY_END ? TokenBuffer.ABBREVIATION_MAY_END : 0);
      }
      if (lettersAndPeriodsOnly(start, end)) {
        if (len == 1) {
          return isInitial(start, end + 1) ? TokenBuffer.OWN_PERIOD : 0; // W. Bush, z. B.
        }
        if (internalPeriod && shortSegments(start, end)) {
          return TokenBuffer.OWN_PERIOD; // z.B. u.a. U.S.
        }
        if (len <= 4 && isRoman(start, end) && !paragraphEndFollows(end + 1)) {
          return TokenBuffer.OWN_PERIOD; // Wilhelm II.
        }
        return 0;
      }
      if (len <= MAX_ORDINAL_DIGITS && allDigits(start, end)) {
        return ordinalContext(start, end + 1) ? TokenBuffer.OWN_PERIOD : 0;
      }
      if (internalPeriod && len <= 5 && dayMonth(start, end)) {
        return ordinalContext(start, end + 1) ? TokenBuffer.OWN_PERIOD : 0; // 4.11. 2025
      }
      return 0;
    }

    /**
     * A single letter with a period is an initial or part of an abbreviation ({@code W. Bush},
     * {@code z. B.}) unless a capital letter stands at the end of a sentence ({@code Vitamin C.}):
     * before the end of a paragraph or a capitalised function word.
     */
    private boolean isInitial(int start, int afterPeriod) {
      if (Character.isLowerCase(a[start])) {
        return true;
      }
      if (start >= 3
          && a[start - 1] == ' '
          && a[start - 2] == '.'
          && Character.isLowerCase(a[start - 3])
          && !CharClass.isLetter(at(start - 4))) {
        return true; // the second part of z. B., u. a., d. h.
      }
      if (paragraphEndFollows(afterPeriod)) {
        return false;
      }
      int k = afterPeriod;
      while (k < n && CharClass.isSpace(a[k])) {
        k++;
      }
      int e = k;
      while (e < n && CharClass.isLetter(a[e])) {
        e++;
      }
      return !(e > k && FunctionWords.isCapitalized(a, k, e - k));
    }

    private boolean lettersAndPeriodsOnly(int start, int end) {
      for (int k = start; k < end; k++) {
        if (a[k] != '.' && !CharClass.isLetter(a[k])) {
          return false;
        }
      }
      return true;
    }

    private boolean dayMonth(int start, int end) {
      int dot = -1;
      for (int k = start; k < end; k++) {
        if (a[k] == '.') {
          if (dot >= 0) {
            return false;
          }
          dot = k;
        } else if (!CharClass.isDigit(a[k])) {
          return false;
        }
      }
      return dot > start && dot - start <= 2 && end - dot - 1 <= 2 && end - dot - 1 >= 1;
    }

    private boolean shortSegments(int start, int end) {
      int segStart = start;
      for (int k = start; k <= end; k++) {
        if (k == end || a[k] == '.') {
          if (k - segStart > 3) {
            return false;
          }
          segStart = k + 1;
        }
      }
      return true;
    }

    /**
     * A well-formed Roman numeral of I, V, X, L and C ({@code II}, {@code XIV}, {@code XL}), not
     * just those letters ({@code LLC}, {@code CCL} would be {@code CCL} = 250, but {@code LLC} is a
     * legal form).
     */
    private boolean isRoman(int start, int end) {
      int value = 0;
      for (int k = start; k < end; k++) {
        int v = romanValue(a[k]);
        if (v == 0) {
          return false;
        }
        int next = k + 1 < end ? romanValue(a[k + 1]) : 0;
        value += v < next ? -v : v;
      }
      if (value <= 0) {
        return false;
      }
      // the canonical spelling of the value must be what is written
      StringBuilder canonical = new StringBuilder(8);
      for (int i = 0; i < ROMAN_VALUES.length; i++) {
        while (value >= ROMAN_VALUES[i]) {
          canonical.append(ROMAN_LETTERS[i]);
          value -= ROMAN_VALUES[i];
        }
      }
      return canonical.length() == end - start
          && canonical.toString().contentEquals(java.nio.CharBuffer.wrap(a, start, end - start));
    }

    /** Values and canonical spellings of Roman numerals up to C, largest first. */
    private static final int[] ROMAN_VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};

    private static final String[] ROMAN_LETTERS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private static int romanValue(char c) {
      return switch (c) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        default -> 0;
      };
    }

    /** After an ordinal-looking number and its period: is the period the ordinal's? */
    private boolean ordinalContext(int start, int j) {
      if (j < n && !CharClass.isSpace(a[j])) {
        return false; // "3.)" or "3.\"" : punctuation follows directly
      }
      if (paragraphEndFollows(j)) {
        return false;
      }
      int k = j;
      while (k < n && CharClass.isSpace(a[k])) {
        k++;
      }
      if (k >= n) {
        return false;
      }
      char c = a[k];
      if (Character.isUpperCase(c)) {
        int e = k;
        while (e < n && CharClass.isLetter(a[e])) {
          e++;
        }
        // "insgesamt 365. Der …" ends a sentence; "4. Die …" at a line start is an enumeration
        return !FunctionWords.isCapitalized(a, k, e - k) || startsLine(start);
      }
      return CharClass.isLetter(c) || CharClass.isDigit(c) || c == '-' || c == '\u2013';
    }

    private boolean startsLine(int start) {
      int p = start - 1;
      while (p >= 0 && CharClass.isSpace(a[p]) && a[p] != '\n') {
        p--;
      }
      return p < 0 || a[p] == '\n';
    }

    /** End of text or a blank line at j (after optional spaces). */
    private boolean paragraphEndFollows(int j) {
      int newlines = 0;
      while (j < n && CharClass.isSpace(a[j])) {
        if (a[j] == '\n') {
          newlines++;
        }
        j++;
      }
      return j >= n || newlines >= 2;
    }

    private boolean numberFollows(int j) {
      while (j < n && CharClass.isSpace(a[j]) && a[j] != '\n') {
        j++;
      }
      return j < n && CharClass.isDigit(a[j]) || at(j) == '§';
    }

    // ---------------------------------------------------------------- URLs, e-mail

    private boolean startsUrl(int s) {
      return regionMatchesIgnoreCase(s, "http://")
          || regionMatchesIgnoreCase(s, "https://")
          || regionMatchesIgnoreCase(s, "ftp://")
          || (regionMatchesIgnoreCase(s, "www.") && CharClass.isWord(at(s + 4)));
    }

    private boolean regionMatchesIgnoreCase(int s, String p) {
      if (s + p.length() > n) {
        return false;
      }
      for (int k = 0; k < p.length(); k++) {
        if (Character.toLowerCase(a[s + k]) != p.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private void url(int start) {
      int j = start;
      int openParens = 0;
      while (j < n && !CharClass.isSpace(a[j]) && !isQuoteOrAngle(a[j])) {
        if (a[j] == '(') {
          openParens++;
        } else if (a[j] == ')') {
          if (openParens == 0) {
            break;
          }
          openParens--;
        }
        j++;
      }
      j = trimUrlEnd(start, j);
      emit(start, j, 0);
    }

    private boolean isQuoteOrAngle(char c) {
      return c == '"'
          || c == '<'
          || c == '>'
          || c == '\u201C'
          || c == '\u201D'
          || c == '\u201E'
          || c == '\u00AB'
          || c == '\u00BB';
    }

    private int trimUrlEnd(int start, int j) {
      while (j > start + 1) {
        char c = a[j - 1];
        if (c == '.'
            || c == ','
            || c == ';'
            || c == ':'
            || c == '!'
            || c == '?'
            || c == '\''
            || c == '\u2019'
            || c == '\u2018') {
          j--;
        } else if (CharClass.of(c) == CharClass.HIGH_SURROGATE) {
          j--; // never end inside a pair
        } else {
          break;
        }
      }
      return j;
    }

    private boolean emailDomainFollows(int j) {
      boolean dot = false;
      while (j < n && (CharClass.isWord(a[j]) || a[j] == '-' || a[j] == '.')) {
        if (a[j] == '.' && CharClass.isWord(at(j + 1))) {
          dot = true;
        }
        j++;
      }
      return dot;
    }

    private void email(int start) {
      int j = start;
      while (j < n) {
        char c = a[j];
        if (CharClass.isWord(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '@') {
          j++;
        } else {
          break;
        }
      }
      while (j > start && !CharClass.isWord(a[j - 1])) {
        j--;
      }
      emit(start, j, 0);
    }

    // ---------------------------------------------------------------- emoji, surrogates

    private void surrogate() {
      char lo = at(i + 1);
      if (!Character.isLowSurrogate(lo) || i + 1 >= n) {
        emit(i, i + 1, 0); // unpaired high surrogate: a token of its own
        return;
      }
      int cp = Character.toCodePoint(a[i], lo);
      byte k = CharClass.ofCodePoint(cp);
      if (k == CharClass.EMOJI) {
        emoji(i, 2);
      } else if (k == CharClass.LETTER || k == CharClass.DIGIT) {
        int j = i + 2;
        while (j < n) {
          if (CharClass.isWord(a[j])) {
            j++;
          } else if (Character.isHighSurrogate(a[j]) && Character.isLowSurrogate(at(j + 1))) {
            byte k2 = CharClass.ofCodePoint(Character.toCodePoint(a[j], a[j + 1]));
            if (k2 != CharClass.LETTER && k2 != CharClass.DIGIT) {
              break;
            }
            j += 2;
          } else {
            break;
          }
        }
        emit(i, j, 0);
      } else {
        emit(i, i + 2, 0);
      }
    }

    /** An emoji sequence starting at start whose first code point has {@code len} chars. */
    private void emoji(int start, int len) {
      int j = start + len;
      int first = Character.codePointAt(a, start, n);
      boolean regional = first >= 0x1F1E6 && first <= 0x1F1FF;
      if (regional && j + 1 < n) {
        int cp = Character.codePointAt(a, j, n);
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
          j += 2; // flag: a pair of regional indicators
        }
        emit(start, j, 0);
        return;
      }
      while (j < n) {
        int cp = Character.codePointAt(a, j, n);
        if (CharClass.isEmojiModifier(cp)) {
          j += Character.charCount(cp);
          if (cp == 0x200D && j < n) {
            int joined = Character.codePointAt(a, j, n);
            if (CharClass.isEmojiCodePoint(joined)) {
              j += Character.charCount(joined);
            }
          }
        } else {
          break;
        }
      }
      emit(start, j, 0);
    }

    // ---------------------------------------------------------------- punctuation

    private void punctuation(char c) {
      int s = i;
      char next = at(s + 1);
      switch (c) {
        case '.' -> {
          int j = s + 1;
          while (j < n && a[j] == '.') {
            j++;
          }
          emit(s, j, TokenBuffer.FINAL);
        }
        case '!', '?' -> {
          int j = s + 1;
          if (!splitHyphens) {
            while (j < n && (a[j] == '!' || a[j] == '?')) {
              j++; // news: ?! and !!! stay one token; UD: one token each
            }
          }
          emit(s, j, TokenBuffer.FINAL);
        }
        case '-', '\u2212', '\u2013' -> {
          if (CharClass.isDigit(next) && c != '\u2013' && numberStartContext(s)) {
            prefixed(s);
            return;
          }
          int j = s + 1;
          if (c == '-') {
            if (!splitHyphens && CharClass.isLetter(next) && numberStartContext(s)) {
              prefixed(s); // Kamikaze -Einsätzen, Ein- und -ausfuhr
              return;
            }
            while (j < n && a[j] == '-') {
              j++;
            }
          }
          emit(s, j, 0);
        }
        case '`' -> {
          emit(s, next == '`' ? s + 2 : s + 1, TokenBuffer.OPENING);
        }
        case '\'' -> {
          if (next == '\'') {
            emit(s, s + 2, TokenBuffer.CLOSING);
          } else if (CharClass.isLetter(next) && cliticAt(s + 1)) {
            int j = s + 1;
            while (j < n && CharClass.isLetter(a[j])) {
              j++;
            }
            emit(s, j, 0); // 's 'n 'ne
          } else {
            singleQuote(s);
          }
        }
        case '\u2019' -> {
          if (CharClass.isLetter(next) && cliticAt(s + 1)) {
            int j = s + 1;
            while (j < n && CharClass.isLetter(a[j])) {
              j++;
            }
            emit(s, j, 0);
          } else {
            singleQuote(s);
          }
        }
        case '"' -> {
          boolean opening = isOpeningByContext(s);
          doubleQuotes++;
          emit(s, s + 1, opening ? TokenBuffer.OPENING : TokenBuffer.CLOSING);
        }
        case '\u201E', '\u201A', '(', '[', '{', '\u00BF', '\u00A1' ->
            emit(s, s + 1, TokenBuffer.OPENING);
        case '\u201C', '\u2018' -> // closing in German („…“), opening in English (“…”)
            emit(s, s + 1, isOpeningByContext(s) ? TokenBuffer.OPENING : TokenBuffer.CLOSING);
        case '\u201D', ')', ']', '}' -> emit(s, s + 1, TokenBuffer.CLOSING);
        case '\u00BB', '\u00AB', '\u203A', '\u2039' ->
            emit(s, s + 1, isOpeningByContext(s) ? TokenBuffer.OPENING : TokenBuffer.CLOSING);
        case ':', ';' -> {
          int e = emoticonEnd(s);
          emit(s, e > 0 ? e : s + 1, 0);
        }
        case '#' -> {
          if (CharClass.isLetter(next) || (CharClass.isDigit(next) && hashtagHasLetter(s + 1))) {
            emit(s, tagEnd(s + 1), 0);
          } else {
            emit(s, s + 1, 0);
          }
        }
        case '@' -> {
          if (CharClass.isWord(next) || next == '_') {
            emit(s, tagEnd(s + 1), 0);
          } else {
            emit(s, s + 1, 0);
          }
        }
        case '+' -> {
          if (CharClass.isDigit(next) && numberStartContext(s)) {
            prefixed(s);
          } else {
            emit(s, s + 1, 0);
          }
        }
        case '\u2026' -> emit(s, s + 1, TokenBuffer.FINAL);
        case '<', '^' -> {
          int e = webEmoticonEnd(s);
          emit(s, e > 0 ? e : s + 1, 0);
        }
        case '*' -> {
          int e = actionWordEnd(s);
          emit(s, e > 0 ? e : s + 1, 0);
        }
        default -> emit(s, s + 1, 0);
      }
    }

    /**
     * The end of a web emoticon standing alone at {@code s}: {@code <3}, {@code ^^}, {@code ^_^},
     * {@code ^.^}; -1 if there is none.
     */
    private int webEmoticonEnd(int s) {
      if (s > 0 && !CharClass.isSpace(a[s - 1])) {
        return -1;
      }
      int j;
      if (a[s] == '<') {
        j = at(s + 1) == '3' ? s + 2 : -1;
      } else if (at(s + 1) == '^') {
        j = s + 2;
      } else {
        j = (at(s + 1) == '_' || at(s + 1) == '.') && at(s + 2) == '^' ? s + 3 : -1;
      }
      return j > 0 && (spaceOrEnd(j) || isSentencePunct(at(j))) ? j : -1;
    }

    /**
     * The end of an action word between asterisks standing alone at {@code s}, as chats write them
     * ({@code *grins*}, {@code *kopfschüttel*}): one token, as EmpiriST has it; -1 if there is
     * none.
     */
    private int actionWordEnd(int s) {
      if (s > 0 && !CharClass.isSpace(a[s - 1]) || !CharClass.isLetter(at(s + 1))) {
        return -1;
      }
      int j = s + 1;
      while (j < n && (CharClass.isLetter(a[j]) || a[j] == '-')) {
        j++;
      }
      if (at(j) != '*') {
        return -1;
      }
      j++;
      return spaceOrEnd(j) || isSentencePunct(at(j)) ? j : -1;
    }

    private void singleQuote(int s) {
      if (singleQuoteOpen) {
        singleQuoteOpen = false;
        emit(s, s + 1, TokenBuffer.CLOSING);
      } else {
        singleQuoteOpen = isOpeningByContext(s);
        emit(s, s + 1, singleQuoteOpen ? TokenBuffer.OPENING : TokenBuffer.CLOSING);
      }
    }

    /**
     * A quote is opening when it follows space or an opener and precedes a non-space; closing when
     * it is attached to what precedes it ({@code du?“,}); a quote between spaces is decided by the
     * count of straight double quotes seen, else taken as closing.
     */
    private boolean isOpeningByContext(int s) {
      boolean before = s == 0 || CharClass.isSpace(a[s - 1]) || isOpener(a[s - 1]);
      boolean after = s + 1 < n && !CharClass.isSpace(a[s + 1]);
      if (!before) {
        return false;
      }
      if (after) {
        return true;
      }
      return a[s] == '"' && (doubleQuotes & 1) == 0;
    }

    private boolean isOpener(char c) {
      return c == '('
          || c == '['
          || c == '{'
          || c == '\u201E'
          || c == '\u201A'
          || c == '"'
          || c == '\u00BB'
          || c == '\u00AB'
          || c == '-'
          || c == '\u2013'
          || c == '/';
    }

    private boolean cliticAt(int j) {
      // 's 'n 'ne 'nen 'nem 'ner 'm
      int k = j;
      while (k < n && CharClass.isLetter(a[k]) && k - j < 4) {
        k++;
      }
      if (k < n && CharClass.isLetter(a[k])) {
        return false;
      }
      int len = k - j;
      char c0 = a[j];
      if (len == 1) {
        return c0 == 's' || c0 == 'n' || c0 == 'm';
      }
      if (c0 != 'n') {
        return false;
      }
      return (len == 2 && a[j + 1] == 'e')
          || (len == 3
              && a[j + 1] == 'e'
              && (a[j + 2] == 'n' || a[j + 2] == 'm' || a[j + 2] == 'r'));
    }

    private boolean numberStartContext(int s) {
      return s == 0 || CharClass.isSpace(a[s - 1]) || isOpener(a[s - 1]) && a[s - 1] != '-';
    }

    /** A sign or hyphen at s glued to the word that follows it. */
    private void prefixed(int s) {
      i = s + 1;
      int before = out.size();
      word();
      // merge the prefix with the word the scanner emitted
      int end = out.end(before);
      int flags = out.flags(before);
      out.removeLast();
      emit(s, end, flags);
    }

    private int emoticonEnd(int s) {
      if (s > 0 && !CharClass.isSpace(a[s - 1])) {
        return -1;
      }
      int j = s + 1;
      if (at(j) == '-') {
        j++;
      }
      char m = at(j);
      if (m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p' || m == '/' || m == '|'
          || m == ']' || m == '[') {
        j++;
        while (j < n && a[j] == m && (m == ')' || m == '(')) {
          j++;
        }
        return spaceOrEnd(j) || isSentencePunct(at(j)) ? j : -1;
      }
      return -1;
    }

    private boolean isSentencePunct(char c) {
      return c == '.' || c == ',' || c == '!' || c == '?';
    }

    private boolean hashtagHasLetter(int j) {
      while (j < n && (CharClass.isWord(a[j]) || a[j] == '_')) {
        if (CharClass.isLetter(a[j])) {
          return true;
        }
        j++;
      }
      return false;
    }

    private int tagEnd(int j) {
      while (j < n && (CharClass.isWord(a[j]) || a[j] == '_')) {
        j++;
      }
      return j;
    }
  }
}
