package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example article (also the README's example): a scraped news page with a date line, kicker and
 * headline without final punctuation, byline, photo caption with credit, page furniture, quotes in
 * two styles, hyphenated compounds, genitive names, an abbreviation and an ordinal date.
 */
class ExampleArticleTest {
  private static String text;
  private static Document news;
  private static Document ud;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ExampleArticleTest.class.getResourceAsStream("/example-article.txt")) {
      assertNotNull(in, "example-article.txt on the test classpath");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    news = GermanNlp.builder().scheme(TokenScheme.NEWS).build().analyze(text);
    ud = GermanNlp.builder().scheme(TokenScheme.UD).build().analyze(text);
  }

  private static final String KICKER = "Gegen \"Erpressung auf See\"";
  private static final String HEADLINE = "Berlin und Paris wollen Getreidefrachter besser schützen";

  /** Every intended sentence, in order; the kicker+headline line is handled separately. */
  private static final List<String> SENTENCES =
      List.of(
          "date 2025-11-04",
          "Hier sehen Sie die Pressekonferenz im Livestream",
          KICKER + " " + HEADLINE,
          "Von dpa 04.11.2025 - 19:49 Uhr Lesedauer: 2 Min.",
          "Außenministerin Miriam Lorenz (l.) empfängt ihren französischen Amtskollegen Julien Moreau"
              + " in Berlin: Beide drängen auf eine gemeinsame Resolution.",
          "(Quelle: Jana Berg/agentur-bilder)",
          "Vorlesen 0:00 0:00 News folgen Artikel teilen",
          "Deutschland und Frankreich wollen Getreidetransporte aus der Ukraine stärker absichern.",
          "Das kündigten beide Regierungen am 4. November in Berlin an.",
          "Nach Angaben des Auswärtigen Amts sollen z. B. Versicherungen für Frachter im Schwarzen"
              + " Meer künftig staatlich garantiert werden.",
          "\"Wer Häfen angreift, greift die Ernährung von Millionen Menschen an\", sagte Lorenz.",
          "Moreau nannte den Vorschlag „überfällig“.",
          "Beide wollen einen Entwurf in den UN-Sicherheitsrat einbringen.",
          "Newsblog zum Ukraine-Krieg: Alle Entwicklungen im Überblick",
          "Kritik aus Washington",
          "Ob US-Präsident Donald Trump die Initiative unterstützt, ist offen.",
          "Aus seinem Umfeld hieß es, der Plan sei „gut gemeint, aber teuer“.",
          "Lorenz' Ministerium wies das zurück.",
          "Frankreichs Regierung will Moreaus Vorschlag dennoch rasch umsetzen.");

  private static List<String> sentenceTexts(Document doc) {
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.add(s.text());
    }
    return out;
  }

  /**
   * The sentences must be exactly the intended ones; the kicker+headline line may come out whole or
   * split exactly between kicker and headline (nothing in the text marks that boundary).
   */
  private static void assertSentences(Document doc) {
    List<String> actual = sentenceTexts(doc);
    List<String> normalized = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      if (actual.get(i).equals(KICKER)
          && i + 1 < actual.size()
          && actual.get(i + 1).equals(HEADLINE)) {
        normalized.add(KICKER + " " + HEADLINE);
        i++;
      } else {
        normalized.add(actual.get(i));
      }
    }
    assertEquals(String.join("\n", SENTENCES), String.join("\n", normalized));
  }

  @Test
  void sentencesComeOutWholeNews() {
    assertSentences(news);
  }

  @Test
  void sentencesComeOutWholeUd() {
    assertSentences(ud);
  }

  @Test
  void noSentenceCrossesALine() {
    for (Document doc : List.of(news, ud)) {
      for (Sentence s : doc.sentences()) {
        assertTrue(s.text().indexOf('\n') < 0, "sentence spans lines: " + s.text());
      }
    }
  }

  /** Tokens of the line that contains {@code lineStartText} (which must begin a line). */
  private static List<String> lineTokens(Document doc, String lineStartText) {
    int start = text.startsWith(lineStartText) ? 0 : text.indexOf("\n" + lineStartText) + 1;
    if (start <= 0 && !text.startsWith(lineStartText)) {
      fail("no line starts with " + lineStartText);
    }
    int end = text.indexOf('\n', start);
    if (end < 0) {
      end = text.length();
    }
    List<String> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.start() >= start && t.end() <= end) {
        out.add(t.text());
      } else if (t.start() < end && t.end() > end) {
        fail("token crosses the end of the line: " + t);
      }
    }
    return out;
  }

  /** Tokens of the sentence whose text starts with {@code prefix}. */
  private static List<String> sentenceTokens(Document doc, String prefix) {
    for (Sentence s : doc.sentences()) {
      if (s.text().startsWith(prefix)) {
        return s.tokens().stream().map(Token::text).toList();
      }
    }
    // fall back to the tokens from the prefix to the sentence-final mark, for a clear diff
    int from = text.indexOf(prefix);
    assertTrue(from >= 0, prefix);
    List<String> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.start() >= from) {
        out.add(t.text());
        if (t.text().equals(".")) {
          break;
        }
      }
    }
    return out;
  }

  private static List<String> tok(String spaced) {
    return Arrays.asList(spaced.split(" "));
  }

  @Test
  void dateLine() {
    assertEquals(
        tok("date 2025-11-04 Hier sehen Sie die Pressekonferenz im Livestream"),
        lineTokens(news, "date"));
    assertEquals(
        tok("date 2025-11-04 Hier sehen Sie die Pressekonferenz im Livestream"),
        lineTokens(ud, "date"));
  }

  @Test
  void headline() {
    String expected =
        "Gegen \" Erpressung auf See \" Berlin und Paris wollen Getreidefrachter"
            + " besser schützen";
    assertEquals(tok(expected), lineTokens(news, "Gegen"));
    assertEquals(tok(expected), lineTokens(ud, "Gegen"));
  }

  @Test
  void byline() {
    String expected = "Von dpa 04.11.2025 - 19:49 Uhr Lesedauer : 2 Min.";
    assertEquals(tok(expected), lineTokens(news, "Von dpa"));
    assertEquals(tok(expected), lineTokens(ud, "Von dpa"));
  }

  @Test
  void caption() {
    String expected =
        "Außenministerin Miriam Lorenz ( l. ) empfängt ihren französischen"
            + " Amtskollegen Julien Moreau in Berlin : Beide drängen auf eine gemeinsame Resolution ."
            + " ( Quelle : Jana Berg / agentur-bilder )";
    assertEquals(tok(expected), lineTokens(news, "Außenministerin"));
    assertEquals(
        tok(expected.replace("agentur-bilder", "agentur - bilder")),
        lineTokens(ud, "Außenministerin"));
  }

  @Test
  void furniture() {
    assertEquals(
        tok("Vorlesen 0:00 0:00 News folgen Artikel teilen"), lineTokens(news, "Vorlesen"));
  }

  @Test
  void ordinalDateAndAbbreviation() {
    assertEquals(
        tok("Das kündigten beide Regierungen am 4. November in Berlin an ."),
        sentenceTokens(news, "Das kündigten"));
    assertEquals(
        tok(
            "Nach Angaben des Auswärtigen Amts sollen z. B. Versicherungen für Frachter"
                + " im Schwarzen Meer künftig staatlich garantiert werden ."),
        sentenceTokens(news, "Nach Angaben"));
  }

  @Test
  void quotes() {
    assertEquals(
        tok(
            "\" Wer Häfen angreift , greift die Ernährung von Millionen Menschen an \""
                + " , sagte Lorenz ."),
        sentenceTokens(news, "\"Wer"));
    assertEquals(
        tok("Moreau nannte den Vorschlag „ überfällig “ ."), sentenceTokens(news, "Moreau nannte"));
    assertEquals(
        tok("Aus seinem Umfeld hieß es , der Plan sei „ gut gemeint , aber teuer “ ."),
        sentenceTokens(news, "Aus seinem"));
  }

  @Test
  void hyphenatedCompoundsFollowTheScheme() {
    assertEquals(
        tok("Beide wollen einen Entwurf in den UN-Sicherheitsrat einbringen ."),
        sentenceTokens(news, "Beide wollen"));
    assertEquals(
        tok("Beide wollen einen Entwurf in den UN - Sicherheitsrat einbringen ."),
        sentenceTokens(ud, "Beide wollen"));
    assertEquals(
        tok("Newsblog zum Ukraine-Krieg : Alle Entwicklungen im Überblick"),
        lineTokens(news, "Newsblog"));
    assertEquals(
        tok("Newsblog zum Ukraine - Krieg : Alle Entwicklungen im Überblick"),
        lineTokens(ud, "Newsblog"));
    assertEquals(
        tok("Ob US-Präsident Donald Trump die Initiative unterstützt , ist offen ."),
        sentenceTokens(news, "Ob US"));
    assertEquals(
        tok("Ob US - Präsident Donald Trump die Initiative unterstützt , ist offen ."),
        sentenceTokens(ud, "Ob US"));
  }

  @Test
  void genitiveNames() {
    assertEquals(tok("Lorenz' Ministerium wies das zurück ."), sentenceTokens(news, "Lorenz'"));
    assertEquals(tok("Lorenz' Ministerium wies das zurück ."), sentenceTokens(ud, "Lorenz'"));
    assertEquals(
        tok("Frankreichs Regierung will Moreaus Vorschlag dennoch rasch umsetzen ."),
        sentenceTokens(news, "Frankreichs"));
  }

  @Test
  void offsetsAreExact() {
    for (Document doc : List.of(news, ud)) {
      assertEquals(text, doc.text());
      int prevEnd = 0;
      for (Token t : doc.tokens()) {
        assertEquals(text.substring(t.start(), t.end()), t.text());
        assertTrue(t.start() >= prevEnd);
        assertTrue(
            text.substring(prevEnd, t.start()).isBlank(),
            "only white space between tokens before " + t);
        prevEnd = t.end();
      }
      assertTrue(text.substring(prevEnd).isBlank());
    }
  }
}
