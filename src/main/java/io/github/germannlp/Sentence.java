package io.github.germannlp;

import java.util.List;

/** A view of one sentence of a {@link Document}: its tokens and its character span. */
public final class Sentence {
  private final Document doc;
  private final int index;

  Sentence(Document doc, int index) {
    this.doc = doc;
    this.index = index;
  }

  /**
   * The document this sentence belongs to.
   *
   * @return the document whose text and tokens this view reads; never null
   */
  public Document document() {
    return doc;
  }

  /**
   * Position of the sentence in the document.
   *
   * @return the 0-based index of the sentence, in [0, {@link Document#sentenceCount()})
   */
  public int index() {
    return index;
  }

  /**
   * Start offset of the sentence in {@link Document#text()}.
   *
   * @return the start offset of the sentence's first token, inclusive (UTF-16 index)
   */
  public int start() {
    return doc.tokenStart(firstToken());
  }

  /**
   * End offset of the sentence in {@link Document#text()}.
   *
   * @return the end offset of the sentence's last token, exclusive (UTF-16 index); white space
   *     after it is not part of the sentence
   */
  public int end() {
    return doc.tokenEnd(endToken() - 1);
  }

  /**
   * Index of the sentence's first token in the document.
   *
   * @return the document-wide, 0-based index of the first token (as in {@link Token#index()})
   */
  public int firstToken() {
    return doc.sentenceFirstToken(index);
  }

  /**
   * Index after the sentence's last token in the document.
   *
   * @return the document-wide index of the last token plus one, so that the sentence holds the
   *     tokens {@code firstToken()} (inclusive) to {@code endToken()} (exclusive)
   */
  public int endToken() {
    return doc.sentenceEndToken(index);
  }

  /**
   * Number of tokens in the sentence.
   *
   * @return {@code endToken() - firstToken()}; at least 1
   */
  public int tokenCount() {
    return endToken() - firstToken();
  }

  /**
   * The sentence's tokens, as a list of views.
   *
   * @return an unmodifiable list of {@link #tokenCount()} tokens in text order, creating each view
   *     on access
   */
  public List<Token> tokens() {
    return new Document.TokenList(doc, firstToken(), endToken());
  }

  /**
   * The sentence's text, from its first token's start to its last token's end.
   *
   * @return {@code document().text().substring(start(), end())}, with the white space and line
   *     breaks between its tokens as in the original
   */
  public String text() {
    return doc.text().substring(start(), end());
  }

  /**
   * Whether every token of the sentence lies in page furniture ({@link Document#furniture()});
   * false when the document has no {@link Layer#FURNITURE} layer.
   *
   * @return true if {@link Token#isFurniture()} holds for each of its tokens
   */
  public boolean isFurniture() {
    for (int t = firstToken(), e = endToken(); t < e; t++) {
      if (!doc.isFurniture(doc.tokenStart(t))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && s.doc == doc && s.index == index;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(doc) * 31 + index;
  }

  @Override
  public String toString() {
    return text();
  }
}
