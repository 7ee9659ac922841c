package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.pos.GermanLexicon;

/**
 * A sentence's tokens with what every feature of {@link NerFeatures} needs, computed once by {@link
 * NerFeatures#prepare}. Immutable but for a cache of feature numbers; the guide model's tags come
 * in through {@link #withGuide}, which gives a new sentence.
 */
public final class PreparedSentence {
  final String[] tokens;
  final String[] lower;
  final String[] shapes;

  /** Lexicon classes of the words, of their lower-case forms (-1: not capitalised); or null. */
  final int[] classes;

  final int[] lowerClasses;

  /** Index of each word's POS tag in {@link GermanLexicon#UPOS}, or null. */
  final int[] tags;

  /** {@link #nameKinds} of each word, or null. */
  final int[] kinds;

  /** {@link #heads} of each word, or null. */
  final int[] heads;

  /** The packed word clusters of each word ({@link WordClusters#lookup}, -1: none), or null. */
  final int[] clusters;

  /** The gazetteer categories of each word ({@link Gazetteer#lookup}). */
  final int[] masks;

  /** The phrases that cover each word ({@link PhraseFeatures#match}), or null for none. */
  final int[] phrases;

  /**
   * The guide model's tags of the words, for a model with {@link FeatureGroup#GUIDE}; null for a
   * sentence without them, which gets no guide features.
   */
  final String[] guide;

  /**
   * The numbers of each word's {@link Neighbour} features, filled as they are needed by the {@link
   * FeatureNumbering.Numbers} of other features than {@link #preparedBy} (whose own keep them with
   * the word's facts); shared with the sentence's copies.
   */
  final int[][] neighbourIds;

  /** The features that prepared the sentence. */
  final NerFeatures preparedBy;

  /** Their facts of each word, which also keep what their recognizer computes once a word type. */
  final NerFeatures.WordFacts[] facts;

  PreparedSentence(
      String[] tokens,
      String[] lower,
      String[] shapes,
      int[] classes,
      int[] lowerClasses,
      int[] tags,
      int[] kinds,
      int[] heads,
      int[] clusters,
      int[] masks,
      int[] phrases,
      NerFeatures preparedBy,
      NerFeatures.WordFacts[] facts) {
    this.clusters = clusters;
    this.masks = masks;
    this.phrases = phrases;
    this.tokens = tokens;
    this.lower = lower;
    this.shapes = shapes;
    this.classes = classes;
    this.lowerClasses = lowerClasses;
    this.tags = tags;
    this.kinds = kinds;
    this.heads = heads;
    this.guide = null;
    this.neighbourIds = new int[tokens.length][];
    this.preparedBy = preparedBy;
    this.facts = facts;
  }

  private PreparedSentence(PreparedSentence base, String[] guide) {
    this.tokens = base.tokens;
    this.lower = base.lower;
    this.shapes = base.shapes;
    this.classes = base.classes;
    this.lowerClasses = base.lowerClasses;
    this.tags = base.tags;
    this.kinds = base.kinds;
    this.heads = base.heads;
    this.clusters = base.clusters;
    this.masks = base.masks;
    this.phrases = base.phrases;
    this.guide = guide;
    this.neighbourIds = base.neighbourIds;
    this.preparedBy = base.preparedBy;
    this.facts = base.facts;
  }

  /**
   * The lower-case form of word {@code j}, {@code BOS} before the first and {@code EOS} after the
   * last.
   */
  String lowerAt(int j) {
    return j < 0 ? "BOS" : j >= lower.length ? "EOS" : lower[j];
  }

  /**
   * This sentence with the guide model's tags of its words, which the main model of a guided model
   * reads as features.
   *
   * @param guideTags one BIO tag per token, as the guide model gave them
   * @return a new sentence sharing everything else with this one
   * @throws IllegalArgumentException if the tags are not one per token
   */
  public PreparedSentence withGuide(String[] guideTags) {
    if (guideTags.length != tokens.length) {
      throw new IllegalArgumentException(
          guideTags.length + " guide tags for " + tokens.length + " tokens");
    }
    return new PreparedSentence(this, guideTags.clone());
  }

  /**
   * The guide model's tags.
   *
   * @return a copy of the tags given to {@link #withGuide}, or null for a sentence without them
   */
  public String[] guide() {
    return guide == null ? null : guide.clone();
  }
}
