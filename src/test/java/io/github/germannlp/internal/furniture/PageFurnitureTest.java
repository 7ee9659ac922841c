package io.github.germannlp.internal.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Sentence;
import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.furniture.Furniture.Kind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
  private final PageFurniture detector = PageFurniture.german();

  private List<String> found(String text) {
    return detector.find(text).stream()
        .map(f -> f.kind() + ":" + text.substring(f.start(), f.end()))
        .toList();
  }

  @Test
  void patternsAnchoredAtTheStartAreToldApart() {
    assertTrue(PageFurniture.anchoredAtStart("^a|^(?:b|c)d|^[|(]x|^e\\|f"));
    assertTrue(PageFurniture.anchoredAtStart("^[^]|]x|^\\p{Lu}{2,}(?=\\s)"));
    assertFalse(PageFurniture.anchoredAtStart("^a|b"));
    assertFalse(PageFurniture.anchoredAtStart("a^"));
    assertFalse(PageFurniture.anchoredAtStart("(?:^a|^b)")); // anchored, but not told: searched
    assertFalse(PageFurniture.anchoredAtStart("^a|"));
    assertFalse(PageFurniture.anchoredAtStart("^a(|b"));
    assertFalse(PageFurniture.anchoredAtStart(""));
  }

  @Test
  void anchoredPatternsFindWhatASearchFinds() throws java.io.IOException {
    String text;
    try (java.io.InputStream in = getClass().getResourceAsStream("/example-article.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<String> lines = new java.util.ArrayList<>(text.lines().map(String::strip).toList());
    lines.addAll(
        List.of(
            "Von Ivo Marusczyk, ARD-Studio Südamerika",
            "Aktualisiert am 04.11.2025 - 19:49 Uhr",
            "FRANKFURT (dpa-AFX) - Die Aktie",
            "Kommentare (3)",
            "Sie sind nicht angemeldet",
            "Newsletter kostenlos abonnieren",
            "Anzeige",
            "Foto: dpa",
            "x Von Ivo Marusczyk"));
    int anchored = 0;
    for (var e : PageFurniture.patterns().entrySet()) {
      if (!e.getValue()) {
        continue;
      }
      anchored++;
      for (String line : lines) {
        java.util.regex.Matcher search = e.getKey().matcher(line);
        java.util.regex.Matcher start = e.getKey().matcher(line);
        boolean found = search.find();
        assertEquals(found, start.lookingAt(), e.getKey() + " in " + line);
        if (found) {
          assertEquals(search.end(), start.end(), line);
          assertEquals(0, search.start(), line);
        }
      }
    }
    assertTrue(anchored >= 12, anchored + " anchored patterns");
  }

  @Test
  void wholeLinesOfControlsBylinesAndTeasers() {
    String text =
        "Vorlesen 0:00 0:00 News folgen Artikel teilen\n"
            + "Von reuters 04.11.2025 - 19:49 Uhr Lesedauer: 2 Min.\n"
            + "Newsblog zum Ukraine-Krieg: Alle Entwicklungen im Überblick\n"
            + "date 2025-11-04 Hier sehen Sie den FC Bayern in Paris live\n"
            + "Anzeige\n"
            + "Lesen Sie auch: Was die Sanktionen bewirken\n";
    assertEquals(
        List.of(
            "CONTROLS:Vorlesen 0:00 0:00 News folgen Artikel teilen",
            "BYLINE:Von reuters 04.11.2025 - 19:49 Uhr Lesedauer: 2 Min.",
            "TEASER:Newsblog zum Ukraine-Krieg: Alle Entwicklungen im Überblick",
            "TEASER:date 2025-11-04 Hier sehen Sie den FC Bayern in Paris live",
            "ADVERTISEMENT:Anzeige",
            "TEASER:Lesen Sie auch: Was die Sanktionen bewirken"),
        found(text));
  }

  @Test
  void bylinesWithoutADate() {
    String text =
        "Von Rolf Masselink\n"
            + "von Anna-Lena Berg-Schmidt\n"
            + "Von Ivo Marusczyk, ARD-Studio Südamerika\n"
            + "Von Patrick D. -\n"
            + "Von dpa\n"
            + "Von Mücken und Elefanten\n"
            + "Von Berlin aus fahren die Züge stündlich.\n"
            + "Von Montag an gilt der neue Fahrplan\n"
            + "Von ihren Erfahrungen berichteten die Helfer\n"
            + "Von Mücken\n";
    assertEquals(
        List.of(
            "BYLINE:Von Rolf Masselink",
            "BYLINE:von Anna-Lena Berg-Schmidt",
            "BYLINE:Von Ivo Marusczyk, ARD-Studio Südamerika",
            "BYLINE:Von Patrick D. -",
            "BYLINE:Von dpa"),
        found(text));
  }

  @Test
  void formsForErrorsEmailCommentsAndNewslettersAreControls() {
    String text =
        "Fehler melden\n"
            + "Sie haben einen Fehler gefunden?\n"
            + "Bitte markieren Sie die entsprechenden Wörter im Text. Mit nur zwei Klicks melden Sie"
            + " den Fehler der Redaktion.\n"
            + "Die Stadt baut eine neue Brücke über den Fluss.\n"
            + "Artikel per E-Mail empfehlen\n"
            + "Empfänger E-Mail\n"
            + "Tipp: mehrere E-Mailadressen mit Komma   trennen\n"
            + "Bitte tragen Sie den Code in das   Eingabefeld ein.\n"
            + "persönliche Nachrichtoptional\n"
            + "12 Kommentare Kommentar schreiben\n"
            + "Kommentare (7)\n"
            + "Die Kommentarfunktion ist für diesen Artikel geschlossen.\n"
            + "Bleiben Sie informiert mit unserem täglichen Briefing.\n"
            + "Hier anmelden für den täglichen Newsletter.\n"
            + "Drucken per Mail Twittern\n"
            + "Werbeanzeige\n";
    List<String> found = found(text);
    assertEquals(15, found.size(), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("Brücke")), found.toString());
    assertEquals("CONTROLS:Fehler melden", found.get(0));
    assertEquals("ADVERTISEMENT:Werbeanzeige", found.get(14));
    // article sentences about comments and newsletters stay
    assertEquals(
        List.of(),
        found(
            "Der Verlag stellt seinen Newsletter ein, sagte die Chefin.\n"
                + "Kommentare im Netz seien oft rau, sagte die Ministerin.\n"
                + "Die Redaktion bittet, Fehler zu melden, wenn sie auffallen.\n"));
  }

  @Test
  void datelinesAreBylines() {
    assertEquals(
        List.of("BYLINE:FRANKFURT (dpa-AFX) -"),
        found("FRANKFURT (dpa-AFX) - Der Streik trifft den Flughafen."));
    assertEquals(
        List.of("BYLINE:DÜSSELDORF/FRANKFURT (dpa-AFX) -"),
        found("DÜSSELDORF/FRANKFURT (dpa-AFX) - Gegenwind für die Post."));
    assertEquals(
        List.of("BYLINE:Bielefeld (ots) -"),
        found("Bielefeld (ots) - Die Geschäftsführer ziehen Bilanz."));
    assertEquals(
        List.of("BYLINE:Bochum (dpa/lnw) -"),
        found("Bochum (dpa/lnw) - Beim Konzern wird verhandelt."));
    assertEquals(
        List.of("BYLINE:BAD WINDSHEIM -"), found("BAD WINDSHEIM -   Sandsäcke vor den Türen."));
    assertEquals(List.of("BYLINE:DAUN,"), found("DAUN, 13.10.2015 - 15:38 Uhr"));
    // not datelines: a name in capitals in a sentence, a place with a plain aside
    assertEquals(List.of(), found("Die NATO - so der Sprecher - bleibt hart."));
    assertEquals(List.of(), found("Berlin (Ost) - eine Stadt im Wandel."));
    assertEquals(List.of(), found("POL-DH: Einbruch in Garage"));
    assertEquals(List.of(), found("LAUGNA: Unfall in Talstraße - Nur Sachschaden"));
  }

  @Test
  void aCaptionKeepsItsTextAndLosesItsCredit() {
    String text =
        "Putin (l.) zu Besuch bei Xi: Sie rücken zusammen."
            + " (Quelle: Sergey Bobylev/imago-images-bilder)";
    assertEquals(List.of("CREDIT:(Quelle: Sergey Bobylev/imago-images-bilder)"), found(text));
  }

  @Test
  void articleTextIsNotFurniture() {
    String text =
        "Von der Leyen sagte am Dienstag, die Sanktionen wirkten.\n"
            + "Die Regierung will Artikel 5 teilen und Kommentare zulassen, hieß es.\n"
            + "Am 04.11.2025 um 19:49 Uhr begann die Sitzung.\n"
            + "Mehr\n"
            + "Russland und China: Handel geht zurück\n";
    assertEquals(List.of(), found(text));
  }

  @Test
  void readingTimeInsideALineIsAPiece() {
    String text = "Ein langer Text über Handel Lesedauer: 3 Minuten und mehr Worte hier.";
    assertEquals(List.of("READING_TIME:Lesedauer: 3 Minuten"), found(text));
  }

  @Test
  void definedResultsForOddInput() {
    assertThrows(NullPointerException.class, () -> detector.find(null));
    assertEquals(List.of(), detector.find(""));
    assertEquals(List.of(), detector.find("\n\n \r\n"));
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append((char) random.nextInt(0x3000));
    }
    for (Furniture f : detector.find(sb)) {
      assertTrue(f.start() >= 0 && f.end() <= sb.length() && f.start() < f.end());
    }
  }

  @Test
  void theDocumentMarksFurnitureTokensAndSentences() {
    Document doc =
        GermanNlp.standard()
            .analyze(
                "Vorlesen 0:00 0:00 News folgen Artikel teilen\n\n"
                    + "Die USA erhöhen den Sanktionsdruck auf Russland.");
    assertEquals(1, doc.furniture().size());
    assertEquals(Kind.CONTROLS, doc.furniture().get(0).kind());
    Sentence first = doc.sentence(0);
    Sentence last = doc.sentence(doc.sentenceCount() - 1);
    assertTrue(first.isFurniture());
    assertTrue(!last.isFurniture());
    assertTrue(doc.token(0).isFurniture());
    assertTrue(!doc.token(doc.tokenCount() - 1).isFurniture());
  }

  @Test
  void aLineOfInformationSeparatorsIsNoFurnitureAndNoCrash() {
    // String.strip() takes U+001C..U+001F for white space; the line finder keeps them as text
    for (char c = '\u001C'; c <= '\u001F'; c++) {
      assertEquals(List.of(), detector.find(String.valueOf(c)));
      assertEquals(List.of(), detector.find("Text\n" + c + c + "\nmehr"));
    }
    Document doc = GermanNlp.standard().analyze("Text\n\u001E\nmehr");
    assertEquals("Text", doc.token(0).text());
    assertEquals("mehr", doc.token(doc.tokenCount() - 1).text());
  }
}
