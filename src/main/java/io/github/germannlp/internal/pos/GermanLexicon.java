package io.github.germannlp.internal.pos;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.Lazy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The German full-form lexicon of LanguageTool ({@code de.danielnaber:german-pos-dict}, Morfologik
 * format), with LanguageTool's tags mapped to Universal POS tags.
 *
 * <p>Thread-safe: the dictionary is shared, each thread gets its own {@link DictionaryLookup}
 * (which is not thread-safe). Lookups are cached: the readings and UPOS mask of up to {@value
 * #CACHE_SIZE} forms (a {@link BoundedCache}, which keeps the forms in use, so its size stays below
 * about {@value #CACHE_SIZE} entries plus two per thread: about 13 MB when all are forms with many
 * readings, such as inflected adjectives, less for running text). Tags are shared strings (at most
 * 4,096 of them), and so are the lemmas of a form's readings where they are equal.
 */
public final class GermanLexicon {

  /**
   * One reading of a word form: lemma and LanguageTool tag.
   *
   * @param lemma the lemma of this reading, such as {@code Sanktion} for {@code Sanktionen}
   * @param tag LanguageTool's tag, such as {@code SUB:NOM:PLU:FEM}; empty if the lexicon has none
   */
  public record Reading(String lemma, String tag) {
    /**
     * The Universal POS tags this reading can have in UD German (GSD conventions).
     *
     * @return a bit mask over {@link GermanLexicon#UPOS} (bit {@code i} for {@code UPOS[i]}, as
     *     {@link GermanLexicon#bit(String)} gives it); 0 if the tag maps to none
     */
    public int upos() {
      return uposMask(tag, lemma);
    }
  }

  static final String DICT = "/org/languagetool/resource/de/german.dict";

  private static final Lazy<GermanLexicon> INSTANCE = new Lazy<>(GermanLexicon::read);

  /** At most this many forms are cached (see the class comment). */
  static final int CACHE_SIZE = 1 << 14;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookup;
  private final BoundedCache<String, Entry> cache = new BoundedCache<>(CACHE_SIZE);
  private final Function<String, Entry> lookUp = this::lookUp;
  private static final int MAX_TAGS = 4096;
  private final ConcurrentHashMap<String, String> tags = new ConcurrentHashMap<>();

  /**
   * The cached result of one lookup: unmodifiable readings, the UPOS mask of each ({@link
   * Reading#upos()}, not to be modified) and the union of those masks.
   */
  record Entry(List<Reading> readings, int[] masks, int mask) {}

  private static final Entry UNKNOWN = new Entry(List.of(), new int[0], 0);

  private GermanLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  /**
   * The shared lexicon, loaded from the class path on first use.
   *
   * @return the one lexicon of this class loader
   * @throws IllegalStateException if {@code german-pos-dict} is not on the class path
   * @throws java.io.UncheckedIOException if its dictionary cannot be read
   */
  public static GermanLexicon get() {
    return INSTANCE.get();
  }

  private static GermanLexicon read() {
    URL url = GermanLexicon.class.getResource(DICT);
    if (url == null) {
      throw new IllegalStateException("german-pos-dict not on the class path: " + DICT);
    }
    try {
      return new GermanLexicon(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read german-pos-dict " + DICT, e);
    }
  }

  /**
   * All readings of exactly this form (case-sensitive), with the few the dictionary lacks (the
   * adverb {@code lange}); empty if unknown.
   *
   * @param form a word form as written, such as {@code Sanktionen}
   * @return the unmodifiable list of its readings (lemma and LanguageTool tag); empty for an
   *     unknown form, an empty one or one longer than 80 characters
   */
  public List<Reading> readings(String form) {
    return entry(form).readings;
  }

  /**
   * Union of the UPOS masks of all readings; 0 if unknown.
   *
   * @param form a word form as written (case-sensitive)
   * @return the bitwise OR of {@link Reading#upos()} over {@link #readings(String) readings(form)}
   */
  public int uposMask(String form) {
    return entry(form).mask;
  }

  /**
   * {@link #uposMask(String)} without the cache: for probing many strings that are mostly not words
   * (the possible heads of an unknown compound), which would only crowd out real words.
   */
  int uposMaskUncached(String form) {
    return form.isEmpty() || form.length() > 80 ? 0 : lookUp(form).mask;
  }

  /** The number of cached forms (for tests). */
  int cachedForms() {
    return cache.size();
  }

  /** One string per tag (the tag set is small; at most {@value #MAX_TAGS} are kept). */
  private String tag(CharSequence tag) {
    String t = tag.toString();
    String shared = tags.get(t);
    if (shared != null) {
      return shared;
    }
    if (tags.size() < MAX_TAGS) {
      shared = tags.putIfAbsent(t, t);
    }
    return shared == null ? t : shared;
  }

  /** The readings of this form with their UPOS masks (see {@link #readings}). */
  Entry entry(String form) {
    if (form.isEmpty() || form.length() > 80) {
      return UNKNOWN;
    }
    return cache.get(form, lookUp);
  }

  private Entry lookUp(String form) {
    List<WordData> found = lookup.get().lookup(form);
    List<Reading> added = SUPPLEMENT.getOrDefault(form, List.of());
    if (found.isEmpty() && added.isEmpty()) {
      return UNKNOWN;
    }
    List<Reading> out = new ArrayList<>(found.size() + added.size());
    int[] masks = new int[found.size() + added.size()];
    int mask = 0;
    String lemma = form;
    for (WordData wd : found) {
      CharSequence stem = wd.getStem();
      CharSequence tag = wd.getTag();
      if (stem != null && !lemma.contentEquals(stem)) {
        lemma = stem.toString(); // readings mostly share one lemma: one string for them
      }
      Reading r = new Reading(stem == null ? form : lemma, tag == null ? "" : tag(tag));
      masks[out.size()] = r.upos();
      mask |= masks[out.size()];
      out.add(r);
    }
    for (Reading r : added) {
      masks[out.size()] = r.upos();
      mask |= masks[out.size()];
      out.add(r);
    }
    return new Entry(List.copyOf(out), masks, mask);
  }

  /**
   * Readings that german-pos-dict lacks, added to its own: the adverb {@code lange} ("schon lange";
   * the lexicon knows the form only as an inflected adjective and a verb).
   */
  private static final java.util.Map<String, List<Reading>> SUPPLEMENT =
      java.util.Map.of("lange", List.of(new Reading("lange", "ADV:TMP")));

  // ---- UPOS bit masks ----
  private static final String[] TAGS = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X"
  };

  /**
   * The 17 Universal POS tags, in bit order: tag {@code UPOS.get(i)} is bit {@code 1 << i} of the
   * masks of this class. Unmodifiable.
   */
  public static final List<String> UPOS = List.of(TAGS);

  /**
   * The bit of a Universal POS tag in the masks of this class.
   *
   * @param upos a tag such as {@code NOUN}; a composite tag ({@code ADP+DET}) is not one
   * @return {@code 1 << i} for {@code UPOS.get(i)}, or 0 for any other string
   */
  public static int bit(String upos) {
    for (int i = 0; i < TAGS.length; i++) {
      if (TAGS[i].equals(upos)) {
        return 1 << i;
      }
    }
    return 0;
  }

  static final int ADJ = bit("ADJ"),
      ADP = bit("ADP"),
      ADV = bit("ADV"),
      AUX = bit("AUX"),
      CCONJ = bit("CCONJ"),
      DET = bit("DET"),
      INTJ = bit("INTJ"),
      NOUN = bit("NOUN"),
      NUM = bit("NUM"),
      PART = bit("PART"),
      PRON = bit("PRON"),
      PROPN = bit("PROPN"),
      SCONJ = bit("SCONJ"),
      VERB = bit("VERB"),
      X = bit("X");
  static final int ALL = (1 << TAGS.length) - 1;

  static boolean isAuxLemma(String lemma) {
    switch (lemma) {
      case "sein":
      case "haben":
      case "werden":
      case "können":
      case "müssen":
      case "dürfen":
      case "sollen":
      case "wollen":
      case "mögen":
        return true;
      default:
        return false;
    }
  }

  /** Maps one LanguageTool tag (with its lemma) to the set of UPOS it can have. */
  static int uposMask(String tag, String lemma) {
    int colon = tag.indexOf(':');
    String head = colon < 0 ? tag : tag.substring(0, colon);
    switch (head) {
      case "SUB":
        return NOUN;
      case "EIG":
        return PROPN;
      case "VER":
        if (isAuxLemma(lemma)) {
          return AUX | VERB;
        }
        return VERB;
      case "PA2":
        if (isAuxLemma(lemma)) {
          return AUX | VERB | ADJ;
        }
        return VERB | ADJ;
      case "PA1":
        return ADJ | VERB;
      case "ADJ":
        // an uninflected adjective (ADJD) is often an adverb in UD: "einfach nur", "ganz nett";
        // so a predicative reading allows ADV as well
        return tag.contains(":PRD") ? ADJ | ADV : ADJ;
      case "ADV":
        return ADV;
      case "ART":
        return DET | PRON;
      case "PRO":
        if (tag.startsWith("PRO:PER") || tag.startsWith("PRO:REF")) {
          return PRON;
        }
        if (tag.endsWith(":BEG")) {
          return DET;
        }
        if (tag.endsWith(":STV")) {
          return PRON;
        }
        return PRON | DET;
      case "PRP":
        return ADP;
      case "KON":
        if (tag.startsWith("KON:NEB")) {
          return CCONJ;
        }
        if (tag.startsWith("KON:UNT")) {
          return SCONJ;
        }
        return CCONJ | SCONJ | ADP | ADV;
      case "ZAL":
        return NUM;
      case "INJ":
        return INTJ;
      case "NEG":
        return PART;
      case "ZUS":
        return ADP | ADV | PART;
      default:
        return ALL;
    }
  }
}
