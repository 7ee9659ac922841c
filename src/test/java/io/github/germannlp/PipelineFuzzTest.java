package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.tokenize.TokenScheme;
import io.github.germannlp.topic.Topic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text through every layer and every entry point: {@code analyze}, {@code
 * analyzePretokenized} and {@code analyzeTokens} of the standard pipeline, and a UD-scheme pipeline
 * with parts of speech and lemmas. For each input: no exception; tokens, sentences and offsets
 * valid ({@link TokenizationPropertiesTest#checkInvariants}); every mention on token boundaries,
 * equal to its text and inside one sentence; the same result twice and on 8 threads.
 *
 * <p>The quick run here takes a few thousand inputs with a fixed seed. The long run: {@code java
 * -cp target/test-classes:target/classes:$(cat target/cp.txt) io.github.germannlp.PipelineFuzzTest
 * 1000000} (a random seed, printed; a seed as second argument repeats a run) prints its progress
 * and ends with the number of failures.
 */
class PipelineFuzzTest {
  private static final GermanNlp ALL = GermanNlp.standard();
  private static final GermanNlp UD =
      GermanNlp.builder()
          .scheme(TokenScheme.UD)
          .layers(EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMA))
          .build();

  /** Characters that took the pipeline apart before: separators, controls, bidi, zero width. */
  private static final String HOSTILE =
      "\u001C\u001D\u001E\u001F\u0000\u0008\u000B\u000C"
          + "\u0080\u0085\u009F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C"
          + "\u200D\u2060\uFEFF\u00AD\u2028\u2029\uD800\uDFFF";

  private static final String[] NAMES = {
    "Wladimir Putin",
    "Putins",
    "Xi Jinping",
    "Peking",
    "UN-Sicherheitsrat",
    "Auswärtigen Amts",
    "dpa",
    "Berlin (dpa) –",
    "Habermas'",
    "BERLIN",
    "Dr. Müller",
    "Bürger*innen",
    "Maple Bank GmbH",
    "Deutsche Bank",
    "Kiel –"
  };

  /** One input of one of five families, drawn at random. */
  static String input(Random r) {
    return input(r, r.nextInt(5));
  }

  /** One input of the family {@code 0..4}. */
  static String input(Random r, int family) {
    switch (family) {
      case 0:
        return TokenizationPropertiesTest.randomChars(r, 200);
      case 1:
        return TokenizationPropertiesTest.randomFragments(r, 40);
      case 2:
        { // names and news furniture mixed with hostile characters
          StringBuilder sb = new StringBuilder();
          for (int k = r.nextInt(20); k >= 0; k--) {
            sb.append(
                r.nextBoolean()
                    ? NAMES[r.nextInt(NAMES.length)]
                    : TokenizationPropertiesTest.randomFragments(r, 3));
            int c = r.nextInt(4);
            sb.append(
                c == 0
                    ? String.valueOf(HOSTILE.charAt(r.nextInt(HOSTILE.length())))
                    : c == 1 ? "\n" : " ");
          }
          return sb.toString();
        }
      case 3:
        { // one unit repeated
          String unit =
              r.nextBoolean()
                  ? NAMES[r.nextInt(NAMES.length)] + " "
                  : TokenizationPropertiesTest.randomFragments(r, 2);
          return unit.repeat(1 + r.nextInt(300));
        }
      default:
        { // hostile characters alone
          StringBuilder sb = new StringBuilder();
          for (int k = r.nextInt(30); k >= 0; k--) {
            sb.append(
                r.nextInt(3) == 0
                    ? "Text"
                    : String.valueOf(HOSTILE.charAt(r.nextInt(HOSTILE.length()))));
          }
          return sb.toString();
        }
    }
  }

  /** The caller's sentences for analyzeTokens: lines, split at white space. */
  static List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      List<String> tokens = new ArrayList<>();
      for (String t : line.split("[\\s\\u001C-\\u001F]+")) {
        if (!t.isEmpty()) {
          tokens.add(t);
        }
      }
      out.add(tokens);
    }
    return out;
  }

  /** Mentions on token boundaries, equal to their text, inside one sentence. */
  static void checkMentions(String what, Document doc) {
    String text = doc.text();
    int prevEnd = 0;
    for (EntityMention m : doc.mentions()) {
      String where = what + " " + TokenizationPropertiesTest.show(text) + ": " + m;
      assertTrue(
          m.firstToken() >= 0 && m.endToken() <= doc.tokenCount() && m.firstToken() < m.endToken(),
          where);
      assertEquals(doc.token(m.firstToken()).start(), m.start(), where);
      assertEquals(doc.token(m.endToken() - 1).end(), m.end(), where);
      assertEquals(text.substring(m.start(), m.end()), m.text(), where);
      assertEquals(
          doc.token(m.firstToken()).sentence().index(),
          doc.token(m.endToken() - 1).sentence().index(),
          "crosses a sentence end: " + where);
      assertTrue(m.start() >= prevEnd, "mentions overlap: " + where);
      assertTrue(m.confidence() >= 0 && m.confidence() <= 1, where);
      assertTrue(m.canonical() != null && !m.canonical().isEmpty(), where);
      prevEnd = m.end();
    }
    for (Topic t : doc.topics()) {
      assertTrue(Double.isFinite(t.score()) && t.score() >= 0 && t.score() <= 1, what);
    }
  }

  /** Everything a document says, to compare two runs. */
  static String signature(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Token t : doc.tokens()) {
      sb.append(t.start())
          .append('-')
          .append(t.end())
          .append(t.upos())
          .append(t.lemma())
          .append(t.sentence().index())
          .append(' ');
    }
    sb.append(doc.mentions()).append(doc.entities());
    for (Topic t : doc.topics()) {
      sb.append(t.label()).append(t.score());
    }
    return sb.toString();
  }

  /** All checks on one input; returns its signature. */
  static String check(String text) {
    Document doc = ALL.analyze(text);
    TokenizationPropertiesTest.checkInvariants(text, doc);
    checkMentions("analyze", doc);
    String signature = signature(doc);
    assertEquals(
        signature,
        signature(ALL.analyze(text)),
        "not deterministic: " + TokenizationPropertiesTest.show(text));
    checkMentions("analyzePretokenized", ALL.analyzePretokenized(text));
    checkMentions("analyzeTokens", ALL.analyzeTokens(sentences(text)));
    TokenizationPropertiesTest.checkInvariants(text, UD.analyze(text));
    return signature;
  }

  @Test
  void quickRun() {
    Random r = new Random(20261205);
    for (int k = 0; k < 2000; k++) {
      check(input(r));
    }
  }

  @Test
  void eightThreadsGiveTheSameResults() throws Exception {
    Random r = new Random(17);
    List<String> inputs = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      inputs.add(input(r));
    }
    List<String> expected = new ArrayList<>();
    for (String text : inputs) {
      expected.add(signature(ALL.analyze(text)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String text : inputs) {
          futures.add(pool.submit(() -> signature(ALL.analyze(text))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(
            expected.get(i % inputs.size()),
            futures.get(i).get(),
            TokenizationPropertiesTest.show(inputs.get(i % inputs.size())));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An input of about {@code chars} characters of one family, inputs joined by blank lines. */
  static String ofFamily(int family, int chars, Random r) {
    StringBuilder sb = new StringBuilder(chars + 1000);
    while (sb.length() < chars) {
      sb.append(input(r, family)).append("\n\n");
    }
    return sb.toString();
  }

  /** Milliseconds of the best of three analyses of {@code text} with every layer. */
  static double millis(String text) {
    double best = Double.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      long t0 = System.nanoTime();
      ALL.analyze(text);
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
  }

  /**
   * Four times the input takes at most about four times as long (a quadratic step would take
   * sixteen): a generous guard, with a floor for times too short to measure.
   */
  static void checkScaling(int chars, Random r, java.io.PrintStream log) {
    for (int family = 0; family < 5; family++) {
      String text = ofFamily(family, chars, r);
      String four = text.repeat(4);
      millis(text); // warm
      double one = millis(text);
      double quadruple = millis(four);
      if (log != null) {
        log.printf(
            "scaling, family %d: %,d chars %.0f ms, four times that %.0f ms (%.1fx)%n",
            family, text.length(), one, quadruple, quadruple / one);
      }
      assertTrue(
          quadruple <= Math.max(10 * one, 250),
          String.format(
              "family %d: %d chars in %.1f ms, four times that in %.1f ms",
              family, text.length(), one, quadruple));
    }
  }

  @Test
  void fourTimesTheInputTakesAboutFourTimesAsLong() {
    checkScaling(20_000, new Random(5), null);
  }

  /**
   * The long run: {@code N [SEED]}. Prints the seed, progress every 10,000 inputs, each failure
   * (input and error) and the number of failures; exits 1 if there was one.
   */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : new Random().nextLong();
    System.out.println("pipeline fuzz: " + n + " inputs, seed " + seed);
    Random r = new Random(seed);
    long failures = 0;
    long t0 = System.nanoTime();
    for (long k = 1; k <= n; k++) {
      String text = input(r);
      try {
        check(text);
      } catch (Throwable e) {
        failures++;
        System.out.println("FAILED " + TokenizationPropertiesTest.show(text) + ": " + e);
      }
      if (k % 10_000 == 0) {
        System.out.printf(
            "%,d inputs, %,d failures, %.0f s%n", k, failures, (System.nanoTime() - t0) / 1e9);
      }
    }
    try {
      checkScaling(200_000, r, System.out);
    } catch (Throwable e) {
      failures++;
      System.out.println("FAILED scaling: " + e.getMessage());
    }
    System.out.printf("done: %,d inputs, %,d failures, seed %d%n", n, failures, seed);
    System.exit(failures == 0 ? 0 : 1);
  }
}
