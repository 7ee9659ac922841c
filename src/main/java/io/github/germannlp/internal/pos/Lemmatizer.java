package io.github.germannlp.internal.pos;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.WordTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Dictionary-form lemmas for German words given their Universal POS tag, following UD German GSD
 * conventions: nouns keep their capital ({@code Sanktionen} → {@code Sanktion}), verbs and
 * auxiliaries give the infinitive, adjectives the positive base form, articles and determiners the
 * masculine nominative ({@code die} → {@code der}), personal pronouns the nominative ({@code uns} →
 * {@code wir}).
 *
 * <p>Looks words up in LanguageTool's German full-form lexicon and takes the lemma of a reading
 * whose tag agrees with the UPOS; unknown nouns are lemmatised through their last compound part
 * ({@code Amtskollegen} → {@code Amtskollege}); other unknown words are kept as they are
 * (lower-cased at the start of a sentence unless they are nouns or names). A contraction kept whole
 * by the tokenizer ({@code zum}) gets {@code zu+der}; see {@link Contractions#split}.
 *
 * <p>Thread-safe. Apart from the shared lexicon, its only state is a cache of lemmas by word, UPOS
 * tag and sentence-initial position, for up to {@value #CACHE_SIZE} words (a {@link BoundedCache},
 * which keeps the words in use, so it stays below about {@value #CACHE_SIZE} words plus two per
 * thread, roughly 10 MB at most); a lemma depends on nothing else. In a pipeline, the words'
 * records of its {@link WordTypes} keep the lemmas instead ({@link #lemmatize(String[], String[],
 * WordTypes.Type[])}).
 *
 * <pre>{@code
 * Lemmatizer lemmatizer = new Lemmatizer();
 * lemmatizer.lemma("Sanktionen", "NOUN");   // "Sanktion"
 * lemmatizer.lemmatize(words, new PosTagger().tag(words));   // a sentence at once
 * }</pre>
 */
public final class Lemmatizer {
  /** {@link GermanLexicon#UPOS} as an array, for indexing on the hot path. */
  private static final String[] UPOS = GermanLexicon.UPOS.toArray(new String[0]);

  private final GermanLexicon lexicon;

  /** At most this many words are cached (see the class comment). */
  static final int CACHE_SIZE = 1 << 15;

  /** Lemmas by word; slot {@code 2 * UPOS index + (sentence-initial ? 1 : 0)}, null until known. */
  private final BoundedCache<String, AtomicReferenceArray<String>> cache =
      new BoundedCache<>(CACHE_SIZE);

  /** A word's empty lemma slots: one per UPOS tag, sentence-initial or not. */
  private static final Function<String, AtomicReferenceArray<String>> NEW_SLOTS =
      w -> new AtomicReferenceArray<>(2 * UPOS.length);

  private static final Map<String, Integer> UPOS_INDEX = uposIndex();

  private static Map<String, Integer> uposIndex() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < UPOS.length; i++) {
      m.put(UPOS[i], i);
    }
    return Map.copyOf(m);
  }

  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile(
          "(erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|letzt"
              + "|\\p{L}*(zehnt|zigst|ßigst|hundertst|tausendst))e");

  /**
   * A lemmatizer over the shared German lexicon, loaded on first use.
   *
   * @throws IllegalStateException if the lexicon is missing from the class path
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public Lemmatizer() {
    this.lexicon = GermanLexicon.get();
  }

  /**
   * Lemmas of a sentence's words given their UPOS tags. The first word, and a word after
   * punctuation, counts as sentence-initial.
   *
   * @param words the words of one sentence, in order
   * @param upos their Universal POS tags, as {@link PosTagger#tag(String[])} gives them; at least
   *     as many as words
   * @return a new array with the lemma of each word, never null
   */
  public String[] lemmatize(String[] words, String[] upos) {
    return lemmatize(words, upos, null);
  }

  /**
   * {@link #lemmatize(String[], String[])}, with the words' records of a pipeline's {@link
   * WordTypes}, which keep each word type's lemmas instead of this lemmatizer's cache: the same
   * lemmas.
   *
   * @param words the words of one sentence, in order
   * @param upos their Universal POS tags; at least as many as words
   * @param types their records from the {@code WordTypes} of this lemmatizer's pipeline, one a
   *     word; or null for none
   * @return a new array with the lemma of each word, never null
   * @throws IllegalArgumentException if {@code types} is given for another number of words
   */
  public String[] lemmatize(String[] words, String[] upos, WordTypes.Type[] types) {
    WordTypes.requireOneEach(types, words.length);
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      boolean initial = i == 0 || WordFlags.isPunctuation(words[i - 1]);
      out[i] = lemma(words[i], upos[i], initial, types == null ? null : types[i]);
    }
    return out;
  }

  /** Closed-class lemmas that differ from the lexicon's (GSD conventions). */
  private static final Map<String, String> PRONOUNS =
      Map.ofEntries(
          Map.entry("ich", "ich"),
          Map.entry("mich", "ich"),
          Map.entry("mir", "ich"),
          Map.entry("meiner", "ich"),
          Map.entry("du", "du"),
          Map.entry("dich", "du"),
          Map.entry("dir", "du"),
          Map.entry("er", "er"),
          Map.entry("ihn", "er"),
          Map.entry("ihm", "er"),
          Map.entry("wir", "wir"),
          Map.entry("uns", "wir"),
          Map.entry("ihr", "ihr"),
          Map.entry("euch", "ihr"),
          Map.entry("es", "es"),
          Map.entry("sich", "sich"),
          Map.entry("sie", "sie"),
          Map.entry("ihnen", "sie"),
          Map.entry("Ihnen", "Sie"),
          Map.entry("man", "man"),
          Map.entry("was", "was"),
          Map.entry("wer", "wer"),
          Map.entry("wem", "wer"),
          Map.entry("wen", "wer"),
          Map.entry("wessen", "wer"));

  private static final Map<String, String> DET_NORMAL =
      Map.ofEntries(
          Map.entry("dies", "dieser"),
          Map.entry("andere", "anderer"),
          Map.entry("jen", "jener"),
          Map.entry("jene", "jener"),
          Map.entry("manch", "mancher"),
          Map.entry("welch", "welcher"),
          Map.entry("solch", "solcher"),
          Map.entry("jed", "jeder"),
          Map.entry("jede", "jeder"),
          Map.entry("diese", "dieser"),
          Map.entry("einige", "einiger"),
          Map.entry("d", "der"),
          Map.entry("die", "der"),
          Map.entry("das", "der"),
          Map.entry("eine", "ein"),
          Map.entry("all", "alle"),
          Map.entry("einig", "einige"),
          Map.entry("etlich", "etliche"),
          Map.entry("selben", "selber"),
          Map.entry("derselbe", "derselbe"));

  /**
   * The lemma of one word with the given UPOS tag, not at the start of a sentence.
   *
   * @param word the word as written
   * @param upos its Universal POS tag, such as {@code NOUN} or {@code ADP+DET}
   * @return the lemma, never null; the word itself when nothing better is known, and the empty
   *     string for a null word
   */
  public String lemma(String word, String upos) {
    return lemma(word, upos, false);
  }

  /**
   * The lemma of one word with the given UPOS tag; {@code sentenceInitial} tells whether a capital
   * may come from the position only (the formal {@code Sie} keeps its capital elsewhere).
   *
   * @param word the word as written
   * @param upos its Universal POS tag, such as {@code NOUN} or {@code ADP+DET}
   * @param sentenceInitial whether the word starts a sentence (or follows punctuation), so that a
   *     capital that is not a noun's may be lowered
   * @return the lemma, never null; the word itself when nothing better is known, and the empty
   *     string for a null word
   */
  public String lemma(String word, String upos, boolean sentenceInitial) {
    return lemma(word, upos, sentenceInitial, null);
  }

  /** This lemmatizer's place in a word type's record: the word's lemma slots. */
  private static final WordTypes.Slot<AtomicReferenceArray<String>> LEMMAS = WordTypes.newSlot();

  /**
   * {@link #lemma(String, String, boolean)}, kept in the word's record {@code type}, or in this
   * lemmatizer's cache when it is null.
   */
  private String lemma(String word, String upos, boolean sentenceInitial, WordTypes.Type type) {
    Integer index = word == null || upos == null ? null : UPOS_INDEX.get(upos);
    if (index == null) {
      return compute(word, upos, sentenceInitial);
    }
    AtomicReferenceArray<String> slots =
        type == null ? cache.get(word, NEW_SLOTS) : type.get(LEMMAS, word, NEW_SLOTS);
    int slot = 2 * index + (sentenceInitial ? 1 : 0);
    String lemma = slots.get(slot);
    if (lemma == null) {
      lemma = compute(word, upos, sentenceInitial);
      slots.set(slot, lemma);
    }
    return lemma;
  }

  /** The number of cached words (for tests). */
  int cachedWords() {
    return cache.size();
  }

  /** {@link #lemma(String, String, boolean)} without the cache. */
  String compute(String word, String upos, boolean sentenceInitial) {
    if (word == null || word.isEmpty()) {
      return word == null ? "" : word;
    }
    if (upos == null) {
      upos = "X";
    }
    switch (upos) {
      case "PUNCT":
      case "NUM":
      case "SYM":
      case "X":
      case "INTJ":
        return word;
      default:
        break;
    }
    String[] contraction = Contractions.split(word);
    if (contraction != null && (upos.equals("ADP") || upos.startsWith("ADP+"))) {
      return contraction[0] + "+der";
    }
    boolean capital = Character.isUpperCase(word.charAt(0));
    String lower = capital ? lowerFirst(word) : word;
    boolean nominal = upos.equals("NOUN") || upos.equals("PROPN");
    if (upos.equals("PRON")) {
      if (!sentenceInitial && (word.equals("Sie") || word.equals("Ihnen") || word.equals("Ihr"))) {
        return "Sie";
      }
      String p = PRONOUNS.get(word);
      if (p == null) {
        p = PRONOUNS.get(lower);
      }
      if (p != null) {
        return p;
      }
    }
    int want = GermanLexicon.bit(upos);
    String lemma = null;
    if (nominal) {
      lemma = pick(lexicon.entry(word), want, upos, word);
      if (lemma == null && !capital) {
        lemma = pick(lexicon.entry(upperFirst(word)), want, upos, word);
      }
      if (lemma == null && upos.equals("NOUN")) {
        lemma = compound(word);
      }
      if (lemma == null) {
        return word;
      }
      return lemma;
    }
    boolean capitals = capital && word.length() > 1 && isCapitals(word);
    if (capitals) {
      lower = word.toLowerCase(java.util.Locale.ROOT); // shouted: "ALLE" -> alle, "DIE" -> der
    }
    lemma = pick(lexicon.entry(lower), want, upos, lower);
    if (lemma == null && capital) {
      lemma = pick(lexicon.entry(word), want, upos, word);
    }
    if (lemma == null) {
      lemma = capitals ? word : fallback(lower, upos);
    }
    if (upos.equals("DET") || upos.equals("PRON")) {
      String n = DET_NORMAL.get(lemma);
      if (n != null) {
        lemma = n;
      }
    } else if (upos.equals("ADJ") && ORDINAL.matcher(lemma).matches()) {
      lemma = lemma.substring(0, lemma.length() - 1); // erste -> erst (GSD)
    }
    return lemma;
  }

  /** Lemma of the reading that agrees with the UPOS; null if no reading agrees. */
  private String pick(GermanLexicon.Entry entry, int want, String upos, String form) {
    List<GermanLexicon.Reading> readings = entry.readings();
    if (readings.isEmpty()) {
      return null;
    }
    int[] masks = entry.masks();
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < masks.length; i++) {
      if ((masks[i] & want) == 0) {
        continue;
      }
      GermanLexicon.Reading r = readings.get(i);
      int score = score(r, upos, form);
      if (score > bestScore) {
        bestScore = score;
        best = r.lemma();
      }
    }
    return best;
  }

  /** Preference among agreeing readings. */
  private static int score(GermanLexicon.Reading r, String upos, String form) {
    String tag = r.tag();
    switch (upos) {
      case "VERB":
      case "AUX":
        if (tag.startsWith("VER")) {
          return 3;
        }
        return 1;
      case "ADJ":
        if (tag.startsWith("ADJ")) {
          return 3;
        }
        if (tag.startsWith("PA")) {
          return 2;
        }
        return 1;
      case "NOUN":
        if (tag.startsWith("SUB")) {
          return tag.endsWith(":INF") ? 2 : 3; // Stunden: plural of Stunde before das Stunden
        }
        return 1;
      case "PROPN":
        return tag.startsWith("EIG") ? 3 : 1;
      case "DET":
        return tag.startsWith("ART") ? 3 : tag.endsWith("BEG") || tag.endsWith("B/S") ? 2 : 1;
      case "PRON":
        return tag.startsWith("PRO") ? 3 : 1;
      default:
        return 1;
    }
  }

  /**
   * Unknown noun: lemmatise its longest known last compound part ({@code Amtskollegen}); a part
   * after a hyphen keeps its capital ({@code Ukraine-Krieges} → {@code Ukraine-Krieg}).
   */
  private String compound(String word) {
    int n = word.length();
    // heads longer than MAX_HEAD are not looked up: linear time on very long unknown words
    for (int start = Math.max(2, n - MAX_HEAD); start <= n - 3; start++) {
      String head = upperFirst(word.substring(start));
      String l = null;
      for (GermanLexicon.Reading r : lexicon.readings(head)) {
        if (r.tag().startsWith("SUB")) {
          l = r.lemma();
          break;
        }
      }
      if (l != null) {
        String prefix = word.substring(0, start);
        // after a hyphen the head keeps its capital: Ukraine-Krieges -> Ukraine-Krieg
        return word.charAt(start - 1) == '-' ? prefix + l : prefix + lowerFirst(l);
      }
    }
    return null;
  }

  /**
   * The longest compound head that {@link #compound} looks up, in chars; longer than almost every
   * noun of the lexicon.
   */
  static final int MAX_HEAD = 40;

  private static final java.util.regex.Pattern ADJ_ENDING =
      java.util.regex.Pattern.compile(
          "(.*(?:ig|isch|lich|bar|sam|haft|los|voll|iert|ell|al|iv|ent|ant|end))(?:e|en|em|er|es)");

  /** Unknown word: adjectives lose their inflection ending (18jährigen -> 18jährig). */
  private static String fallback(String lower, String upos) {
    if (upos.equals("ADJ")) {
      java.util.regex.Matcher m = ADJ_ENDING.matcher(lower);
      if (m.matches()) {
        return m.group(1);
      }
    }
    return lower;
  }

  /** Whether every letter of w is a capital (and it has one). */
  private static boolean isCapitals(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  static String lowerFirst(String w) {
    if (w.isEmpty()) {
      return w;
    }
    int c = w.codePointAt(0);
    int lc = Character.toLowerCase(c);
    if (lc == c) {
      return w;
    }
    return new StringBuilder(w.length())
        .appendCodePoint(lc)
        .append(w, Character.charCount(c), w.length())
        .toString();
  }

  static String upperFirst(String w) {
    if (w.isEmpty()) {
      return w;
    }
    int c = w.codePointAt(0);
    int uc = Character.toUpperCase(c);
    if (uc == c) {
      return w;
    }
    return new StringBuilder(w.length())
        .appendCodePoint(uc)
        .append(w, Character.charCount(c), w.length())
        .toString();
  }
}
