package io.github.germannlp.internal.tokenize;

/**
 * Small closed-class word tables. German capitalises articles, pronouns, prepositions, conjunctions
 * and auxiliaries only at the start of a sentence, so a capitalised one is a strong sign of a
 * sentence start — used by the tokenizer (an ordinal's period) and by the sentence splitter
 * (boundaries without punctuation). The polite pronouns ({@code Sie}, {@code Ihr}) are left out:
 * they are capitalised anywhere.
 */
public final class FunctionWords {
  private FunctionWords() {}

  /**
   * Whether {@code a[start, start+len)} is a capitalised function word such as {@code Die}.
   *
   * @param a the characters to read from
   * @param start index of the word's first character
   * @param len the word's length in characters
   * @return true if the word is in the table of capitalised articles, pronouns, prepositions,
   *     conjunctions, adverbs and auxiliaries (case-sensitive: {@code die} is not)
   */
  public static boolean isCapitalized(char[] a, int start, int len) {
    return CAPITALIZED.contains(a, start, len);
  }

  /**
   * Whether {@code a[start, start+len)} is a lowercase article, preposition or conjunction.
   *
   * @param a the characters to read from
   * @param start index of the word's first character
   * @param len the word's length in characters
   * @return true if the word is in the table of lowercase function words such as {@code der},
   *     {@code von}, {@code und} (case-sensitive: {@code Der} is not)
   */
  public static boolean isLowercasePrepositionOrArticle(char[] a, int start, int len) {
    return LOWERCASE.contains(a, start, len);
  }

  private static final WordSet CAPITALIZED =
      new WordSet(
          // articles, determiners, pronouns (not the polite Sie/Ihr/Ihnen, which are capitalised
          // anywhere)
          "Der",
          "Die",
          "Das",
          "Den",
          "Dem",
          "Des",
          "Ein",
          "Eine",
          "Einen",
          "Einem",
          "Einer",
          "Eines",
          "Ich",
          "Wir",
          "Er",
          "Es",
          "Du",
          "Man",
          "Mein",
          "Meine",
          "Meinen",
          "Meinem",
          "Meiner",
          "Unser",
          "Unsere",
          "Unseren",
          "Unserem",
          "Dieser",
          "Diese",
          "Dieses",
          "Diesen",
          "Diesem",
          "Jeder",
          "Jede",
          "Jedes",
          "Alle",
          "Viele",
          "Manche",
          "Niemand",
          "Nichts",
          "Kein",
          "Keine",
          "Mir",
          "Mich",
          "Uns",
          "Ihm",
          "Sein",
          "Seine",
          "Dort",
          "Hier",
          "Da",
          "Dann",
          "Danach",
          // prepositions
          "Über",
          "Seit",
          "Mit",
          "In",
          "Bei",
          "Nach",
          "Von",
          "Vor",
          "Für",
          "Auf",
          "Aus",
          "Zu",
          "Im",
          "Am",
          "Beim",
          "Zum",
          "Zur",
          "Durch",
          "Gegen",
          "Ohne",
          "Um",
          "Unter",
          "Trotz",
          "Während",
          "Wegen",
          "Ab",
          "Bis",
          "Neben",
          "Hinter",
          "Laut",
          // conjunctions, adverbs, particles
          "Aber",
          "Und",
          "Doch",
          "Denn",
          "Leider",
          "Auch",
          "So",
          "Also",
          "Jetzt",
          "Heute",
          "Gestern",
          "Nun",
          "Noch",
          "Schon",
          "Immer",
          "Nie",
          "Vielleicht",
          "Wenn",
          "Als",
          "Weil",
          "Obwohl",
          "Dass",
          "Daß",
          "Daher",
          "Deshalb",
          "Trotzdem",
          "Außerdem",
          "Zudem",
          "Allerdings",
          "Insgesamt",
          "Manchmal",
          "Oft",
          "Natürlich",
          "Sehr",
          "Nur",
          "Ganz",
          "Eigentlich",
          "Zuerst",
          "Zuvor",
          "Bisher",
          "Inzwischen",
          "Wie",
          "Was",
          "Wo",
          "Wer",
          "Warum",
          "Wann",
          // auxiliaries and modals
          "War",
          "Ist",
          "Sind",
          "Hat",
          "Hatte",
          "Hatten",
          "Wird",
          "Wurde",
          "Wurden",
          "Kann",
          "Konnte",
          "Muss",
          "Muß",
          "Würde",
          "Würden",
          "Gibt",
          "Bin",
          "Waren",
          "Habe",
          "Soll",
          "Sollte",
          "Will",
          "Wollte",
          "Darf");

  private static final WordSet LOWERCASE =
      new WordSet(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
          "eines", "von", "vom", "in", "im", "mit", "bei", "beim", "nach", "vor", "für", "auf",
          "aus", "zu", "zum", "zur", "durch", "gegen", "über", "unter", "und", "oder", "wie", "als",
          "laut", "namens", "sowie", "bzw.", "seit", "an", "am");
}
