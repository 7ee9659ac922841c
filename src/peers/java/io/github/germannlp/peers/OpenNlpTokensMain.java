package io.github.germannlp.peers;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP counterpart of {@code german-nlp analyze --format tokens FILE}, for whole-process
 * timing ({@code scripts/bench-cli.sh}): reads a UTF-8 file, splits sentences with {@code
 * SentenceDetectorME} and tokens with {@code TokenizerME} (German UD GSD models), and writes one
 * token a line, a blank line between sentences, to standard output.
 */
public final class OpenNlpTokensMain {
  private OpenNlpTokensMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: OpenNlpTokensMain FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    if (!Files.isRegularFile(file)) {
      System.err.println("file not found: " + file.toAbsolutePath());
      System.exit(1);
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    SentenceModel sentenceModel;
    TokenizerModel tokenizerModel;
    try (InputStream in = PeerData.resource(PeerData.SENT_MODEL)) {
      sentenceModel = new SentenceModel(in);
    }
    try (InputStream in = PeerData.resource(PeerData.TOKEN_MODEL)) {
      tokenizerModel = new TokenizerModel(in);
    }
    SentenceDetectorME sd = new SentenceDetectorME(sentenceModel);
    TokenizerME tok = new TokenizerME(tokenizerModel);

    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16);
    boolean first = true;
    for (Span s : sd.sentPosDetect(text)) {
      String sentence = text.substring(s.getStart(), s.getEnd());
      Span[] tokens = tok.tokenizePos(sentence);
      if (tokens.length == 0) {
        continue;
      }
      if (!first) {
        out.write('\n');
      }
      first = false;
      for (Span t : tokens) {
        out.write(sentence, t.getStart(), t.getEnd() - t.getStart());
        out.write('\n');
      }
    }
    out.flush();
  }
}
