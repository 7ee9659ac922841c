package io.github.germannlp;

import java.util.List;

/**
 * A view of one token of a {@link Document}: cheap to create, immutable, equal to another view of
 * the same token of the same document.
 */
public final class Token {
  private final Document doc;
  private final int index;

  Token(Document doc, int index) {
    this.doc = doc;
    this.index = index;
  }

  /** The document this token belongs to. */
  public Document document() {
    return doc;
  }

  /** Position of the token in the document (0-based). */
  public int index() {
    return index;
  }

  /** Start offset into {@link Document#text()}, inclusive. */
  public int start() {
    return doc.tokenStart(index);
  }

  /** End offset into {@link Document#text()}, exclusive. */
  public int end() {
    return doc.tokenEnd(index);
  }

  /** The token's text: {@code document().text().substring(start(), end())}. */
  public String text() {
    return doc.text().substring(start(), end());
  }

  /** Whether white space (or the end of the text) follows the token. */
  public boolean spaceAfter() {
    int e = end();
    return e >= doc.text().length() || e < nextStart();
  }

  /** The characters between this token and the next (or the end of the text). */
  public String whitespaceAfter() {
    return doc.text().substring(end(), nextStart());
  }

  private int nextStart() {
    return index + 1 < doc.tokenCount() ? doc.tokenStart(index + 1) : doc.text().length();
  }

  /** The sentence holding this token. */
  public Sentence sentence() {
    return doc.sentence(doc.sentenceOf(index));
  }

  /**
   * The Universal POS tag, or {@code null} when the document has no {@link Layer#POS} layer.
   */
  public String upos() {
    return doc.upos(index);
  }

  /**
   * The parts of a noun compound in dictionary form ({@code Sanktionsdruck} → {@code Sanktion},
   * {@code Druck}); empty for other tokens or without the {@link Layer#COMPOUNDS} layer.
   */
  public List<String> compoundParts() {
    return doc.compoundParts(index);
  }

  /** The lemma, or {@code null} when the document has no {@link Layer#LEMMA} layer. */
  public String lemma() {
    return doc.lemma(index);
  }

  /**
   * Whether the token lies in page furniture ({@link Document#furniture()}); false when the
   * document has no {@link Layer#FURNITURE} layer.
   */
  public boolean isFurniture() {
    return doc.isFurniture(start());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.doc == doc && t.index == index;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(doc) * 31 + index;
  }

  @Override
  public String toString() {
    return text() + "[" + start() + "," + end() + ")";
  }
}
