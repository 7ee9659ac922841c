package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.Locale;

/**
 * What the full-form lexicon and the gazetteer's head-noun lists know of a word, packed in an int
 * that is kept with the word type's other facts ({@link NerFeatures.WordFacts}, cached per type),
 * so that each is looked up once per word type, not once per token: the lexicon classes of the word
 * (low byte), those of its lower-case form plus one (next byte; 0 when the word is not
 * capitalised), the kinds of proper name (3 bits from bit 16) and the head nouns it ends in (from
 * bit 19). Thread-safe.
 */
final class WordKnowledge {
  /** Lexicon class bits of a word: noun, name, adjective, verb, other. */
  static final int N = 1;

  static final int P = 2;
  static final int A = 4;
  static final int V = 8;
  static final int O = 16;

  /** The longest head noun the lists may hold; longer entries are never matched. */
  static final int MAX_HEAD = 20;

  /** The lexicon, or null when the features use none. */
  private final GermanLexicon lexicon;

  private final Gazetteer gazetteer;

  /**
   * The gazetteer bits of {@link Gazetteer#ORG_HEADS} and {@link Gazetteer#PERSON_HEADS}; 0 when it
   * has none.
   */
  private final int orgHeads;

  private final int personHeads;

  /**
   * @param lexicon the lexicon, or null for features without lexicon classes and name kinds
   * @param gazetteer the gazetteer whose head-noun lists are read (if it has them)
   */
  WordKnowledge(GermanLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    int org = gazetteer.categories().indexOf(Gazetteer.ORG_HEADS);
    int person = gazetteer.categories().indexOf(Gazetteer.PERSON_HEADS);
    this.orgHeads = org < 0 ? 0 : 1 << org;
    this.personHeads = person < 0 ? 0 : 1 << person;
  }

  /** Whether lexicon classes and name kinds are known. */
  boolean hasLexicon() {
    return lexicon != null;
  }

  /** Whether the gazetteer has head-noun lists. */
  boolean hasHeads() {
    return (orgHeads | personHeads) != 0;
  }

  /**
   * The packed facts of a word (see the class comment): the lexicon classes of a word (low byte),
   * those of its lower-case form plus one (next byte; 0 when the word is not capitalised), and so
   * on. Computed at each call: the caller keeps them per word type.
   */
  int of(String w) {
    if (lexicon == null) {
      return heads(w) << 19;
    }
    int lower = 0;
    if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
      lower = lexiconClass(Character.toLowerCase(w.charAt(0)) + w.substring(1)) + 1;
    }
    int kinds = nameKinds(w);
    // a known name is not a role or organisation noun, whatever its ending (Hoffmann, Gesamt)
    int heads = kinds == 0 ? heads(w) : 0;
    return lexiconClass(w) | lower << 8 | kinds << 16 | heads << 19;
  }

  /**
   * Whether a capitalised word ends in a noun of the organisation list (1: {@code Autobauer},
   * {@code Gewerkschaften}) or of the person-role list (2: {@code Regierungssprecher}); the longest
   * listed ending counts, tried on the word and on it without a plural or genitive ending ({@code
   * -s}, {@code -es}, {@code -n}, {@code -en}).
   */
  private int heads(String w) {
    int n = w.length();
    if ((orgHeads | personHeads) == 0 || n < 3 || !Character.isUpperCase(w.charAt(0))) {
      return 0;
    }
    String lw = w.toLowerCase(Locale.ROOT);
    for (int cut = 0; cut <= 2; cut++) {
      if (cut > 0 && !(lw.endsWith(cut == 1 ? "s" : "es") || lw.endsWith(cut == 1 ? "n" : "en"))) {
        continue;
      }
      String base = lw.substring(0, n - cut);
      // only endings as long as a listed noun can be: linear in the word, however long it is
      for (int k = Math.max(0, base.length() - MAX_HEAD); k + 3 <= base.length(); k++) {
        int m = gazetteer.lookup(base.substring(k)) & (orgHeads | personHeads);
        if (m != 0) {
          return ((m & orgHeads) != 0 ? 1 : 0) | ((m & personHeads) != 0 ? 2 : 0);
        }
      }
    }
    return 0;
  }

  /**
   * The kinds of proper name the lexicon knows the word (or, for a genitive, its base) as: 1 a
   * person's first or family name, 2 a place (city, country, region, water, mountain), 4 another
   * name (a company, a medium, …); 0 none.
   */
  private int nameKinds(String w) {
    int kinds = 0;
    for (GermanLexicon.Reading r : lexicon.readings(w)) {
      String tag = r.tag();
      if (!tag.startsWith("EIG:")) {
        continue;
      }
      int last = tag.lastIndexOf(':');
      String kind = tag.substring(last + 1);
      if (kind.startsWith("VOR") || kind.equals("NAC")) {
        kinds |= 1;
      } else if (kind.equals("STD")
          || kind.equals("COU")
          || kind.equals("GEB")
          || kind.equals("WAT")
          || kind.equals("MOU")
          || kind.equals("GEO")) {
        kinds |= 2;
      } else {
        kinds |= 4;
      }
    }
    return kinds;
  }

  /** The lexicon class bits of a word (0: unknown). */
  private int lexiconClass(String w) {
    int m = lexicon.uposMask(w);
    if (m == 0) {
      return 0;
    }
    int c = 0;
    if ((m & GermanLexicon.bit("NOUN")) != 0) {
      c |= N;
    }
    if ((m & GermanLexicon.bit("PROPN")) != 0) {
      c |= P;
    }
    if ((m & GermanLexicon.bit("ADJ")) != 0) {
      c |= A;
    }
    if ((m & (GermanLexicon.bit("VERB") | GermanLexicon.bit("AUX"))) != 0) {
      c |= V;
    }
    return c == 0 ? O : c;
  }
}
