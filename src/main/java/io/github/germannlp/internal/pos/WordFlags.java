package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.DER;
import static io.github.germannlp.internal.pos.WordFlags.HABEN;
import static io.github.germannlp.internal.pos.WordFlags.INFINITIVE;
import static io.github.germannlp.internal.pos.WordFlags.INFLECTED_OR_ADVERB;
import static io.github.germannlp.internal.pos.WordFlags.LOWER_ADJ;
import static io.github.germannlp.internal.pos.WordFlags.LOWER_ADV;
import static io.github.germannlp.internal.pos.WordFlags.LOWER_VERB;
import static io.github.germannlp.internal.pos.WordFlags.MODAL;
import static io.github.germannlp.internal.pos.WordFlags.PARTICIPLE;
import static io.github.germannlp.internal.pos.WordFlags.PLACE_ADJECTIVE;
import static io.github.germannlp.internal.pos.WordFlags.QUANTIFIER;
import static io.github.germannlp.internal.pos.WordFlags.SEIN;
import static io.github.germannlp.internal.pos.WordFlags.TITLE;
import static io.github.germannlp.internal.pos.WordFlags.WERDEN;
import static io.github.germannlp.internal.pos.WordFlags.ZU;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;

/**
 * What the tagging rules ({@link PosRule}) need to know of a word: facts from the lexicon as bits
 * ({@link #of}), and word classes that need no lexicon (punctuation, ordinals, numbers, titles,
 * days and months).
 */
final class WordFlags {
  private WordFlags() {}

  // what the rules need to know of a word from the lexicon (wordFlags)
  static final int HABEN = 1; // a form of haben
  static final int SEIN = 2; // a form of sein
  static final int PARTICIPLE = 4; // a past participle
  static final int INFINITIVE = 8; // a lower-case infinitive (also with zu: "anzufangen")
  static final int ZU = 16; // "zu"
  static final int DER = 32; // der, die, das, dem, den: article, or relative/demonstrative pronoun
  static final int WERDEN = 64; // a form of werden
  static final int TITLE = 128; // an academic title: Dr., Professor
  static final int QUANTIFIER = 256; // viel, mehr, wenig, weniger
  static final int PLACE_ADJECTIVE = 512; // an adjective from a place name: Aachener, Wiener
  static final int INFLECTED_OR_ADVERB = 1024; // inflected adjective or adverb: lange
  static final int MODAL = 2048; // a form of können, müssen, dürfen, sollen, wollen, mögen
  // a capitalised form the lexicon knows only in lower case, as an adjective, verb or adverb
  static final int LOWER_ADJ = 4096;
  static final int LOWER_VERB = 8192;
  static final int LOWER_ADV = 16384;

  /**
   * The lexicon facts about a word that the rules ({@link PosRule}) use (an OR of the constants
   * above).
   */
  static int of(GermanLexicon lexicon, String word) {
    if (lexicon == null || word.isEmpty() || isPunctuation(word)) {
      return 0;
    }
    int flags = word.equals("zu") || word.equals("Zu") ? ZU : 0;
    if (isTitle(word)) {
      flags |= TITLE;
    }
    switch (word) {
      case "viel":
      case "Viel":
      case "mehr":
      case "Mehr":
      case "wenig":
      case "Wenig":
      case "weniger":
      case "Weniger":
        flags |= QUANTIFIER;
        break;
      default:
        break;
    }
    switch (word) {
      case "der":
      case "die":
      case "das":
      case "dem":
      case "den":
      case "Der":
      case "Die":
      case "Das":
      case "Dem":
      case "Den":
        flags |= DER;
        break;
      default:
        break;
    }
    for (GermanLexicon.Reading r : lexicon.readings(Lemmatizer.lowerFirst(word))) {
      String t = r.tag();
      if (t.startsWith("VER")) {
        if (r.lemma().equals("haben")) {
          flags |= HABEN;
        } else if (r.lemma().equals("sein")) {
          flags |= SEIN;
        } else if (r.lemma().equals("werden")) {
          flags |= WERDEN;
        } else if (GermanLexicon.isAuxLemma(r.lemma())) {
          flags |= MODAL;
        }
      }
    }
    boolean placeAdjective =
        word.length() > 3
            && Character.isUpperCase(word.charAt(0))
            && (word.endsWith("er") || word.endsWith("ern"));
    boolean adjective = false;
    boolean predicative = false;
    boolean adverb = false;
    boolean known = false;
    for (GermanLexicon.Reading r : lexicon.readings(word)) {
      String t = r.tag();
      known = true;
      adjective |= t.startsWith("ADJ");
      predicative |= t.startsWith("ADJ:PRD");
      adverb |= t.startsWith("ADV");
      if (t.startsWith("VER:PA2") || t.startsWith("PA2:PRD")) {
        flags |= PARTICIPLE;
      } else if (Character.isLowerCase(word.charAt(0))
          && (t.startsWith("VER:INF") || t.startsWith("VER:EIZ"))) {
        flags |= INFINITIVE;
      }
    }
    if (adjective && adverb && !predicative && Character.isLowerCase(word.charAt(0))) {
      flags |= INFLECTED_OR_ADVERB;
    }
    if (Character.isUpperCase(word.charAt(0))
        && word.length() > 1
        && Character.isLowerCase(word.charAt(1))
        && !known) {
      int lower = lexicon.uposMask(Lemmatizer.lowerFirst(word));
      if ((lower & GermanLexicon.ADJ) != 0) {
        flags |= LOWER_ADJ;
      } else if ((lower & GermanLexicon.VERB) != 0) {
        flags |= LOWER_VERB;
      } else if ((lower & GermanLexicon.ADV) != 0) {
        flags |= LOWER_ADV;
      }
    }
    if (placeAdjective && adjective) {
      flags |= PLACE_ADJECTIVE; // capitalised adjectives in the lexicon: from place names
    }
    return flags;
  }

  private static final Lazy<java.util.Set<String>> ACADEMIC_TITLES =
      new Lazy<>(() -> WordLists.load(PosTagger.class, "academic-titles-de.txt"));

  /** Names of the days of the week and of the months (UD German GSD tags them PROPN). */
  static boolean isDayOrMonth(String w) {
    switch (w) {
      case "Montag":
      case "Dienstag":
      case "Mittwoch":
      case "Donnerstag":
      case "Freitag":
      case "Samstag":
      case "Sonnabend":
      case "Sonntag":
      case "Januar":
      case "Jänner":
      case "Februar":
      case "März":
      case "April":
      case "Mai":
      case "Juni":
      case "Juli":
      case "August":
      case "September":
      case "Oktober":
      case "November":
      case "Dezember":
        return true;
      default:
        return false;
    }
  }

  static boolean isPunctuation(String w) {
    for (int i = 0; i < w.length(); i++) {
      int t = Character.getType(w.charAt(i));
      switch (t) {
        case Character.CONNECTOR_PUNCTUATION:
        case Character.DASH_PUNCTUATION:
        case Character.START_PUNCTUATION:
        case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION:
        case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.OTHER_PUNCTUATION:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /** Academic titles written before a name, abbreviated or in full. */
  static boolean isTitle(String w) {
    return ACADEMIC_TITLES.get().contains(w);
  }

  /** Digits followed by one period, as the tokenizer keeps an ordinal: "4.", "125.". */
  static boolean isOrdinal(String w) {
    int n = w.length();
    if (n < 2 || n > 5 || w.charAt(n - 1) != '.') {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isNumber(String w) {
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != ',' && c != '-' && c != '/' && c != ':') {
        return false;
      }
    }
    return digit;
  }

  static boolean isQuote(String w) {
    switch (w) {
      case "\"":
      case "„":
      case "“":
      case "”":
      case "``":
      case "''":
      case "‚":
      case "‘":
      case "’":
      case "«":
      case "»":
      case "'":
        return true;
      default:
        return false;
    }
  }
}
