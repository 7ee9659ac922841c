package io.github.germannlp.internal.eval;

import io.github.germannlp.Document;
import io.github.germannlp.Sentence;
import java.util.List;

/**
 * Token and sentence spans (character offsets) of one text, from any segmenter: this library's, a
 * peer's, or the gold standard.
 *
 * @param tokenStarts start offset of each token
 * @param tokenEnds end offset of each token
 * @param sentenceStarts start offset of each sentence
 * @param sentenceEnds end offset of each sentence
 */
public record Segmentation(
    int[] tokenStarts, int[] tokenEnds, int[] sentenceStarts, int[] sentenceEnds) {

  /**
   * The spans of a document.
   *
   * @param doc an analysed document
   * @return the character spans of its tokens and sentences, in order
   */
  public static Segmentation of(Document doc) {
    int n = doc.tokenCount();
    int[] ts = new int[n];
    int[] te = new int[n];
    for (int i = 0; i < n; i++) {
      var t = doc.token(i);
      ts[i] = t.start();
      te[i] = t.end();
    }
    int m = doc.sentenceCount();
    int[] ss = new int[m];
    int[] se = new int[m];
    for (int i = 0; i < m; i++) {
      Sentence s = doc.sentence(i);
      ss[i] = s.start();
      se[i] = s.end();
    }
    return new Segmentation(ts, te, ss, se);
  }

  /**
   * Spans from lists of {start, end} pairs.
   *
   * @param tokens one {@code {start, end}} pair per token, in order
   * @param sentences one {@code {start, end}} pair per sentence, in order
   * @return the spans, copied into arrays
   */
  public static Segmentation of(List<int[]> tokens, List<int[]> sentences) {
    int[] ts = new int[tokens.size()];
    int[] te = new int[tokens.size()];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = tokens.get(i)[0];
      te[i] = tokens.get(i)[1];
    }
    int[] ss = new int[sentences.size()];
    int[] se = new int[sentences.size()];
    for (int i = 0; i < ss.length; i++) {
      ss[i] = sentences.get(i)[0];
      se[i] = sentences.get(i)[1];
    }
    return new Segmentation(ts, te, ss, se);
  }
}
