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

  /** The document this sentence belongs to. */
  public Document document() {
    return doc;
  }

  /** Position of the sentence in the document (0-based). */
  public int index() {
    return index;
  }

  /** Start offset of the first token. */
  public int start() {
    return doc.tokenStart(firstToken());
  }

  /** End offset of the last token. */
  public int end() {
    return doc.tokenEnd(endToken() - 1);
  }

  /** Index of the first token in the document. */
  public int firstToken() {
    return doc.sentenceFirstToken(index);
  }

  /** Index after the last token in the document. */
  public int endToken() {
    return doc.sentenceEndToken(index);
  }

  /** Number of tokens. */
  public int tokenCount() {
    return endToken() - firstToken();
  }

  /** The tokens, as a list of views. */
  public List<Token> tokens() {
    return new Document.TokenList(doc, firstToken(), endToken());
  }

  /** The sentence's text, from its first token's start to its last token's end. */
  public String text() {
    return doc.text().substring(start(), end());
  }

  /**
   * Whether every token of the sentence lies in page furniture ({@link Document#furniture()});
   * false when the document has no {@link Layer#FURNITURE} layer.
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
