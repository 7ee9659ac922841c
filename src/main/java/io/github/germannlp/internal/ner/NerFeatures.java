package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.BoundedCache;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.pos.GermanLexicon;
import io.github.germannlp.internal.pos.PosTagger;
import io.github.germannlp.ner.EntityModel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The features of one token for the entity model, the same at training and at run time: the word
 * and its neighbours (lower-cased), word shapes, prefixes and suffixes, length, whether it is
 * capitalised inside the sentence, the previous tags, conjunctions of its word lists with its shape
 * and neighbours, gazetteer lists of the word, of its genitive base form ({@code Chinas} → {@code
 * China}) and of the parts of a hyphenated compound ({@code UN-Sicherheitsrat}), and of its
 * neighbours.
 *
 * <p>Optional feature groups, chosen by the model ({@link EntityModel#features()}):
 *
 * <ul>
 *   <li>{@link #LEXICON}: the word classes the full-form lexicon knows for the word, for its
 *       lower-case form when it is capitalised, and for its neighbours. In German every noun is
 *       capitalised; whether the lexicon knows a capitalised word as a common noun, a name, an
 *       adjective ({@code Russische} at a sentence start) or not at all says much about whether it
 *       is a name.
 *   <li>{@link #POS}: the universal POS tags of the word and its neighbours, and of the word with
 *       its shape. The tags are the library's {@link PosTagger}'s, given by the caller when it has
 *       them, else tagged here; a model with these features must be retrained when the tagger
 *       changes.
 *   <li>{@link #NAME_KINDS}: which kinds of proper name the lexicon knows the word and its
 *       neighbours as: a person's first or family name, a place (city, country, region, water,
 *       mountain), or another name.
 *   <li>{@link #GUIDE}: the tags a second, smaller model (the <em>guide</em>, stored in the same
 *       model file) gives the word and its neighbours, alone and with the word's shape and its
 *       lower-case form. The guide is trained on other annotated corpora (SmartData and the
 *       Europeana newspapers), whose conventions differ from GermEval's, so they are not mixed into
 *       the training data; as features, the main model learns how far to trust them.
 *   <li>{@link #CLUSTERS}: the distributional word clusters ({@link WordClusters}, stored in the
 *       model) of the word, of its neighbours and of a genitive's base form.
 * </ul>
 *
 * <p>When the model's word lists have the lower-case head nouns {@link Gazetteer#ORG_HEADS} and
 * {@link Gazetteer#PERSON_HEADS} (older models lack them and get no such features), a capitalised
 * word that ends in one of them, and is not a name the lexicon knows, marks itself and its
 * neighbours: {@code Autohersteller} before {@code Daihatsu}, {@code Regierungssprecher} before
 * {@code Seibert}, {@code Gewerkschaft} before {@code Verdi}.
 */
public final class NerFeatures {
  /** {@link GermanLexicon#UPOS} as an array, for indexing on the hot path. */
  static final String[] UPOS = GermanLexicon.UPOS.toArray(new String[0]);

  /** Feature group: word classes from the full-form lexicon. */
  public static final int LEXICON = 1;

  /** Feature group: universal POS tags. */
  public static final int POS = 2;

  /** Feature group: the kinds of proper name the lexicon knows (needs {@link #LEXICON}). */
  public static final int NAME_KINDS = 4;

  /** Feature group: the tags of the model's guide model ({@link PreparedSentence#guide}). */
  public static final int GUIDE = 8;

  /** Feature group: distributional word clusters ({@link WordClusters}, stored in the model). */
  public static final int CLUSTERS = 16;

  /** The groups a new model uses (and {@link #GUIDE} when it is trained with a guide). */
  public static final int DEFAULT = LEXICON | POS | NAME_KINDS;

  /** All groups this class knows. */
  public static final int KNOWN = LEXICON | POS | NAME_KINDS | GUIDE | CLUSTERS;

  /** The neighbour value before the first and after the last word. */
  static final int EDGE = 32;

  private static final String[] LX = FeatureNames.classFeatures("lx=");
  private static final String[] LX_LOWER = FeatureNames.classFeatures("lxl=");
  private static final String[] LX_PREVIOUS = FeatureNames.classFeatures("lx-1=");
  private static final String[] LX_NEXT = FeatureNames.classFeatures("lx+1=");
  private static final String[] KIND = FeatureNames.kindFeatures("lxk=");
  private static final String[] KIND_PREVIOUS = FeatureNames.kindFeatures("lxk-1=");
  private static final String[] KIND_NEXT = FeatureNames.kindFeatures("lxk+1=");
  private static final String[] POS_TAG = FeatureNames.posFeatures("pos=");
  private static final String[] POS_PREVIOUS = FeatureNames.posFeatures("pos-1=");
  private static final String[] POS_NEXT = FeatureNames.posFeatures("pos+1=");

  private static final String[] HEAD = {null, "hd=O", "hd=P", "hd=OP"};
  private static final String[] HEAD_PREVIOUS = {null, "hd-1=O", "hd-1=P", "hd-1=OP"};
  private static final String[] HEAD_NEXT = {null, "hd+1=O", "hd+1=P", "hd+1=OP"};

  private final Gazetteer gazetteer;

  /** The word clusters of the {@link #CLUSTERS} group, or null. */
  private final WordClusters clusters;

  /**
   * The cluster feature strings by granularity and cluster, made once: the word's, its neighbours'
   * and the second neighbours'; after the clusters come the values for no cluster ({@code U}), the
   * sentence start and the sentence end.
   */
  private final FeatureTable[] clusterWord;

  private final FeatureTable[] clusterPrevious;
  private final FeatureTable[] clusterNext;
  private final FeatureTable[] clusterPrevious2;
  private final FeatureTable[] clusterNext2;
  private final String[] categoryNames;

  /**
   * Numbers features for a recognizer's weights ({@link Numbers}); null for features used as names
   * only (training).
   */
  private final ToIntFunction<String> numbering;

  /** The tables of features made once, numbered when {@link #numbering} is given. */
  private final FeatureTable lx;

  private final FeatureTable lxLower;
  private final FeatureTable lxPrevious;
  private final FeatureTable lxNext;
  private final FeatureTable kind;
  private final FeatureTable kindPrevious;
  private final FeatureTable kindNext;
  private final FeatureTable posTag;
  private final FeatureTable posPrevious;
  private final FeatureTable posNext;
  private final FeatureTable head;
  private final FeatureTable headPrevious;
  private final FeatureTable headNext;
  private final FeatureTable first;
  private final FeatureTable capmid;

  /** {@code prefix=category} of every gazetteer category, by prefix ({@code g}, {@code g-1}, …). */
  private final FeatureTable gazetteerWord;

  private final FeatureTable gazetteerGenitive;
  private final FeatureTable gazetteerHyphenHead;
  private final FeatureTable gazetteerHyphenTail;
  private final FeatureTable gazetteerPrevious;
  private final FeatureTable gazetteerNext;

  /**
   * The numbers of a word's {@link Neighbour} features, by word type ({@link Numbers} only), and of
   * the sentence start and end by template ({@link #edgeIds}).
   */
  private final BoundedCache<String, int[]> neighbourIds;

  private final int[][] edgeIds;

  /** Features of few values ({@link Prefixed}): the guide's tags, POS tags with shapes. */
  private final Prefixed guideTag;

  private final Prefixed guidePrevious;
  private final Prefixed guideNext;
  private final Prefixed guideShape;
  private final Prefixed posShape;
  private final int groups;

  /** What the lexicon and the head-noun lists know of each word type. */
  private final WordKnowledge knowledge;

  /**
   * Tags sentences whose POS tags the caller does not give; made on first use, since a pipeline
   * that tags anyway always gives them (and the tagger has a word cache of its own).
   */
  private final Lazy<PosTagger> tagger = new Lazy<>(PosTagger::new);

  static final int CACHE_SIZE = 1 << 15;

  /**
   * Features with the optional groups {@code groups} ({@link #LEXICON}, {@link #POS}, {@link
   * #NAME_KINDS}). Thread-safe: its only mutable state is the bounded word cache and the POS tagger
   * it makes on first use.
   *
   * @throws IllegalArgumentException for groups it does not know, or name kinds without the lexicon
   *     group
   */
  public NerFeatures(Gazetteer gazetteer, int groups) {
    this(gazetteer, null, groups);
  }

  /**
   * Features with the optional groups {@code groups}, the {@link #CLUSTERS} group from {@code
   * clusters}.
   *
   * @throws IllegalArgumentException for groups it does not know, name kinds without the lexicon
   *     group, or the cluster group without clusters (or clusters without it)
   */
  public NerFeatures(Gazetteer gazetteer, WordClusters clusters, int groups) {
    this(gazetteer, clusters, groups, null);
  }

  /**
   * Features as {@link #NerFeatures(Gazetteer, WordClusters, int)}, which {@link Numbers} numbers
   * with {@code numbering}.
   *
   * @param numbering a feature's number, -1 for features the model does not know; null for features
   *     used as names only
   */
  public NerFeatures(
      Gazetteer gazetteer, WordClusters clusters, int groups, ToIntFunction<String> numbering) {
    if ((groups & ~KNOWN) != 0 || (groups & NAME_KINDS) != 0 && (groups & LEXICON) == 0) {
      throw new IllegalArgumentException("unknown feature groups: " + groups);
    }
    if (((groups & CLUSTERS) != 0) != (clusters != null)) {
      throw new IllegalArgumentException(
          "the cluster feature group needs word clusters, and only it");
    }
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    int[] ks = clusters == null ? new int[0] : clusters.granularities();
    this.numbering = numbering;
    guideTag = new Prefixed("gd=");
    guidePrevious = new Prefixed("gd-1=");
    guideNext = new Prefixed("gd+1=");
    guideShape = new Prefixed("gds=");
    posShape = new Prefixed("poss=");
    clusterWord = clusterFeatures(ks, "");
    clusterPrevious = clusterFeatures(ks, "-1");
    clusterNext = clusterFeatures(ks, "+1");
    clusterPrevious2 = clusterFeatures(ks, "-2");
    clusterNext2 = clusterFeatures(ks, "+2");
    this.categoryNames = gazetteer.categories().toArray(new String[0]);
    lx = table(LX);
    lxLower = table(LX_LOWER);
    lxPrevious = table(LX_PREVIOUS);
    lxNext = table(LX_NEXT);
    kind = table(KIND);
    kindPrevious = table(KIND_PREVIOUS);
    kindNext = table(KIND_NEXT);
    posTag = table(POS_TAG);
    posPrevious = table(POS_PREVIOUS);
    posNext = table(POS_NEXT);
    head = table(HEAD);
    headPrevious = table(HEAD_PREVIOUS);
    headNext = table(HEAD_NEXT);
    first = table(new String[] {"first"});
    capmid = table(new String[] {"capmid"});
    gazetteerWord = gazetteerTable("g");
    gazetteerGenitive = gazetteerTable("gs");
    gazetteerHyphenHead = gazetteerTable("hg0");
    gazetteerHyphenTail = gazetteerTable("hgN");
    gazetteerPrevious = gazetteerTable("g-1");
    gazetteerNext = gazetteerTable("g+1");
    Neighbour[] templates = Neighbour.values();
    edgeIds = new int[templates.length][2];
    for (Neighbour t : templates) {
      edgeIds[t.ordinal()][0] = number(t.prefix + "BOS");
      edgeIds[t.ordinal()][1] = number(t.prefix + "EOS");
    }
    neighbourIds = numbering == null ? null : new BoundedCache<>(CACHE_SIZE);
    this.groups = groups;
    this.knowledge =
        new WordKnowledge(
            (groups & (LEXICON | NAME_KINDS)) != 0 ? GermanLexicon.get() : null, gazetteer);
  }

  /**
   * A sentence ready for {@link #context}.
   *
   * @param tokens the sentence's tokens
   * @param upos their POS tags from {@link PosTagger}, or null to tag them here when needed
   * @throws IllegalArgumentException if {@code upos} is given for another number of tokens
   */
  public PreparedSentence prepare(String[] tokens, String[] upos) {
    int n = tokens.length;
    if (upos != null && upos.length != n) {
      throw new IllegalArgumentException(upos.length + " POS tags for " + n + " tokens");
    }
    int[] classes = null;
    int[] lowerClasses = null;
    int[] kinds = (groups & NAME_KINDS) != 0 ? new int[n] : null;
    int[] heads = knowledge.hasHeads() ? new int[n] : null;
    if (knowledge.hasLexicon() || heads != null) {
      classes = knowledge.hasLexicon() ? new int[n] : null;
      lowerClasses = knowledge.hasLexicon() ? new int[n] : null;
      for (int i = 0; i < n; i++) {
        int both = knowledge.of(tokens[i]);
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
      }
    }
    int[] tags = null;
    if ((groups & POS) != 0) {
      String[] t = upos != null ? upos : tagger().tag(tokens);
      tags = new int[n];
      for (int i = 0; i < n; i++) {
        tags[i] = FeatureNames.posIndex(t[i]);
      }
    }
    int[] packedClusters = null;
    if (clusters != null) {
      packedClusters = new int[n];
      for (int i = 0; i < n; i++) {
        packedClusters[i] = clusterOf(tokens[i]);
      }
    }
    int[] masks = new int[n];
    for (int i = 0; i < n; i++) {
      masks[i] = gazetteer.lookup(tokens[i]);
    }
    return new PreparedSentence(
        tokens, classes, lowerClasses, tags, kinds, heads, packedClusters, masks);
  }

  /**
   * The packed clusters of a word: of the word as written, else of its all-caps form written with a
   * capital only ({@code DIENSTAG}), else of its genitive base ({@code Scholz'}); -1 if none.
   */
  private int clusterOf(String w) {
    int c = clusters.lookup(w);
    if (c >= 0 || w.length() < 2) {
      return c;
    }
    if (Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))) {
      c = clusters.lookup(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
      if (c >= 0) {
        return c;
      }
    }
    if (w.endsWith("'") || w.endsWith("’")) {
      return clusters.lookup(w.substring(0, w.length() - 1));
    }
    return -1;
  }

  /**
   * The context of token {@code i}.
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

  /** The features of token {@code i} that do not depend on tags, appended to {@code out}. */
  public void tokenContext(PreparedSentence sentence, int i, List<String> out) {
    tokenContext(sentence, i, true, true, new Names(out));
  }

  /**
   * The part of {@link #tokenContext} that depends on the word alone ({@code tokens[i]}), not on
   * its position or its neighbours: the same for every occurrence of the word, so a caller may keep
   * its weights per word.
   */
  void wordContext(PreparedSentence sentence, int i, List<String> out) {
    tokenContext(sentence, i, true, false, new Names(out));
  }

  /** The rest of {@link #tokenContext}: what depends on the position and the neighbours. */
  void positionContext(PreparedSentence sentence, int i, List<String> out) {
    positionContext(sentence, i, new Names(out));
  }

  /**
   * {@link #positionContext(PreparedSentence, int, List)} into any sink, such as {@link Numbers}.
   */
  void positionContext(PreparedSentence sentence, int i, Sink out) {
    tokenContext(sentence, i, false, true, out);
  }

  /** A sink that numbers features, for a {@code NerFeatures} made with a numbering. */
  Numbers numbers() {
    if (numbering == null) {
      throw new IllegalStateException("these features are not numbered");
    }
    return new Numbers();
  }

  /**
   * {@link #tokenContext}'s features, those of the word alone ({@code word}), the others ({@code
   * position}) or both, in one order either way.
   */
  private void tokenContext(
      PreparedSentence sentence, int i, boolean word, boolean position, Sink out) {
    String[] tokens = sentence.tokens;
    String[] lower = sentence.lower;
    String w = tokens[i];
    String lw = lower[i];
    if (word) {
      out.add("w=" + lw);
    }
    if (position) {
      out.add(Neighbour.WORD_PREVIOUS, sentence, i);
      out.add(Neighbour.WORD_NEXT, sentence, i);
      out.add(Neighbour.WORD_PREVIOUS2, sentence, i);
      out.add(Neighbour.WORD_NEXT2, sentence, i);
      out.add("w-1w=" + at(lower, i - 1) + '|' + lw);
      out.add("ww+1=" + lw + '|' + at(lower, i + 1));
    }
    String shape = sentence.shapes[i];
    if (word) {
      out.add("s=" + shape);
    }
    if (position) {
      out.add(Neighbour.SHAPE_PREVIOUS, sentence, i);
      out.add(Neighbour.SHAPE_NEXT, sentence, i);
    }
    int n = lw.length();
    if (word) {
      for (int k = 1; k <= 4 && k < n; k++) {
        out.add("pre" + k + '=' + lw.substring(0, k));
        out.add("suf" + k + '=' + lw.substring(n - k));
      }
    }
    if (position && i == 0) {
      out.add(first, 0);
    }
    if (word && n > 5) {
      out.add("pre5=" + lw.substring(0, 5));
      out.add("suf5=" + lw.substring(n - 5));
    }
    if (position && i > 0 && Character.isUpperCase(w.charAt(0))) {
      out.add(capmid, 0); // capitalised inside the sentence: a noun or a name
    }
    int mask = sentence.masks[i]; // the word's lists, with its shape and its neighbours
    if (word) {
      out.add("len=" + Math.min(n, 12));
      categories(mask, gazetteerWord, out);
      out.add("sg=" + shape + '|' + mask);
    }
    if (position) {
      out.add("w-1g=" + at(lower, i - 1) + '|' + mask);
      out.add("gw+1=" + mask + '|' + at(lower, i + 1));
    }
    if (word) {
      if (n > 3 && (w.endsWith("s") || w.endsWith("'"))) {
        gazetteer(w.substring(0, w.length() - 1), gazetteerGenitive, out); // Chinas, Grass'
      }
      int hyphen = w.indexOf('-');
      if (hyphen > 0 && hyphen < w.length() - 1) {
        String headWord = w.substring(0, hyphen);
        String tail = w.substring(w.lastIndexOf('-') + 1);
        out.add("h0=" + headWord.toLowerCase(Locale.ROOT));
        out.add("hN=" + tail.toLowerCase(Locale.ROOT));
        out.add("hs=" + FeatureNames.shape(headWord) + '-' + FeatureNames.shape(tail));
        gazetteer(headWord, gazetteerHyphenHead, out);
        gazetteer(tail, gazetteerHyphenTail, out);
      }
    }
    if (sentence.classes != null) {
      int[] c = sentence.classes;
      if (word) {
        out.add(lx, c[i]);
        if (sentence.lowerClasses[i] >= 0) {
          out.add(lxLower, sentence.lowerClasses[i]);
        }
      }
      if (position) {
        out.add(lxPrevious, i > 0 ? c[i - 1] : EDGE);
        out.add(lxNext, i + 1 < c.length ? c[i + 1] : EDGE);
      }
    }
    if (sentence.kinds != null) {
      int[] k = sentence.kinds;
      if (word) {
        out.add(kind, k[i]);
      }
      if (position) {
        out.add(kindPrevious, i > 0 ? k[i - 1] : 8);
        out.add(kindNext, i + 1 < k.length ? k[i + 1] : 8);
      }
    }
    if (position && sentence.tags != null) {
      int[] t = sentence.tags;
      out.add(posTag, t[i]);
      out.add(posPrevious, i > 0 ? t[i - 1] : UPOS.length);
      out.add(posNext, i + 1 < t.length ? t[i + 1] : UPOS.length);
      out.add(posShape, UPOS[t[i]] + '|' + shape);
    }
    if (sentence.heads != null) {
      int[] h = sentence.heads;
      if (word && h[i] != 0) {
        out.add(head, h[i]);
      }
      if (position) {
        if (i > 0 && h[i - 1] != 0) {
          out.add(headPrevious, h[i - 1]);
          out.add(HEAD_PREVIOUS[h[i - 1]] + '|' + shape);
        }
        if (i + 1 < h.length && h[i + 1] != 0) {
          out.add(headNext, h[i + 1]);
        }
      }
    }
    if (position) {
      if (i > 0) {
        categories(sentence.masks[i - 1], gazetteerPrevious, out);
      }
      if (i + 1 < tokens.length) {
        categories(sentence.masks[i + 1], gazetteerNext, out);
      }
    }
    if (sentence.clusters != null) {
      clusterContext(sentence, i, shape, word, position, out);
    }
    if (position && sentence.guide != null) {
      guideContext(sentence, i, out);
    }
  }

  /**
   * The {@link #CLUSTERS} features of token {@code i}: the word's cluster at every granularity,
   * alone and (the finest) with its shape; the clusters of the words before and after it at every
   * granularity, and of the second word before and after at the coarsest; the cluster of a
   * genitive's base form.
   */
  private void clusterContext(
      PreparedSentence sentence, int i, String shape, boolean word, boolean position, Sink out) {
    int[] c = sentence.clusters;
    int ng = clusterWord.length;
    if (word) {
      for (int g = 0; g < ng; g++) {
        out.add(clusterWord[g], clusterIndex(c, i, g));
      }
      out.add(clusterWord[ng - 1].names[clusterIndex(c, i, ng - 1)] + '|' + shape);
    }
    if (position) {
      for (int g = 0; g < ng; g++) {
        out.add(clusterPrevious[g], clusterIndex(c, i - 1, g));
        out.add(clusterNext[g], clusterIndex(c, i + 1, g));
      }
      out.add(clusterPrevious2[0], clusterIndex(c, i - 2, 0));
      out.add(clusterNext2[0], clusterIndex(c, i + 2, 0));
    }
    String w = sentence.tokens[i];
    if (word && c[i] < 0 && w.length() > 3 && w.endsWith("s")) {
      int base = clusters.lookup(w.substring(0, w.length() - 1));
      if (base >= 0) {
        out.add("gs" + clusterWord[ng - 1].names[clusters.cluster(base, ng - 1)]);
      }
    }
  }

  /**
   * Index into the cluster feature tables of word {@code j} at granularity {@code g}: its cluster,
   * or the value for no cluster, the sentence start or the sentence end after them.
   */
  private int clusterIndex(int[] c, int j, int g) {
    int k = clusterWord[g].names.length - 3;
    if (j < 0) {
      return k + 1;
    }
    if (j >= c.length) {
      return k + 2;
    }
    return c[j] < 0 ? k : clusters.cluster(c[j], g);
  }

  /** {@code c<g><position>=<cluster>} for every granularity and cluster, then U, BOS, EOS. */
  private FeatureTable[] clusterFeatures(int[] granularities, String position) {
    FeatureTable[] out = new FeatureTable[granularities.length];
    for (int g = 0; g < granularities.length; g++) {
      int k = granularities[g];
      String[] names = new String[k + 3];
      String prefix = "c" + g + position + '=';
      for (int j = 0; j < k; j++) {
        names[j] = prefix + j;
      }
      names[k] = prefix + 'U';
      names[k + 1] = prefix + "BOS";
      names[k + 2] = prefix + "EOS";
      out[g] = table(names);
    }
    return out;
  }

  /** A table of features made once, numbered if features are numbered. */
  private FeatureTable table(String[] names) {
    int[] ids = null;
    if (numbering != null) {
      ids = new int[names.length];
      for (int f = 0; f < names.length; f++) {
        ids[f] = names[f] == null ? -1 : numbering.applyAsInt(names[f]);
      }
    }
    return new FeatureTable(names, ids);
  }

  /** {@code prefix=category} by gazetteer category. */
  private FeatureTable gazetteerTable(String prefix) {
    String[] names = new String[categoryNames.length];
    for (int c = 0; c < names.length; c++) {
      names[c] = prefix + '=' + categoryNames[c];
    }
    return table(names);
  }

  /** A feature's number, or -1 when features are not numbered. */
  private int number(String feature) {
    return numbering == null ? -1 : numbering.applyAsInt(feature);
  }

  /**
   * A feature of a prefix and a value from a small set (a tag, a tag and a word shape): for
   * numbered features, the number of each value is kept, so that it is looked up in a small table
   * instead of the model's.
   */
  final class Prefixed {
    final String prefix;
    private final BoundedCache<String, Integer> ids;

    Prefixed(String prefix) {
      this.prefix = prefix;
      this.ids = numbering == null ? null : new BoundedCache<>(CACHE_SIZE);
    }

    int id(String value) {
      return ids.get(value, v -> numbering.applyAsInt(prefix + v));
    }
  }

  /**
   * Where a token's features go, in order: as names ({@link Names}) or as numbers ({@link
   * Numbers}). Features made once come as a table and an index, so numbers need no lookup.
   */
  abstract static class Sink {
    /** A feature made for this token. */
    abstract void add(String feature);

    /** The feature {@code table.names[index]}. */
    abstract void add(FeatureTable table, int index);

    /** The {@code template} feature of token {@code i}. */
    abstract void add(Neighbour template, PreparedSentence s, int i);

    /** The feature {@code prefix.prefix + value}. */
    abstract void add(Prefixed prefix, String value);
  }

  /** A sink that appends the features' names to a list. */
  static final class Names extends Sink {
    private final List<String> out;

    Names(List<String> out) {
      this.out = out;
    }

    @Override
    void add(String feature) {
      out.add(feature);
    }

    @Override
    void add(FeatureTable table, int index) {
      out.add(table.names[index]);
    }

    @Override
    void add(Neighbour template, PreparedSentence s, int i) {
      out.add(template.name(s, i));
    }

    @Override
    void add(Prefixed prefix, String value) {
      out.add(prefix.prefix + value);
    }
  }

  /**
   * A sink that appends the features' numbers (-1 for features the model does not know) to an
   * array, which grows as needed: for features made with a numbering. Not thread-safe: one per
   * call.
   */
  final class Numbers extends Sink {
    int[] ids = new int[64];
    int count;

    @Override
    void add(String feature) {
      append(numbering.applyAsInt(feature));
    }

    @Override
    void add(FeatureTable table, int index) {
      append(table.ids[index]);
    }

    @Override
    void add(Neighbour template, PreparedSentence s, int i) {
      int j = i + template.offset;
      if (j < 0 || j >= s.tokens.length) {
        append(edgeIds[template.ordinal()][j < 0 ? 0 : 1]);
        return;
      }
      int[] ids = s.neighbourIds[j];
      if (ids == null) { // once a token, not once a template
        ids = neighbourIds.get(s.tokens[j], w -> neighbourIdsOf(s, j));
        s.neighbourIds[j] = ids;
      }
      append(ids[template.ordinal()]);
    }

    @Override
    void add(Prefixed prefix, String value) {
      append(prefix.id(value));
    }

    private void append(int id) {
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
      }
      ids[count++] = id;
    }
  }

  /** The numbers of the {@link Neighbour} features of word {@code j} of {@code s}. */
  private int[] neighbourIdsOf(PreparedSentence s, int j) {
    Neighbour[] templates = Neighbour.values();
    int[] ids = new int[templates.length];
    for (Neighbour t : templates) {
      ids[t.ordinal()] = numbering.applyAsInt(t.prefix + t.form(s, j));
    }
    return ids;
  }

  /**
   * The {@link #GUIDE} features of token {@code i}, appended to {@code out}: the guide's tag of the
   * word and of its neighbours, and the word's with its shape and its lower-case form.
   */
  void guideContext(PreparedSentence sentence, int i, List<String> out) {
    guideContext(sentence, i, new Names(out));
  }

  /** {@link #guideContext(PreparedSentence, int, List)} into any sink. */
  void guideContext(PreparedSentence sentence, int i, Sink out) {
    String[] g = sentence.guide;
    String tag = g[i];
    out.add(guideTag, tag);
    out.add(guidePrevious, i > 0 ? g[i - 1] : "BOS");
    out.add(guideNext, i + 1 < g.length ? g[i + 1] : "EOS");
    out.add(guideShape, tag + '|' + sentence.shapes[i]);
    out.add("gdw=" + tag + '|' + sentence.lower[i]);
  }

  private PosTagger tagger() {
    return tagger.get();
  }

  /** The features {@code prefix=category} of the word's gazetteer categories. */
  private void gazetteer(String word, FeatureTable prefix, Sink out) {
    categories(gazetteer.lookup(word), prefix, out);
  }

  /** The features {@code prefix=category} of the categories in {@code mask}. */
  private static void categories(int mask, FeatureTable prefix, Sink out) {
    while (mask != 0) {
      int bit = Integer.numberOfTrailingZeros(mask);
      out.add(prefix, bit);
      mask &= mask - 1;
    }
  }

  private static String at(String[] a, int i) {
    return i < 0 ? "BOS" : i >= a.length ? "EOS" : a[i];
  }
}
