package io.github.germannlp.internal.pos;

import static io.github.germannlp.internal.pos.WordFlags.isDayOrMonth;
import static io.github.germannlp.internal.pos.WordFlags.isNumber;
import static io.github.germannlp.internal.pos.WordFlags.isOrdinal;
import static io.github.germannlp.internal.pos.WordFlags.isPunctuation;
import static io.github.germannlp.internal.pos.WordFlags.isTitle;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.ModelWeights;
import io.github.germannlp.internal.WordLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * Universal POS tagger for German: OpenNLP's UD German GSD maxent model, decoded with a beam search
 * in which every tag gets the model's probability times a prior from the German full-form lexicon
 * (tags that the lexicon does not allow for a known word are penalised, not forbidden).
 *
 * <p>Thread-safe: the model is shared and read-only; the context generator is per thread.
 *
 * <p>Speed: the model's features of a word are those of the word alone (prefixes, suffixes, the
 * word itself, its class), those of its neighbours and position, and the previous tags. The first
 * two depend on the word string only; they are resolved to model weights once per word type and
 * kept, with the word's lexicon mask, in a cache of up to {@value #WORD_CACHE_SIZE} word types (a
 * concurrent map that is emptied when it is full, so it stays below about {@value #WORD_CACHE_SIZE}
 * entries plus one per thread, about 11 MB at most). The sums are added in the same order as from
 * OpenNLP's feature strings, so the probabilities, and hence the tags, are exactly those of the
 * model evaluated feature by feature.
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

  /** The model's weights: the bundled file that loads fast, or read from the model. */
  private static final Lazy<PosWeights> SHARED_WEIGHTS = new Lazy<>(PosWeights::bundledOrModel);

  /** The maxent model's weights by feature. */
  private final Map<String, Context> weights;

  private final ThreadLocal<POSContextGenerator> contextGenerator;
  private final GermanLexicon lexicon;
  private final String[] outcomes;
  private final int[] outcomeMask; // UPOS bit of each outcome's first part
  private final boolean[] outcomeComposite;
  private final int beamSize;
  private final double logPenalty;
  private final boolean useLexicon;

  /** Longer sentences are tagged in windows of this many words, which keeps time linear. */
  private static final int WINDOW = 200;

  /** At most this many word types are cached (see the class comment). */
  static final int WORD_CACHE_SIZE = 1 << 15;

  /** The sentence-position features of OpenNLP's generator for positions 0, 1 and 2. */
  private static final String[] POSITION_FEATURES = {"S=begin", "p1S=begin", "p2S=begin"};

  private final BoundedCache<String, WordInfo> wordCache = new BoundedCache<>(WORD_CACHE_SIZE);
  private final java.util.function.Function<String, WordInfo> newWordInfo = this::newWordInfo;

  /** Weights of {@code t=TAG} by outcome, and of {@code t2=TAG2,TAG1} by outcome pair. */
  private final Context[] previousTag;

  private final Context[] previousTags;
  private final Context[] position;

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
    this.weights = shared.weights();
    POSTaggerFactory factory = shared.factory();
    this.contextGenerator = ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(0));
    this.lexicon = useLexicon ? GermanLexicon.get() : null;
    this.useLexicon = useLexicon;
    this.beamSize = beamSize;
    this.logPenalty = Math.log(penalty);
    outcomes = shared.outcomes();
    int n = outcomes.length;
    outcomeMask = new int[n];
    outcomeComposite = new boolean[n];
    for (int i = 0; i < n; i++) {
      int plus = outcomes[i].indexOf('+');
      outcomeComposite[i] = plus > 0;
      outcomeMask[i] = GermanLexicon.bit(plus > 0 ? outcomes[i].substring(0, plus) : outcomes[i]);
    }
    previousTag = new Context[n];
    previousTags = new Context[n * n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = weights.get("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        previousTags[a * n + b] = weights.get("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
    position = new Context[POSITION_FEATURES.length];
    for (int i = 0; i < position.length; i++) {
      position[i] = weights.get(POSITION_FEATURES[i]);
    }
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
    return tag(w, this::tagWindowFast);
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
    return tag(useLexicon ? truecased(words) : words, this::tagWindowSlow);
  }

  /** The number of cached word types (for tests). */
  int cachedWordTypes() {
    return wordCache.size();
  }

  private static String[] tag(String[] words, java.util.function.UnaryOperator<String[]> window) {
    if (words.length <= WINDOW) {
      return window.apply(words);
    }
    String[] result = new String[words.length];
    for (int from = 0; from < words.length; from += WINDOW) {
      int to = Math.min(words.length, from + WINDOW);
      String[] part = window.apply(Arrays.copyOfRange(words, from, to));
      System.arraycopy(part, 0, result, from, part.length);
    }
    return result;
  }

  /** What the tagger needs of one word type, whatever its neighbours; immutable. */
  private static final class WordInfo {
    /** Summed weights of the word's own features before the neighbour features, in order. */
    final double[] own;

    /** Weights of its own features after the position feature, in order (none null). */
    final Context[] tail;

    /** Weights of its features as the previous, second previous, next, second next word. */
    final Context p1;

    final Context p2;
    final Context n1;
    final Context n2;

    /**
     * Lexicon masks ({@link #allowed(String, boolean)}) at a sentence or clause start, elsewhere.
     */
    final int maskInitial;

    final int maskInner;
    final boolean punctuation;
    final boolean contraction;

    /** {@link #wordFlags(String)}. */
    final int flags;

    WordInfo(
        double[] own,
        Context[] tail,
        Context p1,
        Context p2,
        Context n1,
        Context n2,
        int maskInitial,
        int maskInner,
        boolean punctuation,
        boolean contraction,
        int flags) {
      this.own = own;
      this.tail = tail;
      this.p1 = p1;
      this.p2 = p2;
      this.n1 = n1;
      this.n2 = n2;
      this.maskInitial = maskInitial;
      this.maskInner = maskInner;
      this.punctuation = punctuation;
      this.contraction = contraction;
      this.flags = flags;
    }
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
   * adds the weights of exactly these features, in this order); null if it cannot.
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
    if (i < POSITION_FEATURES.length) {
      out.add(POSITION_FEATURES[i]);
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

  /** The lexicon facts about a word that the rules use ({@link WordFlags#of}). */
  int wordFlags(String word) {
    return WordFlags.of(lexicon, word);
  }

  private WordInfo wordInfo(String word) {
    return wordCache.get(word, newWordInfo);
  }

  private WordInfo newWordInfo(String word) {
    String[][] own = ownFeatures(word);
    double[] sums = new double[outcomes.length];
    for (String f : own[0]) {
      addWeights(f, sums);
    }
    List<Context> tail = new ArrayList<>(own[1].length);
    for (String f : own[1]) {
      Context c = weights.get(f);
      if (c != null) {
        tail.add(c);
      }
    }
    String w = wordFeature(own[0]);
    return new WordInfo(
        sums,
        tail.toArray(new Context[0]),
        weights.get("p1" + w),
        weights.get("p2" + w),
        weights.get("n1" + w),
        weights.get("n2" + w),
        allowed(word, true),
        allowed(word, false),
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
    int n = words.length;
    String[] result = new String[n];
    if (n == 0) {
      return result;
    }
    WordInfo[] info = new WordInfo[n];
    for (int i = 0; i < n; i++) {
      info[i] = wordInfo(words[i]);
    }
    int k = outcomes.length;
    double[] wordSums = new double[k];
    double[] sums = new double[k];
    int[][] tagAt = new int[n][];
    int[][] backAt = new int[n][];
    double[] beamScores = {0};
    int beam = 1;
    boolean prune = logPenalty <= 0;
    for (int i = 0; i < n; i++) {
      WordInfo wi = info[i];
      int mask = i == 0 || info[i - 1].punctuation ? wi.maskInitial : wi.maskInner;
      int cap = Math.min(beamSize, beam * k);
      int[] nextTags = new int[cap];
      int[] nextBack = new int[cap];
      double[] nextScores = new double[cap];
      Arrays.fill(nextScores, Double.NEGATIVE_INFINITY);
      int filled = 0;
      System.arraycopy(wi.own, 0, wordSums, 0, k);
      if (i >= 1) {
        ModelWeights.add(info[i - 1].p1, wordSums);
      }
      if (i >= 2) {
        ModelWeights.add(info[i - 2].p2, wordSums);
      }
      if (i + 1 < n) {
        ModelWeights.add(info[i + 1].n1, wordSums);
      }
      if (i + 2 < n) {
        ModelWeights.add(info[i + 2].n2, wordSums);
      }
      if (i < position.length) {
        ModelWeights.add(position[i], wordSums);
      }
      for (Context c : wi.tail) {
        ModelWeights.add(c, wordSums);
      }
      for (int b = 0; b < beam; b++) {
        double base = beamScores[b];
        // no candidate of this entry scores above base (log p <= 0, penalties <= 0), and the
        // entries are sorted: once the beam is full with scores >= base, nothing more gets in
        if (prune && filled == cap && !(base > nextScores[filled - 1])) {
          break;
        }
        System.arraycopy(wordSums, 0, sums, 0, k);
        if (i >= 1) {
          int p1 = tagAt[i - 1][b];
          ModelWeights.add(previousTag[p1], sums);
          if (i >= 2) {
            ModelWeights.add(previousTags[tagAt[i - 2][backAt[i - 1][b]] * k + p1], sums);
          }
        }
        double[] probs = softmax(sums);
        for (int o = 0; o < k; o++) {
          double penalty = 0;
          if (outcomeComposite[o] && !wi.contraction) {
            penalty = logPenalty * 2;
          } else if (mask != 0 && (mask & outcomeMask[o]) == 0) {
            penalty = logPenalty;
          }
          if (prune
              && filled == cap
              && !((penalty == 0 ? base : base + penalty) > nextScores[filled - 1])) {
            continue; // s <= base + penalty: it would not get in
          }
          double s = base + Math.log(Math.max(probs[o], 1e-12));
          if (penalty != 0) {
            s += penalty;
          }
          if (filled < cap || s > nextScores[filled - 1]) {
            int pos = Math.min(filled, cap - 1);
            while (pos > 0 && nextScores[pos - 1] < s) {
              if (pos < cap) {
                nextScores[pos] = nextScores[pos - 1];
                nextTags[pos] = nextTags[pos - 1];
                nextBack[pos] = nextBack[pos - 1];
              }
              pos--;
            }
            nextScores[pos] = s;
            nextTags[pos] = o;
            nextBack[pos] = b;
            if (filled < cap) {
              filled++;
            }
          }
        }
      }
      tagAt[i] = nextTags;
      backAt[i] = nextBack;
      beamScores = nextScores;
      beam = filled;
    }
    int slot = 0;
    for (int i = n - 1; i >= 0; i--) {
      String t = outcomes[tagAt[i][slot]];
      int plus = t.indexOf('+');
      result[i] = plus > 0 ? t.substring(0, plus) : t;
      slot = backAt[i][slot];
    }
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
   * The beam search with OpenNLP's feature strings, for when the cached word features do not
   * reproduce them.
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
    int k = outcomes.length;
    double[] wordSums = new double[k];
    double[] sums = new double[k];
    // beam: tags so far (outcome indices) and scores
    int[][] beamTags = new int[1][0];
    double[] beamScores = {0};
    String[] prior = new String[n];
    for (int i = 0; i < n; i++) {
      int cand = beamTags.length * k;
      int[][] nextTags = new int[Math.min(beamSize, cand)][];
      double[] nextScores = new double[nextTags.length];
      Arrays.fill(nextScores, Double.NEGATIVE_INFINITY);
      int filled = 0;
      // the word features are the same for every beam entry: build and sum them once; each
      // entry adds only its previous-tag features (t=, t2=), as OpenNLP's generator writes them
      int[] hyp0 = beamTags[0];
      for (int j = Math.max(0, i - 2); j < i; j++) {
        prior[j] = outcomes[hyp0[j]];
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
          String p1 = outcomes[hyp[i - 1]];
          addWeights("t=" + p1, sums);
          if (i >= 2) {
            addWeights("t2=" + outcomes[hyp[i - 2]] + "," + p1, sums);
          }
        }
        double[] probs = softmax(sums);
        for (int o = 0; o < k; o++) {
          double s = beamScores[b] + Math.log(Math.max(probs[o], 1e-12));
          if (outcomeComposite[o] && !Contractions.isContraction(words[i])) {
            s += logPenalty * 2;
          } else if (masks[i] != 0 && (masks[i] & outcomeMask[o]) == 0) {
            s += logPenalty;
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
      String t = outcomes[best[i]];
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
    ModelWeights.add(weights.get(feature), sums);
  }

  /** GISModel's own normalisation, in place: exp of each sum over their total. */
  private static double[] softmax(double[] sums) {
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = Math.exp(sums[o]);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
    return sums;
  }

  private int allowed(String[] words, int i) {
    return allowed(words[i], i == 0 || isPunctuation(words[i - 1]));
  }

  /** Bit mask of the UPOS tags allowed for w, at a sentence or clause start or not. */
  private int allowed(String w, boolean initial) {
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
        if (mask == 0 && isCommonCompound(w)) {
          return GermanLexicon.NOUN; // Sanktionsdruck: unknown, but its head is a common noun
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
