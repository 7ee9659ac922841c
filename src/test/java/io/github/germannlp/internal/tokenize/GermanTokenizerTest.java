package io.github.germannlp.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven token cases for both schemes. Each case is an input and the expected tokens, written
 * separated by single spaces (tokens never contain a space). A case with one expectation applies to
 * both schemes; a case with two gives NEWS, then UD.
 */
class GermanTokenizerTest {
  private static final GermanTokenizer NEWS =
      new GermanTokenizer(TokenScheme.NEWS, Abbreviations.german());
  private static final GermanTokenizer UD =
      new GermanTokenizer(TokenScheme.UD, Abbreviations.german());

  static List<String> tokens(GermanTokenizer tokenizer, String text) {
    TokenBuffer b = tokenizer.tokenize(text);
    List<String> out = new ArrayList<>(b.size());
    for (int i = 0; i < b.size(); i++) {
      out.add(text.substring(b.start(i), b.end(i)));
    }
    return out;
  }

  private static List<String> split(String expected) {
    return Arrays.asList(expected.split(" "));
  }

  /** Cases where both schemes agree. */
  static Stream<Arguments> both() {
    return Stream.of(
        // abbreviations
        Arguments.of("Das gilt z. B. für Äpfel.", "Das gilt z. B. für Äpfel ."),
        Arguments.of("Das gilt z.B. für Äpfel.", "Das gilt z.B. für Äpfel ."),
        Arguments.of("Das gilt u.a. für Birnen.", "Das gilt u.a. für Birnen ."),
        Arguments.of("Dr. Müller kommt heute.", "Dr. Müller kommt heute ."),
        Arguments.of("Prof. Dr. Anna Schmidt lehrt.", "Prof. Dr. Anna Schmidt lehrt ."),
        Arguments.of("Das Haus Nr. 5 brennt.", "Das Haus Nr. 5 brennt ."),
        Arguments.of("Äpfel bzw. Birnen", "Äpfel bzw. Birnen"),
        Arguments.of("Es kamen ca. 300 Menschen.", "Es kamen ca. 300 Menschen ."),
        Arguments.of("Das steht dort (vgl. Kapitel 3).", "Das steht dort ( vgl. Kapitel 3 ) ."),
        Arguments.of(
            "Es kostet 2,5 Mio. Euro und 3 Mrd. Dollar.",
            "Es kostet 2,5 Mio. Euro und 3 Mrd. Dollar ."),
        Arguments.of("Lesedauer: 2 Min.", "Lesedauer : 2 Min."),
        Arguments.of("Lesedauer: 2 Min. Dann weiter.", "Lesedauer : 2 Min. Dann weiter ."),
        Arguments.of("nach § 3 Abs. 2 des Gesetzes", "nach § 3 Abs. 2 des Gesetzes"),
        Arguments.of("Art. 5 GG schützt die Presse.", "Art. 5 GG schützt die Presse ."),
        Arguments.of(
            "Das ist eine neue Art. Sie wächst schnell.",
            "Das ist eine neue Art . Sie wächst schnell ."),
        Arguments.of("Der FC St. Pauli spielt.", "Der FC St. Pauli spielt ."),
        Arguments.of(
            "Er kaufte Äpfel, Birnen usw. und ging.", "Er kaufte Äpfel , Birnen usw. und ging ."),
        Arguments.of(
            "Er kaufte Äpfel, Birnen usw. Dann ging er.",
            "Er kaufte Äpfel , Birnen usw. Dann ging er ."),
        Arguments.of(
            "Präsident Wladimir Putin (l.) traf Xi.", "Präsident Wladimir Putin ( l. ) traf Xi ."),
        Arguments.of("George W. Bush kam.", "George W. Bush kam ."),
        Arguments.of("Kaiser Wilhelm II. regierte lange.", "Kaiser Wilhelm II. regierte lange ."),
        Arguments.of("Papst Pius XII. starb.", "Papst Pius XII. starb ."),
        // legal forms in capitals end sentences: the table's Ag. and Sa. (Samstag) are other
        // words, and LLC is no Roman numeral
        Arguments.of(
            "Sie kaufte Anteile der Siemens AG. Die Aktie stieg.",
            "Sie kaufte Anteile der Siemens AG . Die Aktie stieg ."),
        Arguments.of(
            "Er verkaufte an die Renault SA. Das war teuer.",
            "Er verkaufte an die Renault SA . Das war teuer ."),
        Arguments.of(
            "Das gehört der Alphabet LLC. Die Firma wächst.",
            "Das gehört der Alphabet LLC . Die Firma wächst ."),
        Arguments.of("Geöffnet Sa. ab 10 Uhr.", "Geöffnet Sa. ab 10 Uhr ."),
        Arguments.of("Das Ende kam.", "Das Ende kam ."),
        // a single capital before a sentence start or the end of the text is no initial
        Arguments.of("Er nimmt Vitamin C.", "Er nimmt Vitamin C ."),
        Arguments.of("Er nimmt Vitamin C. Das hilft.", "Er nimmt Vitamin C . Das hilft ."),
        // ordinals
        Arguments.of("Er kam am 4. November an.", "Er kam am 4. November an ."),
        Arguments.of("Das war im 19. Jahrhundert so.", "Das war im 19. Jahrhundert so ."),
        Arguments.of("Der 1. FC Köln gewinnt.", "Der 1. FC Köln gewinnt ."),
        Arguments.of("Die Zahl war 365. Der Rest fehlte.", "Die Zahl war 365 . Der Rest fehlte ."),
        Arguments.of("Das war 2025. Danach kam mehr.", "Das war 2025 . Danach kam mehr ."),
        Arguments.of("Sie wurde 3.", "Sie wurde 3 ."),
        // dates, times, numbers
        Arguments.of("Am 04.11.2025 um 19:49 Uhr.", "Am 04.11.2025 um 19:49 Uhr ."),
        Arguments.of("Stand: 2025-11-04 in Berlin", "Stand : 2025-11-04 in Berlin"),
        Arguments.of("date 2025-11-04", "date 2025-11-04"),
        Arguments.of("Es waren 1.000.000 Euro.", "Es waren 1.000.000 Euro ."),
        Arguments.of("Die Quote lag bei 2,5 Prozent.", "Die Quote lag bei 2,5 Prozent ."),
        Arguments.of("Das BIP sank um −3,5 % im Jahr.", "Das BIP sank um −3,5 % im Jahr ."),
        Arguments.of("Es waren -3 Grad.", "Es waren -3 Grad ."),
        Arguments.of("Vorlesen 0:00 0:00 News folgen", "Vorlesen 0:00 0:00 News folgen"),
        // gender forms stay whole in both schemes
        Arguments.of("Alle Bürger*innen sind da.", "Alle Bürger*innen sind da ."),
        Arguments.of("Alle Lehrer:innen sind da.", "Alle Lehrer:innen sind da ."),
        Arguments.of("Alle Kolleg_innen sind da.", "Alle Kolleg_innen sind da ."),
        Arguments.of("Alle BürgerInnen sind da.", "Alle BürgerInnen sind da ."),
        Arguments.of("Alle Bürger/-innen sind da.", "Alle Bürger/-innen sind da ."),
        Arguments.of("Die Lehrer*in kam.", "Die Lehrer*in kam ."),
        // elisions
        Arguments.of("Wie geht's dir?", "Wie geht's dir ?"),
        Arguments.of("Grass' Roman ist dick.", "Grass' Roman ist dick ."),
        Arguments.of("Hast du 'n Euro?", "Hast du 'n Euro ?"),
        // quotation marks of every style
        Arguments.of("„Ja“, sagte er.", "„ Ja “ , sagte er ."),
        Arguments.of("Er sagte „Nein“.", "Er sagte „ Nein “ ."),
        Arguments.of("‚Ja‘, sagte er.", "‚ Ja ‘ , sagte er ."),
        Arguments.of("»Ja«, sagte er.", "» Ja « , sagte er ."),
        Arguments.of("«Ja», sagte er.", "« Ja » , sagte er ."),
        Arguments.of("“Yes”, he said.", "“ Yes ” , he said ."),
        Arguments.of("\"Ja\", sagte er.", "\" Ja \" , sagte er ."),
        Arguments.of("'Ja', sagte er.", "' Ja ' , sagte er ."),
        Arguments.of("Er sagte 'Nein'.", "Er sagte ' Nein ' ."),
        Arguments.of("``Ja'', sagte er.", "`` Ja '' , sagte er ."),
        Arguments.of(
            "Sie nannte es \"einseitige Sanktionen\".",
            "Sie nannte es \" einseitige Sanktionen \" ."),
        // ellipsis
        Arguments.of("Na ja ... gut.", "Na ja ... gut ."),
        Arguments.of("Und dann...", "Und dann ..."),
        Arguments.of("Na ja … gut.", "Na ja … gut ."),
        Arguments.of("Und dann…", "Und dann …"),
        // URLs, e-mail, hashtags, mentions
        Arguments.of("Siehe https://www.example.de/a?b=c.", "Siehe https://www.example.de/a?b=c ."),
        Arguments.of(
            "Siehe http://example.de/pfad-mit-bindestrich, dort.",
            "Siehe http://example.de/pfad-mit-bindestrich , dort ."),
        Arguments.of("Auf www.example.de steht es.", "Auf www.example.de steht es ."),
        Arguments.of("(https://example.de/x)", "( https://example.de/x )"),
        Arguments.of("Schreiben Sie an info@example.de.", "Schreiben Sie an info@example.de ."),
        Arguments.of("Mail an max.mustermann@firma-x.de!", "Mail an max.mustermann@firma-x.de !"),
        Arguments.of("Folgt @tagesschau und #Wahl2025!", "Folgt @tagesschau und #Wahl2025 !"),
        Arguments.of("Das ist #fail.", "Das ist #fail ."),
        // emoji and emoticons
        Arguments.of("Super 👍🏽!", "Super 👍🏽 !"),
        Arguments.of("Familie 👨‍👩‍👧 da", "Familie 👨‍👩‍👧 da"),
        Arguments.of("🇩🇪 gewinnt", "🇩🇪 gewinnt"),
        Arguments.of("Tor für 🇩🇪", "Tor für 🇩🇪"),
        Arguments.of("Liebe ❤️ und 👍👍", "Liebe ❤️ und 👍 👍"),
        Arguments.of("Toll :-) wirklich", "Toll :-) wirklich"),
        Arguments.of("Toll :) wirklich", "Toll :) wirklich"),
        // chat and web text (EmpiriST): hearts, eyes, action words between asterisks
        Arguments.of("Danke <3 bis morgen ^^", "Danke <3 bis morgen ^^"),
        Arguments.of("Na gut ^_^. Oder <3!", "Na gut ^_^ . Oder <3 !"),
        Arguments.of(
            "Das war's *grins* und *kopfschüttel*.", "Das war's *grins* und *kopfschüttel* ."),
        Arguments.of("3<4 und x^2 und a*b*c", "3 < 4 und x ^ 2 und a * b * c"),
        Arguments.of("Alle Bürger*innen * und *nicht zu", "Alle Bürger*innen * und * nicht zu"),
        // brackets and other punctuation
        Arguments.of("Er (42) kam; sie ging.", "Er ( 42 ) kam ; sie ging ."),
        Arguments.of("Wer? Was! Wie.", "Wer ? Was ! Wie ."));
  }

  /** Cases where the schemes differ: NEWS expectation, then UD expectation. */
  static Stream<Arguments> schemes() {
    return Stream.of(
        Arguments.of("Ein- und Ausfuhr", "Ein- und Ausfuhr", "Ein - und Ausfuhr"),
        Arguments.of("Ein- oder Ausfuhr", "Ein- oder Ausfuhr", "Ein - oder Ausfuhr"),
        Arguments.of(
            "die Resolutionen des UN-Sicherheitsrats",
            "die Resolutionen des UN-Sicherheitsrats",
            "die Resolutionen des UN - Sicherheitsrats"),
        Arguments.of(
            "US-Präsident Donald Trump",
            "US-Präsident Donald Trump",
            "US - Präsident Donald Trump"),
        Arguments.of("zum Ukraine-Krieg:", "zum Ukraine-Krieg :", "zum Ukraine - Krieg :"),
        Arguments.of("eine E-Mail", "eine E-Mail", "eine E - Mail"),
        Arguments.of("Echt?!", "Echt ?!", "Echt ? !"));
  }

  @ParameterizedTest(name = "news: {0}")
  @MethodSource("both")
  void news(String input, String expected) {
    assertEquals(split(expected), tokens(NEWS, input), input);
  }

  @ParameterizedTest(name = "ud: {0}")
  @MethodSource("both")
  void ud(String input, String expected) {
    assertEquals(split(expected), tokens(UD, input), input);
  }

  @ParameterizedTest(name = "news vs ud: {0}")
  @MethodSource("schemes")
  void schemesDiffer(String input, String news, String ud) {
    assertEquals(split(news), tokens(NEWS, input), "news: " + input);
    assertEquals(split(ud), tokens(UD, input), "ud: " + input);
  }

  @Test
  void offsetsAreIntoTheText() {
    String text = "  Am 4. November traf US-Präsident Trump (l.) Xi.\n";
    TokenBuffer b = NEWS.tokenize(text);
    assertEquals(2, b.start(0));
    assertEquals(4, b.end(0));
    assertEquals("Xi", text.substring(b.start(b.size() - 2), b.end(b.size() - 2)));
    assertEquals(text.length() - 2, b.start(b.size() - 1));
  }

  @Test
  void tokenizesARegionOfAnArray() {
    char[] a = "xxx Dr. Müller kam. yyy".toCharArray();
    TokenBuffer b = new TokenBuffer(a.length);
    NEWS.tokenize(a, 4, 19, b);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      out.add(new String(a, b.start(i), b.end(i) - b.start(i)));
    }
    assertEquals(List.of("Dr.", "Müller", "kam", "."), out);
    assertEquals(4, b.start(0));
  }

  @Test
  void flagsMarkOwnPeriodsAndQuotes() {
    String text = "„Er kam z. B. am 4. Mai usw.“";
    TokenBuffer b = NEWS.tokenize(text);
    List<String> t = tokens(NEWS, text);
    assertEquals(split("„ Er kam z. B. am 4. Mai usw. “"), t);
    assertTrue((b.flags(0) & TokenBuffer.OPENING) != 0, "„ opens");
    assertTrue((b.flags(t.size() - 1) & TokenBuffer.CLOSING) != 0, "“ closes");
    assertTrue((b.flags(t.indexOf("z.")) & TokenBuffer.OWN_PERIOD) != 0, "z. owns its period");
    assertTrue((b.flags(t.indexOf("4.")) & TokenBuffer.OWN_PERIOD) != 0, "4. owns its period");
    assertTrue(
        (b.flags(t.indexOf("usw.")) & TokenBuffer.ABBREVIATION_MAY_END) != 0,
        "usw. may end a sentence");
  }

  @Test
  void closingQuoteBeforeCommaIsClosing() {
    // „Kommst du?“, fragte er.  The “ closes the quotation although a comma follows it.
    String text = "„Kommst du?“, fragte er.";
    TokenBuffer b = NEWS.tokenize(text);
    assertEquals(split("„ Kommst du ? “ , fragte er ."), tokens(NEWS, text));
    assertTrue((b.flags(4) & TokenBuffer.CLOSING) != 0, "“ after ? and before , is closing");
    String plain = "\"Kommst du?\", fragte er.";
    TokenBuffer p = NEWS.tokenize(plain);
    assertTrue((p.flags(4) & TokenBuffer.CLOSING) != 0, "\" after ? and before , is closing");
  }

  @Test
  void customAbbreviationTable() {
    GermanTokenizer t = new GermanTokenizer(TokenScheme.NEWS, Abbreviations.of(List.of("Xyz.")));
    assertEquals(
        split("Die Xyz. Firma und Dr . Müller"), tokens(t, "Die Xyz. Firma und Dr. Müller"));
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> NEWS.tokenize((String) null));
    assertThrows(
        NullPointerException.class, () -> new GermanTokenizer(null, Abbreviations.german()));
    assertThrows(NullPointerException.class, () -> new GermanTokenizer(TokenScheme.UD, null));
  }

  @Test
  void bundledTableHasWellOverAThousandEntries() {
    Abbreviations g = Abbreviations.german();
    assertTrue(g.size() > 1000, "size " + g.size());
    for (String e :
        List.of(
            "z.B.", "Dr.", "Nr.", "bzw.", "ca.", "vgl.", "Mio.", "Mrd.", "Min.", "Prof.", "Abs.",
            "Art.", "St.", "usw.")) {
      assertTrue(g.contains(e), e);
    }
    assertTrue(g.contains("DR."), "lookup ignores case");
  }
}
