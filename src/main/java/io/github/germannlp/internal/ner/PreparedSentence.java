package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.Locale;

/**
 * A sentence's tokens with what every feature of {@link NerFeatures} needs, computed once by {@link
 * NerFeatures#prepare}.
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

  /**
   * The guide model's tags of the words, set once by the recognizer or trainer of a model with
   * {@link #GUIDE} before the features of the main model are computed; null until then (and always
   * for other models), when {@link #tokenContext} gives no guide features.
   */
  public String[] guide;

  /** The numbers of each word's {@link Neighbour} features, filled by {@link Numbers}. */
  int[][] neighbourIds;

  PreparedSentence(
      String[] tokens,
      int[] classes,
      int[] lowerClasses,
      int[] tags,
      int[] kinds,
      int[] heads,
      int[] clusters,
      int[] masks) {
    this.clusters = clusters;
    this.masks = masks;
    this.tokens = tokens;
    this.lower = new String[tokens.length];
    this.shapes = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
      shapes[i] = FeatureNames.shape(tokens[i]);
    }
    this.classes = classes;
    this.lowerClasses = lowerClasses;
    this.tags = tags;
    this.kinds = kinds;
    this.heads = heads;
  }
}
