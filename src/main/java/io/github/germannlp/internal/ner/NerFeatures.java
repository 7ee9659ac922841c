package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordTypes;
import io.github.germannlp.internal.pos.GermanLexicon;
import io.github.germannlp.internal.pos.PosTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The features of one token for the entity model, the same at training and at run time: a list of
 * {@link FeatureGenerator}s, each with one job, run in order. Every model has the word and its
 * neighbours ({@link WordFormFeatures}), word shapes ({@link ShapeFeatures}), prefixes, suffixes
 * and length ({@link AffixFeatures}), where the token stands ({@link SentencePositionFeatures}),
 * the gazetteer's word lists of the word and of its genitive base form ({@link GazetteerFeatures}),
 * of the parts of a hyphenated compound ({@link HyphenFeatures}) and of its neighbours ({@link
 * NeighbourGazetteerFeatures}), and, when its gazetteer has head-noun lists, {@link
 * HeadNounFeatures}; the {@link FeatureGroup}s stored in the model add {@link LexiconFeatures},
 * {@link NameKindFeatures}, {@link PosFeatures}, {@link PhraseFeatures}, {@link ClusterFeatures}
 * and {@link GuideFeatures}. The features of the previous tags ({@link #tagContext}) follow.
 *
 * <p>A token's features come in two parts, each in a fixed order: those of its word alone ({@link
 * #wordContext}), then those of its position and neighbours ({@link #positionContext}).
 */
public final class NerFeatures {
  /** {@link GermanLexicon#UPOS} as an array, for indexing on the hot path. */
  static final String[] UPOS = GermanLexicon.UPOS.toArray(new String[0]);

  /** The neighbour value of the lexicon features before the first and after the last word. */
  static final int EDGE = 32;

  static final int CACHE_SIZE = 1 << 15;

  /**
   * The offsets of the neighbours whose words have features of their own ({@link
   * FeatureGenerator#neighbour}), in the order they are added: the word before, after, the second
   * before and the second after.
   */
  static final int[] NEIGHBOUR_OFFSETS = {-1, 1, -2, 2};

  private final Gazetteer gazetteer;
  private final Set<FeatureGroup> groups;
  final FeatureNumbering numbering;

  /**
   * The generators, in the order their features are added; the {@link #guide}'s come after all of
   * theirs.
   */
  private final List<FeatureGenerator> generators;

  /** The cluster features, or null: they also pack a sentence's clusters in {@link #prepare}. */
  private final ClusterFeatures clusters;

  /** The guide features, or null. */
  private final GuideFeatures guide;

  /** What the lexicon and the head-noun lists know of each word type. */
  private final WordKnowledge knowledge;

  /**
   * Tags sentences whose POS tags the caller does not give; made on first use, since a pipeline
   * that tags anyway always gives them (and the tagger has a word cache of its own).
   */
  private final Lazy<PosTagger> tagger = new Lazy<>(PosTagger::new);

  /**
   * What {@link #prepare} needs of a word type, the same wherever the word stands: its lower-case
   * form and shape, what the lexicon and head-noun lists know of it ({@link WordKnowledge#of}, 0
   * when neither is used), its packed clusters ({@link ClusterFeatures#lookup}, -1 without
   * clusters) and its gazetteer categories. Beside them, filled when first needed, what the
   * recognizer of these features computes once a word type: the numbers of its {@link Neighbour}
   * features, its perceptrons' sums over its word features and over its features as a neighbour
   * (about 0.5 KB, so about 17 MB for a full cache), so that a token looks up one cache entry
   * instead of one a cache. Those three are volatile: a thread that finds one set sees its array
   * whole; threads that race compute the same values.
   */
  static final class WordFacts {
    /** The features whose facts these are. */
    final NerFeatures features;

    final String lower;
    final String shape;
    final int knowledge;
    final int clusters;
    final int mask;

    /**
     * The numbers of the word's lower-case form and of its shape among the parts of the model's
     * word-pair features ({@link WordPairs#LOWER}, {@link WordPairs#SHAPE}), -1 for none; {@link
     * WordPairs#UNKNOWN} till needed.
     */
    final int[] pairParts = {WordPairs.UNKNOWN, WordPairs.UNKNOWN};

    /** The word's {@link Gazetteer#phraseForm}, or null for features without phrases. */
    final String phraseForm;

    /** The most words of a phrase that begins with the word ({@link Gazetteer#phraseLength}). */
    final int phraseLength;

    /** The numbers of the word's {@link Neighbour} features, by template, or null till needed. */
    volatile int[] neighbourIds;

    /** The recognizer's sums over the word's features, one array a model, or null till needed. */
    volatile double[][] sums;

    /**
     * The recognizer's sums over the word's features as a neighbour ({@link #neighbourContext}),
     * for each offset of {@link #NEIGHBOUR_OFFSETS} in turn and, within one, of each model in turn;
     * or null till needed.
     */
    volatile double[] neighbourSums;

    WordFacts(
        NerFeatures features,
        String lower,
        String shape,
        int knowledge,
        int clusters,
        int mask,
        String phraseForm,
        int phraseLength) {
      this.features = features;
      this.lower = lower;
      this.shape = shape;
      this.knowledge = knowledge;
      this.clusters = clusters;
      this.mask = mask;
      this.phraseForm = phraseForm;
      this.phraseLength = phraseLength;
    }
  }

  /** {@link WordFacts} by word type: one lookup a token instead of one a table. */
  private final BoundedCache<String, WordFacts> facts = new BoundedCache<>(CACHE_SIZE);

  private final Function<String, WordFacts> newFacts = this::factsOf;

  /**
   * Features with the optional groups {@code groups} but {@link FeatureGroup#CLUSTERS}.
   * Thread-safe: its only mutable state is bounded word caches and the POS tagger it makes on first
   * use.
   *
   * @throws IllegalArgumentException for the cluster group, or name kinds without the lexicon group
   */
  public NerFeatures(Gazetteer gazetteer, Set<FeatureGroup> groups) {
    this(gazetteer, null, groups);
  }

  /**
   * Features with the optional groups {@code groups}, the {@link FeatureGroup#CLUSTERS} group from
   * {@code clusters}.
   *
   * @throws IllegalArgumentException for name kinds without the lexicon group, or the cluster group
   *     without clusters (or clusters without it)
   */
  public NerFeatures(Gazetteer gazetteer, WordClusters clusters, Set<FeatureGroup> groups) {
    this(gazetteer, clusters, groups, null);
  }

  /**
   * Features as {@link #NerFeatures(Gazetteer, WordClusters, Set)}, which {@link
   * FeatureNumbering.Numbers} numbers with {@code numbering}.
   *
   * @param numbering a feature's number, -1 for features the model does not know; null for features
   *     used as names only
   */
  public NerFeatures(
      Gazetteer gazetteer,
      WordClusters clusters,
      Set<FeatureGroup> groups,
      FeatureNumbering.Index numbering) {
    this.groups = FeatureGroup.of(groups);
    if (groups.contains(FeatureGroup.CLUSTERS) != (clusters != null)) {
      throw new IllegalArgumentException(
          "the cluster feature group needs word clusters, and only it");
    }
    if (groups.contains(FeatureGroup.PHRASES) && !gazetteer.hasPhrases()) {
      throw new IllegalArgumentException("the phrase feature group needs a gazetteer with phrases");
    }
    this.gazetteer = gazetteer;
    this.numbering = new FeatureNumbering(numbering);
    this.knowledge =
        new WordKnowledge(
            groups.contains(FeatureGroup.LEXICON) ? GermanLexicon.get() : null, gazetteer);
    FeatureNumbering n = this.numbering;
    List<FeatureGenerator> list = new ArrayList<>();
    list.add(new WordFormFeatures());
    list.add(new ShapeFeatures());
    list.add(new AffixFeatures());
    list.add(new SentencePositionFeatures(n));
    list.add(new GazetteerFeatures(gazetteer, n));
    list.add(new HyphenFeatures(gazetteer, n));
    if (groups.contains(FeatureGroup.LEXICON)) {
      list.add(new LexiconFeatures(n));
    }
    if (groups.contains(FeatureGroup.NAME_KINDS)) {
      list.add(new NameKindFeatures(n));
    }
    if (groups.contains(FeatureGroup.POS)) {
      list.add(new PosFeatures(n));
    }
    if (knowledge.hasHeads()) {
      list.add(new HeadNounFeatures(n));
    }
    list.add(new NeighbourGazetteerFeatures(gazetteer, n));
    if (groups.contains(FeatureGroup.PHRASES)) {
      list.add(new PhraseFeatures(gazetteer, n));
    }
    this.clusters = clusters == null ? null : new ClusterFeatures(clusters, n);
    if (this.clusters != null) {
      list.add(this.clusters);
    }
    // the guide's features come last, after the others' (positionContext): a recognizer may add
    // them after the others (EntityRecognizer.beam)
    this.guide = groups.contains(FeatureGroup.GUIDE) ? new GuideFeatures(n) : null;
    this.generators = List.copyOf(list);
  }

  /** The optional feature groups these features have. */
  public Set<FeatureGroup> groups() {
    return groups;
  }

  /**
   * A sentence ready for {@link #context}.
   *
   * @param tokens the sentence's tokens
   * @param upos their POS tags from {@link PosTagger}, or null to tag them here when needed
   * @throws IllegalArgumentException if {@code upos} is given for another number of tokens
   */
  public PreparedSentence prepare(String[] tokens, String[] upos) {
    return prepare(tokens, upos, null);
  }

  /** These features' place in a word type's record: the word's facts. */
  private static final WordTypes.Slot<WordFacts> FACTS = WordTypes.newSlot();

  /**
   * {@link #prepare(String[], String[])}, with the tokens' records of a pipeline's {@link
   * WordTypes}, which keep each word type's {@link WordFacts} instead of these features' cache: the
   * same sentence.
   *
   * @param types the tokens' records from the {@code WordTypes} of the pipeline whose recognizer
   *     these features are, one a token; or null for none
   * @throws IllegalArgumentException if {@code upos} or {@code types} is given for another number
   *     of tokens
   */
  PreparedSentence prepare(String[] tokens, String[] upos, WordTypes.Type[] types) {
    int n = tokens.length;
    if (upos != null && upos.length != n) {
      throw new IllegalArgumentException(upos.length + " POS tags for " + n + " tokens");
    }
    WordTypes.requireOneEach(types, n);
    String[] lower = new String[n];
    String[] shapes = new String[n];
    boolean lexicon = knowledge.hasLexicon();
    int[] classes = lexicon ? new int[n] : null;
    int[] lowerClasses = lexicon ? new int[n] : null;
    int[] kinds = groups.contains(FeatureGroup.NAME_KINDS) ? new int[n] : null;
    int[] heads = knowledge.hasHeads() ? new int[n] : null;
    int[] packedClusters = clusters != null ? new int[n] : null;
    int[] masks = new int[n];
    boolean phrases = groups.contains(FeatureGroup.PHRASES);
    int[] phraseLengths = phrases ? new int[n] : null;
    String[] phraseForms = phrases ? new String[n] : null;
    WordFacts[] words = new WordFacts[n];
    for (int i = 0; i < n; i++) {
      WordFacts f = types == null ? facts.get(tokens[i], newFacts) : facts(tokens[i], types[i]);
      words[i] = f;
      lower[i] = f.lower;
      shapes[i] = f.shape;
      int both = f.knowledge;
      if (classes != null) {
        classes[i] = both & 0xff;
        lowerClasses[i] = ((both >> 8) & 0xff) - 1;
      }
      if (kinds != null) {
        kinds[i] = (both >> 16) & 7;
      }
      if (heads != null) {
        heads[i] = both >>> 19;
      }
      if (packedClusters != null) {
        packedClusters[i] = f.clusters;
      }
      masks[i] = f.mask;
      if (phrases) {
        phraseLengths[i] = f.phraseLength;
        phraseForms[i] = f.phraseForm;
      }
    }
    int[] tags = null;
    if (groups.contains(FeatureGroup.POS)) {
      String[] t = upos != null ? upos : tagger.get().tag(tokens);
      tags = new int[n];
      for (int i = 0; i < n; i++) {
        tags[i] = FeatureNames.posIndex(t[i]);
      }
    }
    return new PreparedSentence(
        tokens,
        lower,
        shapes,
        classes,
        lowerClasses,
        tags,
        kinds,
        heads,
        packedClusters,
        masks,
        phrases ? PhraseFeatures.match(gazetteer, phraseForms, phraseLengths) : null,
        this,
        words);
  }

  /** The {@link WordFacts} of a word type, kept in its record. */
  private WordFacts facts(String token, WordTypes.Type type) {
    WordFacts f = type.get(FACTS, token, newFacts);
    // the record of another pipeline's features: this one's facts from its own cache
    return f.features == this ? f : facts.get(token, newFacts);
  }

  /** The {@link WordFacts} of a word type, computed. */
  private WordFacts factsOf(String token) {
    String phraseForm = groups.contains(FeatureGroup.PHRASES) ? Gazetteer.phraseForm(token) : null;
    return new WordFacts(
        this,
        token.toLowerCase(Locale.ROOT),
        FeatureNames.shape(token),
        knowledge.hasLexicon() || knowledge.hasHeads() ? knowledge.of(token) : 0,
        clusters == null ? -1 : clusters.lookup(token),
        gazetteer.lookup(token),
        phraseForm,
        phraseForm == null ? 0 : gazetteer.phraseLengthOfForm(phraseForm));
  }

  /**
   * The context of token {@code i}: its {@link #tokenContext} and its {@link #tagContext}.
   *
   * @param sentence the sentence's tokens, prepared
   * @param tags the tags decided so far (only {@code tags[0..i)} is read)
   * @param out receives the features (cleared first)
   */
  public void context(PreparedSentence sentence, String[] tags, int i, List<String> out) {
    out.clear();
    tokenContext(sentence, i, out);
    tagContext(sentence, i, i > 0 ? tags[i - 1] : "BOS", i > 1 ? tags[i - 2] : "BOS", out);
  }

  /** The features that depend on the previous tags, appended to {@code out}. */
  static void tagContext(PreparedSentence sentence, int i, String p1, String p2, List<String> out) {
    out.add(previousTagFeature(p1));
    out.add(previousTagsFeature(p2, p1));
    out.add(previousTagShapeFeature(p1, sentence.shapes[i]));
  }

  /** The feature of the previous tag ({@code BOS} before the first token). */
  static String previousTagFeature(String p1) {
    return "p1=" + p1;
  }

  /** The feature of the two previous tags. */
  static String previousTagsFeature(String p2, String p1) {
    return "p2p1=" + p2 + '|' + p1;
  }

  /** The feature of the previous tag with the token's shape. */
  static String previousTagShapeFeature(String p1, String shape) {
    return "p1s=" + p1 + '|' + shape;
  }

  /**
   * The features of token {@code i} that do not depend on tags, appended to {@code out}: its {@link
   * #wordContext}, then its {@link #positionContext}.
   */
  public void tokenContext(PreparedSentence sentence, int i, List<String> out) {
    FeatureSink names = new FeatureSink.Names(out);
    wordContext(sentence, i, names);
    positionContext(sentence, i, names);
  }

  /**
   * The features of token {@code i} that depend on its word alone ({@code tokens[i]}), not on its
   * position or its neighbours: the same for every occurrence of the word, so a caller may keep
   * their weights per word.
   */
  void wordContext(PreparedSentence sentence, int i, List<String> out) {
    wordContext(sentence, i, new FeatureSink.Names(out));
  }

  /** The features of token {@code i} that depend on its position and its neighbours. */
  void positionContext(PreparedSentence sentence, int i, List<String> out) {
    positionContext(sentence, i, new FeatureSink.Names(out));
  }

  /** {@link #wordContext(PreparedSentence, int, List)} into any sink, such as numbers. */
  void wordContext(PreparedSentence sentence, int i, FeatureSink out) {
    for (FeatureGenerator g : generators) {
      g.word(sentence, i, out);
    }
  }

  /**
   * {@link #positionContext(PreparedSentence, int, List)} into any sink, such as numbers: the
   * token's {@link #localContext}, its {@link #neighbourContext} at each offset of {@link
   * #NEIGHBOUR_OFFSETS} in turn, then its {@link #guideContext}.
   */
  void positionContext(PreparedSentence sentence, int i, FeatureSink out) {
    localContext(sentence, i, out);
    for (int offset : NEIGHBOUR_OFFSETS) {
      neighbourContext(sentence, i, offset, out);
    }
    guideContext(sentence, i, out);
  }

  /**
   * The features of token {@code i} that depend on its position or context ({@link
   * FeatureGenerator#position}), but for the guide's: its {@link #positionContext} without the
   * neighbour and guide features.
   */
  void localContext(PreparedSentence sentence, int i, FeatureSink out) {
    for (FeatureGenerator g : generators) {
      g.position(sentence, i, out);
    }
  }

  /**
   * The features of token {@code i} that depend on its neighbour {@code i + offset} alone ({@link
   * FeatureGenerator#neighbour}): the same for every token that has that word at that offset, so a
   * caller may keep their weights per word type and offset. Token {@code i} need not be in the
   * sentence.
   */
  void neighbourContext(PreparedSentence sentence, int i, int offset, FeatureSink out) {
    for (FeatureGenerator g : generators) {
      g.neighbour(sentence, i, offset, out);
    }
  }

  /**
   * A sink that numbers features, for a {@code NerFeatures} made with a numbering.
   *
   * @throws IllegalStateException if these features are not numbered
   */
  FeatureNumbering.Numbers numbers() {
    return numbering.numbers();
  }

  /**
   * A sink that numbers features with room for {@code capacity} numbers before it grows.
   *
   * @throws IllegalStateException if these features are not numbered
   */
  FeatureNumbering.Numbers numbers(int capacity) {
    return numbering.numbers(capacity);
  }

  /**
   * The {@link FeatureGroup#GUIDE} features of token {@code i} alone, the last of its {@link
   * #positionContext}: for a recognizer that numbered the others before the guide tagged the
   * sentence. None without that group or without guide tags.
   */
  void guideContext(PreparedSentence sentence, int i, FeatureSink out) {
    if (guide != null) {
      guide.position(sentence, i, out);
    }
  }
}
