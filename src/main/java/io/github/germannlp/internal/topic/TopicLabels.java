package io.github.germannlp.internal.topic;

import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How topics are labelled and which words may be topics: labels from surface forms and lemmas,
 * names and common nouns, hyphen pieces, adjective phrases in the nominative, legal forms cut from
 * company names. Stateless.
 */
final class TopicLabels {
  private TopicLabels() {}

  /**
   * A noun's label: its lemma, with the head of a hyphenated compound written as in the text
   * ({@code Business-Limousinen} → {@code Business-Limousine}, not {@code Business-limousine}).
   */
  static String label(String text, String lemma) {
    if (lemma == null) {
      return null;
    }
    int hyphen = lemma.lastIndexOf('-');
    int textHyphen = text.lastIndexOf('-');
    if (hyphen <= 0
        || hyphen + 1 >= lemma.length()
        || textHyphen < 0
        || textHyphen + 1 >= text.length()) {
      return lemma;
    }
    char head = lemma.charAt(hyphen + 1);
    char written = text.charAt(textHyphen + 1);
    if (Character.isUpperCase(written) && Character.isLowerCase(head)) {
      return lemma.substring(0, hyphen + 1)
          + Character.toUpperCase(head)
          + lemma.substring(hyphen + 2);
    }
    return lemma;
  }

  static boolean isConcept(String lemma) {
    if (lemma == null
        || lemma.length() < 2
        || TopicExtractor.STOP_NOUNS.get().contains(lemma)
        || lemma.charAt(lemma.length() - 1) == '-') {
      return false; // Software- in Software- und Produktentwicklung is half a word
    }
    int letters = 0;
    boolean lower = false;
    for (int k = 0; k < lemma.length(); k++) {
      char ch = lemma.charAt(k);
      if (Character.isLetter(ch)) {
        letters++;
        lower |= Character.isLowerCase(ch);
      }
    }
    if (!lower
        && letters > 3
        && TopicExtractor.STOP_NOUNS
            .get()
            .contains(lemma.charAt(0) + lemma.substring(1).toLowerCase(Locale.ROOT))) {
      return false; // DIENSTAG in capitals is Dienstag
    }
    return letters >= 2 && Character.isUpperCase(lemma.codePointAt(0));
  }

  /**
   * Whether a word the tagger calls a name (PROPN, X) may be a topic: at most one digit ({@code
   * RTL2}, not the security numbers {@code DE000A1X3VZ3} or {@code A1W9NS}).
   */
  static boolean isName(String word) {
    if (word.endsWith(".")) {
      return false; // an abbreviation (Mrd., Co.)
    }
    int digits = 0;
    for (int k = 0; k < word.length(); k++) {
      if (Character.isDigit(word.charAt(k)) && ++digits > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code part} is a whole piece between hyphens of {@code word} ({@code Hermes} of {@code
   * Hermes-Geschäftsführer}). A part the compound splitter cut from a closed word counts only if
   * the background statistics know it: {@code Stimm} of {@code Stimmrechte}, {@code Innen} of
   * {@code EU-Innenminister} and {@code Site} of {@code Website} are no words of their own.
   */
  static boolean isHyphenPiece(String word, String part) {
    int at = word.indexOf(part);
    while (at >= 0) {
      int end = at + part.length();
      if ((at == 0 || word.charAt(at - 1) == '-')
          && (end == word.length() || word.charAt(end) == '-')) {
        return true;
      }
      at = word.indexOf(part, at + 1);
    }
    return false;
  }

  /** Whether a capital after this token may be for the position: a colon or opening quote. */
  static boolean opensSentence(String previous) {
    return previous.length() == 1 && ":„\"»«‚'–-".indexOf(previous.charAt(0)) >= 0;
  }

  /**
   * Whether {@code word}, capitalised at the start of a sentence, is a word the lexicon knows only
   * in lower case ({@code Angesichts} for {@code angesichts}): no noun and no name.
   */
  static boolean isCapitalisedOtherWord(String word) {
    if (word.length() < 2
        || !Character.isUpperCase(word.charAt(0))
        || !Character.isLowerCase(word.charAt(1))) {
      return false;
    }
    GermanLexicon lexicon = GermanLexicon.get();
    return lexicon.readings(word).isEmpty()
        && !lexicon.readings(Character.toLowerCase(word.charAt(0)) + word.substring(1)).isEmpty();
  }

  /**
   * What the lexicon says of a word the tagger calls a name: null if it is a name or unknown
   * ({@code Ferratum}), the lemma of a common noun ({@code Linden} → {@code Linde}), or the empty
   * string for a word that can be an adjective ({@code Wiener} in {@code Wiener Börse}) or is
   * neither.
   */
  static String commonNounLemma(String form) {
    List<GermanLexicon.Reading> readings = GermanLexicon.get().readings(form);
    String noun = null;
    boolean adjective = false;
    for (GermanLexicon.Reading r : readings) {
      String tag = r.tag();
      if (tag.startsWith("EIG")) {
        return null;
      }
      if (noun == null && tag.startsWith("SUB")) {
        noun = r.lemma();
      }
      adjective |= tag.startsWith("ADJ");
    }
    // Wiener is a noun too, but before a name (Wiener Börse) it is the adjective
    return readings.isEmpty() ? null : noun == null || adjective ? "" : noun;
  }

  /**
   * The label of a noun whose lemma the lemmatizer may have guessed: a form the lexicon does not
   * know and that does not split into known parts gets a lemma from the ending of a known word
   * ({@code Zwahlen} → {@code Zwahle} after {@code Ahlen}, {@code Quattroporte} → {@code
   * Quattroport}); such a word is mostly a name, so it keeps the form the text uses most. Null when
   * the lemma stands (the lexicon knows the form: {@code Kunden} → {@code Kunde}).
   */
  static String guessedLemmaLabel(Map<String, Integer> surfaces) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
      int n = e.getValue();
      if (n > bestCount || n == bestCount && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestCount = n;
      }
    }
    if (best == null) {
      return null;
    }
    GermanLexicon lexicon = GermanLexicon.get();
    for (String form : surfaces.keySet()) {
      if (!lexicon.readings(form).isEmpty()) {
        return null;
      }
    }
    return best;
  }

  /** A name without its legal form ({@code Brenntag AG} → {@code Brenntag}); null if none. */
  static String withoutLegalForm(String name) {
    return io.github.germannlp.internal.ner.LegalForms.strip(name);
  }

  /**
   * The nominative singular of an adjective and noun without article ({@code einseitige
   * Zwangsmaßnahme}, {@code russischer Krieg}, {@code hohes Niveau}); the noun's gender from the
   * lexicon, or from its last part for compounds the lexicon lacks.
   */
  static String phraseLabel(String adjective, String noun) {
    String gender = gender(noun);
    String ending =
        switch (gender) {
          case "MAS" -> "er";
          case "NEU" -> "es";
          default -> "e"; // FEM, and the plural of plural-only nouns
        };
    return stem(adjective) + ending + " " + noun;
  }

  /** The stem an adjective's endings attach to: hoch → hoh, dunkel → dunkl, teuer → teur. */
  static String stem(String adjective) {
    if (adjective.equals("hoch")) {
      return "hoh";
    }
    if (adjective.endsWith("e")) {
      return adjective.substring(0, adjective.length() - 1);
    }
    int n = adjective.length();
    if (n > 4
        && (adjective.endsWith("el") || adjective.endsWith("euer") || adjective.endsWith("auer"))) {
      return adjective.substring(0, n - 2) + adjective.charAt(n - 1);
    }
    return adjective;
  }

  static String gender(String noun) {
    GermanLexicon lexicon = GermanLexicon.get();
    String g = genderOf(lexicon, noun);
    // a compound the lexicon lacks: the gender of its longest known tail
    for (int k = 1; g == null && k < noun.length() - 2; k++) {
      String tail = Character.toUpperCase(noun.charAt(k)) + noun.substring(k + 1);
      g = genderOf(lexicon, tail);
    }
    return g == null ? "FEM" : g;
  }

  static String genderOf(GermanLexicon lexicon, String noun) {
    for (GermanLexicon.Reading r : lexicon.readings(noun)) {
      String tag = r.tag();
      if (tag.startsWith("SUB:NOM:SIN:")) {
        for (String g : new String[] {"MAS", "FEM", "NEU"}) {
          if (tag.contains(g)) {
            return g;
          }
        }
      }
    }
    return null;
  }
}
