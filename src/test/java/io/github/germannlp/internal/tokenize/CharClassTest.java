package io.github.germannlp.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharClassTest {
  /**
   * The classification as it was written before the table by general category: the five {@code
   * Character} calls for each char.
   */
  private static byte reference(int c) {
    if (c >= 0xD800 && c <= 0xDBFF) {
      return CharClass.HIGH_SURROGATE;
    }
    if (c >= 0xDC00 && c <= 0xDFFF) {
      return CharClass.LOW_SURROGATE;
    }
    if (c == 0xFEFF || c == 0x200B || c == 0x2060 || c == 0x180E) {
      return CharClass.SPACE;
    }
    int type = Character.getType(c);
    if (Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || c == 0x85) {
      return CharClass.SPACE;
    }
    if (c == 0x00AD || c == 0x200C) {
      return CharClass.LETTER;
    }
    if (Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return CharClass.LETTER;
    }
    if (Character.isDigit(c) || type == Character.OTHER_NUMBER) {
      return CharClass.DIGIT;
    }
    if ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF)) {
      return type == Character.OTHER_SYMBOL ? CharClass.EMOJI : CharClass.OTHER;
    }
    return CharClass.OTHER;
  }

  @Test
  void everyCharHasTheClassOfTheFiveCharacterCalls() {
    int[] counts = new int[16];
    for (int i = 0; i < 65536; i++) {
      int c = i;
      byte expected = reference(c);
      assertEquals(expected, CharClass.Classifier.classify(c), () -> "U+" + Integer.toHexString(c));
      assertEquals(expected, CharClass.of((char) c), () -> "table at U+" + Integer.toHexString(c));
      counts[expected]++;
    }
    // every class occurs, so the comparison covers each branch
    for (byte k :
        new byte[] {
          CharClass.OTHER,
          CharClass.SPACE,
          CharClass.LETTER,
          CharClass.DIGIT,
          CharClass.HIGH_SURROGATE,
          CharClass.LOW_SURROGATE,
          CharClass.EMOJI
        }) {
      org.junit.jupiter.api.Assertions.assertTrue(counts[k] > 0, "class " + k);
    }
  }

  @Test
  void examples() {
    assertEquals(CharClass.SPACE, CharClass.of('\u00A0')); // no-break space separates tokens
    assertEquals(CharClass.SPACE, CharClass.of('\u0085'));
    assertEquals(CharClass.LETTER, CharClass.of('ß'));
    assertEquals(CharClass.LETTER, CharClass.of('\u0301')); // combining acute
    assertEquals(CharClass.LETTER, CharClass.of('\u00AD')); // soft hyphen
    assertEquals(CharClass.DIGIT, CharClass.of('²'));
    assertEquals(CharClass.EMOJI, CharClass.of('\u2600'));
    assertEquals(CharClass.OTHER, CharClass.of('-'));
  }
}
