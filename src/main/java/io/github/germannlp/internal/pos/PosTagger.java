package io.github.germannlp.internal.pos;

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
 * concurrent map that is emptied when it is full, so it stays below about {@value
 * #WORD_CACHE_SIZE} entries plus one per thread, about 11 MB at most). The sums are added in
 * the same order as from OpenNLP's feature strings, so the probabilities, and hence the tags, are
 * exactly those of the model evaluated feature by feature.
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
  /** A capitalised word the lexicon knows as a common noun gets no PROPN added to its mask. */
  private static final boolean NOUN_NOT_NAME = true;
  /** The haben rule: AUX with a past participle in the clause, else VERB ({@link #haben}). */
  private static final boolean AUX_RULE = true;
  /** The pronoun rule: der/die/das that begin no noun phrase are PRON ({@link #pronouns}). */
  private static final boolean PRONOUN_RULE = true;
  /** The zu rule: PART before an infinitive, ADP before a noun phrase ({@link #zu}). */
  private static final boolean ZU_RULE = true;
  /** The werden rule: AUX with a participle or infinitive in the clause, else VERB. */
  private static final boolean WERDEN_RULE = true;
  /** The sein rule: AUX as a copula or auxiliary, VERB of place or existence ({@link #sein}). */
  private static final boolean SEIN_RULE = true;
  /** The modal rule: AUX with an infinitive in the clause, else VERB. */
  private static final boolean MODAL_RULE = true;
  /** An unknown compound whose head is a common noun is a noun ({@link #isCommonCompound}). */
  private static final boolean COMPOUND_NOUN = true;
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
   * @param penalty the factor, in (0, 1], that multiplies the probability of a tag the lexicon
   *     does not allow for a known word (1: no penalty)
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
   * longer than {@value #WINDOW} words is tagged window by window, so that the time stays linear
   * in its length.
   *
   * @param words the words of one sentence, in order, as the tokenizer cut them
   * @return a new array of Universal POS tags, one per word; a contraction such as {@code zum}
   *     may get the composite {@code ADP+DET}
   */
  public String[] tag(String[] words) {
    String[] w = useLexicon ? truecased(words) : words;
    return tag(w, this::tagWindowFast);
  }

  /**
   * The words with those in capitals that the lexicon knows as common words written as the
   * lexicon writes them ("DIE VERANSTALTER" → "Die Veranstalter", "SEHR" → "sehr"), so that
   * shouted text is tagged as text, not as a row of acronyms; the same array when there is none.
   * Words under four letters stay as they are (SPD, USA, EU).
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
    /** Lexicon masks ({@link #allowed(String, boolean)}) at a sentence or clause start, elsewhere. */
    final int maskInitial;
    final int maskInner;
    final boolean punctuation;
    final boolean contraction;
    /** {@link #wordFlags(String)}. */
    final int flags;

    WordInfo(double[] own, Context[] tail, Context p1, Context p2, Context n1, Context n2,
        int maskInitial, int maskInner, boolean punctuation, boolean contraction, int flags) {
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
    return new WordInfo(sums, tail.toArray(new Context[0]), weights.get("p1" + w),
        weights.get("p2" + w), weights.get("n1" + w), weights.get("n2" + w),
        allowed(word, true), allowed(word, false), isPunctuation(word),
        Contractions.isContraction(word), wordFlags(word));
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
          if (prune && filled == cap
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
      rules(words, flags, result);
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
      rules(words, flags, result);
    }
    return result;
  }

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

  /** The lexicon facts about a word that {@link #rules} use (an OR of the constants above). */
  int wordFlags(String word) {
    if (lexicon == null || word.isEmpty() || isPunctuation(word)) {
      return 0;
    }
    int flags = word.equals("zu") || word.equals("Zu") ? ZU : 0;
    if (isTitle(word)) {
      flags |= TITLE;
    }
    switch (word) {
      case "viel": case "Viel": case "mehr": case "Mehr": case "wenig": case "Wenig":
      case "weniger": case "Weniger":
        flags |= QUANTIFIER;
        break;
      default:
        break;
    }
    switch (word) {
      case "der": case "die": case "das": case "dem": case "den":
      case "Der": case "Die": case "Das": case "Dem": case "Den":
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
    boolean placeAdjective = word.length() > 3 && Character.isUpperCase(word.charAt(0))
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
    if (Character.isUpperCase(word.charAt(0)) && word.length() > 1
        && Character.isLowerCase(word.charAt(1)) && !known) {
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

  /** Rules on the tagged sentence (UD German GSD conventions the model gets wrong). */
  private void rules(String[] words, int[] flags, String[] tags) {
    if (ZU_RULE) {
      zu(flags, tags);
    }
    if (PRONOUN_RULE) {
      pronouns(words, flags, tags);
    }

    lexicalRules(flags, tags);
    wordsAreNoPunctuation(words, tags);
    capitalisedAtStart(words, flags, tags);
    subordinators(words, tags);

    if (AUX_RULE) {
      haben(words, flags, tags);
    }
    if (WERDEN_RULE) {
      werden(words, flags, tags);
    }
    if (SEIN_RULE) {
      sein(words, flags, tags);
    }
    if (MODAL_RULE) {
      modals(words, flags, tags);
    }
  }


  /**
   * GSD tags a modal verb as AUX with an infinitive in its clause ("wir konnten es nicht
   * ändern", "haben wollten"), as VERB without one ("Ich mag Pizza", "konnten nicht anders").
   * An infinitive only past a comma or dash ("kann, wenn er will, kommen") leaves the model's
   * tag.
   */
  static void modals(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB")
          || (flags[i] & MODAL) == 0 || (flags[i] & (HABEN | SEIN | WERDEN)) != 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean infinitive = false;
      for (int j = from; j < to && !infinitive; j++) {
        infinitive = j != i && (flags[j] & INFINITIVE) != 0;
      }
      boolean later = false; // an infinitive further on, past a comma or dash
      for (int j = to; j < words.length && !later && !infinitive; j++) {
        later = (flags[j] & INFINITIVE) != 0;
      }
      if (infinitive) {
        tags[i] = "AUX";
      } else if (!later) {
        tags[i] = "VERB";
      }
    }
  }

  /**
   * GSD tags {@code werden} as AUX with a participle (passive) or an infinitive (future) in its
   * clause, as VERB otherwise ("er wird Arzt", "es wurde schlimmer"). A participle tagged ADJ at
   * the end of the clause ("wurde neu angelegt") is the passive's: VERB.
   */
  static void werden(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB") || (flags[i] & WERDEN) == 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean verb = false;
      for (int j = from; j < to && !verb; j++) {
        if (j == i) {
          continue;
        }
        String t = tags[j];
        if (t.equals("VERB") || t.equals("AUX")) {
          verb = (flags[j] & (PARTICIPLE | INFINITIVE)) != 0;
        } else if (t.equals("ADJ") && (flags[j] & PARTICIPLE) != 0 && isClauseFinal(words, j, to)) {
          verb = true;
          tags[j] = "VERB";
        }
      }
      tags[i] = verb ? "AUX" : "VERB";
    }
  }

  /**
   * GSD tags {@code sein} as AUX as a copula or auxiliary, as VERB where it says where or that
   * something is ("ich war dort", "in dem Saal sind Wahlen"). AUX if its clause has a verb, a
   * predicative adjective or two noun phrases outside prepositional phrases (subject and
   * predicate); VERB if it has neither but a prepositional phrase or "da", "hier", "dort";
   * otherwise the model's tag stays.
   */
  static void sein(String[] words, int[] flags, String[] tags) {
    int n = words.length;
    for (int i = 0; i < n; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB") || (flags[i] & SEIN) == 0
          || (flags[i] & (HABEN | WERDEN)) != 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean predicate = false;
      boolean place = false;
      boolean inPhrase = false; // after a preposition, before its noun
      boolean inNoun = false; // within a run of nouns
      int nounPhrases = 0;
      for (int j = from; j < to && !predicate; j++) {
        if (j == i) {
          inNoun = false;
          continue;
        }
        String t = tags[j];
        switch (t) {
          case "VERB": case "AUX":
            predicate = true;
            break;
          case "ADJ": {
            String next = j + 1 < n ? tags[j + 1] : "PUNCT";
            predicate = !(next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ")
                || next.equals("NUM") || next.equals("CCONJ") || next.equals("PUNCT")
                && j + 2 < n && tags[j + 2].equals("ADJ"));
            inNoun = false;
            break;
          }
          case "ADP":
            place = true;
            inPhrase = true;
            inNoun = false;
            break;
          case "NOUN": case "PROPN": case "PRON":
            if (!inNoun && !inPhrase) {
              nounPhrases++;
            }
            inNoun = !t.equals("PRON");
            inPhrase = false;
            break;
          case "ADV":
            switch (words[j]) {
              case "da": case "hier": case "dort": case "daheim": case "dabei":
                place = true;
                break;
              default:
                break;
            }
            inNoun = false;
            break;
          case "DET": case "NUM":
            inNoun = false;
            break;
          default:
            inNoun = false;
            inPhrase = false;
        }
      }
      if (predicate || nounPhrases >= 2) {
        tags[i] = "AUX";
      } else if (place) {
        tags[i] = "VERB";
      }
    }
  }

  /**
   * Rules on single words whose class the lexicon tells:
   *
   * <ul>
   *   <li>titles are nouns ("Herr Dr. Sieben", UD's rule), which the model tags PROPN beside a
   *       name (the beam search already allows only NOUN for a title, see {@link #allowed});
   *   <li>a word that is an inflected adjective or an adverb ("lange") is an adverb unless a noun,
   *       adjective or number follows ("schon lange", but "eine lange Reise");
   *   <li>viel, mehr, wenig before a noun (past adjectives) are determiners ("viel Zeit", "mehr
   *       Freizeit"; STTS PIAT), which the lexicon, knowing them as adverbs, talks the model out
   *       of;
   *   <li>an adjective from a place name (Aachener, Wiener) before a noun is an adjective ("der
   *       Wiener Kongress"), which the model tags as a name or noun.
   * </ul>
   */
  static void lexicalRules(int[] flags, String[] tags) {
    int n = tags.length;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & TITLE) != 0) {
        tags[i] = "NOUN";
      } else if ((flags[i] & INFLECTED_OR_ADVERB) != 0 && tags[i].equals("ADJ")) {
        String next = i + 1 < n ? tags[i + 1] : "PUNCT";
        if (!(next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ")
            || next.equals("NUM"))) {
          tags[i] = "ADV";
        }
      } else if ((flags[i] & (QUANTIFIER | PLACE_ADJECTIVE)) != 0) {
        int j = i + 1;
        while ((flags[i] & QUANTIFIER) != 0 && j < n && tags[j].equals("ADJ")) {
          j++;
        }
        if (j < n && (tags[j].equals("NOUN") || tags[j].equals("PROPN"))) {
          tags[i] = (flags[i] & QUANTIFIER) != 0 ? "DET" : "ADJ";
        }
      }
    }
  }

  /**
   * A token with a letter or digit is not punctuation, whatever its final period or hyphens
   * ("Min.", "imago-images-bilder"): NOUN if capitalised (an abbreviated noun), else X.
   */
  static void wordsAreNoPunctuation(String[] words, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].equals("PUNCT") && hasLetterOrDigit(words[i])) {
        tags[i] = Character.isUpperCase(words[i].charAt(0)) ? "NOUN" : "X";
      }
    }
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word at the start of a sentence or clause that the lexicon knows only in lower case, as
   * an adjective, verb or adverb, is not a name: "Schönes Hotel", "Kenne den Shop", "Knapp 20
   * Euro". The model, seeing a capital, tags it PROPN. Unless a name follows ("Knapp Müller").
   * Works with the lexicon mask, which does not allow PROPN for such a word ({@link #allowed}).
   */
  static void capitalisedAtStart(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      if (!tags[i].equals("PROPN") || i > 0 && !isPunctuation(words[i - 1])
          || i + 1 < tags.length && tags[i + 1].equals("PROPN")) {
        continue;
      }
      if ((flags[i] & LOWER_ADJ) != 0) {
        tags[i] = "ADJ";
      } else if ((flags[i] & LOWER_VERB) != 0) {
        tags[i] = "VERB";
      } else if ((flags[i] & LOWER_ADV) != 0) {
        tags[i] = "ADV";
      }
    }
  }

  /**
   * bis, seit, während, wie, als tagged ADP before a subject pronoun begin a clause ("bis er
   * aufgab", "wie sich herausstellte"): SCONJ. A preposition does not govern "er", "wir", "man".
   */
  static void subordinators(String[] words, String[] tags) {
    for (int i = 0; i + 1 < tags.length; i++) {
      if (!tags[i].equals("ADP")) {
        continue;
      }
      switch (words[i]) {
        case "bis": case "Bis": case "seit": case "Seit": case "während": case "Während":
        case "wie": case "Wie": case "als": case "Als":
          break;
        default:
          continue;
      }
      switch (words[i + 1]) {
        case "ich": case "du": case "er": case "sie": case "es": case "wir": case "ihr":
        case "man": case "sich":
          tags[i] = "SCONJ";
          break;
        default:
          break;
      }
    }
  }

  /**
   * der, die, das, dem, den tagged DET that do not begin a noun phrase are pronouns (relative:
   * "die Frau, die dort wohnt"; demonstrative: "das glaube ich"). Past adverbs, adjectives and
   * quotation marks, a pronoun follows if the next word is a verb or a personal pronoun (not
   * itself followed by an adjective: "der sie begleitende Minister"); or, with no adjective
   * in between, a punctuation mark or particle; or, after a comma, a preposition, past adverbs
   * ("die in Berlin wohnt", ", der heute von"; elsewhere it may begin an extended attribute:
   * "der für uns neue Weg"); or, right after it, another article, possessive or demonstrative
   * ("Schafe, die das Image verderben"; but "die beiden Männer").
   */
  static void pronouns(String[] words, int[] flags, String[] tags) {
    int n = tags.length;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & DER) == 0 || !tags[i].equals("DET")) {
        continue;
      }
      int j = i + 1;
      boolean adjective = false;
      while (j < n) {
        String t = tags[j];
        if (t.equals("ADV") || t.equals("ADJ")) {
          adjective |= t.equals("ADJ");
          j++;
        } else if (t.equals("PUNCT") && isQuote(words[j])) {
          j++;
        } else {
          break;
        }
      }
      String t = j < n ? tags[j] : "PUNCT";
      boolean pronoun;
      switch (t) {
        case "VERB": case "AUX":
          pronoun = true;
          break;
        case "PRON":
          pronoun = j + 1 >= n || !tags[j + 1].equals("ADJ");
          break;
        case "PUNCT": case "PART": case "SCONJ":
          pronoun = !adjective;
          break;
        case "ADP":
          pronoun = !adjective && i > 0 && words[i - 1].equals(",");
          break;
        case "DET":
          pronoun = j == i + 1 && isArticleLike(words[j]);
          break;
        default:
          pronoun = false;
      }
      if (pronoun) {
        tags[i] = "PRON";
      }
    }
  }

  /** An article, possessive or demonstrative, which cannot follow an article directly. */
  private static boolean isArticleLike(String w) {
    String l = w.toLowerCase(java.util.Locale.ROOT);
    switch (l) {
      case "der": case "die": case "das": case "dem": case "den": case "des":
        return true;
      default:
        return l.startsWith("ein") || l.startsWith("kein") || l.startsWith("mein")
            || l.startsWith("dein") || l.startsWith("sein") || l.startsWith("ihr")
            || l.startsWith("unser") || l.startsWith("euer") || l.startsWith("eur")
            || l.startsWith("dies") || l.startsWith("jen");
    }
  }

  private static boolean isQuote(String w) {
    switch (w) {
      case "\"": case "„": case "“": case "”": case "``": case "''": case "‚": case "‘":
      case "’": case "«": case "»": case "'":
        return true;
      default:
        return false;
    }
  }

  /**
   * "zu" before an infinitive is the infinitive marker (PART: "zu liefern"), before a noun phrase
   * a preposition (ADP: "zu ihm", "zu Hause"); the model confuses the two.
   */
  static void zu(int[] flags, String[] tags) {
    for (int i = 0; i + 1 < tags.length; i++) {
      if ((flags[i] & ZU) == 0 || !(tags[i].equals("PART") || tags[i].equals("ADP"))) {
        continue;
      }
      String next = tags[i + 1];
      if ((flags[i + 1] & INFINITIVE) != 0 && (next.equals("VERB") || next.equals("AUX"))) {
        tags[i] = "PART";
      } else if (next.equals("NOUN") || next.equals("PROPN") || next.equals("PRON")
          || next.equals("DET") || next.equals("NUM") || next.equals("ADJ")) {
        tags[i] = "ADP";
      }
    }
  }

  /**
   * GSD tags {@code haben} as AUX only with a past participle in its clause ("hat ... ergriffen"),
   * as VERB otherwise ("hatte Gelegenheit"); the model confuses the two. A participle tagged ADJ
   * at the end of the clause counts, and becomes VERB ("hat sich dafür ausgesprochen").
   */
  private static void haben(String[] words, int[] flags, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB") || (flags[i] & HABEN) == 0) {
        continue;
      }
      int from = clauseStart(words, i);
      int to = clauseEnd(words, tags, i);
      boolean participle = false;
      for (int j = from; j < to && !participle; j++) {
        participle = j != i && (tags[j].equals("VERB") || tags[j].equals("AUX")
            || tags[j].equals("ADJ") && isClauseFinal(words, j, to))
            && (flags[j] & PARTICIPLE) != 0;
        if (participle && tags[j].equals("ADJ")) {
          tags[j] = "VERB"; // a participle at the end of a clause with haben: the perfect
        }
      }
      tags[i] = participle ? "AUX" : "VERB";
    }
  }


  /** Whether word j is the last word before position to, quotation marks aside. */
  private static boolean isClauseFinal(String[] words, int j, int to) {
    for (int k = j + 1; k < to; k++) {
      if (!isQuote(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** The first word of the clause of word i (see {@link #isClauseBoundary}). */
  private static int clauseStart(String[] words, int i) {
    int from = i;
    while (from > 0 && !isClauseBoundary(words[from - 1])) {
      from--;
      if (words[from].equals(")")) {
        int open = from - 1;
        while (open >= 0 && !words[open].equals("(")) {
          open--;
        }
        if (open > 0) {
          from = open; // a parenthesis inside the clause
        }
      }
    }
    return from;
  }

  /**
   * The end (exclusive) of the clause of word i: the next clause boundary, but not a
   * parenthesis inside the clause nor a comma between adjectives ("ein gewaltfreies,
   * demokratisches Land") or between nouns or names ("in der Schweiz, Großbritannien und").
   */
  private static int clauseEnd(String[] words, String[] tags, int i) {
    int to = i + 1;
    while (to < words.length) {
      String w = words[to];
      if (w.equals("(")) {
        int close = to + 1;
        while (close < words.length && !words[close].equals(")")) {
          close++;
        }
        if (close < words.length) {
          to = close + 1;
          continue;
        }
      }
      if (w.equals(",") && to + 1 < words.length
          && isEnumeration(tags[to - 1], tags[to + 1])) {
        to++;
        continue;
      }
      if (isClauseBoundary(w)) {
        break;
      }
      to++;
    }
    return to;
  }

  /** Whether a comma between words tagged a and b separates the items of an enumeration. */
  private static boolean isEnumeration(String a, String b) {
    if (a.equals("ADJ")) {
      return b.equals("ADJ");
    }
    return (a.equals("NOUN") || a.equals("PROPN"))
        && (b.equals("NOUN") || b.equals("PROPN"));
  }


  private static boolean isClauseBoundary(String w) {
    switch (w) {
      case ",": case ";": case ":": case ".": case "!": case "?": case "(": case ")": case "–":
      case "--": case "—":
        return true;
      default:
        return false;
    }
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
        if (mask == 0 && COMPOUND_NOUN && isCommonCompound(w)) {
          return GermanLexicon.NOUN; // Sanktionsdruck: unknown, but its head is a common noun
        }
      }
      if (mask != 0 && mask != GermanLexicon.ALL && !lowerOnly
          && (!NOUN_NOT_NAME || (mask & GermanLexicon.NOUN) == 0)) {
        mask |= GermanLexicon.PROPN; // names the lexicon does not know
      }
    }
    if (mask != 0 && mask != GermanLexicon.ALL) {
      mask |= GermanLexicon.X;
    }
    return mask;
  }

  /** Names of the days of the week and of the months (UD German GSD tags them PROPN). */
  static boolean isDayOrMonth(String w) {
    switch (w) {
      case "Montag": case "Dienstag": case "Mittwoch": case "Donnerstag": case "Freitag":
      case "Samstag": case "Sonnabend": case "Sonntag":
      case "Januar": case "Jänner": case "Februar": case "März": case "April": case "Mai":
      case "Juni": case "Juli": case "August": case "September": case "Oktober": case "November":
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
        case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION:
        case Character.START_PUNCTUATION: case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.OTHER_PUNCTUATION:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /** Heads of place names (Falkensee, Wikingerdorf, Kirchenallee): such compounds stay open. */
  private static final Lazy<java.util.Set<String>> PLACE_HEADS =
      new Lazy<>(() -> WordLists.load(PosTagger.class, "place-heads-de.txt"));

  /** The length of the longest place head. */
  private static final Lazy<Integer> PLACE_HEAD_MAX = new Lazy<>(
      () -> PLACE_HEADS.get().stream().mapToInt(String::length).max().orElse(0));

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
      return (m & GermanLexicon.NOUN) != 0 && (m & GermanLexicon.PROPN) == 0
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

  /** Academic titles written before a name, abbreviated or in full. */
  static boolean isTitle(String w) {
    return ACADEMIC_TITLES.get().contains(w);
  }

  private static final Lazy<java.util.Set<String>> ACADEMIC_TITLES =
      new Lazy<>(() -> WordLists.load(PosTagger.class, "academic-titles-de.txt"));

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
}
