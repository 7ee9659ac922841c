package io.github.germannlp.internal.ner.train;

import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name-type table harvested from unlabeled text: for each capitalised word, how often it stands
 * where German puts a person's name ({@code Herr Habeck}, {@code Kollegin Baerbock}, {@code
 * Friedrich Merz}), a place ({@code in Kiew}, {@code nach Peking}, {@code aus Polen}) or an
 * organisation ({@code die Firma Bosch}, {@code Siemens AG}, {@code SPD-Fraktion}), and how often
 * it follows an article or determiner (names of persons and places rarely do, common nouns and many
 * organisations mostly do). Words the lexicon knows as common nouns get no cue categories: {@code
 * Frau Präsidentin} says nothing of {@code Präsidentin}.
 *
 * <p>Feed sentences with {@link #add(String[])}, then read the gazetteer categories with {@link
 * #categories()}: {@code CTXPER}, {@code CTXLOC}, {@code CTXORG}, {@code ARTLOW} and {@code
 * ARTHIGH}. Not thread-safe.
 */
final class NameContexts {
  /** A word must be seen this often (capitalised, not first in its sentence) to be judged. */
  static final int MIN_SEEN = 3;

  private static final Set<String> PERSON_BEFORE =
      Set.of(
          "Herr",
          "Herrn",
          "Frau",
          "Kollege",
          "Kollegin",
          "Kollegen",
          "Dr.",
          "Prof.",
          "Bundeskanzler",
          "Bundeskanzlerin",
          "Kanzler",
          "Kanzlerin",
          "Präsident",
          "Präsidentin",
          "Minister",
          "Ministerin",
          "Bundesminister",
          "Bundesministerin",
          "Staatssekretär",
          "Staatssekretärin",
          "Ministerpräsident",
          "Ministerpräsidentin",
          "Außenminister",
          "Außenministerin",
          "Abgeordnete",
          "Abgeordneter",
          "Abgeordneten",
          "Bürgermeister",
          "Bürgermeisterin",
          "Papst",
          "Senator",
          "Senatorin");
  private static final Set<String> PLACE_BEFORE =
      Set.of(
          "in",
          "nach",
          "aus",
          "Stadt",
          "Hauptstadt",
          "Region",
          "Provinz",
          "Bundesland",
          "Gemeinde",
          "Kreis",
          "Landkreis");
  private static final Set<String> ORG_BEFORE =
      Set.of(
          "Firma",
          "Konzern",
          "Konzerns",
          "Unternehmen",
          "Unternehmens",
          "Partei",
          "Gewerkschaft",
          "Verband",
          "Verbandes",
          "Organisation",
          "Bank",
          "Sender",
          "Verein",
          "Vereins",
          "Zeitung",
          "Club",
          "Klub");
  private static final Set<String> ORG_AFTER =
      Set.of(
          "AG", "GmbH", "SE", "KG", "KGaA", "e.V.", "Inc.", "Ltd.", "Corp.", "Group", "Holding",
          "S.A.", "plc", "mbH");

  /** Hyphenated heads that make the word before them an organisation: SPD-Fraktion. */
  private static final Set<String> ORG_HEADS =
      Set.of(
          "Fraktion",
          "Bundestagsfraktion",
          "Chef",
          "Chefin",
          "Konzern",
          "Vorsitzende",
          "Vorsitzender",
          "Vorsitzenden",
          "Mitglied",
          "Mitglieder",
          "Abgeordnete",
          "Abgeordneten",
          "Parteitag",
          "Fraktionschef",
          "Spitze",
          "Vorstand",
          "Aktie",
          "Aktien",
          "Zentrale",
          "Sprecher",
          "Sprecherin");

  private static final Set<String> DETERMINERS =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
          "eines", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "dieser", "diese",
          "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jedem", "jeden", "kein", "keine",
          "keinen", "keinem", "keiner", "keines", "sein", "seine", "seinen", "seinem", "seiner",
          "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "unseren", "unserem",
          "unserer", "unseres", "welche", "welcher", "welches", "alle", "aller");

  /** Per word: seen, person cue, place cue, organisation cue, after a determiner. */
  private final Map<String, int[]> counts = new HashMap<>(1 << 20);

  private final Set<String> firstNames;

  /**
   * @param firstNames common first names; a capitalised word after one counts as a person cue
   */
  NameContexts(Set<String> firstNames) {
    this.firstNames = firstNames;
  }

  /**
   * Counts the contexts of one sentence's capitalised words (the first word of the sentence is
   * skipped: it is capitalised anyway).
   *
   * @param tokens the sentence's tokens
   */
  void add(String[] tokens) {
    for (int i = 1; i < tokens.length; i++) {
      String w = tokens[i];
      int hyphen = w.indexOf('-');
      if (hyphen > 1 && hyphen < w.length() - 1 && ORG_HEADS.contains(w.substring(hyphen + 1))) {
        String head = w.substring(0, hyphen);
        if (Character.isUpperCase(head.charAt(0))) {
          counts.computeIfAbsent(head, k -> new int[5])[3]++; // SPD-Fraktion: SPD
        }
      }
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      int[] c = counts.computeIfAbsent(w, k -> new int[5]);
      c[0]++;
      String prev = tokens[i - 1];
      if (PERSON_BEFORE.contains(prev) || firstNames.contains(prev)) {
        c[1]++;
      }
      if (PLACE_BEFORE.contains(prev)) {
        c[2]++;
      }
      if (ORG_BEFORE.contains(prev) || i + 1 < tokens.length && ORG_AFTER.contains(tokens[i + 1])) {
        c[3]++;
      }
      if (DETERMINERS.contains(prev.toLowerCase(Locale.ROOT))) {
        c[4]++;
      }
    }
  }

  /**
   * The table as gazetteer categories.
   *
   * @return {@code CTXPER}: words with at least two person cues making 5 % of their uses; {@code
   *     CTXLOC}: two place cues making 20 %; {@code CTXORG}: two organisation cues making 5 %;
   *     {@code ARTLOW}: words seen at least {@value #MIN_SEEN} times, after a determiner in under
   *     10 % of their uses; {@code ARTHIGH}: over half of their uses. Words the lexicon knows as
   *     common nouns get no {@code CTX} category.
   */
  Map<String, List<String>> categories() {
    GermanLexicon lexicon = GermanLexicon.get();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String c : List.of("CTXPER", "CTXLOC", "CTXORG", "ARTLOW", "ARTHIGH")) {
      out.put(c, new ArrayList<>());
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      String w = e.getKey();
      boolean cues = c[1] >= 2 || c[2] >= 2 || c[3] >= 2;
      if (cues && !isCommonNoun(lexicon, w)) {
        double seen = Math.max(c[0], 1);
        if (c[1] >= 2 && c[1] / seen >= 0.05) {
          out.get("CTXPER").add(w);
        }
        if (c[2] >= 2 && c[2] / seen >= 0.2) {
          out.get("CTXLOC").add(w);
        }
        if (c[3] >= 2 && c[3] / seen >= 0.05) {
          out.get("CTXORG").add(w);
        }
      }
      if (c[0] >= MIN_SEEN) {
        double article = c[4] / (double) c[0];
        if (article < 0.1) {
          out.get("ARTLOW").add(w);
        } else if (article > 0.5) {
          out.get("ARTHIGH").add(w);
        }
      }
    }
    for (List<String> l : out.values()) {
      l.sort(null); // the gazetteer is the same whatever the map's order
    }
    return out;
  }

  private static boolean isCommonNoun(GermanLexicon lexicon, String w) {
    for (GermanLexicon.Reading r : lexicon.readings(w)) {
      if (r.tag().startsWith("SUB:")) {
        return true;
      }
    }
    return false;
  }
}
