package io.github.germannlp.category;

/**
 * The features a category model sees of an article; stored in the model, so that a {@link
 * Categorizer} extracts the same features it was trained on.
 */
public enum FeatureSet {
  /**
   * German features from this library's analysis ({@link io.github.germannlp.GermanNlp}): the
   * lower-cased lemmas of content words (NOUN, PROPN, VERB, ADJ), the parts of noun compounds, and
   * the canonical names of entities; frequent light verbs and adjectives and news-page furniture
   * ({@code Lesedauer}, {@code Vorlesen}, agency names, …) are ignored. Each feature is a single
   * lemma, compound part or name: a bag of words, no bigrams.
   */
  GERMAN,

  /**
   * OpenNLP's plain default for document categorization: the text split at white space ({@code
   * WhitespaceTokenizer}), every token a feature ({@code BagOfWordsFeatureGenerator}). A baseline
   * to compare {@link #GERMAN} with ({@link CategoryEvaluation}).
   */
  OPENNLP_BASELINE
}
