package io.github.germannlp.internal.pos;

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
    assertTrue(WordFlags.isDayOrMonth("Dienstag"));
    assertTrue(WordFlags.isDayOrMonth("Dezember"));
    assertFalse(WordFlags.isDayOrMonth("Woche"));
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
    new ZuRule().apply(words, flags, t);
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
    new PronounRule().apply(words, flags, t);
    assertEquals("DET", t[0]);
    assertEquals("PRON", t[6]);
  }

  @Test
  void habenIsAnAuxiliaryWithAParticipleInItsClause() {
    // the participle lies past a parenthesis, a hyphen, a comma between adjectives
    assertEquals(
        "AUX",
        tag("Die Firma hat an dem Freitag die neuen ( und teuren ) Geräte " + "vorgestellt .")[2]);
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

  @Test
  void ordinalsAreAdjectives() {
    assertTrue(WordFlags.isOrdinal("4."));
    assertTrue(WordFlags.isOrdinal("125."));
    assertFalse(WordFlags.isOrdinal("4"));
    assertFalse(WordFlags.isOrdinal("1.000"));
    assertFalse(WordFlags.isOrdinal("."));
    String[] tags = tag("Am 4. November und an dem 17. Dezember tagt der Rat .");
    assertEquals("ADJ", tags[1]);
    assertEquals("ADJ", tags[6]);
  }

  @Test
  void titlesAreNouns() {
    String[] tags = tag("Herr Dr. Sieben und Frau Prof. Müller kamen .");
    assertEquals("NOUN", tags[1]);
    assertEquals("PROPN", tags[2]);
    assertEquals("NOUN", tags[5]);
    assertEquals("PROPN", tags[6]);
  }

  @Test
  void vielMehrWenigBeforeANounAreDeterminers() {
    assertEquals("DET", tag("Das hat uns viel Zeit gekostet .")[3]);
    assertEquals("DET", tag("Er bekommt dafür mehr freie Zeit .")[3]);
    assertEquals("ADV", tag("Er kommt nicht mehr .")[3]);
    // the rule alone
    String[] words = {"viel", "gutes", "Essen", "und", "viel", "."};
    String[] t = {"ADV", "ADJ", "NOUN", "CCONJ", "ADV", "PUNCT"};
    int[] flags = flags(words);
    new LexicalRule().apply(words, flags, t);
    assertArrayEquals(new String[] {"DET", "ADJ", "NOUN", "CCONJ", "ADV", "PUNCT"}, t);
  }

  @Test
  void adjectivesFromPlaceNamesAreAdjectives() {
    assertEquals("ADJ", tag("Die Kasseler Richter entschieden anders .")[1]);
    assertEquals("ADJ", tag("Das steht in der Amsterdamer Tageszeitung .")[4]);
    // the rule alone: before a noun only ("die Frankfurter" are people)
    String[] words = {"Die", "Wiener", "lieben", "den", "Wiener", "Kongress"};
    String[] t = {"DET", "NOUN", "VERB", "DET", "PROPN", "PROPN"};
    new LexicalRule().apply(words, flags(words), t);
    assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "DET", "ADJ", "PROPN"}, t);
  }

  @Test
  void langeOutsideANounPhraseIsAnAdverb() {
    // the lexicon supplements the adverb reading german-pos-dict lacks
    assertTrue((GermanLexicon.get().uposMask("lange") & GermanLexicon.ADV) != 0);
    assertEquals(0, GermanLexicon.get().uposMask("Lange") & GermanLexicon.ADV);
    assertEquals("ADV", tag("Wir warten schon lange auf den Bus .")[3]);
    assertEquals("ADJ", tag("Das war eine lange Reise .")[3]);
  }

  @Test
  void aSubjectPronounAfterBisOrWieBeginsAClause() {
    assertEquals("SCONJ", tag("Wir warteten , bis er kam .")[3]);
    assertEquals("SCONJ", tag("Es war , wie sich herausstellte , ein Irrtum .")[3]);
    assertEquals("ADP", tag("Wir warten bis morgen .")[2]);
    // the rule alone
    String[] words = {"bis", "er", "kam", "und", "wie", "ihm", "bis", "morgen"};
    String[] t = {"ADP", "PRON", "VERB", "CCONJ", "ADP", "PRON", "ADP", "ADV"};
    new SubordinatorRule().apply(words, null, t);
    assertArrayEquals(
        new String[] {"SCONJ", "PRON", "VERB", "CCONJ", "ADP", "PRON", "ADP", "ADV"}, t);
  }

  @Test
  void derBeforeAnotherArticleIsAPronoun() {
    String[] words = {"Schafe", "die", "das", "Image", "verderben"};
    String[] t = {"NOUN", "DET", "DET", "NOUN", "VERB"};
    new PronounRule().apply(words, flags(words), t);
    assertEquals("PRON", t[1]);
    words = new String[] {"die", "beiden", "Männer"};
    t = new String[] {"DET", "DET", "NOUN"};
    new PronounRule().apply(words, flags(words), t);
    assertEquals("DET", t[0], "a quantifier may follow an article");
  }

  @Test
  void aModalIsAnAuxiliaryOnlyWithAnInfinitive() {
    assertEquals("VERB", tag("Ich mag diese Pizza sehr .")[1]);
    assertEquals("AUX", tag("Wir wollten das Haus kaufen .")[1]);
    // the rule alone: an infinitive past a comma keeps the model's tag
    String[] words = {"Er", "kann", ",", "wenn", "er", "will", ",", "kommen"};
    String[] t = {"PRON", "AUX", "PUNCT", "SCONJ", "PRON", "AUX", "PUNCT", "VERB"};
    new ModalRule().apply(words, flags(words), t);
    assertEquals("AUX", t[1]);
    assertEquals("AUX", t[5]);
  }

  @Test
  void shoutedWordsAreTaggedAsTheLexiconWritesThem() {
    String[] tags = tag("DIE VERANSTALTER SIND SEHR ZUFRIEDEN .");
    assertArrayEquals(new String[] {"DET", "NOUN", "AUX", "ADV", "ADJ", "PUNCT"}, tags);
    assertEquals("PROPN", tag("Die SPD und die NATO stimmten zu .")[1], "acronyms stay");
    String[] lemmas =
        new Lemmatizer()
            .lemmatize(new String[] {"ALLE", "DIE", "SEHR"}, new String[] {"DET", "DET", "ADV"});
    assertArrayEquals(new String[] {"alle", "der", "sehr"}, lemmas);
  }

  @Test
  void aLowerCaseWordCapitalisedAtTheStartIsNoName() {
    assertEquals("ADJ", tag("Schönes Hotel mit gutem Frühstück .")[0]);
    assertEquals("VERB", tag("Kenne den Laden schon lange .")[0]);
    // a name the lexicon knows stays one
    assertEquals("PROPN", tag("Merkel kam gestern an .")[0]);
  }

  @Test
  void anUnknownCompoundWithACommonNounHeadIsANoun() {
    // unknown to the lexicon, but Druck, Schrank, Krieg are common nouns
    assertEquals("NOUN", tag("Die USA erhöhen den Sanktionsdruck auf Russland .")[4]);
    assertEquals("NOUN", tag("Der Jalousienschrank ist kaputt .")[1]);
    assertEquals("NOUN", tag("Newsblog zum Ukraine-Krieg : alle Entwicklungen .")[0]);
    assertEquals("NOUN", tag("Newsblog zum Ukraine-Krieg : alle Entwicklungen .")[2]);
  }

  @Test
  void placeNameAndFamilyNameCompoundsStayOpen() {
    // heads of place names and family names: the model decides
    String[] tags = tag("Wir fahren mit Herrn Schuchmann nach Falkensee .");
    assertEquals("PROPN", tags[4]);
    assertEquals("PROPN", tags[6]);
  }

  @Test
  void aTokenWithLettersIsNoPunctuation() {
    String[] words = {"Lesedauer", ":", "2", "Min.", "(", "imago-images", ")"};
    String[] t = {"NOUN", "PUNCT", "NUM", "PUNCT", "PUNCT", "PUNCT", "PUNCT"};
    new NoPunctuationRule().apply(words, null, t);
    assertArrayEquals(new String[] {"NOUN", "PUNCT", "NUM", "NOUN", "PUNCT", "X", "PUNCT"}, t);
  }

  private static int[] flags(String[] words) {
    int[] flags = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      flags[i] = TAGGER.wordFlags(words[i]);
    }
    return flags;
  }
}
