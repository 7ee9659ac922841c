package io.github.germannlp.internal.eval;

import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GermEval 2014 files ({@code index TAB token TAB outer TAB inner}, blank line between sentences,
 * {@code #} comment lines) as running text: the sentences detokenized with {@link Detokenizer}. The
 * file is read by {@link NerCorpora#readGermEval}.
 */
public final class GermEvalCorpus {
  private GermEvalCorpus() {}

  /**
   * Reads the sentences of {@code file} as token lists.
   *
   * @param file a GermEval 2014 TSV file, UTF-8
   * @return one list of token texts per sentence, in file order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException for a malformed line, naming file and line
   */
  public static List<List<String>> readSentences(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    for (TaggedSentence s : NerCorpora.readGermEval(file, false)) {
      sentences.add(List.of(s.tokens()));
    }
    return sentences;
  }

  /**
   * Reads {@code file} and detokenizes it into running text with the gold spans.
   *
   * @param file a GermEval 2014 TSV file, UTF-8
   * @return the running text with the gold token and sentence spans in it
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException for a malformed line, naming file and line
   */
  public static GoldText read(Path file) throws IOException {
    return Detokenizer.detokenize(readSentences(file));
  }
}
