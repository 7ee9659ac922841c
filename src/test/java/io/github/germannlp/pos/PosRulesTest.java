package io.github.germannlp.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The UD German GSD conventions that {@link PosTagger} enforces on top of the model. */
class PosRulesTest {
  private static final PosTagger TAGGER = new PosTagger();

  private static String[] tag(String sentence) {
    String[] words = sentence.split(" ");
    String[] tags = TAGGER.tag(words);
    assertArrayEquals(TAGGER.tagUncached(words), tags, "fast and slow path agree");
    return tags;
  }

  @Test
  void daysAndMonthsAreNames() {
    assertTrue(PosTagger.isDayOrMonth("Dienstag"));
    assertTrue(PosTagger.isDayOrMonth("Dezember"));
    assertFalse(PosTagger.isDayOrMonth("Woche"));
    String[] tags = tag("Die Sitzung an dem kommenden Dienstag fällt bis Dezember aus .");
    assertEquals("PROPN", tags[5]);
    assertEquals("PROPN", tags[8]);
  }

  @Test
  void anUninflectedAdjectiveMayBeAnAdverb() {
    // the lexicon knows "einfach" only as an adjective; its uninflected form may be an adverb
    assertEquals("ADV", tag("Man solle einfach kurz vorbeikommen .")[2]);
    assertEquals("ADJ", tag("Die Aufgabe ist einfach .")[3]);
    assertEquals("ADJ", tag("Eine einfache Aufgabe .")[1]);
  }

  @Test
  void zuBeforeAnInfinitiveIsAParticleBeforeANounPhraseAPreposition() {
    String[] tags = tag("Wir fuhren nach den Ferien zu ihr , um die Bücher zu holen .");
    assertEquals("ADP", tags[5]);
    assertEquals("PART", tags[11]);
    // the rule alone: PART before a pronoun becomes ADP, ADP before an infinitive PART
    String[] words = {"zu", "ihm", "zu", "gehen"};
    String[] t = {"PART", "PRON", "ADP", "VERB"};
    int[] flags = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      flags[i] = TAGGER.wordFlags(words[i]);
    }
    PosTagger.zu(flags, t);
    assertArrayEquals(new String[] {"ADP", "PRON", "PART", "VERB"}, t);
  }

  @Test
  void derDieDasNotBeforeANounPhraseArePronouns() {
    String[] tags = tag("Das glaube ich nicht , aber die sehen das anders .");
    assertEquals("PRON", tags[0]);
    assertEquals("PRON", tags[6]);
    assertEquals("PRON", tags[8]);
    tags = tag("Die Kinder , die in Berlin leben , lieben den für sie neuen Park .");
    assertEquals("DET", tags[0]);
    assertEquals("PRON", tags[3]);
    assertEquals("DET", tags[9]); // an extended attribute, not a relative clause
  }

  @Test
  void pronounRuleLooksPastAdverbsAdjectivesAndQuotes() {
    String[] words = {"Die", "``", "Alten", "''", "kommen", ",", "die", "sehr", "spät", "kamen"};
    String[] t = {"DET", "PUNCT", "NOUN", "PUNCT", "VERB", "PUNCT", "DET", "ADV", "ADJ", "VERB"};
    int[] flags = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      flags[i] = TAGGER.wordFlags(words[i]);
    }
    PosTagger.pronouns(words, flags, t);
    assertEquals("DET", t[0]);
    assertEquals("PRON", t[6]);
  }

  @Test
  void habenIsAnAuxiliaryWithAParticipleInItsClause() {
    // the participle lies past a parenthesis, a hyphen, a comma between adjectives
    assertEquals("AUX", tag("Die Firma hat an dem Freitag die neuen ( und teuren ) Geräte "
        + "vorgestellt .")[2]);
    assertEquals("AUX", tag("Das Gericht hat den früheren DDR - Richter freigesprochen .")[2]);
    assertEquals("AUX", tag("Er hat sich für das neue , sichere Verfahren ausgesprochen .")[1]);
    assertEquals("VERB", tag("Ich hatte an dem Abend keine Zeit , das Buch zu lesen .")[1]);
  }

  @Test
  void werdenIsAVerbWithoutAParticipleOrInfinitive() {
    String[] tags = tag("Sie wird in dem nächsten Jahr Ärztin .");
    assertEquals("VERB", tags[1]);
    tags = tag("Der Garten wurde in dem Frühjahr ganz neu angelegt .");
    assertEquals("AUX", tags[2]);
    assertEquals("VERB", tags[8]);
  }

  @Test
  void seinIsAVerbWhereItSaysWhereSomethingIs() {
    assertEquals("VERB", tag("Wir waren gestern in dem Museum .")[1]);
    assertEquals("VERB", tag("Ich war leider nie dort .")[1]);
    assertEquals("AUX", tag("Das Wetter war an dem Wochenende sehr schön .")[2]);
    assertEquals("AUX", tag("Mein Bruder ist in Berlin ein bekannter Arzt .")[2]);
  }
}
