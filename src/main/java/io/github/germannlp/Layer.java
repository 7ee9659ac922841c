package io.github.germannlp;

/** The layers of analysis a {@link Document} can carry. */
public enum Layer {
  /** Tokens with character offsets; always present. */
  TOKENS,
  /** Sentences; always present. */
  SENTENCES,
  /** Universal part-of-speech tags ({@link Token#upos()}). */
  POS,
  /** Lemmas ({@link Token#lemma()}). */
  LEMMA,
  /** Parts of noun compounds ({@link Token#compoundParts()}). */
  COMPOUNDS,
  /** Named entities. */
  ENTITIES,
  /** Topics ({@link Document#topics()}). */
  TOPICS,
  /** Page furniture of scraped pages ({@link Document#furniture()}). */
  FURNITURE
}
