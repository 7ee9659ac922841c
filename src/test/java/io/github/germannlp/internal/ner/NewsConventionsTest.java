package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsConventionsTest {
  private static String[] apply(String tokens, String tags) {
    String[] t = tokens.split(" ");
    String[] g = tags.split(" ");
    NewsConventions.apply(t, g);
    return g;
  }

  @Test
  void datelineWithAgencyIsPlaceAndOrganisation() {
    assertArrayEquals(
        "B-LOC O B-ORG O O O O".split(" "),
        apply("Straßburg ( AFP ) – Die Abgeordneten", "B-PER O O O O O O"));
    assertArrayEquals(
        "B-LOC O B-ORG O O O".split(" "), apply("BERLIN ( dpa ) - Der", "B-ORG O O O O O"));
    // an unfamiliar town, two words, and a list of agencies
    assertArrayEquals(
        "B-LOC I-LOC O B-ORG O B-ORG O O O".split(" "),
        apply("Bad Segeberg ( dpa / AFP ) – Die", "B-PER I-PER O O O O O O O"));
    assertArrayEquals(
        "B-LOC O B-ORG O O O".split(" "),
        apply("München/Hamburg ( dpa/lby ) – Die", "O O O O O O"));
  }

  @Test
  void datelineWithoutAgency() {
    // a town the lexicon knows, or one it does not know at all: a place
    assertArrayEquals("B-LOC O O O".split(" "), apply("Kiel – Die Landesregierung", "B-PER O O O"));
    assertArrayEquals("B-LOC O O".split(" "), apply("Westerburg - Das", "O O O"));
    // a common noun, a lowercase continuation, a quote, or an organisation: left alone
    assertArrayEquals("O O O".split(" "), apply("Befehl - Ein", "O O O"));
    assertArrayEquals("B-LOC O O".split(" "), apply("Irland - wohnt", "B-LOC O O"));
    assertArrayEquals("B-PER O O".split(" "), apply("Patrice - '", "B-PER O O"));
    assertArrayEquals("B-ORG O O".split(" "), apply("SZOn - DFB-Frauen", "B-ORG O O"));
    // more than one word needs a credit
    assertArrayEquals(
        "B-PER I-PER O O".split(" "), apply("Angela Merkel – Die", "B-PER I-PER O O"));
  }

  @Test
  void agencyCredits() {
    assertArrayEquals("O O B-ORG O".split(" "), apply("berichtet ( dpa )", "O O O O"));
    assertArrayEquals("O O B-ORG".split(" "), apply("Foto : Reuters", "O O O"));
    assertArrayEquals("O B-ORG".split(" "), apply("Foto: Reuters", "O O"));
    assertArrayEquals("O B-ORG".split(" "), apply("© AFP", "O O"));
    // an agency name without a credit cue is left to the model
    assertArrayEquals("O O".split(" "), apply("AP sagte", "O O"));
  }

  @Test
  void weekdaysAndMonthsAloneAreNoNames() {
    assertArrayEquals("O O O".split(" "), apply("DIENSTAG : Die", "B-ORG O O"));
    assertArrayEquals("O O".split(" "), apply("am Montag", "O B-PER"));
    // inside a longer name the model decides
    assertArrayEquals("B-MISC I-MISC".split(" "), apply("Schwarzer Freitag", "B-MISC I-MISC"));
  }

  @Test
  void agencies() {
    assertTrue(NewsConventions.isAgency("dpa"));
    assertTrue(NewsConventions.isAgency("dpa/AFP"));
    assertTrue(NewsConventions.isAgency("dpa/lnw"));
    assertFalse(NewsConventions.isAgency("Dpa"));
    assertFalse(NewsConventions.isAgency("Berlin/dpa"));
  }
}
