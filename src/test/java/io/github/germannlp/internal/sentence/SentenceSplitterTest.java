package io.github.germannlp.internal.sentence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Sentence;
import io.github.germannlp.internal.tokenize.GermanTokenizer;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

  static List<String> sentences(String text) {
    Document doc = GermanNlp.standard().analyze(text);
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.add(s.text());
    }
    return out;
  }

  /** Input, then the expected sentences (each as its exact text span). */
  static Stream<Arguments> cases() {
    return Stream.of(
        // abbreviation and ordinal periods do not end sentences
        Arguments.of(
            "Dr. Müller kam um 10 Uhr. Er blieb lange.",
            List.of("Dr. Müller kam um 10 Uhr.", "Er blieb lange.")),
        Arguments.of(
            "Das gilt z. B. für Äpfel. Birnen sind anders.",
            List.of("Das gilt z. B. für Äpfel.", "Birnen sind anders.")),
        Arguments.of(
            "Das gilt z.B. für Äpfel. Birnen sind anders.",
            List.of("Das gilt z.B. für Äpfel.", "Birnen sind anders.")),
        Arguments.of(
            "Es kostet ca. 3,5 Mio. Euro. Das ist viel.",
            List.of("Es kostet ca. 3,5 Mio. Euro.", "Das ist viel.")),
        Arguments.of(
            "Prof. Dr. Schmidt und St. Pauli vgl. Nr. 5 gewannen.",
            List.of("Prof. Dr. Schmidt und St. Pauli vgl. Nr. 5 gewannen.")),
        Arguments.of(
            "Am 4. November kam er an. Dann ging er.",
            List.of("Am 4. November kam er an.", "Dann ging er.")),
        Arguments.of(
            "Im 19. Jahrhundert war das anders.", List.of("Im 19. Jahrhundert war das anders.")),
        Arguments.of(
            "Der 1. FC Köln gewann am 04.11.2025 um 19:49 Uhr.",
            List.of("Der 1. FC Köln gewann am 04.11.2025 um 19:49 Uhr.")),
        Arguments.of(
            "Putin (l.) traf Xi. Beide lächelten.",
            List.of("Putin (l.) traf Xi.", "Beide lächelten.")),
        Arguments.of(
            "Die Zahl war 365. Der Rest fehlte.", List.of("Die Zahl war 365.", "Der Rest fehlte.")),
        Arguments.of(
            "Das war im Jahr 2025. Danach kam 2026.",
            List.of("Das war im Jahr 2025.", "Danach kam 2026.")),
        Arguments.of(
            "Laut Art. 5 GG ist das frei. Das ist gut.",
            List.of("Laut Art. 5 GG ist das frei.", "Das ist gut.")),
        Arguments.of(
            "Er nimmt Vitamin C. Das hilft.", List.of("Er nimmt Vitamin C.", "Das hilft.")),
        Arguments.of("George W. Bush kam.", List.of("George W. Bush kam.")),
        // usw. before a capital ends the sentence, before lowercase it does not
        Arguments.of(
            "Er kaufte Äpfel, Birnen usw. Dann ging er heim.",
            List.of("Er kaufte Äpfel, Birnen usw.", "Dann ging er heim.")),
        Arguments.of(
            "Er kaufte Äpfel, Birnen usw. und ging heim.",
            List.of("Er kaufte Äpfel, Birnen usw. und ging heim.")),
        // ! and ? inside quotes followed by a speech verb do not split
        Arguments.of("„Kommst du?“, fragte er.", List.of("„Kommst du?“, fragte er.")),
        Arguments.of("„Kommst du?“ fragte er.", List.of("„Kommst du?“ fragte er.")),
        Arguments.of(
            "„Hilfe!“ rief sie. Dann lief sie weg.",
            List.of("„Hilfe!“ rief sie.", "Dann lief sie weg.")),
        Arguments.of("\"Wirklich?\" fragte er leise.", List.of("\"Wirklich?\" fragte er leise.")),
        Arguments.of("»Wann?« fragte er.", List.of("»Wann?« fragte er.")),
        // a sentence-final period inside quotes splits after the closing quote
        Arguments.of("„Das ist gut.“ Dann ging er.", List.of("„Das ist gut.“", "Dann ging er.")),
        Arguments.of(
            "\"Das ist gut.\" Dann ging er.", List.of("\"Das ist gut.\"", "Dann ging er.")),
        Arguments.of(
            "Er fragte: „Wann kommst du?“ Sie schwieg.",
            List.of("Er fragte: „Wann kommst du?“", "Sie schwieg.")),
        Arguments.of(
            "Sie war da (nicht lange). Er auch.", List.of("Sie war da (nicht lange).", "Er auch.")),
        Arguments.of("Was?! Das glaube ich nicht.", List.of("Was?!", "Das glaube ich nicht.")),
        Arguments.of("Er wartete... Dann kam sie.", List.of("Er wartete...", "Dann kam sie.")),
        Arguments.of(
            "Mehr unter https://example.de/a.html. Danke.",
            List.of("Mehr unter https://example.de/a.html.", "Danke.")),
        // blank lines and headline lines
        Arguments.of(
            "Überschrift ohne Punkt\n\nDer Text beginnt hier.",
            List.of("Überschrift ohne Punkt", "Der Text beginnt hier.")),
        Arguments.of(
            "eine zeile ohne punkt\n\nnoch eine kleine zeile",
            List.of("eine zeile ohne punkt", "noch eine kleine zeile")),
        Arguments.of(
            "Russland und China: Handel geht zurück\nChinas Präsident traf Mischustin.",
            List.of("Russland und China: Handel geht zurück", "Chinas Präsident traf Mischustin.")),
        Arguments.of(
            "Kritik aus Washington\r\n\r\nDer Text folgt.",
            List.of("Kritik aus Washington", "Der Text folgt.")),
        Arguments.of(
            "Erster Absatz ohne Punkt\n   \n\tZweiter Absatz.",
            List.of("Erster Absatz ohne Punkt", "Zweiter Absatz.")),
        Arguments.of("Er sagte, dass\ner kommt.", List.of("Er sagte, dass\ner kommt.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splits(String input, List<String> expected) {
    assertEquals(String.join(" | ", expected), String.join(" | ", sentences(input)), input);
  }

  @Test
  void hardWrappedProseDoesNotSplitAtEachLine() {
    String text =
        String.join(
            "\n",
            "Die Verhandlungen in Brüssel zogen sich bis spät in die Nacht, weil die",
            "Delegationen aus Paris und Berlin auf weiteren Änderungen am Text bestanden.",
            "Erst gegen Mitternacht legte die Kommission einen neuen Entwurf vor, der",
            "Landwirten längere Übergangsfristen und zusätzliche Hilfen in Aussicht",
            "stellte. Die Reaktionen fielen dennoch verhalten aus, denn viele Verbände",
            "Österreichs und Italiens hatten deutlich mehr gefordert, als erreicht wurde.",
            "",
            "Am Morgen trafen sich die Fachminister erneut in kleiner Runde. Dabei ging",
            "Frankreich mit einem eigenen Vorschlag in die Gespräche, den Italien und",
            "Spanien unterstützten.",
            "",
            "Ein Ergebnis gab es zunächst nicht.");
    List<String> expected =
        List.of(
            "Die Verhandlungen in Brüssel zogen sich bis spät in die Nacht, weil die Delegationen"
                + " aus Paris und Berlin auf weiteren Änderungen am Text bestanden.",
            "Erst gegen Mitternacht legte die Kommission einen neuen Entwurf vor, der Landwirten"
                + " längere Übergangsfristen und zusätzliche Hilfen in Aussicht stellte.",
            "Die Reaktionen fielen dennoch verhalten aus, denn viele Verbände Österreichs und"
                + " Italiens hatten deutlich mehr gefordert, als erreicht wurde.",
            "Am Morgen trafen sich die Fachminister erneut in kleiner Runde.",
            "Dabei ging Frankreich mit einem eigenen Vorschlag in die Gespräche, den Italien und"
                + " Spanien unterstützten.",
            "Ein Ergebnis gab es zunächst nicht.");
    List<String> actual = new ArrayList<>();
    for (String s : sentences(text)) {
      actual.add(s.replace('\n', ' '));
    }
    assertEquals(expected, actual);
  }

  @Test
  void singleLineBreaksInUnwrappedTextSeparateLines() {
    // a list of short lines, not prose: every line is a unit
    String text = "Newsblog zum Ukraine-Krieg\nAlle Entwicklungen im Überblick\nMehr zum Thema";
    assertEquals(
        List.of("Newsblog zum Ukraine-Krieg", "Alle Entwicklungen im Überblick", "Mehr zum Thema"),
        sentences(text));
  }

  @Test
  void splitterReturnsEndIndexes() {
    String text = "Er kam. Sie ging.";
    char[] a = text.toCharArray();
    TokenBuffer b = new GermanTokenizer(TokenScheme.NEWS, Abbreviations.german()).tokenize(text);
    assertArrayEquals(new int[] {3, 6}, new SentenceSplitter().split(a, b));
    assertArrayEquals(new int[0], new SentenceSplitter().split(new char[0], new TokenBuffer(0)));
    assertThrows(NullPointerException.class, () -> new SentenceSplitter().split(null, b));
    assertThrows(NullPointerException.class, () -> new SentenceSplitter().split(a, null));
  }
}
