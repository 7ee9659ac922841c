package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalNamesTest {
  private static final CanonicalNames NAMES = CanonicalNames.german();

  /** Mentions from alternating text and type, at made-up consecutive offsets. */
  static List<EntityMention> mentions(String... textAndType) {
    List<EntityMention> out = new ArrayList<>();
    int offset = 0;
    int token = 0;
    for (int i = 0; i < textAndType.length; i += 2) {
      String text = textAndType[i];
      int tokens = text.split(" ").length;
      out.add(
          new EntityMention(
              text,
              textAndType[i + 1],
              offset,
              offset + text.length(),
              token,
              token + tokens,
              0.9,
              text));
      offset += text.length() + 10;
      token += tokens + 3;
    }
    return out;
  }

  /** Each entity as "canonical/TYPE: mention|mention". */
  static List<String> summary(List<Entity> entities) {
    List<String> out = new ArrayList<>();
    for (Entity e : entities) {
      out.add(
          e.canonical()
              + "/"
              + e.type()
              + ": "
              + e.mentions().stream().map(EntityMention::text).collect(Collectors.joining("|")));
    }
    return out;
  }

  @Test
  void seedArticle() {
    List<EntityMention> in =
        mentions(
            "Wladimir Putin",
            "PER",
            "Xi Jinping",
            "PER",
            "Chinas",
            "LOC",
            "Putin",
            "PER",
            "Xi",
            "PER",
            "Russlands",
            "LOC",
            "Michail Mischustin",
            "PER",
            "Li Qiang",
            "PER",
            "Putins",
            "PER",
            "USA",
            "LOC",
            "China",
            "LOC",
            "Mischustins",
            "PER",
            "Russland",
            "LOC",
            "UN-Sicherheitsrats",
            "ORG");
    List<Entity> entities = NAMES.resolve(in);
    assertEquals(
        List.of(
            "Wladimir Putin/PER: Wladimir Putin|Putin|Putins",
            "Xi Jinping/PER: Xi Jinping|Xi",
            "China/LOC: Chinas|China",
            "Russland/LOC: Russlands|Russland",
            "Michail Mischustin/PER: Michail Mischustin|Mischustins",
            "Li Qiang/PER: Li Qiang",
            "USA/LOC: USA",
            "UN-Sicherheitsrat/ORG: UN-Sicherheitsrats"),
        summary(entities));
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        assertEquals(e.canonical(), m.canonical());
      }
    }
    assertEquals(3, entities.get(0).count());
    assertEquals(in.get(0).start(), entities.get(0).firstStart());
    // entities ordered by first mention
    for (int i = 1; i < entities.size(); i++) {
      assertTrue(entities.get(i - 1).firstStart() < entities.get(i).firstStart());
    }
  }

  @Test
  void canonicalizeKeepsOrderAndFields() {
    List<EntityMention> in =
        mentions(
            "Putin",
            "PER",
            "Chinas",
            "LOC",
            "Präsident Putin",
            "PER",
            "Wladimir Putin",
            "PER",
            "Paris",
            "LOC");
    List<EntityMention> out = NAMES.canonicalize(in);
    assertEquals(
        List.of("Wladimir Putin", "China", "Wladimir Putin", "Wladimir Putin", "Paris"),
        out.stream().map(EntityMention::canonical).toList());
    for (int i = 0; i < in.size(); i++) {
      assertEquals(in.get(i).withCanonical(out.get(i).canonical()), out.get(i));
    }
    assertThrows(UnsupportedOperationException.class, () -> out.add(in.get(0)));
  }

  @Test
  void fullestNameWinsWhateverComesFirst() {
    assertEquals(
        List.of("Wladimir Putin/PER: Präsident Putin|Putins|Wladimir Putin"),
        summary(
            NAMES.resolve(
                mentions("Präsident Putin", "PER", "Putins", "PER", "Wladimir Putin", "PER"))));
    assertEquals(
        List.of("Xi Jinping/PER: Xi|Xis|Staatschef Xi Jinping"),
        summary(
            NAMES.resolve(mentions("Xi", "PER", "Xis", "PER", "Staatschef Xi Jinping", "PER"))));
  }

  @Test
  void anOrganisationWithoutItsLegalFormIsTheSameOrganisation() {
    assertEquals(
        List.of("Maple Bank GmbH/ORG: Maple Bank|Maple Bank GmbH|Maple Bank"),
        summary(
            NAMES.resolve(
                mentions("Maple Bank", "ORG", "Maple Bank GmbH", "ORG", "Maple Bank", "ORG"))));
    // only a legal form: "Maple" is another name, and so is a place called "Maple Bank"
    assertEquals(
        List.of(
            "Maple Bank GmbH/ORG: Maple Bank GmbH",
            "Maple/ORG: Maple",
            "Maple Bank/LOC: Maple Bank"),
        summary(
            NAMES.resolve(
                mentions("Maple Bank GmbH", "ORG", "Maple", "ORG", "Maple Bank", "LOC"))));
    assertEquals("Brenntag", LegalForms.strip("Brenntag AG"));
    assertEquals("Dr. Oetker", LegalForms.strip("Dr. Oetker GmbH & Co. KG"));
    assertEquals(null, LegalForms.strip("AG"));
    assertEquals(null, LegalForms.strip("Brenntag"));
  }

  @Test
  void ambiguousShortNameStaysItsOwnEntity() {
    assertEquals(
        List.of("Li Qiang/PER: Li Qiang|Qiang", "Li Keqiang/PER: Li Keqiang", "Li/PER: Li"),
        summary(
            NAMES.resolve(
                mentions("Li Qiang", "PER", "Li Keqiang", "PER", "Li", "PER", "Qiang", "PER"))));
  }

  @Test
  void ambiguityPropagatesThroughMiddleNames() {
    assertEquals(
        List.of(
            "Hans Peter Müller/PER: Hans Peter Müller|Peter Müller",
            "Hans Georg Müller/PER: Hans Georg Müller",
            "Hans Müller/PER: Hans Müller",
            "Müller/PER: Müller"),
        summary(
            NAMES.resolve(
                mentions(
                    "Hans Peter Müller",
                    "PER",
                    "Hans Georg Müller",
                    "PER",
                    "Hans Müller",
                    "PER",
                    "Müller",
                    "PER",
                    "Peter Müller",
                    "PER"))));
  }

  @Test
  void differentNamesOfDifferentTypesStayApart() {
    assertEquals(
        List.of(
            "Paris/LOC: Paris",
            "Paris Hilton/PER: Paris Hilton",
            "Angela Merkel/PER: Angela Merkel|Merkels"),
        summary(
            NAMES.resolve(
                mentions(
                    "Paris",
                    "LOC",
                    "Paris Hilton",
                    "PER",
                    "Angela Merkel",
                    "PER",
                    "Merkels",
                    "PER"))));
  }

  /** Mentions with given confidences: text, type, confidence, … */
  static List<EntityMention> scored(Object... textTypeConfidence) {
    List<EntityMention> out = new ArrayList<>();
    for (int i = 0; i < textTypeConfidence.length; i += 3) {
      String text = (String) textTypeConfidence[i];
      int at = i * 20;
      out.add(
          new EntityMention(
              text,
              (String) textTypeConfidence[i + 1],
              at,
              at + text.length(),
              i * 5,
              i * 5 + text.split(" ").length,
              (Double) textTypeConfidence[i + 2],
              text));
    }
    return out;
  }

  @Test
  void oneNameOneTypeByMajority() {
    List<EntityMention> in =
        mentions(
            "Berlin",
            "LOC",
            "Bundestag",
            "LOC",
            "Berlin",
            "ORG",
            "Bundestag",
            "ORG",
            "Berlins",
            "LOC",
            "Bundestages",
            "ORG");
    List<Entity> entities = NAMES.resolve(in);
    assertEquals(
        List.of(
            "Berlin/LOC: Berlin|Berlin|Berlins", "Bundestag/ORG: Bundestag|Bundestag|Bundestages"),
        summary(entities));
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        assertEquals(e.type(), m.type(), m.text());
        assertEquals(e.canonical(), m.canonical());
      }
    }
    // retyped mentions keep everything else
    EntityMention berlinOrg = entities.get(0).mentions().get(1);
    assertEquals(in.get(2).start(), berlinOrg.start());
    assertEquals(in.get(2).confidence(), berlinOrg.confidence());
    assertEquals("LOC", berlinOrg.type());
  }

  @Test
  void typeTieGoesToHigherSummedConfidenceThenFirstMention() {
    assertEquals(
        List.of("Berlin/ORG: Berlin|Berlin"),
        summary(NAMES.resolve(scored("Berlin", "LOC", 0.4, "Berlin", "ORG", 0.7))));
    assertEquals(
        List.of("Berlin/ORG: Berlin|Berlin|Berlin|Berlin"),
        summary(
            NAMES.resolve(
                scored(
                    "Berlin", "LOC", 0.9, "Berlin", "ORG", 0.5, "Berlin", "ORG", 0.5, "Berlin",
                    "LOC", 0.05))));
    assertEquals(
        List.of("Berlin/LOC: Berlin|Berlin"),
        summary(NAMES.resolve(scored("Berlin", "LOC", 0.5, "Berlin", "ORG", 0.5))));
    assertEquals(
        List.of("Berlin/ORG: Berlin|Berlin"),
        summary(NAMES.resolve(scored("Berlin", "ORG", 0.5, "Berlin", "LOC", 0.5))));
  }

  @Test
  void retypedShortNameJoinsThePersonsFullName() {
    // Merkel: twice PER, once ORG -> PER, and so part of Angela Merkel
    assertEquals(
        List.of("Angela Merkel/PER: Merkel|Angela Merkel|Merkel|Merkels"),
        summary(
            NAMES.resolve(
                mentions(
                    "Merkel", "ORG", "Angela Merkel", "PER", "Merkel", "PER", "Merkels", "PER"))));
  }

  @Test
  void canonicalizeCarriesTheEntityType() {
    List<EntityMention> in =
        mentions("Berlin", "ORG", "Paris", "LOC", "Berlin", "LOC", "Berlin", "LOC");
    List<EntityMention> out = NAMES.canonicalize(in);
    assertEquals(
        List.of("LOC", "LOC", "LOC", "LOC"), out.stream().map(EntityMention::type).toList());
    assertEquals(
        in.stream().map(EntityMention::start).toList(),
        out.stream().map(EntityMention::start).toList());
  }

  @Test
  void organisationsAndPlacesMergeOnlyWhenEqual() {
    assertEquals(
        List.of(
            "Deutsche Bank/ORG: Deutsche Bank",
            "Bank/ORG: Bank",
            "Bundestag/ORG: Bundestag|Bundestages|Bundestags"),
        summary(
            NAMES.resolve(
                mentions(
                    "Deutsche Bank",
                    "ORG",
                    "Bank",
                    "ORG",
                    "Bundestag",
                    "ORG",
                    "Bundestages",
                    "ORG",
                    "Bundestags",
                    "ORG"))));
  }

  @Test
  void titlesAreDropped() {
    assertEquals(
        List.of("Thomas Müller/PER: Herr Müller|Dr. Müller|Thomas Müller"),
        summary(
            NAMES.resolve(
                mentions("Herr Müller", "PER", "Dr. Müller", "PER", "Thomas Müller", "PER"))));
    assertEquals(
        List.of("Joe Biden/PER: US-Präsident Joe Biden|Bidens|Biden"),
        summary(
            NAMES.resolve(
                mentions("US-Präsident Joe Biden", "PER", "Bidens", "PER", "Biden", "PER"))));
    assertEquals(
        List.of("Olaf Scholz/PER: Bundeskanzler Olaf Scholz|Prof. Dr. Scholz"),
        summary(
            NAMES.resolve(
                mentions("Bundeskanzler Olaf Scholz", "PER", "Prof. Dr. Scholz", "PER"))));
    // a title alone stays; titles of other types stay
    assertEquals(
        List.of("Präsident/PER: Präsident", "Frau Holle/MISC: Frau Holle"),
        summary(NAMES.resolve(mentions("Präsident", "PER", "Frau Holle", "MISC"))));
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "Chinas, LOC, China",
        "Russlands, LOC, Russland",
        "Frankreichs, LOC, Frankreich",
        "Berlins, LOC, Berlin",
        "Moskaus, LOC, Moskau",
        "Dubais, LOC, Dubais",
        "Europas, LOC, Europa",
        "Putins, PER, Putin",
        "Merkels, PER, Merkel",
        "Steinmeiers, PER, Steinmeier",
        "Trumps, PER, Trump",
        "Amazons, ORG, Amazon",
        "Googles, ORG, Google",
        "Haitis, LOC, Haiti",
        "UN-Sicherheitsrats, ORG, UN-Sicherheitsrat",
        "Grass', PER, Grass",
        "Peel's, PER, Peel",
        "Peel’s, PER, Peel",
        "Paris, LOC, Paris",
        "USA, LOC, USA",
        "Mars, LOC, Mars",
        "Jones, PER, Jones",
        "Schulz, PER, Schulz",
        "Hans, PER, Hans",
        "Grass, PER, Grass",
        "Markus, PER, Markus",
        "Pistorius, PER, Pistorius",
        "Boris, PER, Boris",
        "Louis, PER, Louis",
        "Thomas, PER, Thomas",
        "Hamas, ORG, Hamas",
        "Euronews, ORG, Euronews",
        "Africanews, ORG, Africanews",
        "Kiews, LOC, Kiew",
        "AIDS, MISC, AIDS",
        "BMWs, ORG, BMW",
        "Xis, PER, Xi",
        "Habermas, PER, Habermas",
        "Bertens, PER, Bertens",
        "Haberma, PER, Haberma",
        "Währungsfonds, ORG, Währungsfonds",
        "Rathaus, ORG, Rathaus",
        "Kreis, LOC, Kreis",
        "Bündnis, ORG, Bündnis",
        "Charles, PER, Charles",
        "McDonald's, ORG, McDonald's",
        "Oscars, MISC, Oscars",
      })
  void baseFormWithoutContext(String word, String type, String expected) {
    assertEquals(expected, NAMES.baseForm(word, type));
  }

  @Test
  void attestedFormStripsAnyEnding() {
    // Haitis, Googles and Oscars are not stripped alone, but are when the base form occurs
    assertEquals(
        List.of(
            "Haiti/LOC: Haitis|Haiti", "Google/ORG: Googles|Google", "Oscar/MISC: Oscars|Oscar"),
        summary(
            NAMES.resolve(
                mentions(
                    "Haitis", "LOC", "Haiti", "LOC", "Googles", "ORG", "Google", "ORG", "Oscars",
                    "MISC", "Oscar", "MISC"))));
    // the base form is taken from inside a longer mention too
    assertEquals(
        List.of("Xi Jinping/PER: Xi Jinping|Xis"),
        summary(NAMES.resolve(mentions("Xi Jinping", "PER", "Xis", "PER"))));
  }

  @Test
  void namesEndingInSKeepItWhenNoBaseFormIsVouchedFor() {
    // every mention has the s: no shorter form occurs and the lexicon knows none
    assertEquals(
        List.of(
            "Jürgen Habermas/PER: Jürgen Habermas|Habermas",
            "Kiki Bertens/PER: Kiki Bertens|Bertens"),
        summary(
            NAMES.resolve(
                mentions(
                    "Jürgen Habermas",
                    "PER",
                    "Habermas",
                    "PER",
                    "Kiki Bertens",
                    "PER",
                    "Bertens",
                    "PER"))));
    assertEquals(
        List.of("Thomas/PER: Thomas", "Paris/LOC: Paris", "Klaus/PER: Klaus"),
        summary(NAMES.resolve(mentions("Thomas", "PER", "Paris", "LOC", "Klaus", "PER"))));
    // beside genitives that lose their s: attested in the document, or known to the lexicon
    assertEquals(
        List.of(
            "Wladimir Putin/PER: Wladimir Putin|Putins",
            "China/LOC: Chinas",
            "Russland/LOC: Russlands"),
        summary(
            NAMES.resolve(
                mentions(
                    "Wladimir Putin",
                    "PER",
                    "Putins",
                    "PER",
                    "Chinas",
                    "LOC",
                    "Russlands",
                    "LOC"))));
  }

  @Test
  void negativeCasesStay() {
    assertEquals(
        List.of(
            "Paris/LOC: Paris",
            "USA/LOC: USA",
            "Jones/PER: Jones",
            "Hans/PER: Hans",
            "Schulz/PER: Schulz",
            "Mars/LOC: Mars"),
        summary(
            NAMES.resolve(
                mentions(
                    "Paris", "LOC", "USA", "LOC", "Jones", "PER", "Hans", "PER", "Schulz", "PER",
                    "Mars", "LOC"))));
  }

  @Test
  void innerGenitiveIsKept() {
    assertEquals(
        List.of("Kaufhaus des Westens/ORG: Kaufhaus des Westens"),
        summary(NAMES.resolve(mentions("Kaufhaus des Westens", "ORG"))));
    assertEquals(
        List.of("Ursula von der Leyen/PER: Ursula von der Leyens|von der Leyen"),
        summary(NAMES.resolve(mentions("Ursula von der Leyens", "PER", "von der Leyen", "PER"))));
  }

  @Test
  void multiWordGenitiveOnLastToken() {
    assertEquals(
        List.of("Angela Merkel/PER: Angela Merkels|Merkel"),
        summary(NAMES.resolve(mentions("Angela Merkels", "PER", "Merkel", "PER"))));
  }

  @Test
  void whiteSpaceInMentionsIsNormalized() {
    List<EntityMention> in =
        List.of(
            new EntityMention("Wladimir\nPutin", "PER", 0, 14, 0, 2, 0.9, "Wladimir\nPutin"),
            new EntityMention("Putin", "PER", 20, 25, 5, 6, 0.9, "Putin"));
    assertEquals(
        List.of("Wladimir Putin", "Wladimir Putin"),
        NAMES.canonicalize(in).stream().map(EntityMention::canonical).toList());
  }

  @Test
  void customLists() {
    CanonicalNames custom = new CanonicalNames(Set.of("Genosse"), Set.of(), Set.of("Merkels"));
    assertEquals("Merkels", custom.baseForm("Merkels", "PER"));
    assertEquals("China", custom.baseForm("Chinas", "LOC"));
    assertEquals(
        List.of("Erich Honecker/PER: Genosse Honecker|Erich Honecker"),
        summary(custom.resolve(mentions("Genosse Honecker", "PER", "Erich Honecker", "PER"))));
    assertEquals(
        List.of("Präsident Putin/PER: Präsident Putin"),
        summary(custom.resolve(mentions("Präsident Putin", "PER"))));
  }

  @Test
  void emptyInput() {
    assertEquals(List.of(), NAMES.resolve(List.of()));
    assertEquals(List.of(), NAMES.canonicalize(List.of()));
  }

  @Test
  void threadSafe() {
    List<EntityMention> in = mentions("Wladimir Putin", "PER", "Putins", "PER", "Chinas", "LOC");
    List<String> expected = summary(NAMES.resolve(in));
    IntStream.range(0, 200)
        .parallel()
        .forEach(i -> assertEquals(expected, summary(NAMES.resolve(in))));
  }

  @Test
  void adjectiveNamesAreGroupedInTheNominative() {
    assertEquals(
        List.of(
            "Auswärtiges Amt/ORG: Auswärtigen Amts|Auswärtige Amt|Auswärtigen Amt",
            "Europäische Zentralbank/ORG: Europäischen Zentralbank",
            "Deutscher Bundestag/ORG: Deutschen Bundestages|Deutsche Bundestag",
            "Weißes Haus/LOC: Weißen Haus",
            "Vereinigte Staaten/LOC: Vereinigten Staaten",
            "Internationaler Währungsfonds/ORG: Internationalen Währungsfonds|Internationale "
                + "Währungsfonds",
            "Bundestag/ORG: Bundestag"),
        summary(
            NAMES.resolve(
                mentions(
                    "Auswärtigen Amts",
                    "ORG",
                    "Europäischen Zentralbank",
                    "ORG",
                    "Deutschen Bundestages",
                    "ORG",
                    "Auswärtige Amt",
                    "ORG",
                    "Weißen Haus",
                    "LOC",
                    "Vereinigten Staaten",
                    "LOC",
                    "Internationalen Währungsfonds",
                    "ORG",
                    "Deutsche Bundestag",
                    "ORG",
                    "Auswärtigen Amt",
                    "ORG",
                    "Bundestag",
                    "ORG",
                    "Internationale Währungsfonds",
                    "ORG"))));
  }

  @Test
  void personNamesKeepTheirAdjectives() {
    assertEquals(
        List.of("Kleine Hans/PER: Kleine Hans"),
        summary(NAMES.resolve(mentions("Kleine Hans", "PER"))));
  }
}
