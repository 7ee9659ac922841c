package io.github.germannlp.internal.tokenize;

/** Character classes for the scanner: one table lookup a char on the hot path. */
final class CharClass {
  /** Separates tokens: white space, separators, control characters, BOM, zero-width space. */
  static final byte SPACE = 1;

  /** Letters and combining marks (and soft hyphen, which belongs inside words). */
  static final byte LETTER = 2;

  /** Decimal digits. */
  static final byte DIGIT = 3;

  /** High surrogate; the code point decides. */
  static final byte HIGH_SURROGATE = 4;

  /** Low surrogate (unpaired when met on its own). */
  static final byte LOW_SURROGATE = 5;

  /** Pictographic symbols that form emoji. */
  static final byte EMOJI = 8;

  /** Everything else: punctuation and symbols, handled one by one. */
  static final byte OTHER = 0;

  /** Each char's class ({@link Classifier}). */
  private static final byte[] TABLE = Classifier.table();

  private CharClass() {}

  static byte of(char c) {
    return TABLE[c];
  }

  static boolean isWord(char c) {
    return (TABLE[c] & 2) != 0; // LETTER and DIGIT are the only classes with bit 1 set
  }

  static boolean isLetter(char c) {
    return TABLE[c] == LETTER;
  }

  static boolean isDigit(char c) {
    return TABLE[c] == DIGIT;
  }

  static boolean isSpace(char c) {
    return TABLE[c] == SPACE;
  }

  /** Classifies a supplementary code point (from a valid surrogate pair). */
  static byte ofCodePoint(int cp) {
    if (cp < 65536) {
      return TABLE[cp];
    }
    if (isEmojiCodePoint(cp)) {
      return EMOJI;
    }
    if (Character.isLetter(cp) || isMark(Character.getType(cp))) {
      return LETTER;
    }
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    return OTHER;
  }

  static boolean isEmojiCodePoint(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) // mahjong … symbols and pictographs extended-A
        || (cp >= 0x2600 && cp <= 0x27BF) // misc symbols, dingbats
        || (cp >= 0x2B00 && cp <= 0x2BFF) // arrows, stars
        || (cp >= 0x2190 && cp <= 0x21FF) // arrows
        || (cp >= 0x2300 && cp <= 0x23FF) // misc technical (⌚ ⏰)
        || (cp >= 0xE0020 && cp <= 0xE007F); // tag characters (flag subdivisions)
  }

  /**
   * Code points that continue an emoji sequence: joiner, variation selectors, skin tones, keycap.
   */
  static boolean isEmojiModifier(int cp) {
    return cp == 0x200D
        || cp == 0xFE0F
        || cp == 0xFE0E
        || cp == 0x20E3
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Classifies the chars for the table, a class of its own: a class's static methods called from
   * its own initialiser are resolved again on every call until it is initialised, and filling the
   * table that way took about 10 ms more.
   */
  static final class Classifier {
    private Classifier() {}

    static byte[] table() {
      byte[] t = new byte[65536];
      for (int c = 0; c < t.length; c++) {
        t[c] = classify(c);
      }
      return t;
    }

    /**
     * The class of each general category ({@link Character#getType}) for the chars that {@link
     * #classify} does not single out: one lookup of the char's properties instead of the five that
     * {@code isWhitespace}, {@code isSpaceChar}, {@code isLetter} and {@code isDigit} would each
     * make (with the initialiser's own calls, 15 to 25 ms of the first text; now 6 to 7 ms). A
     * separator or control char is a space ({@code isWhitespace} or {@code isSpaceChar} holds for
     * exactly these, given the control chars), a letter or mark a letter, a decimal digit or other
     * number (² ³ ½: km², m³) a digit. {@code CharClassTest} checks every char against the five
     * calls.
     */
    private static final byte[] BY_TYPE = byType();

    private static byte[] byType() {
      byte[] t = new byte[32];
      for (int type :
          new int[] {
            Character.SPACE_SEPARATOR,
            Character.LINE_SEPARATOR,
            Character.PARAGRAPH_SEPARATOR,
            Character.CONTROL
          }) {
        t[type] = SPACE;
      }
      for (int type :
          new int[] {
            Character.UPPERCASE_LETTER,
            Character.LOWERCASE_LETTER,
            Character.TITLECASE_LETTER,
            Character.MODIFIER_LETTER,
            Character.OTHER_LETTER,
            Character.NON_SPACING_MARK,
            Character.COMBINING_SPACING_MARK,
            Character.ENCLOSING_MARK
          }) {
        t[type] = LETTER;
      }
      t[Character.DECIMAL_DIGIT_NUMBER] = DIGIT;
      t[Character.OTHER_NUMBER] = DIGIT;
      return t;
    }

    static byte classify(int c) {
      if (c >= 0xD800 && c <= 0xDBFF) {
        return HIGH_SURROGATE;
      }
      if (c >= 0xDC00 && c <= 0xDFFF) {
        return LOW_SURROGATE;
      }
      if (c == 0xFEFF || c == 0x200B || c == 0x2060 || c == 0x180E) {
        return SPACE;
      }
      if (c == 0x00AD || c == 0x200C) { // soft hyphen, zero-width non-joiner: inside words
        return LETTER;
      }
      int type = Character.getType(c);
      byte k = BY_TYPE[type];
      if (k == OTHER && ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF))) {
        return type == Character.OTHER_SYMBOL ? EMOJI : OTHER;
      }
      return k;
    }
  }
}
