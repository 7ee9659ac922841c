package io.github.germannlp.internal.ner;

import io.github.germannlp.Document;
import io.github.germannlp.Sentence;
import io.github.germannlp.internal.WordTypes;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.ner.EntityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds named entities with an {@link EntityModel}: a beam search (width 3) left to right through
 * each sentence over BIO tag sequences, where an {@code I-X} may only follow {@code B-X} or {@code
 * I-X}.
 *
 * <p>Thread-safe: all per-call state lives on the caller's stack; the only shared mutable state is
 * a bounded cache of lexicon facts per word type (and, for models with POS features, the POS
 * tagger's), which does not change results.
 *
 * <p>The recognizer gives the model's mentions, with each mention's own text as its canonical name.
 * {@link io.github.germannlp.GermanNlp} with the {@link io.github.germannlp.Layer#ENTITIES} layer
 * adds what most applications want on top: the bundled known names and a user dictionary, no
 * mentions in page controls, and mentions grouped into entities ({@link CanonicalNames}).
 *
 * <pre>{@code
 * EntityRecognizer recognizer = new EntityRecognizer(EntityModel.loadBundled()); // IOException
 * Document doc = GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS)).build()
 *     .analyze("Bundeskanzler Friedrich Merz traf in Paris Vertreter der Siemens AG.");
 * for (EntityMention m : recognizer.recognize(doc)) {
 *   System.out.println(m.text() + "\t" + m.type() + "\t" + m.confidence());
 * }
 * String[] tags = recognizer.tag(new String[] {"Merz", "traf", "Macron", "."}, null);
 * }</pre>
 */
public final class EntityRecognizer {

  /**
   * The temperature of the confidences of a perceptron model without one of its own ({@link
   * EntityModel#confidenceTemperature()}): a tag's confidence is the softmax of the perceptron's
   * scores divided by it. OpenNLP's own normalisation divides by the largest score, which puts even
   * a sure tag near 0.3; the beam search still uses it, so the tags are unchanged. The trainer
   * stores this value in models without a guide and a larger one in models with a guide, whose
   * scores are larger; the README tells how well the mentions' confidences are calibrated.
   */
  public static final double CONFIDENCE_TEMPERATURE = 10;

  private final EntityModel model;
  private final NerFeatures features;

  /**
   * The weights of the model's perceptrons (the classifier's, then the guide's) over one feature
   * numbering; null when one is not a perceptron, whose scores come from its {@code eval}.
   */
  private final FeatureWeights weights;

  /** The model's classifier, and its guide's or null. */
  private final EntityDecoder main;

  private final EntityDecoder guide;

  /**
   * The sums of the neighbour features beyond a sentence's edges ({@link #edgeSums}), or null till
   * the first sentence needs them; threads that race compute the same values.
   */
  private volatile double[] edgeSums;

  /** The model's confidence temperature. */
  private final double temperature;

  /** The gazetteer bits of place lists (countries, cities, places), 0 if it has none. */
  private final int placeMask;

  /** The gazetteer bit of the organisation list, 0 if it has none. */
  private final int orgMask;

  /**
   * A recognizer for {@code model}. Cheap next to loading the model; share one recognizer between
   * threads rather than making one per call.
   *
   * @param model the entity model, such as {@link EntityModel#loadBundled()}
   * @throws NullPointerException if {@code model} is null
   */
  public EntityRecognizer(EntityModel model) {
    this(model, true);
  }

  /**
   * A recognizer for {@code model} that scores with packed weights when {@code packed} and its
   * classifiers are perceptrons, else with their own {@code eval} of the feature names (tests
   * compare the two).
   */
  public EntityRecognizer(EntityModel model, boolean packed) {
    this.model = Objects.requireNonNull(model, "model");
    this.weights =
        !packed
            ? null
            : FeatureWeights.of(
                model.guide() == null
                    ? List.of(model.classifier())
                    : List.of(model.classifier(), model.guide()));
    this.features = new NerFeatures(model.gazetteer(), model.clusters(), model.features(), weights);
    this.main = new EntityDecoder(model.classifier(), weights, 0);
    this.guide = model.guide() == null ? null : new EntityDecoder(model.guide(), weights, 1);
    this.temperature = model.confidenceTemperature();
    int places = 0;
    List<String> categories = model.gazetteer().categories();
    for (int c = 0; c < categories.size(); c++) {
      String name = categories.get(c);
      if (name.equals("COUNTRY") || name.equals("CITY") || name.equals("PLACE")) {
        places |= 1 << c;
      }
    }
    this.placeMask = places;
    int org = categories.indexOf("ORG");
    this.orgMask = org < 0 ? 0 : 1 << org;
  }

  /** The most words whose feature sums a perceptron decoder keeps (about 3 MB a model). */
  static final int WORD_SUMS_CACHED = 1 << 14;

  /**
   * The model.
   *
   * @return the model given to the constructor
   */
  public EntityModel model() {
    return model;
  }

  /**
   * Tags one sentence. Models that use POS features tag the sentence themselves.
   *
   * @param tokens the sentence's token texts, in order
   * @param confidence if not null, receives the probability of each chosen tag; at least as long as
   *     {@code tokens}
   * @return one BIO tag a token ({@code O}, {@code B-PER}, {@code I-PER}, …); an {@code I-X} only
   *     ever follows a {@code B-X} or {@code I-X}
   */
  public String[] tag(String[] tokens, double[] confidence) {
    return tag(tokens, null, confidence);
  }

  /**
   * Tags one sentence whose POS tags are known.
   *
   * @param tokens the sentence's token texts, in order
   * @param upos their tags from {@link io.github.germannlp.internal.pos.PosTagger}, or null to let
   *     the recognizer tag them if its model needs them
   * @param confidence if not null, receives the probability of each chosen tag; at least as long as
   *     {@code tokens}
   * @return one BIO tag a token ({@code O}, {@code B-PER}, {@code I-PER}, …)
   * @throws IllegalArgumentException if {@code upos} has another length than {@code tokens}
   */
  public String[] tag(String[] tokens, String[] upos, double[] confidence) {
    return tag(tokens, upos, confidence, null);
  }

  /**
   * {@link #tag(String[], String[], double[])}, with the tokens' records of the {@link WordTypes}
   * of this recognizer's pipeline (one a token), or null for none: the same tags.
   */
  private String[] tag(
      String[] tokens, String[] upos, double[] confidence, WordTypes.Type[] types) {
    String[] tags = decode(features.prepare(tokens, upos, types), confidence);
    cutGenitivePlaces(tokens, tags);
    cutGenitivePersons(tokens, tags);
    NewsConventions.apply(tokens, tags);
    return tags;
  }

  /** A sentence's tokens (and their POS tags, or null) with what the features need of them. */
  PreparedSentence prepare(String[] tokens, String[] upos) {
    return features.prepare(tokens, upos);
  }

  /**
   * A person's name in the genitive before a common noun is the person, not the start of an
   * organisation's or place's name: {@code Lorenz' Ministerium}, {@code Merkels Kabinett}. When a
   * span of two or more words begins with such a genitive (an apostrophe genitive, or a word in
   * {@code -s}) of a name the lexicon knows as a first or family name, or the word lists as a
   * surname, and its second word is a common noun of the lexicon, the genitive becomes a {@code
   * PER} mention and the rest of the span no name. A person span is cut the same way when it begins
   * with an apostrophe genitive and its second word is a common noun the lexicon does not know as a
   * name ({@code Habermas' Thesen}); a person's name in {@code -s} is left alone there, since first
   * names end in it ({@code Thomas Mann}, {@code Klaus Fischer}).
   */
  public void cutGenitivePersons(String[] tokens, String[] tags) {
    for (int i = 0; i + 1 < tags.length; i++) {
      if (!tags[i].startsWith("B-") || !tags[i + 1].startsWith("I-")) {
        continue;
      }
      String base = genitiveBase(tokens[i]);
      if (base == null || !isCommonNoun(tokens[i + 1])) {
        continue;
      }
      if (tags[i].equals("B-PER")
          ? !isApostropheGenitive(tokens[i]) || isName(tokens[i + 1])
          : !isPersonName(base)) {
        continue;
      }
      tags[i] = "B-PER";
      for (int j = i + 1; j < tags.length && tags[j].startsWith("I-"); j++) {
        tags[j] = "O";
      }
    }
  }

  /** {@code Lorenz'} → {@code Lorenz}, {@code Merkels} → {@code Merkel}; else null. */
  private static String genitiveBase(String w) {
    int n = w.length();
    if (n < 3 || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    char last = w.charAt(n - 1);
    if (last == '\'' || last == '\u2019') {
      char before = w.charAt(n - 2);
      return before == 's' || before == 'x' || before == 'z' || before == 'ß'
          ? w.substring(0, n - 1)
          : null;
    }
    return last == 's' && n > 3 ? w.substring(0, n - 1) : null;
  }

  private boolean isPersonName(String w) {
    List<String> categories = model.gazetteer().categories();
    int surname = categories.indexOf("SURNAME");
    if (surname >= 0 && (model.gazetteer().lookup(w) & (1 << surname)) != 0) {
      return true;
    }
    for (io.github.germannlp.internal.pos.GermanLexicon.Reading r :
        io.github.germannlp.internal.pos.GermanLexicon.get().readings(w)) {
      if (r.tag().startsWith("EIG:") && (r.tag().endsWith(":VOR") || r.tag().endsWith(":NAC"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApostropheGenitive(String w) {
    char last = w.charAt(w.length() - 1);
    return last == '\'' || last == '\u2019';
  }

  /** Whether the lexicon has a proper-name reading of the word. */
  private static boolean isName(String w) {
    return hasReading(w, "EIG:");
  }

  private static boolean isCommonNoun(String w) {
    return hasReading(w, "SUB:");
  }

  /** Whether the lexicon has a reading of the word whose tag starts with the prefix. */
  private static boolean hasReading(String w, String tagPrefix) {
    for (io.github.germannlp.internal.pos.GermanLexicon.Reading r :
        io.github.germannlp.internal.pos.GermanLexicon.get().readings(w)) {
      if (r.tag().startsWith(tagPrefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classifier's tags of a prepared sentence; for a model with a guide, the guide tags the
   * sentence first and its tags are set as {@link PreparedSentence#guide}.
   */
  public String[] decode(PreparedSentence sentence, double[] confidence) {
    return decode(sentence, confidence, SHARED_FEATURES_MAX);
  }

  /**
   * The longest sentence (in tokens) whose token features are computed once and kept for the guide
   * and the model: a few hundred bytes a token. A longer one (an unpunctuated text of any length)
   * has them computed again in each pass, so memory stays at the beam's few bytes a token, as it
   * does for a model without a guide, which has nothing to share.
   */
  static final int SHARED_FEATURES_MAX = 2048;

  /**
   * The sentence with the guide model's tags, which the main model of a guided model reads as
   * features (as {@link #decode} gives them to it).
   *
   * @param sentence a prepared sentence
   * @return the sentence with its guide tags, or the sentence itself for a model without a guide
   */
  public PreparedSentence guided(PreparedSentence sentence) {
    if (guide == null) {
      return sentence;
    }
    return sentence.withGuide(
        weights == null ? beamEval(guide, sentence, null) : beam(guide, sentence, null, null));
  }

  /**
   * As {@link #decode(PreparedSentence, double[])}, sharing the token features only for sentences
   * of up to {@code sharedMax} tokens.
   */
  public String[] decode(PreparedSentence sentence, double[] confidence, int sharedMax) {
    if (weights == null) {
      // tokenContext gives the guide features itself when the sentence has guide tags
      return beamEval(main, guided(sentence), confidence);
    }
    weights.tagged(sentence.tokens.length);
    int n = sentence.tokens.length;
    if (guide == null || n > sharedMax) {
      return beam(main, guided(sentence), null, confidence);
    }
    // the same position features for both: numbered once, their weights added for both at once;
    // token i's sums of a model with k outcomes at [i * k, (i + 1) * k)
    int kg = guide.outcomes.length;
    int km = main.outcomes.length;
    double[] guideSums = new double[n * kg];
    double[] mainSums = new double[n * km];
    // a sentence these features prepared keeps each word type's neighbour sums with its facts:
    // its tokens number only their local features, and add the sums of their neighbours' words
    boolean neighbourSums = sentence.preparedBy == features;
    PositionFeatures shared = new PositionFeatures(n, neighbourSums);
    for (int i = 0; i < n; i++) {
      shared.add(sentence, i, i);
      System.arraycopy(wordSums(guide, sentence, i), 0, guideSums, i * kg, kg);
      System.arraycopy(wordSums(main, sentence, i), 0, mainSums, i * km, km);
      main.rows.addBoth(
          guide.rows,
          shared.ids(),
          shared.from[i],
          shared.from[i + 1],
          mainSums,
          i * km,
          guideSums,
          i * kg);
      if (neighbourSums) {
        addNeighbourSums(sentence, i, main, mainSums, i * km);
        addNeighbourSums(sentence, i, guide, guideSums, i * kg);
      }
    }
    PreparedSentence guided = sentence.withGuide(beam(guide, sentence, guideSums, null));
    return beam(main, guided, mainSums, confidence);
  }

  /**
   * The numbers of the {@link NerFeatures#positionContext} features of a sentence's tokens, in
   * order: entry {@code e}'s are {@code ids()[from[e], from[e + 1])}.
   */
  private final class PositionFeatures {
    /**
     * The room for numbers a token is given, for local features only, before the sink grows: a
     * token of news text has about nine. A sink for all of a token's position features, which are
     * more, starts at {@link FeatureNumbering.Numbers#INITIAL} and grows as before.
     */
    private static final int PER_TOKEN = 12;

    private final FeatureNumbering.Numbers numbers;
    final int[] from;

    /** Whether only the {@link NerFeatures#localContext} features are numbered. */
    private final boolean local;

    PositionFeatures(int entries, boolean local) {
      this.numbers = features.numbers(local ? Math.multiplyExact(entries, PER_TOKEN) : 0);
      this.from = new int[entries + 1];
      this.local = local;
    }

    /**
     * Appends token {@code i}'s features as entry {@code e} (entries in order, from 0; entry 0
     * again after {@link #clear}).
     */
    void add(PreparedSentence sentence, int i, int e) {
      if (local) {
        features.localContext(sentence, i, numbers);
      } else {
        features.positionContext(sentence, i, numbers);
      }
      from[e + 1] = numbers.count;
    }

    /** Forgets all entries. */
    void clear() {
      numbers.count = 0;
    }

    int[] ids() {
      return numbers.ids;
    }
  }

  /**
   * A perceptron's sums over the features of word {@code i} alone, the same for every occurrence of
   * the word. For a sentence that this recognizer's features prepared, both perceptrons' sums are
   * kept with the word's facts ({@link NerFeatures.WordFacts#sums}); else in the perceptron's cache
   * by word ({@link #WORD_SUMS_CACHED}).
   */
  private double[] wordSums(EntityDecoder d, PreparedSentence sentence, int i) {
    if (sentence.preparedBy == features) {
      NerFeatures.WordFacts f = sentence.facts[i];
      double[][] sums = f.sums;
      if (sums == null) {
        FeatureNumbering.Numbers ids = features.numbers();
        features.wordContext(sentence, i, ids);
        sums =
            guide == null
                ? new double[][] {sums(main, ids)}
                : new double[][] {sums(main, ids), sums(guide, ids)};
        f.sums = sums;
      }
      return sums[d == main ? 0 : 1];
    }
    return d.wordSums.get(sentence.tokens[i], w -> cachedWordSums(d, sentence, i));
  }

  /**
   * {@link #wordSums} of a sentence prepared by other features: the word's features are numbered
   * once for both perceptrons of a guided model, and the other one's sums are cached along, since
   * it asks for them in the same sentence.
   */
  private double[] cachedWordSums(EntityDecoder d, PreparedSentence sentence, int i) {
    FeatureNumbering.Numbers ids = features.numbers();
    features.wordContext(sentence, i, ids);
    EntityDecoder other = d == main ? guide : main;
    if (other != null) {
      other.wordSums.get(sentence.tokens[i], w -> sums(other, ids));
    }
    return sums(d, ids);
  }

  /**
   * Adds to token {@code i}'s sums of model {@code d} (at {@code to} in {@code sums}) the sums of
   * its {@link NerFeatures#neighbourContext} features at each offset in turn: those kept with the
   * neighbour's word facts, or beyond the sentence those of the sentence's edge. For a sentence
   * these features prepared.
   */
  private void addNeighbourSums(
      PreparedSentence sentence, int i, EntityDecoder d, double[] sums, int to) {
    int k = d.outcomes.length;
    int width = neighbourWidth();
    int part = d == main ? 0 : main.outcomes.length; // the main model's first, the guide's after
    int n = sentence.tokens.length;
    int[] offsets = NerFeatures.NEIGHBOUR_OFFSETS;
    for (int o = 0; o < offsets.length; o++) {
      int j = i + offsets[o];
      double[] kept = j < 0 || j >= n ? edgeSums(sentence) : neighbourSums(sentence, j);
      int at = o * width + part;
      for (int c = 0; c < k; c++) {
        sums[to + c] += kept[at + c];
      }
    }
  }

  /** The sums kept per neighbour offset: the main model's outcomes and the guide's if any. */
  private int neighbourWidth() {
    return main.outcomes.length + (guide == null ? 0 : guide.outcomes.length);
  }

  /**
   * The models' sums over word {@code j}'s features as a neighbour at each offset ({@link
   * NerFeatures.WordFacts#neighbourSums}), computed once per word type.
   */
  private double[] neighbourSums(PreparedSentence sentence, int j) {
    NerFeatures.WordFacts f = sentence.facts[j];
    double[] sums = f.neighbourSums;
    if (sums == null) {
      sums = neighbourSumsOf(sentence, j);
      f.neighbourSums = sums;
    }
    return sums;
  }

  /**
   * The sums of the neighbour features of a word beyond the sentence at each offset: before it for
   * the offsets below 0, after it for the others; the same for every sentence.
   */
  private double[] edgeSums(PreparedSentence sentence) {
    double[] sums = edgeSums;
    if (sums == null) {
      int n = sentence.tokens.length;
      sums = new double[NerFeatures.NEIGHBOUR_OFFSETS.length * neighbourWidth()];
      FeatureNumbering.Numbers ids = features.numbers();
      int[] offsets = NerFeatures.NEIGHBOUR_OFFSETS;
      for (int o = 0; o < offsets.length; o++) {
        // a token whose neighbour at this offset is beyond the sentence: the first or the last
        addNeighbourFeatureSums(sentence, offsets[o] < 0 ? 0 : n - 1, o, ids, sums);
      }
      edgeSums = sums;
    }
    return sums;
  }

  /** {@link #neighbourSums} of word {@code j}, computed. */
  private double[] neighbourSumsOf(PreparedSentence sentence, int j) {
    int[] offsets = NerFeatures.NEIGHBOUR_OFFSETS;
    double[] sums = new double[offsets.length * neighbourWidth()];
    FeatureNumbering.Numbers ids = features.numbers();
    for (int o = 0; o < offsets.length; o++) {
      addNeighbourFeatureSums(sentence, j - offsets[o], o, ids, sums);
    }
    return sums;
  }

  /**
   * Puts the models' sums over the neighbour features of token {@code i} at offset number {@code o}
   * in {@code sums}: the main model's at {@code o} times {@link #neighbourWidth}, the guide's after
   * them.
   */
  private void addNeighbourFeatureSums(
      PreparedSentence sentence, int i, int o, FeatureNumbering.Numbers ids, double[] sums) {
    int km = main.outcomes.length;
    int at = o * neighbourWidth();
    ids.count = 0;
    features.neighbourContext(sentence, i, NerFeatures.NEIGHBOUR_OFFSETS[o], ids);
    if (guide == null) {
      main.rows.add(ids.ids, 0, ids.count, sums, at);
    } else {
      main.rows.addBoth(guide.rows, ids.ids, 0, ids.count, sums, at, sums, at + km);
    }
  }

  /** A perceptron's sums over numbered features. */
  private static double[] sums(EntityDecoder d, FeatureNumbering.Numbers ids) {
    double[] sums = new double[d.outcomes.length];
    d.rows.add(ids.ids, 0, ids.count, sums);
    return sums;
  }

  /**
   * Beam search (width {@link EntityBeam#WIDTH}) with a perceptron's packed weights: a token's
   * score is the sum of its word's cached sums and its position features ({@code ready}, token
   * {@code i}'s at {@code [i * outcomes, (i + 1) * outcomes)}, summed before the guide tagged the
   * sentence, or numbered and added here when null), the guide's features after them, and, per beam
   * entry, its tag features. For a sentence these features prepared, a token's position features
   * are its local ones, numbered, then its neighbours' sums kept per word type ({@link
   * #addNeighbourSums}), in that order whether summed here or made ready: the same sums to the bit.
   */
  private String[] beam(
      EntityDecoder d, PreparedSentence sentence, double[] ready, double[] confidence) {
    int n = sentence.tokens.length;
    String[] outcomes = d.outcomes;
    int bos = outcomes.length;
    EntityBeam beam = new EntityBeam(n);
    // a sentence these features prepared: its tokens' local features, then their neighbours'
    // sums kept per word type, as in the sums made ready (decode), to the bit
    boolean neighbourSums = sentence.preparedBy == features;
    PositionFeatures own = ready != null ? null : new PositionFeatures(1, neighbourSums);
    // ready sums were added before the guide tagged the sentence, and the neighbours' sums
    // after a token's local features: the guide's features follow
    boolean withGuide = (ready != null || neighbourSums) && sentence.guide != null;
    FeatureNumbering.Numbers guideFeatures = withGuide ? features.numbers() : null;
    double[] probs = new double[bos];
    double[] tokenSums = new double[bos];
    double[] calibrated = new double[bos];
    double[] logProbs = new double[bos];
    for (int i = 0; i < n; i++) {
      if (ready != null) {
        System.arraycopy(ready, i * bos, tokenSums, 0, bos);
      } else { // one token at a time: only its own features are kept
        System.arraycopy(wordSums(d, sentence, i), 0, tokenSums, 0, bos);
        own.clear();
        own.add(sentence, i, 0);
        d.rows.add(own.ids(), own.from[0], own.from[1], tokenSums);
        if (neighbourSums) {
          addNeighbourSums(sentence, i, d, tokenSums, 0);
        }
      }
      if (withGuide) {
        guideFeatures.count = 0;
        features.guideContext(sentence, i, guideFeatures);
        d.rows.add(guideFeatures.ids, 0, guideFeatures.count, tokenSums);
      }
      int[] shapeTag = d.shapeTags.get(sentence.shapes[i], d.shapeTagIdsOf);
      for (int b = 0; b < beam.live; b++) {
        int prev = beam.previous(i, b, 1);
        int prev2 = beam.previous(i, b, 2);
        int p1 = prev < 0 ? bos : prev;
        int p2 = prev2 < 0 ? bos : prev2;
        System.arraycopy(tokenSums, 0, probs, 0, bos);
        d.rows.add(d.previousTag[p1], probs);
        d.rows.add(d.previousTags[p2][p1], probs);
        d.rows.add(shapeTag[p1], probs);
        if (confidence != null) { // only callers that want confidences pay for them
          PerceptronScores.softmax(probs, temperature, calibrated);
        }
        PerceptronScores.logNormalize(probs, logProbs);
        EntityBeam.offerAll(d, beam, i, b, prev, logProbs, calibrated);
      }
      beam.advance();
    }
    return beam.best(outcomes, confidence);
  }

  /**
   * Beam search (width {@link EntityBeam#WIDTH}) for a classifier that is not a perceptron: each
   * entry's features are given to its {@code eval} as strings.
   */
  private String[] beamEval(EntityDecoder d, PreparedSentence sentence, double[] confidence) {
    int n = sentence.tokens.length;
    String[] outcomes = d.outcomes;
    EntityBeam beam = new EntityBeam(n);
    List<String> own = new ArrayList<>(72);
    List<String> ctx = new ArrayList<>(80);
    double[] probs = new double[outcomes.length];
    double[] logProbs = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      own.clear();
      features.tokenContext(sentence, i, own);
      for (int b = 0; b < beam.live; b++) {
        int prev = beam.previous(i, b, 1);
        int prev2 = beam.previous(i, b, 2);
        ctx.clear();
        ctx.addAll(own);
        NerFeatures.tagContext(
            sentence,
            i,
            prev < 0 ? "BOS" : outcomes[prev],
            prev2 < 0 ? "BOS" : outcomes[prev2],
            ctx);
        double[] p = d.classifier.eval(ctx.toArray(new String[0]), probs);
        for (int o = 0; o < p.length; o++) {
          logProbs[o] = Math.log(Math.max(p[o], 1e-12));
        }
        EntityBeam.offerAll(d, beam, i, b, prev, logProbs, p);
      }
      beam.advance();
    }
    return beam.best(outcomes, confidence);
  }

  /**
   * The confidence of a mention from those of its tags: their product, the probability of the
   * span's tags together.
   *
   * @param tagConfidences the confidences {@link #tag(String[], double[])} gave the sentence's tags
   * @param begin the mention's first token in the sentence
   * @param end the index after its last token
   * @return a probability in [0, 1]
   */
  public static double mentionConfidence(double[] tagConfidences, int begin, int end) {
    double c = 1;
    for (int t = begin; t < end; t++) {
      c *= tagConfidences[t];
    }
    return c;
  }

  /**
   * The entity mentions of a document, in order, with {@code canonical} equal to the text: the
   * model's, sentence by sentence, then the occurrences of the names it found that it missed
   * elsewhere in the document ({@code Putin} after {@code Wladimir Putin}).
   *
   * @param doc a document with tokens and sentences (any layers; only the tokens are read)
   * @return the mentions in document order, not overlapping; each mention's confidence is the
   *     product of the probabilities of its tags (for a perceptron model, the softmax of its scores
   *     at {@link EntityModel#confidenceTemperature()}); one the second pass adds has the
   *     confidence of the mention it repeats
   */
  public List<EntityMention> recognize(Document doc) {
    String[] words = new String[doc.tokenCount()];
    for (int i = 0; i < words.length; i++) {
      words[i] = doc.token(i).text();
    }
    return recognize(doc, words);
  }

  /**
   * As {@link #recognize(Document)}, with the texts of the document's tokens already at hand
   * ({@code tokenTexts[i]} is token {@code i}'s text).
   *
   * @param doc the document; its sentences and token offsets are read
   * @param tokenTexts the text of every token of {@code doc}, as the model should see it (the
   *     pipeline passes them without break hints)
   * @return the mentions in document order, as {@link #recognize(Document)} gives them
   */
  public List<EntityMention> recognize(Document doc, String[] tokenTexts) {
    return recognize(doc, tokenTexts, null);
  }

  /**
   * As {@link #recognize(Document, String[])}, with the tokens' POS tags from {@link
   * io.github.germannlp.internal.pos.PosTagger} at hand ({@code upos[i]} is token {@code i}'s tag),
   * or null. Models that use POS features tag each sentence themselves when they are not given.
   *
   * @param doc the document; its sentences and token offsets are read
   * @param tokenTexts the text of every token of {@code doc}, as the model should see it
   * @param upos the Universal POS tag of every token, or null
   * @return the mentions in document order, as {@link #recognize(Document)} gives them
   */
  public List<EntityMention> recognize(Document doc, String[] tokenTexts, String[] upos) {
    return recognize(doc, tokenTexts, upos, null);
  }

  /**
   * {@link #recognize(Document, String[], String[])}, with the tokens' records of the {@link
   * WordTypes} of this recognizer's pipeline, which keep each word type's facts for the features
   * instead of their own cache: the same mentions.
   *
   * @param types the record of every token of {@code doc}, or null for none
   * @throws IllegalArgumentException if {@code types} is given for another number of tokens
   */
  public List<EntityMention> recognize(
      Document doc, String[] tokenTexts, String[] upos, WordTypes.Type[] types) {
    WordTypes.requireOneEach(types, tokenTexts.length);
    List<EntityMention> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      int first = s.firstToken();
      int n = s.tokenCount();
      String[] tokens = Arrays.copyOfRange(tokenTexts, first, first + n);
      String[] sentenceTags = upos == null ? null : Arrays.copyOfRange(upos, first, first + n);
      WordTypes.Type[] sentenceTypes =
          types == null ? null : Arrays.copyOfRange(types, first, first + n);
      double[] conf = new double[n];
      String[] tags = tag(tokens, sentenceTags, conf, sentenceTypes);
      BioTags.spans(
          tags,
          (begin, stop, type) -> {
            int b = begin;
            int e = stop;
            while (e - b > 1 && !canEdgeName(tokens[e - 1])) {
              e--; // "reuters 04.11.2025", "Jana Berg /": a date, time or mark never ends a name
            }
            while (e - b > 1 && !canEdgeName(tokens[b])) {
              b++;
            }
            if (!canEdgeName(tokens[b])) {
              return;
            }
            double c = mentionConfidence(conf, b, e);
            int start = doc.token(first + b).start();
            int end = doc.token(first + e - 1).end();
            String mention = text.substring(start, end);
            out.add(new EntityMention(mention, type, start, end, first + b, first + e, c, mention));
          });
    }
    return DocumentConsistency.complete(doc, out);
  }

  /**
   * A place in the genitive before a noun is a place, not the start of a longer place name: {@code
   * Chinas Außenministerium}, {@code Russlands Armee}. When a {@code LOC} span begins with the
   * genitive of a listed place ({@code Chinas}: not listed itself, {@code China} is) and the next
   * word of the span is not a listed place, the span is cut after the genitive; the rest is an
   * organisation when its first word is a listed one ({@code Außenministerium}), else no name. An
   * {@code ORG} span that begins with such a genitive is split the same way: the genitive a place,
   * the rest the organisation.
   */
  void cutGenitivePlaces(String[] tokens, String[] tags) {
    if (placeMask == 0) {
      return;
    }
    Gazetteer g = model.gazetteer();
    for (int i = 0; i + 1 < tags.length; i++) {
      String w = tokens[i];
      if ("B-ORG".equals(tags[i]) && "I-ORG".equals(tags[i + 1]) && isGenitiveOfListedPlace(g, w)) {
        tags[i] = "B-LOC"; // Chinas Außenministerium: a place, then an organisation
        tags[i + 1] = "B-ORG";
        continue;
      }
      if (!"B-LOC".equals(tags[i])
          || !"I-LOC".equals(tags[i + 1])
          || !isGenitiveOfListedPlace(g, w)) {
        continue;
      }
      int next = g.lookup(tokens[i + 1]);
      if ((next & placeMask) != 0) {
        continue;
      }
      boolean org = (next & orgMask) != 0;
      for (int j = i + 1; j < tags.length && "I-LOC".equals(tags[j]); j++) {
        tags[j] = !org ? "O" : j == i + 1 ? "B-ORG" : "I-ORG";
      }
    }
  }

  /** {@code Chinas}: not a listed place itself, but its form without the final s is. */
  private boolean isGenitiveOfListedPlace(Gazetteer g, String w) {
    return w.length() >= 4
        && w.charAt(w.length() - 1) == 's'
        && (g.lookup(w) & placeMask) == 0
        && (g.lookup(w.substring(0, w.length() - 1)) & placeMask) != 0;
  }

  /**
   * Whether a token may begin or end a name: one with a letter, or a plain number ({@code FC
   * Schalke 04}); not punctuation, a date or a time.
   */
  static boolean canEdgeName(String token) {
    boolean digitsOnly = true;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        return true;
      }
      if (!Character.isDigit(c)) {
        digitsOnly = false;
      }
    }
    return digitsOnly;
  }
}
