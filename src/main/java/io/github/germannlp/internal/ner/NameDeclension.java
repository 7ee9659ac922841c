package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Puts the leading adjectives of a name into the nominative strong form that agrees with the name's
 * head noun ({@code Auswärtigen Amts} → {@code Auswärtiges Amt}, {@code Europäischen Zentralbank} →
 * {@code Europäische Zentralbank}, {@code Deutschen Bundestages} → {@code Deutscher Bundestag},
 * {@code Vereinigten Staaten} → {@code Vereinigte Staaten}), using the German full-form lexicon
 * ({@link GermanLexicon}).
 *
 * <p>A name qualifies when it starts with one or more capitalised adjectives or participles (words
 * the lexicon reads as {@code ADJ}, {@code PA1} or {@code PA2} with a case; of a hyphenated
 * adjective such as {@code Christlich-Demokratischen} the last part) followed by a capitalised head
 * noun ({@code SUB} or {@code EIG} readings; of an unknown compound the longest known final part,
 * {@code Währungsfonds} → {@code Fonds}). Unknown words in {@code -er} between them are taken for
 * indeclinable place adjectives and kept ({@code Neuen Zürcher Zeitung} → {@code Neue Zürcher
 * Zeitung}). Words after the head are kept ({@code Vereinigten Staaten von Amerika}).
 *
 * <p>The head's number and gender are those that all the adjectives and the head agree in, in some
 * case, and in which the head as it will stand is a nominative ({@code Olympischen Spiele}: plural,
 * as {@code Spiele} is no nominative singular). If that leaves two genders, or nothing, the name is
 * kept. If it leaves the singular and the plural of a head with one form for both ({@code
 * Währungsfonds}, {@code Wähler}), the name is kept when the head is a noun in {@code -er} made
 * from a verb, a group of persons that may be plural ({@code Freie Wähler}, {@code Freien Wähler}),
 * and otherwise the singular is taken, as most names are singular ({@code Internationalen
 * Währungsfonds} and {@code Internationale Währungsfonds} → {@code Internationaler Währungsfonds}).
 * Singular and plural of two different words ({@code Spielen}: of {@code Spiel}, and the verbal
 * noun) leave the name as it is.
 *
 * <p>The name is also kept when the head is followed by another common noun (an open compound:
 * {@code Deutschen Architektur Museum}, whose head is {@code Museum}) or when the head is itself an
 * adjective used as a noun ({@code Vereinigten Liberalen}). An adjective that is also a noun of its
 * own ({@code Reiches} of {@code Reich}) ends the adjectives ({@code Heiligen Römischen Reiches
 * Deutscher Nation} → {@code Heiliges Römisches Reich Deutscher Nation}).
 *
 * <p>Each adjective is replaced by the form the lexicon lists with the same lemma as nominative,
 * strong declension ({@code SOL}), in that number and gender; if any adjective has none, the name
 * is kept. A weak nominative ({@code Deutsche Bundestag}, from {@code der Deutsche Bundestag})
 * becomes strong too, so that all forms of one name group together. A head noun that the lexicon
 * reads only as a genitive singular gets its lemma ({@code Bundestages} → {@code Bundestag}).
 *
 * <p>Stateless and thread-safe; the lexicon is loaded on first use.
 */
final class NameDeclension {

  private static final String[] CASES = {"NOM", "GEN", "DAT", "AKK"};

  private NameDeclension() {}

  /**
   * The name with its leading adjectives in the nominative, or {@code tokens} itself when nothing
   * changes.
   *
   * @param written the name's tokens as written, for agreement (case is marked there)
   * @param tokens the same tokens, possibly with the last one already in its base form; the result
   *     is built from these
   */
  static String[] nominative(String[] written, String[] tokens) {
    int n = tokens.length;
    if (n < 2 || written.length != n || !couldBeAdjective(written[0])) {
      return tokens;
    }
    GermanLexicon lexicon = GermanLexicon.get();
    // the leading adjectives (null entry: an indeclinable -er word kept as it is)
    int k = 0;
    Adjective[] adjectives = new Adjective[n];
    while (k < n - 1) {
      Adjective a = adjective(lexicon, written[k]);
      if (a != null && k > 0 && isNounToo(lexicon, written[k], a)) {
        break; // Heiligen Römischen Reiches Deutscher Nation: Reiches is the head
      }
      if (a == null) {
        if (k > 0 && isIndeclinable(lexicon, written[k])) {
          k++;
          continue;
        }
        break;
      }
      adjectives[k++] = a;
    }
    if (k == 0 || adjectives[0] == null || !isCapitalised(written[k])) {
      return tokens;
    }
    Head head = head(lexicon, written[k]);
    if (head == null || (k + 1 < n && isCommonNoun(lexicon, written[k + 1]))) {
      return tokens; // no head, or an open compound (Deutschen Architektur Museum): unsure
    }
    Set<String> agree = new HashSet<>(head.readings);
    for (int i = 0; i < k; i++) {
      if (adjectives[i] != null) {
        agree.retainAll(adjectives[i].readings);
      }
    }
    Set<String> numberGender = new LinkedHashSet<>();
    for (String r : agree) {
      numberGender.add(r.substring(r.indexOf(':') + 1));
    }
    // the head as it will stand: already in its base form, or the nominative of a genitive
    String finalHead =
        !tokens[k].equals(written[k])
            ? tokens[k]
            : head.nominative != null ? head.nominative : written[k];
    Head headAfter = finalHead.equals(written[k]) ? head : head(lexicon, finalHead);
    String target = choose(numberGender, head, headAfter, written[k]);
    if (target == null) {
      return tokens;
    }
    String[] out = tokens.clone();
    for (int i = 0; i < k; i++) {
      if (adjectives[i] == null) {
        continue;
      }
      String form = adjectives[i].nominative(lexicon, target);
      if (form == null) {
        return tokens;
      }
      out[i] = form;
    }
    out[k] = finalHead;
    return out;
  }

  /**
   * The number and gender to decline for ({@code SIN:NEU}, {@code PLU}), or null when unsure.
   *
   * @param numberGender the numbers and genders the adjectives and the head agree in
   * @param head the head as written
   * @param headAfter the head as it will stand in the name, or null if unknown
   */
  private static String choose(
      Set<String> numberGender, Head head, Head headAfter, String headWord) {
    if (headAfter == null) {
      return null;
    }
    if (numberGender.size() > 1 && numberGender.contains("PLU") && !head.sameFormForBothNumbers()) {
      return null; // two words (Spielen: of Spiel, and the verbal noun): unsure
    }
    // the head must be a nominative in the number and gender chosen (Spiele: plural only)
    numberGender.removeIf(ng -> !headAfter.readings.contains("NOM:" + ng));
    if (numberGender.size() == 1) {
      return numberGender.iterator().next();
    }
    if (numberGender.size() != 2 || !numberGender.contains("PLU")) {
      return null; // no agreement, or two genders
    }
    if (isAgentNoun(headWord)) {
      return null; // Freie Wähler, Freien Wähler: a group of persons, singular or plural
    }
    for (String ng : numberGender) {
      if (!ng.equals("PLU")) {
        return ng; // most names are singular: Internationalen Währungsfonds
      }
    }
    return null;
  }

  /** A noun in {@code -er} made from a verb ({@code Wähler} of {@code wählen}). */
  private static boolean isAgentNoun(String word) {
    if (!word.endsWith("er") || word.length() < 5) {
      return false;
    }
    String verb = lowerFirst(word.substring(word.lastIndexOf('-') + 1, word.length() - 2)) + "en";
    for (GermanLexicon.Reading r : GermanLexicon.get().readings(verb)) {
      if (r.tag().startsWith("VER:INF")) {
        return true;
      }
    }
    return false;
  }

  /** An adjective of a name: its readings as {@code CASE:SIN:GENDER} or {@code CASE:PLU}. */
  private record Adjective(String prefix, String word, Set<String> readings, Set<String> lemmas) {

    /** The nominative strong form in {@code target}, capitalised like the word, or null. */
    String nominative(GermanLexicon lexicon, String target) {
      String lower = lowerFirst(word);
      String want = "PLU".equals(target) ? "NOM:PLU:" : "NOM:" + target + ":";
      String ending =
          switch (target) {
            case "SIN:MAS" -> "er";
            case "SIN:NEU" -> "es";
            default -> "e";
          };
      Set<String> candidates = new LinkedHashSet<>();
      candidates.add(lower);
      for (String e : new String[] {"en", "em", "er", "es", "e"}) {
        if (lower.endsWith(e) && lower.length() > e.length() + 1) {
          candidates.add(lower.substring(0, lower.length() - e.length()) + ending);
        }
      }
      String found = null;
      for (String c : candidates) {
        if (isStrongNominative(lexicon, c, want)
            || isStrongNominative(lexicon, upperFirst(c), want)) {
          if (found != null && !found.equals(c)) {
            return null; // two forms: unsure
          }
          found = c;
        }
      }
      if (found == null) {
        return null;
      }
      return prefix + (Character.isUpperCase(word.charAt(0)) ? upperFirst(found) : found);
    }

    private boolean isStrongNominative(GermanLexicon lexicon, String form, String want) {
      for (GermanLexicon.Reading r : lexicon.readings(form)) {
        String tag = r.tag();
        if (isAdjectiveTag(tag)
            && tag.startsWith(want, 4)
            && tag.contains(":SOL")
            && lemmas.contains(r.lemma())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A head noun: its readings as {@code CASE:SIN:GENDER} or {@code CASE:PLU}, the lemmas of its
   * singular and of its plural readings, and its nominative if it is a genitive (else null).
   */
  private record Head(
      Set<String> readings,
      Set<String> singularLemmas,
      Set<String> pluralLemmas,
      String nominative) {

    /** Whether one lemma has this form in the singular and in the plural (Fonds, Wähler). */
    boolean sameFormForBothNumbers() {
      for (String l : singularLemmas) {
        if (pluralLemmas.contains(l)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A capitalised word the lexicon reads as a common noun and never as a name. */
  private static boolean isCommonNoun(GermanLexicon lexicon, String word) {
    if (!isCapitalised(word)) {
      return false;
    }
    for (GermanLexicon.Reading r : lexicon.readings(lowerFirst(word))) {
      if (isAdjectiveTag(r.tag())) {
        return false; // Heiligen Römischen Reiches Deutscher Nation
      }
    }
    boolean noun = false;
    for (GermanLexicon.Reading r : lexicon.readings(word)) {
      if (r.tag().startsWith("EIG:")) {
        return false;
      }
      noun |= r.tag().startsWith("SUB:");
    }
    return noun;
  }

  /** Whether the word's first letter is a capital and the rest is lowercase letters. */
  private static boolean couldBeAdjective(String word) {
    int hyphen = word.lastIndexOf('-');
    return isCapitalised(word) && isCapitalised(word.substring(hyphen + 1));
  }

  private static boolean isCapitalised(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '-' && i + 1 < word.length() && Character.isUpperCase(word.charAt(i + 1))) {
        i++; // Christlich-Demokratische
      } else if (!Character.isLowerCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The word as an attributive adjective, or null. */
  private static Adjective adjective(GermanLexicon lexicon, String word) {
    if (!couldBeAdjective(word)) {
      return null;
    }
    int hyphen = word.lastIndexOf('-');
    String prefix = word.substring(0, hyphen + 1);
    String last = word.substring(hyphen + 1);
    Set<String> readings = new HashSet<>();
    Set<String> lemmas = new HashSet<>();
    for (String form : new String[] {last, lowerFirst(last)}) {
      for (GermanLexicon.Reading r : lexicon.readings(form)) {
        String tag = r.tag();
        if (isAdjectiveTag(tag)) {
          String reading = reading(tag.substring(4));
          if (reading != null) {
            readings.add(reading);
            lemmas.add(r.lemma());
          }
        }
      }
    }
    return readings.isEmpty() ? null : new Adjective(prefix, last, readings, lemmas);
  }

  /**
   * Whether the capitalised word is also a noun other than the adjective used as a noun ({@code
   * Reiches} of {@code Reich}, not {@code Deutschen} of {@code Deutsche}).
   */
  private static boolean isNounToo(GermanLexicon lexicon, String word, Adjective a) {
    for (GermanLexicon.Reading r : lexicon.readings(word)) {
      String tag = r.tag();
      if ((tag.startsWith("SUB:") || tag.startsWith("EIG:")) && !tag.endsWith(":ADJ")) {
        String lemma = lowerFirst(r.lemma());
        boolean nominalised = false;
        for (String adjectiveLemma : a.lemmas) {
          String l = lowerFirst(adjectiveLemma);
          // Deutsche, Deutscher; Wiener (indeclinable) is its own lemma, Reich is not
          nominalised |=
              lemma.equals(l + "e")
                  || lemma.equals(l + "er")
                  || lemma.equals(l) && l.endsWith("er");
        }
        if (!nominalised) {
          return true;
        }
      }
    }
    return false;
  }

  /** An unknown capitalised word in {@code -er}: an indeclinable place adjective (Zürcher). */
  private static boolean isIndeclinable(GermanLexicon lexicon, String word) {
    return isCapitalised(word)
        && word.length() > 4
        && word.endsWith("er")
        && lexicon.readings(word).isEmpty()
        && lexicon.readings(lowerFirst(word)).isEmpty();
  }

  private static boolean isAdjectiveTag(String tag) {
    return tag.startsWith("ADJ:") || tag.startsWith("PA1:") || tag.startsWith("PA2:");
  }

  /** {@code CASE:SIN:GENDER} or {@code CASE:PLU} from a tag's {@code CASE:NUMBER:GENDER…}. */
  private static String reading(String caseNumberGender) {
    String[] p = caseNumberGender.split(":");
    if (p.length < 3 || !isCase(p[0])) {
      return null;
    }
    if (p[1].equals("PLU")) {
      return p[0] + ":PLU";
    }
    if (p[1].equals("SIN") && (p[2].equals("MAS") || p[2].equals("FEM") || p[2].equals("NEU"))) {
      return p[0] + ":SIN:" + p[2];
    }
    return null;
  }

  private static boolean isCase(String s) {
    for (String c : CASES) {
      if (c.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head noun's readings, from the word, its part after a hyphen or its longest final part; a
   * final part after a linking {@code s} when the {@code s} would otherwise begin it ({@code
   * Bundesamt}: {@code Amt}, not {@code Samt}).
   */
  private static Head head(GermanLexicon lexicon, String word) {
    int hyphen = word.lastIndexOf('-');
    String prefix = word.substring(0, hyphen + 1);
    String last = word.substring(hyphen + 1);
    if (last.length() < 2 || !Character.isUpperCase(last.charAt(0))) {
      return null;
    }
    Head h = nounReadings(lexicon, prefix, last);
    for (int i = 1; h == null && i <= last.length() - 3; i++) {
      String part = Character.toUpperCase(last.charAt(i)) + last.substring(i + 1);
      if (Character.isLowerCase(last.charAt(i))) {
        h = nounReadings(lexicon, prefix + last.substring(0, i), part);
        if (h != null && last.charAt(i) == 's' && i + 1 <= last.length() - 3) {
          // a linking s before a noun of its own: Bundes|amt rather than Bundes|samt
          String rest = Character.toUpperCase(last.charAt(i + 1)) + last.substring(i + 2);
          Head linked = nounReadings(lexicon, prefix + last.substring(0, i + 1), rest);
          if (linked != null) {
            h = linked;
          }
        }
      }
    }
    return h;
  }

  /**
   * The noun readings of {@code word}, with its nominative when all readings are genitive singular
   * of one lemma ({@code prefix} is put in front, lowercasing the lemma's first letter after a
   * compound's first part); null if the word has no noun reading.
   */
  private static Head nounReadings(GermanLexicon lexicon, String prefix, String word) {
    Set<String> readings = new HashSet<>();
    Set<String> singular = new HashSet<>();
    Set<String> plural = new HashSet<>();
    Set<String> genitiveLemmas = new HashSet<>();
    boolean onlyGenitive = true;
    for (GermanLexicon.Reading r : lexicon.readings(word)) {
      String tag = r.tag();
      if (!(tag.startsWith("SUB:") || tag.startsWith("EIG:"))) {
        onlyGenitive = false;
        continue;
      }
      if (tag.endsWith(":ADJ")) {
        return null; // an adjective used as a noun declines itself (Vereinigten Liberalen)
      }
      String p = tag.substring(4);
      String reading =
          p.startsWith("NOM:PLU:NOG")
                  || p.startsWith("GEN:PLU:NOG")
                  || p.startsWith("DAT:PLU:NOG")
                  || p.startsWith("AKK:PLU:NOG")
              ? p.substring(0, 3) + ":PLU"
              : reading(p);
      if (reading == null) {
        continue;
      }
      readings.add(reading);
      (reading.endsWith(":PLU") ? plural : singular).add(r.lemma());
      if (tag.startsWith("SUB:GEN:SIN:")) {
        genitiveLemmas.add(r.lemma());
      } else {
        onlyGenitive = false;
      }
    }
    if (readings.isEmpty()) {
      return null;
    }
    String nominative = null;
    if (onlyGenitive && genitiveLemmas.size() == 1) {
      String lemma = genitiveLemmas.iterator().next();
      if (!lemma.equals(word) && lemma.length() > 1) {
        boolean compoundPart = !prefix.isEmpty() && !prefix.endsWith("-");
        nominative = prefix + (compoundPart ? lowerFirst(lemma) : lemma);
      }
    }
    return new Head(readings, singular, plural, nominative);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** For tests: the nominative of a name written as space-separated tokens. */
  static String nominative(String name) {
    String[] t = name.split(" ");
    return String.join(" ", nominative(t, t));
  }
}
