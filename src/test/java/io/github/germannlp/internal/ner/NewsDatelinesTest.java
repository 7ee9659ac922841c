package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Datelines and agency credits through the whole pipeline (raw text, the library's own tokens and
 * sentences, the bundled model): the place of a dateline is a location, however unfamiliar the
 * town, and the agencies of datelines and credits are organisations.
 */
class NewsDatelinesTest {
  private static List<String> mentions(String text) {
    Document doc = GermanNlp.standard().analyze(text);
    return doc.mentions().stream().map(m -> m.text() + "/" + m.type()).collect(Collectors.toList());
  }

  @Test
  void datelinePlacesAndAgencies() {
    String text =
        String.join(
            "\n\n",
            "Kiel – Die Landesregierung will die Schuldenbremse lockern.",
            "Straßburg (AFP) – Das Parlament hat am Dienstag abgestimmt.",
            "BALTRINGEN (dpa/lsw) - Bei einem Unfall ist ein Radfahrer verletzt worden.",
            "Bad Wörishofen (dpa) – Die Kurverwaltung meldet einen Rekord.",
            "Ein Sprecher bestätigte den Bericht. Foto: Reuters");
    List<String> found = mentions(text);
    for (String expected :
        List.of(
            "Kiel/LOC",
            "Straßburg/LOC",
            "AFP/ORG",
            "BALTRINGEN/LOC",
            "dpa/lsw/ORG",
            "Bad Wörishofen/LOC",
            "dpa/ORG",
            "Reuters/ORG")) {
      assertEquals(true, found.contains(expected), expected + " not in " + found);
    }
  }

  @Test
  void aDashAfterANameInsideProseIsNoDateline() {
    List<String> found = mentions("Er sagte: Merkel – das ist bekannt – schweigt.");
    assertEquals(false, found.stream().anyMatch(m -> m.equals("Merkel/LOC")), found.toString());
  }
}
