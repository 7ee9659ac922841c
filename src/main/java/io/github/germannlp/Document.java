package io.github.germannlp;

import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One analysed text: the original text, its tokens and sentences with exact character offsets
 * ({@code text().substring(token.start(), token.end())} is the token), and the layers computed on
 * them.
 *
 * <p>Storage is a few parallel arrays; {@link Token} and {@link Sentence} are light views created
 * on access, so iterating a large document costs no more than the views it hands out. Offsets are
 * UTF-16 indexes, as {@link String} counts.
 *
 * <p>Immutable and therefore safe to share between threads.
 *
 * <pre>{@code
 * Document doc = GermanNlp.standard().analyze("Putin traf Xi. Beide lächelten.");
 * for (Sentence s : doc.sentences()) {
 *   for (Token t : s.tokens()) {
 *     System.out.println(t.text() + "\t" + t.start() + "\t" + t.end());
 *   }
 * }
 * }</pre>
 */
public final class Document {
  private final String text;
  private final TokenBuffer tokens;
  private final int[] sentenceEnds;

  /** The optional layers, this document's own copy. */
  private final DocumentLayers optional;

  private final Set<Layer> layers;

  /**
   * A document over {@code text} with its tokens, sentences and optional layers.
   *
   * @param optional the optional layers; copied, so the caller may go on changing its object
   * @param check whether to validate the offsets; the tokenizer's output is valid by construction
   *     (and property-tested), tokens from a caller are checked
   */
  Document(
      String text, TokenBuffer tokens, int[] sentenceEnds, DocumentLayers optional, boolean check) {
    this.text = Objects.requireNonNull(text, "text");
    this.tokens = tokens;
    this.sentenceEnds = sentenceEnds;
    this.optional = optional.copy();
    this.layers = Collections.unmodifiableSet(this.optional.present());
    if (check) {
      check();
    }
  }

  private void check() {
    int n = tokens.size();
    int prev = 0;
    for (int i = 0; i < n; i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (s < prev || e <= s || e > text.length()) {
        throw new IllegalArgumentException(
            "token "
                + i
                + " has invalid offsets ["
                + s
                + ", "
                + e
                + ") for a text of length "
                + text.length());
      }
      prev = e;
    }
    int prevEnd = 0;
    for (int end : sentenceEnds) {
      if (end <= prevEnd || end > n) {
        throw new IllegalArgumentException(
            "invalid sentence boundaries " + Arrays.toString(sentenceEnds));
      }
      prevEnd = end;
    }
    if (n > 0 && prevEnd != n) {
      throw new IllegalArgumentException("sentences do not cover all tokens");
    }
  }

  /**
   * This document with its optional layers changed by {@code change} (the arrays are shared, not
   * copied; the offsets are not checked again).
   */
  Document with(Consumer<DocumentLayers> change) {
    DocumentLayers l = optional.copy();
    change.accept(l);
    return new Document(text, tokens, sentenceEnds, l, false);
  }

  /**
   * The page furniture of the text (controls, reading time, bylines, credits, teasers), in text
   * order; empty when the document has no {@link Layer#FURNITURE} layer. {@link
   * Token#isFurniture()} and {@link Sentence#isFurniture()} tell whether a token or a whole
   * sentence lies in it.
   *
   * @return an unmodifiable list of non-overlapping stretches ordered by start offset; never null
   */
  public List<Furniture> furniture() {
    return optional.furniture == null ? List.of() : optional.furniture;
  }

  /**
   * What the document is about, best first, each with a score in [0, 1]; empty when the document
   * has no {@link Layer#TOPICS} layer.
   *
   * @return an unmodifiable list ordered by descending score; never null
   */
  public List<Topic> topics() {
    return optional.topics == null ? List.of() : optional.topics;
  }

  /** Whether the character at {@code offset} lies in page furniture. */
  boolean isFurniture(int offset) {
    int lo = 0;
    List<Furniture> furniture = furniture();
    int hi = furniture.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Furniture f = furniture.get(mid);
      if (offset < f.start()) {
        hi = mid - 1;
      } else if (offset >= f.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * The entity mentions, in document order, each with the canonical name and the type of its entity
   * (one type per entity and document: the majority of its mentions); empty when the document has
   * no {@link Layer#ENTITIES} layer.
   *
   * @return an unmodifiable list ordered by start offset; never null
   */
  public List<EntityMention> mentions() {
    return optional.mentions == null ? List.of() : optional.mentions;
  }

  /**
   * The entities: mentions grouped under one canonical name per document, ordered by first mention;
   * empty when the document has no {@link Layer#ENTITIES} layer.
   *
   * @return an unmodifiable list; every mention of {@link #mentions()} belongs to exactly one of
   *     its entities
   */
  public List<Entity> entities() {
    return optional.entities == null ? List.of() : optional.entities;
  }

  /**
   * The original text, exactly as given.
   *
   * @return the analysed text, which all offsets index into; for {@link
   *     GermanNlp#analyzeTokens(List)} the tokens joined by spaces and line breaks
   */
  public String text() {
    return text;
  }

  /**
   * The layers this document carries.
   *
   * @return an unmodifiable set that always holds {@link Layer#TOKENS} and {@link Layer#SENTENCES},
   *     plus each layer the pipeline computed
   */
  public Set<Layer> layers() {
    return layers;
  }

  /**
   * Whether a layer was computed.
   *
   * @param layer the layer to look for
   * @return true if {@link #layers()} contains {@code layer}; false for a layer the pipeline left
   *     out, whose accessors then return null or empty values
   */
  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /**
   * Number of tokens.
   *
   * @return the number of tokens in the document; 0 for empty or white-space-only text
   */
  public int tokenCount() {
    return tokens.size();
  }

  /**
   * Number of sentences.
   *
   * @return the number of sentences in the document; 0 when it has no tokens
   */
  public int sentenceCount() {
    return sentenceEnds.length;
  }

  /**
   * One token of the document.
   *
   * @param i the 0-based index of the token in document order
   * @return a new view of token {@code i}
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link
   *     #tokenCount()}
   */
  public Token token(int i) {
    Objects.checkIndex(i, tokens.size());
    return new Token(this, i);
  }

  /**
   * One sentence of the document.
   *
   * @param i the 0-based index of the sentence in document order
   * @return a new view of sentence {@code i}
   * @throws IndexOutOfBoundsException if {@code i} is negative or not less than {@link
   *     #sentenceCount()}
   */
  public Sentence sentence(int i) {
    Objects.checkIndex(i, sentenceEnds.length);
    return new Sentence(this, i);
  }

  /**
   * All tokens, as a list of views.
   *
   * @return an unmodifiable list of {@link #tokenCount()} tokens in text order, creating each view
   *     on access
   */
  public List<Token> tokens() {
    return new TokenList(this, 0, tokens.size());
  }

  /**
   * All sentences, as a list of views.
   *
   * @return an unmodifiable list of {@link #sentenceCount()} sentences in text order, creating each
   *     view on access
   */
  public List<Sentence> sentences() {
    return new SentenceList();
  }

  // package-private accessors used by the views

  int tokenStart(int i) {
    return tokens.start(i);
  }

  int tokenEnd(int i) {
    return tokens.end(i);
  }

  String upos(int i) {
    return optional.upos == null ? null : optional.upos[i];
  }

  String lemma(int i) {
    return optional.lemmas == null ? null : optional.lemmas[i];
  }

  List<String> compoundParts(int i) {
    List<String>[] compounds = optional.compounds;
    return compounds == null || compounds[i] == null ? List.of() : compounds[i];
  }

  int sentenceFirstToken(int s) {
    return s == 0 ? 0 : sentenceEnds[s - 1];
  }

  int sentenceEndToken(int s) {
    return sentenceEnds[s];
  }

  /** Index of the sentence holding token {@code i}. */
  int sentenceOf(int i) {
    int r = Arrays.binarySearch(sentenceEnds, i + 1);
    return r >= 0 ? r : -r - 1;
  }

  @Override
  public String toString() {
    return "Document["
        + tokenCount()
        + " tokens, "
        + sentenceCount()
        + " sentences, "
        + text.length()
        + " chars]";
  }

  static final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final Document doc;
    private final int from;
    private final int to;

    TokenList(Document doc, int from, int to) {
      this.doc = doc;
      this.from = from;
      this.to = to;
    }

    @Override
    public Token get(int index) {
      Objects.checkIndex(index, to - from);
      return new Token(doc, from + index);
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  private final class SentenceList extends AbstractList<Sentence> implements RandomAccess {
    @Override
    public Sentence get(int index) {
      return sentence(index);
    }

    @Override
    public int size() {
      return sentenceEnds.length;
    }
  }
}
