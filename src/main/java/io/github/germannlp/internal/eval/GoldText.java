package io.github.germannlp.internal.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Running text built from a gold-segmented corpus, with the gold token and sentence spans in it:
 * sentences are joined by a space, {@value #SENTENCES_PER_PARAGRAPH} to a paragraph, paragraphs by
 * a blank line.
 */
public final class GoldText {
  /** Sentences per paragraph in the running text. */
  public static final int SENTENCES_PER_PARAGRAPH = 10;

  private final String text;
  private final Segmentation gold;

  GoldText(String text, Segmentation gold) {
    this.text = text;
    this.gold = gold;
  }

  /**
   * The running text.
   *
   * @return the detokenized sentences, joined by spaces and blank lines
   */
  public String text() {
    return text;
  }

  /**
   * The gold spans in {@link #text()}.
   *
   * @return the character spans of the gold tokens and sentences
   */
  public Segmentation gold() {
    return gold;
  }

  /** Accumulates sentences into running text. */
  static final class Builder {
    private final StringBuilder sb = new StringBuilder();
    private final List<int[]> tokens = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private int sentenceCount;
    private int sentenceStart = -1;
    private int firstTokenOfSentence;

    /** Begins a sentence; returns the offset at which its text starts. */
    int beginSentence() {
      if (sentenceCount > 0) {
        sb.append(sentenceCount % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
      }
      sentenceStart = sb.length();
      firstTokenOfSentence = tokens.size();
      return sentenceStart;
    }

    StringBuilder text() {
      return sb;
    }

    void token(int start, int end) {
      tokens.add(new int[] {start, end});
    }

    void endSentence() {
      if (tokens.size() > firstTokenOfSentence) {
        sentences.add(
            new int[] {tokens.get(firstTokenOfSentence)[0], tokens.get(tokens.size() - 1)[1]});
      }
      sentenceCount++;
    }

    GoldText build() {
      return new GoldText(sb.toString(), Segmentation.of(tokens, sentences));
    }
  }
}
