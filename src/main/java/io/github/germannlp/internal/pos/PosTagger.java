package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.isDayOrMonth;
import static io.github.germannlp.internal.pos.WordFlags.isNumber;
import static io.github.germannlp.internal.pos.WordFlags.isOrdinal;
import static io.github.germannlp.internal.pos.WordFlags.isPunctuation;
import static io.github.germannlp.internal.pos.WordFlags.isTitle;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;
import io.github.germannlp.internal.WordTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * Universal POS tagger for German: OpenNLP's UD German GSD maxent model, decoded with a beam search
 * in which every tag gets the model's probability times a prior from the German full-form lexicon
 * (tags that the lexicon does not allow for a known word are penalised, not forbidden).
 *
 * <p>Thread-safe: the decoder.weights are shared and read-only ({@link PosWeights}); the rules
 * after decoding ({@link PosRule}) are stateless.
 *
 * <p>Speed: the model's features of a word are those of the word alone (prefixes, suffixes, the
 * word itself, its class), those of its neighbours and position, and the previous tags. The first
 * two depend on the word string only; they are resolved to model decoder.weights once per word type
 * and kept, with the word's lexicon mask, in a cache of up to {@value #WORD_CACHE_SIZE} word types
 * (a {@link BoundedCache}, which keeps the types in use, so it stays below about {@value
 * #WORD_CACHE_SIZE} entries plus two per thread, about 11 MB at most), or in a pipeline in the
 * word's record of its {@link WordTypes} ({@link #tag(String[], WordTypes.Type[])}). The sums are
 * added in the same order as from OpenNLP's feature strings, so the probabilities, and hence the
 * tags, are exactly those of the model evaluated feature by feature.
 *
 * <pre>{@code
 * PosTagger tagger = new PosTagger();   // share it: loading the model takes a moment
 * String[] words = {"Die", "Sanktionen", "zeigen", "Wirkung", "."};
 * String[] upos = tagger.tag(words);   // [DET, NOUN, VERB, NOUN, PUNCT]
 * String[] lemmas = new Lemmatizer().lemmatize(words, upos);   // [der, Sanktion, zeigen, …]
 * }</pre>
 */
public final class PosTagger {

  static final String MODEL_RESOURCE = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

  private static final Lazy<POSModel> SHARED_MODEL = new Lazy<>(PosTagger::readModel);

  /** The model's decoder.weights: the bundled file that loads fast, or read from the model. */
  private static final Lazy<PosWeights> SHARED_WEIGHTS = new Lazy<>(PosWeights::bundledOrModel);

  /** The beam search over the model's decoder.weights. */
  private final PosBeamDecoder decoder;

  private final ThreadLocal<POSContextGenerator> contextGenerator;
  private final GermanLexicon lexicon;
  private final boolean useLexicon;

  /** Longer sentences are tagged in windows of this many words, which keeps time linear. */
  private static final int WINDOW = 200;

  /** At most this many word types are cached (see the class comment). */
  static final int WORD_CACHE_SIZE = 1 << 15;

  private final BoundedCache<String, WordInfo> wordCache = new BoundedCache<>(WORD_CACHE_SIZE);
  private final java.util.function.Function<String, WordInfo> newWordInfo = this::newWordInfo;

  /**
   * The improved tagger (model + lexicon): beam 3, tags the lexicon rules out for a known word
   * penalised by a factor of 0.1. Loads the shared model and lexicon on first use.
   *
   * @throws IllegalStateException if the OpenNLP model or the lexicon is missing from the class
   *     path
   * @throws java.io.UncheckedIOException if one of them cannot be read
   */
  public PosTagger() {
    this(true, 3, 0.1);
  }

  /**
   * For measurements: lexicon on/off, beam size, penalty factor for tags the lexicon rules out.
   *
   * @param useLexicon whether to weigh tags with the lexicon's readings; false decodes with the
   *     OpenNLP model alone
   * @param beamSize how many tag sequences the beam search keeps, at least 1
   * @param penalty the factor, in (0, 1], that multiplies the probability of a tag the lexicon does
   *     not allow for a known word (1: no penalty)
   * @throws IllegalStateException if the OpenNLP model or the lexicon is missing from the class
   *     path
   * @throws java.io.UncheckedIOException if one of them cannot be read
   */
  public PosTagger(boolean useLexicon, int beamSize, double penalty) {
    PosWeights shared = SHARED_WEIGHTS.get();
    this.decoder = new PosBeamDecoder(shared, beamSize, penalty);
    POSTaggerFactory factory = shared.factory();
    this.contextGenerator = ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(0));
    this.lexicon = useLexicon ? GermanLexicon.get() : null;
    this.useLexicon = useLexicon;
  }

  /**
   * The shared OpenNLP UD German POS model.
   *
   * @return the model from {@code opennlp-models-pos-de}, read from the class path on the first
   *     call and the same instance afterwards
   * @throws IllegalStateException if the model is not on the class path
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static POSModel loadModel() {
    return SHARED_MODEL.get();
  }

  private static POSModel readModel() {
    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("POS model not on the class path: " + MODEL_RESOURCE);
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the POS model " + MODEL_RESOURCE, e);
    }
  }

  /**
   * Universal POS tags of the words of one sentence (one tag per word, never null). A sentence
   * longer than {@value #WINDOW} words is tagged window by window, so that the time stays linear in
   * its length.
   *
   * @param words the words of one sentence, in order, as the tokenizer cut them
   * @return a new array of Universal POS tags, one per word; a contraction such as {@code zum} may
   *     get the composite {@code ADP+DET}
   */
  public String[] tag(String[] words) {
    String[] w = useLexicon ? truecased(words) : words;
    return byWindows(w.length, (from, to) -> tagWindowFast(range(w, from, to)));
  }

  /**
   * {@link #tag(String[])}, with the words' records of a pipeline's {@link WordTypes}, which keep
   * each word type's facts for the tagger instead of its own cache: the same tags.
   *
   * @param words the words of one sentence, in order
   * @param types their records, one a word, from the {@code WordTypes} of this tagger's pipeline
   * @return a new array of Universal POS tags, one per word
   * @throws IllegalArgumentException if there is not one record a word
   */
  public String[] tag(String[] words, WordTypes.Type[] types) {
    WordTypes.requireOneEach(Objects.requireNonNull(types, "types"), words.length);
    String[] w = useLexicon ? truecased(words) : words;
    return byWindows(
        w.length,
        (from, to) ->
            tagWindowFast(range(w, from, to), range(words, from, to), range(types, from, to)));
  }

  /**
   * The words with those in capitals that the lexicon knows as common words written as the lexicon
   * writes them ("DIE VERANSTALTER" → "Die Veranstalter", "SEHR" → "sehr"), so that shouted text is
   * tagged as text, not as a row of acronyms; the same array when there is none. Words under four
   * letters stay as they are (SPD, USA, EU).
   */
  private String[] truecased(String[] words) {
    String[] out = words;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!isCapitals(w)) {
        continue;
      }
      String title = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      String cased = null;
      if ((lexicon.uposMask(title) & GermanLexicon.NOUN) != 0) {
        cased = title;
      } else if (lexicon.uposMask(lower) != 0) {
        cased = i == 0 ? title : lower;
      }
      if (cased != null) {
        if (out == words) {
          out = words.clone();
        }
        out[i] = cased;
      }
    }
    return out;
  }

  /** Four letters or more, all of them capitals: "VERANSTALTER". */
  private static boolean isCapitals(String w) {
    if (w.length() < 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #tag(String[])} from OpenNLP's feature strings, without the word cache (for tests). */
  String[] tagUncached(String[] words) {
    String[] w = useLexicon ? truecased(words) : words;
    return byWindows(w.length, (from, to) -> tagWindowSlow(range(w, from, to)));
  }

  /** The number of cached word types (for tests). */
  int cachedWordTypes() {
    return wordCache.size();
  }

  /** Tags the words {@code [from, to)} of a sentence. */
  private interface Window {
    String[] tag(int from, int to);
  }

  /**
   * The tags of a sentence of {@code n} words, window by window: in one window if it has at most
   * {@value #WINDOW} words.
   */
  private static String[] byWindows(int n, Window window) {
    if (n <= WINDOW) {
      return window.tag(0, n);
    }
    String[] result = new String[n];
    for (int from = 0; from < n; from += WINDOW) {
      int to = Math.min(n, from + WINDOW);
      String[] part = window.tag(from, to);
      System.arraycopy(part, 0, result, from, part.length);
    }
    return result;
  }

  /** {@code a[from, to)}: {@code a} itself when that is all of it. */
  private static <T> T[] range(T[] a, int from, int to) {
    return from == 0 && to == a.length ? a : Arrays.copyOfRange(a, from, to);
  }

  /**
   * The word's own features as OpenNLP's generator writes them: {features before the position
   * feature, features after it}.
   */
  private static String[][] ownFeatures(String word) {
    return WordFeatures.of(word);
  }

  /** The {@code w=} feature among a word's own features, or null. */
  private static String wordFeature(String[] leading) {
    String w = null;
    for (String f : leading) {
      if (f.startsWith("w=")) {
        if (w != null) {
          return null;
        }
        w = f;
      }
    }
    return w;
  }

  /**
   * The context of word i as this class rebuilds it from the words' own features (the fast path
   * adds the decoder.weights of exactly these features, in this order); null if it cannot.
   */
  List<String> rebuiltContext(String[] words, int i, String[] prior) {
    String[][] own = ownFeatures(words[i]);
    if (own == null) {
      return null;
    }
    List<String> out = new ArrayList<>(Arrays.asList(own[0]));
    int[] offsets = {-1, -2, 1, 2};
    String[] names = {"p1", "p2", "n1", "n2"};
    for (int d = 0; d < offsets.length; d++) {
      int j = i + offsets[d];
      if (j >= 0 && j < words.length) {
        String[][] other = ownFeatures(words[j]);
        if (other == null) {
          return null;
        }
        out.add(names[d] + wordFeature(other[0]));
      }
    }
    if (i < PosBeamDecoder.POSITION_FEATURES.length) {
      out.add(PosBeamDecoder.POSITION_FEATURES[i]);
    }
    out.addAll(Arrays.asList(own[1]));
    if (i >= 1 && prior[i - 1] != null) {
      out.add("t=" + prior[i - 1]);
    }
    if (i >= 2) {
      out.add("t2=" + prior[i - 2] + "," + prior[i - 1]);
    }
    return out;
  }

  /** The generator's context of word i (for tests). */
  List<String> generatorContext(String[] words, int i, String[] prior) {
    return Arrays.asList(contextGenerator.get().getContext(i, words, prior, null));
  }

  /** The lexicon masks of a word as its {@link WordInfo} keeps them: {at a start, inside}. */
  int[] keptMasks(String word) {
    WordInfo info = newWordInfo(word);
    return new int[] {info.maskInitial, info.maskInner};
  }

  /** {@link #allowed(String, boolean)}, for tests. */
  int allowedMask(String word, boolean initial) {
    return allowed(word, initial);
  }

  /** The lexicon facts about a word that the rules use ({@link WordFlags#of}). */
  int wordFlags(String word) {
    return WordFlags.of(lexicon, word);
  }

  private WordInfo wordInfo(String word) {
    return wordCache.get(word, newWordInfo);
  }

  /** This tagger's place in a word type's record: its {@link WordInfo}. */
  private static final WordTypes.Slot<WordInfo> WORD_INFO = WordTypes.newSlot();

  /**
   * The {@link WordInfo} of word {@code w}, kept in the record of {@code original} (the word before
   * truecasing) when the word is that word; else from this tagger's cache.
   */
  private WordInfo wordInfo(String w, String original, WordTypes.Type type) {
    if (w != original) { // truecased: the record is of the word as written
      return wordInfo(w);
    }
    return type.get(WORD_INFO, w, newWordInfo);
  }

  private WordInfo newWordInfo(String word) {
    String[][] own = ownFeatures(word);
    double[] sums = new double[decoder.outcomes.length];
    for (String f : own[0]) {
      addWeights(f, sums);
    }
    int[] tail = new int[own[1].length];
    int known = 0;
    for (String f : own[1]) {
      int c = decoder.weights.id(f);
      if (c >= 0) {
        tail[known++] = c;
      }
    }
    String w = wordFeature(own[0]);
    int[] masks = {allowedUnlessCompound(word, true), allowedUnlessCompound(word, false)};
    if (masks[0] == IF_COMMON_COMPOUND || masks[1] == IF_COMMON_COMPOUND) {
      int compound = compoundMask(word); // once for both
      for (int k = 0; k < 2; k++) {
        masks[k] = masks[k] == IF_COMMON_COMPOUND ? compound : masks[k];
      }
    }
    return new WordInfo(
        sums,
        Arrays.copyOf(tail, known),
        decoder.weights.id("p1" + w),
        decoder.weights.id("p2" + w),
        decoder.weights.id("n1" + w),
        decoder.weights.id("n2" + w),
        masks[0],
        masks[1],
        isPunctuation(word),
        Contractions.isContraction(word),
        wordFlags(word));
  }

  /**
   * The beam search of {@link #tagWindowSlow} with the word features from {@link WordInfo} (the
   * same sums, added in the same order), previous-tag features from arrays, back pointers instead
   * of copied tag sequences, and beam entries skipped that cannot reach the beam.
   */
  private String[] tagWindowFast(String[] words) {
    return tagWindowFast(words, null, null);
  }

  /**
   * {@link #tagWindowFast(String[])} with the records of the words as written ({@code original},
   * before truecasing), or without when {@code types} is null.
   */
  private String[] tagWindowFast(String[] words, String[] original, WordTypes.Type[] types) {
    int n = words.length;
    String[] result = new String[n];
    if (n == 0) {
      return result;
    }
    WordInfo[] info = new WordInfo[n];
    for (int i = 0; i < n; i++) {
      info[i] = types == null ? wordInfo(words[i]) : wordInfo(words[i], original[i], types[i]);
    }
    decoder.decode(info, result);
    if (useLexicon) {
      int[] flags = new int[n];
      for (int i = 0; i < n; i++) {
        flags[i] = info[i].flags;
      }
      for (PosRule rule : PosRule.GSD) {
        rule.apply(words, flags, result);
      }
    }
    return result;
  }

  /**
   * The reference beam search: OpenNLP's context generator builds every feature string and the
   * model's decoder.weights are looked up by name. Slower; the tests compare the cached path with
   * it.
   */
  private String[] tagWindowSlow(String[] words) {
    int n = words.length;
    String[] result = new String[n];
    if (n == 0) {
      return result;
    }
    int[] masks = new int[n];
    for (int i = 0; i < n; i++) {
      masks[i] = allowed(words, i);
    }
    POSContextGenerator cg = contextGenerator.get();
    int k = decoder.outcomes.length;
    double[] wordSums = new double[k];
    double[] sums = new double[k];
    // beam: tags so far (outcome indices) and scores
    int[][] beamTags = new int[1][0];
    double[] beamScores = {0};
    String[] prior = new String[n];
    for (int i = 0; i < n; i++) {
      int cand = beamTags.length * k;
      int[][] nextTags = new int[Math.min(decoder.beamSize, cand)][];
      double[] nextScores = new double[nextTags.length];
      Arrays.fill(nextScores, Double.NEGATIVE_INFINITY);
      int filled = 0;
      // the word features are the same for every beam entry: build and sum them once; each
      // entry adds only its previous-tag features (t=, t2=), as OpenNLP's generator writes them
      int[] hyp0 = beamTags[0];
      for (int j = Math.max(0, i - 2); j < i; j++) {
        prior[j] = decoder.outcomes[hyp0[j]];
      }
      String[] full = cg.getContext(i, words, prior, null);
      java.util.Arrays.fill(wordSums, 0);
      for (String f : full) {
        if (!f.startsWith("t=") && !f.startsWith("t2=")) {
          addWeights(f, wordSums);
        }
      }
      for (int b = 0; b < beamTags.length; b++) {
        int[] hyp = beamTags[b];
        System.arraycopy(wordSums, 0, sums, 0, sums.length);
        if (i >= 1) {
          String p1 = decoder.outcomes[hyp[i - 1]];
          addWeights("t=" + p1, sums);
          if (i >= 2) {
            addWeights("t2=" + decoder.outcomes[hyp[i - 2]] + "," + p1, sums);
          }
        }
        double[] probs = PosBeamDecoder.softmax(sums);
        for (int o = 0; o < k; o++) {
          double s = beamScores[b] + Math.log(Math.max(probs[o], 1e-12));
          if (decoder.outcomeComposite[o] && !Contractions.isContraction(words[i])) {
            s += decoder.logPenalty * 2;
          } else if (masks[i] != 0 && (masks[i] & decoder.outcomeMask[o]) == 0) {
            s += decoder.logPenalty;
          }
          // insert into top list
          if (filled < nextTags.length || s > nextScores[filled - 1]) {
            int pos = Math.min(filled, nextTags.length - 1);
            while (pos > 0 && nextScores[pos - 1] < s) {
              if (pos < nextTags.length) {
                nextScores[pos] = nextScores[pos - 1];
                nextTags[pos] = nextTags[pos - 1];
              }
              pos--;
            }
            int[] t = Arrays.copyOf(hyp, i + 1);
            t[i] = o;
            nextScores[pos] = s;
            nextTags[pos] = t;
            if (filled < nextTags.length) {
              filled++;
            }
          }
        }
      }
      beamTags = Arrays.copyOf(nextTags, filled);
      beamScores = Arrays.copyOf(nextScores, filled);
    }
    int[] best = beamTags[0];
    for (int i = 0; i < n; i++) {
      String t = decoder.outcomes[best[i]];
      int plus = t.indexOf('+');
      result[i] = plus > 0 ? t.substring(0, plus) : t;
    }
    if (useLexicon) {
      int[] flags = new int[n];
      for (int i = 0; i < n; i++) {
        flags[i] = wordFlags(words[i]);
      }
      for (PosRule rule : PosRule.GSD) {
        rule.apply(words, flags, result);
      }
    }
    return result;
  }

  private void addWeights(String feature, double[] sums) {
    decoder.weights.add(decoder.weights.id(feature), sums);
  }

  private int allowed(String[] words, int i) {
    return allowed(words[i], i == 0 || isPunctuation(words[i - 1]));
  }

  /** Bit mask of the UPOS tags allowed for w, at a sentence or clause start or not. */
  private int allowed(String w, boolean initial) {
    int mask = allowedUnlessCompound(w, initial);
    return mask == IF_COMMON_COMPOUND ? compoundMask(w) : mask;
  }

  /** The mask of a word {@link #allowedUnlessCompound} left to its head: NOUN or 0. */
  private int compoundMask(String w) {
    return isCommonCompound(w) ? GermanLexicon.NOUN : 0;
  }

  /**
   * What {@link #allowedUnlessCompound} returns for a capitalised word the lexicon does not know in
   * either case: its mask is {@code NOUN} if it is a common compound ({@link #isCommonCompound}),
   * else 0. Not a mask (no tag has the sign bit).
   */
  private static final int IF_COMMON_COMPOUND = Integer.MIN_VALUE;

  /**
   * {@link #allowed(String, boolean)}, or {@link #IF_COMMON_COMPOUND} where that is decided by the
   * word's head: the test looks up several heads, so a caller that wants both masks of a word makes
   * it once.
   */
  private int allowedUnlessCompound(String w, boolean initial) {
    if (w.isEmpty()) {
      return 0;
    }
    if (isPunctuation(w)) {
      return GermanLexicon.bit("PUNCT");
    }
    if (isOrdinal(w)) {
      return GermanLexicon.ADJ; // "4." is an ordinal adjective (STTS ADJA, UD ADJ)
    }
    if (isNumber(w)) {
      return GermanLexicon.NUM;
    }
    if (!useLexicon) {
      return 0;
    }
    if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return 0; // acronyms (SPD, USA): names as often as nouns
    }
    if (isTitle(w)) {
      return GermanLexicon.NOUN; // UD: a title before a name is a noun ("Herr Dr. Sieben")
    }
    if (isDayOrMonth(w)) {
      return GermanLexicon.PROPN; // GSD tags the names of days and months PROPN
    }
    int mask = lexicon.uposMask(w);
    char c = w.charAt(0);
    if (Character.isUpperCase(c)) {
      boolean lowerOnly = false; // a lower-case word capitalised at the start: not a name
      if (initial || mask == 0) {
        String lower = w.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + w.substring(1);
        int lm = lexicon.uposMask(lower);
        if (mask == 0 && !initial && lm != 0) {
          // a capitalised form known only in lower case: a noun use or a name is still possible
          lm |= GermanLexicon.NOUN | GermanLexicon.PROPN;
        }
        lowerOnly = mask == 0 && initial && lm != 0;
        mask |= lm;
        if (mask == 0) {
          return IF_COMMON_COMPOUND; // Sanktionsdruck: unknown, but its head is a common noun
        }
      }
      if (mask != 0
          && mask != GermanLexicon.ALL
          && !lowerOnly
          && (mask & GermanLexicon.NOUN) == 0) {
        mask |= GermanLexicon.PROPN; // names the lexicon does not know
      }
    }
    if (mask != 0 && mask != GermanLexicon.ALL) {
      mask |= GermanLexicon.X;
    }
    return mask;
  }

  /** Heads of place names (Falkensee, Wikingerdorf, Kirchenallee): such compounds stay open. */
  private static final Lazy<java.util.Set<String>> PLACE_HEADS =
      new Lazy<>(() -> WordLists.load(PosTagger.class, "place-heads-de.txt"));

  /** The length of the longest place head. */
  private static final Lazy<Integer> PLACE_HEAD_MAX =
      new Lazy<>(() -> PLACE_HEADS.get().stream().mapToInt(String::length).max().orElse(0));

  /**
   * Whether an unknown capitalised word ends in a common noun of the lexicon (not a place-name
   * head), so that it is a compound noun.
   */
  private boolean isCommonCompound(String w) {
    int n = w.length();
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0) { // US-Präsident, Ukraine-Krieg: the part after the last hyphen decides
      String head = w.substring(hyphen + 1);
      if (head.length() < 3 || !Character.isUpperCase(head.charAt(0))) {
        return false;
      }
      int m = lexicon.uposMask(head);
      return (m & GermanLexicon.NOUN) != 0
          && (m & GermanLexicon.PROPN) == 0
          && !PLACE_HEADS.get().contains(head);
    }
    if (n < 7) {
      return false;
    }
    // heads no longer than the longest place head or lexicon noun looked up: linear time
    java.util.Set<String> placeHeads = PLACE_HEADS.get();
    int from = Math.max(2, n - PLACE_HEAD_MAX.get());
    for (int start = n - 2; start >= from; start--) {
      if (placeHeads.contains(Character.toUpperCase(w.charAt(start)) + w.substring(start + 1))) {
        return false;
      }
    }
    for (int start = Math.max(3, n - Lemmatizer.MAX_HEAD); start <= n - 3; start++) {
      String head = Character.toUpperCase(w.charAt(start)) + w.substring(start + 1);
      int m = lexicon.uposMaskUncached(head);
      if ((m & GermanLexicon.NOUN) != 0) {
        return (m & GermanLexicon.PROPN) == 0;
      }
    }
    return false;
  }
}
