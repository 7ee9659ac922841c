package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.germannlp.tokenize.TokenScheme;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants that hold for any input, checked on random strings (fixed seeds, so failures
 * reproduce), and bad inputs that must finish in linear time.
 */
class TokenizationPropertiesTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final int MB = 1 << 20;

  /** Segmentation only: these are the tokenizer's and splitter's invariants. */
  private static GermanNlp nlp(TokenScheme scheme) {
    return GermanNlp.builder().scheme(scheme).layers(java.util.Set.of(Layer.TOKENS)).build();
  }

  // ------------------------------------------------------------------ generators

  /** Weighted alphabet: {weight, characters}; one character (or pair) is drawn per step. */
  private static final Object[][] ALPHABET = {
    {30, "abcdefghijklmnopqrstuvwxyzäöüß"},
    {10, "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"},
    {8, "0123456789"},
    {12, ".,;:!?-–—()[]{}§%&+=/\\|~^<>°"},
    {6, "„“‚‘»«\"'`’”"},
    {8, ".-:/'*_@#"},
    {14, "     "},
    {4, "\n\n\n\r\t"},
    {2, "\u00A0\u2003\u2028\u200B\u00AD\u200D\uFE0F"},
    {1, "\u0000\u0001\u0007\u001B\u007F\u0085\u009F"},
    {2, "ابتثجحשלוםאבג"},
    {1, "\uFFFD"},
    {1, "\uD83D\uDC4D"}, // 👍 as one unit (see pick)
    {1, "\uD83C\uDFFD"}, // skin tone
    {1, "\uD83C\uDDE9\uD83C\uDDEA"}, // 🇩🇪
    {1, "\u2764"},
    {1, "\uD83D"}, // unpaired high surrogate
    {1, "\uDC4D"}, // unpaired low surrogate
    {1, "\uD835\uDC00"}, // 𝐀 mathematical bold capital A: a supplementary letter
  };

  private static final String[] FRAGMENTS = {
    "z.",
    "B.",
    "z.B.",
    "Dr.",
    "Nr.",
    "bzw.",
    "usw.",
    "Art.",
    "Min.",
    "4.",
    "19.",
    "1.",
    "04.11.2025",
    "2025-11-04",
    "19:49",
    "1.000.000",
    "2,5",
    "−3,5",
    "%",
    "Ein-",
    "und",
    "UN-Sicherheitsrats",
    "Bürger*innen",
    "Lehrer:innen",
    "Bürger/-innen",
    "geht's",
    "Grass'",
    "„",
    "“",
    "‚",
    "‘",
    "»",
    "«",
    "\"",
    "'",
    "``",
    "''",
    "...",
    "…",
    "https://www.example.de/a?b=c.",
    "info@example.de",
    "#tag",
    "@name",
    "👍🏽",
    "👨‍👩‍👧",
    "🇩🇪",
    ":-)",
    "(l.)",
    "(",
    ")",
    "Das",
    "Die",
    "Er",
    "Putin",
    "sagte",
    "fragte",
    ".",
    "!",
    "?",
    "?!",
    ",",
    ":",
    "-",
    "–",
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\uD83D",
    "\uFFFD",
    "\u0000",
    "ש",
    "xyz"
  };

  static String randomChars(Random r, int maxLen) {
    int total = 0;
    for (Object[] e : ALPHABET) {
      total += (Integer) e[0];
    }
    int len = r.nextInt(maxLen + 1);
    StringBuilder sb = new StringBuilder(len * 2);
    for (int k = 0; k < len; k++) {
      int x = r.nextInt(total);
      for (Object[] e : ALPHABET) {
        x -= (Integer) e[0];
        if (x < 0) {
          String chars = (String) e[1];
          if (Character.isSurrogate(chars.charAt(0)) && chars.length() > 1) {
            sb.append(chars); // a pair (or two) kept whole
          } else {
            sb.append(chars.charAt(r.nextInt(chars.length())));
          }
          break;
        }
      }
    }
    return sb.toString();
  }

  static String randomFragments(Random r, int maxParts) {
    int parts = r.nextInt(maxParts + 1);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < parts; k++) {
      sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
      if (r.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ invariants

  static void checkInvariants(String text, Document doc) {
    try {
      assertEquals(text, doc.text());
      int prevEnd = 0;
      for (int i = 0; i < doc.tokenCount(); i++) {
        Token t = doc.token(i);
        int s = t.start();
        int e = t.end();
        assertTrue(s >= prevEnd, "tokens in order and non-overlapping at " + i);
        assertTrue(e > s, "non-empty token at " + i);
        assertTrue(e <= text.length(), "token inside the text");
        assertEquals(text.substring(s, e), t.text());
        for (int j = s; j < e; ) {
          int cp = text.codePointAt(j);
          if (Character.isWhitespace(cp)
              || Character.isSpaceChar(cp)
              || Character.getType(cp) == Character.CONTROL) {
            fail(String.format("token %d %s contains U+%04X", i, show(t.text()), cp));
          }
          j += Character.charCount(cp);
        }
        assertTrue(!splitsPair(text, s), "token " + i + " starts inside a surrogate pair");
        assertTrue(!splitsPair(text, e), "token " + i + " ends inside a surrogate pair");
        for (int j = prevEnd; j < s; j++) {
          int cp = text.charAt(j);
          // the gap between tokens holds only separators (white space, control, format chars)
          assertTrue(
              Character.isWhitespace(cp)
                  || Character.isSpaceChar(cp)
                  || Character.getType(cp) == Character.CONTROL
                  || Character.getType(cp) == Character.FORMAT,
              String.format("character U+%04X at %d is in no token", cp, j));
        }
        prevEnd = e;
      }
      int next = 0;
      for (Sentence sentence : doc.sentences()) {
        assertTrue(sentence.tokenCount() > 0, "non-empty sentence");
        assertEquals(next, sentence.firstToken(), "sentences cover the tokens in order");
        next = sentence.endToken();
      }
      assertEquals(doc.tokenCount(), next, "sentences cover all tokens");
      assertEquals(doc.tokenCount() == 0, doc.sentenceCount() == 0);
    } catch (AssertionError e) {
      throw new AssertionError("input " + show(text) + ": " + e.getMessage(), e);
    }
  }

  private static boolean splitsPair(String text, int offset) {
    return offset > 0
        && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  /** Java-escaped rendering of a string, for failure messages. */
  static String show(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length() && i < 300; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        sb.append(c);
      } else if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.append(s.length() > 300 ? "…\"" : "\"").toString();
  }

  // ------------------------------------------------------------------ random tests

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of(TokenScheme.NEWS, 1L), Arguments.of(TokenScheme.NEWS, 2L),
        Arguments.of(TokenScheme.UD, 3L), Arguments.of(TokenScheme.UD, 4L));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("seeds")
  void randomCharacterStrings(TokenScheme scheme, long seed) {
    GermanNlp nlp = nlp(scheme);
    Random r = new Random(seed);
    for (int k = 0; k < 2500; k++) {
      String text = randomChars(r, 120);
      checkInvariants(text, nlp.analyze(text));
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("seeds")
  void randomFragmentStrings(TokenScheme scheme, long seed) {
    GermanNlp nlp = nlp(scheme);
    Random r = new Random(seed * 7919);
    for (int k = 0; k < 2500; k++) {
      String text = randomFragments(r, 30);
      checkInvariants(text, nlp.analyze(text));
    }
  }

  @ParameterizedTest
  @EnumSource(TokenScheme.class)
  void tokenizationIsDeterministicAndLocalToParagraphs(TokenScheme scheme) {
    // a paragraph tokenizes the same alone and after another paragraph
    GermanNlp nlp = nlp(scheme);
    Random r = new Random(99);
    for (int k = 0; k < 1000; k++) {
      String a = randomFragments(r, 12).strip();
      String b = randomFragments(r, 12).strip();
      if (a.isEmpty() || b.isEmpty() || a.indexOf('\n') >= 0 || b.indexOf('\n') >= 0) {
        continue;
      }
      String joined = a + "\n\n" + b;
      Document alone = nlp.analyze(b);
      Document both = nlp.analyze(joined);
      int offset = a.length() + 2;
      StringBuilder expected = new StringBuilder();
      for (Token t : alone.tokens()) {
        expected.append(t.start() + offset).append('-').append(t.end() + offset).append(' ');
      }
      StringBuilder actual = new StringBuilder();
      for (Token t : both.tokens()) {
        if (t.start() >= offset) {
          actual.append(t.start()).append('-').append(t.end()).append(' ');
        }
      }
      assertEquals(
          expected.toString(), actual.toString(), "paragraph " + show(b) + " after " + show(a));
    }
  }

  // ------------------------------------------------------------------ bad input, in linear time

  private static void assertFast(String name, String text, TokenScheme scheme) {
    GermanNlp nlp = nlp(scheme);
    Document doc =
        assertTimeoutPreemptively(
            LIMIT, () -> nlp.analyze(text), name + " (" + scheme + ") took longer than " + LIMIT);
    checkInvariants(text, doc);
  }

  @ParameterizedTest
  @EnumSource(TokenScheme.class)
  void millionLetterTokenIsOneToken(TokenScheme scheme) {
    String text = "abcdefghij".repeat(100_000);
    Document doc = assertTimeoutPreemptively(LIMIT, () -> nlp(scheme).analyze(text));
    assertEquals(1, doc.tokenCount());
    assertEquals(1, doc.sentenceCount());
    assertEquals(text.length(), doc.token(0).end());
  }

  @ParameterizedTest
  @EnumSource(TokenScheme.class)
  void millionCharNumberWithDotsIsOneToken(TokenScheme scheme) {
    String text = "1" + ".000".repeat(250_000);
    Document doc = assertTimeoutPreemptively(LIMIT, () -> nlp(scheme).analyze(text));
    assertEquals(
        1,
        doc.tokenCount(),
        () -> "first tokens: " + doc.tokens().subList(0, Math.min(5, doc.tokenCount())));
    assertEquals(text.length(), doc.token(0).end());
  }

  @ParameterizedTest
  @EnumSource(TokenScheme.class)
  void randomBinaryDecodedAsUtf8(TokenScheme scheme) throws Exception {
    byte[] bytes = new byte[2 * MB];
    new Random(42).nextBytes(bytes);
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    assertFast("2 MB random bytes", text, scheme);
  }

  static Stream<Arguments> repeated() {
    return Stream.of(
            "a.",
            "-",
            "'",
            ".",
            "....",
            ". ",
            "\n",
            " \n",
            "a-",
            "1.",
            "1. ",
            "#",
            "#1",
            "@",
            "a@",
            "a@b-",
            "(",
            ")",
            ") ",
            "\"",
            "„“",
            "‚",
            "’",
            "`",
            "z. B. ",
            "usw. ",
            "Dr.",
            "4. ",
            "\uD83D",
            "\uDC4D",
            "👍🏽",
            "\u200D",
            "\uD83C\uDDE9",
            "👨‍",
            "a\u00AD",
            ":",
            ":-",
            ":-)",
            "?!",
            "…",
            "http://",
            "www.a",
            "https://a.de/",
            "Bürger*",
            "a'",
            "'s ",
            "\r\n",
            "\u0000",
            "Die ",
            "Haus ",
            "A\n",
            "x\n\n",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n")
        .flatMap(
            unit ->
                Stream.of(
                    Arguments.of(unit, TokenScheme.NEWS), Arguments.of(unit, TokenScheme.UD)));
  }

  @ParameterizedTest(name = "1 MB of {0} ({1})")
  @MethodSource("repeated")
  void megabyteOfRepeatedUnit(String unit, TokenScheme scheme) {
    String text = unit.repeat(Math.max(1, MB / unit.length()));
    assertFast("1 MB of " + show(unit), text, scheme);
  }

  @Test
  void longWordSeparatedSingleLinesAndHardWrappedLines() {
    // many short lines (the layout detection and line checks must stay linear)
    StringBuilder sb = new StringBuilder();
    while (sb.length() < MB) {
      sb.append("Die Verhandlungen in Brüssel zogen sich bis spät in die Nacht, weil die\n");
      sb.append("Delegationen aus Paris und Berlin auf weiteren Änderungen bestanden.\n");
    }
    assertFast("hard-wrapped MB", sb.toString(), TokenScheme.NEWS);
  }
}
