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

  /**
   * The document this token belongs to.
   *
   * @return the document whose text and layers this view reads; never null
   */
  public Document document() {
    return doc;
  }

  /**
   * Position of the token in the document.
   *
   * @return the 0-based index of the token among all tokens of the document, in [0, {@link
   *     Document#tokenCount()})
   */
  public int index() {
    return index;
  }

  /**
   * Start offset into {@link Document#text()}, inclusive.
   *
   * @return the UTF-16 index of the token's first character
   */
  public int start() {
    return doc.tokenStart(index);
  }

  /**
   * End offset into {@link Document#text()}, exclusive.
   *
   * @return the UTF-16 index just after the token's last character; always greater than {@link
   *     #start()}
   */
  public int end() {
    return doc.tokenEnd(index);
  }

  /**
   * The token's text, exactly as it stands in the document (soft hyphens and other break hints
   * included).
   *
   * @return {@code document().text().substring(start(), end())}, never empty
   */
  public String text() {
    return doc.text().substring(start(), end());
  }

  /**
   * Whether white space (or the end of the text) follows the token.
   *
   * @return true if any character lies between this token's end and the next token's start, or if
   *     this token ends the text; false if the next token follows without a gap
   */
  public boolean spaceAfter() {
    int e = end();
    return e >= doc.text().length() || e < nextStart();
  }

  /**
   * The characters between this token and the next (or the end of the text).
   *
   * @return the text from {@link #end()} to the next token's start (to the end of the text after
   *     the last token); empty when the next token follows directly
   */
  public String whitespaceAfter() {
    return doc.text().substring(end(), nextStart());
  }

  private int nextStart() {
    return index + 1 < doc.tokenCount() ? doc.tokenStart(index + 1) : doc.text().length();
  }

  /**
   * The sentence holding this token.
   *
   * @return a view of the sentence whose token range contains this token's {@link #index()}
   */
  public Sentence sentence() {
    return doc.sentence(doc.sentenceOf(index));
  }

  /**
   * The Universal POS tag.
   *
   * @return a Universal Dependencies tag such as {@code NOUN}, {@code PROPN} or {@code ADP} (a
   *     contraction such as {@code zum} may get the composite {@code ADP+DET}), or {@code null}
   *     when the document has no {@link Layer#POS} layer
   */
  public String upos() {
    return doc.upos(index);
  }

  /**
   * The parts of a noun compound in dictionary form ({@code Sanktionsdruck} → {@code Sanktion},
   * {@code Druck}); empty for other tokens or without the {@link Layer#COMPOUNDS} layer.
   *
   * @return the parts in order, never null; an empty list when the token is no compound or the
   *     layer was not computed
   */
  public List<String> compoundParts() {
    return doc.compoundParts(index);
  }

  /**
   * The lemma (dictionary form) of the token.
   *
   * @return the lemma, such as {@code Präsident} for {@code Präsidenten}, or {@code null} when the
   *     document has no {@link Layer#LEMMA} layer
   */
  public String lemma() {
    return doc.lemma(index);
  }

  /**
   * Whether the token lies in page furniture ({@link Document#furniture()}); false when the
   * document has no {@link Layer#FURNITURE} layer.
   *
   * @return true if the token's first character lies inside one of the document's furniture
   *     stretches
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
