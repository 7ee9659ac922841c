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

  private static final byte[] TABLE = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      TABLE[c] = classify(c);
    }
  }

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

  private static byte classify(int c) {
    if (c >= 0xD800 && c <= 0xDBFF) {
      return HIGH_SURROGATE;
    }
    if (c >= 0xDC00 && c <= 0xDFFF) {
      return LOW_SURROGATE;
    }
    if (c == 0xFEFF || c == 0x200B || c == 0x2060 || c == 0x180E) {
      return SPACE;
    }
    int type = Character.getType(c);
    if (Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || c == 0x85) {
      return SPACE;
    }
    if (c == 0x00AD || c == 0x200C) { // soft hyphen, zero-width non-joiner: inside words
      return LETTER;
    }
    if (Character.isLetter(c) || isMark(type)) {
      return LETTER;
    }
    if (Character.isDigit(c) || type == Character.OTHER_NUMBER) {
      return DIGIT; // also ² ³ ½: km², m³
    }
    if ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF)) {
      return type == Character.OTHER_SYMBOL ? EMOJI : OTHER;
    }
    return OTHER;
  }
}
