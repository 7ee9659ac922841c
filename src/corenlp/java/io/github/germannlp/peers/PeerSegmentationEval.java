package io.github.germannlp.peers;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.internal.eval.ConlluCorpus;
import io.github.germannlp.internal.eval.GermEvalCorpus;
import io.github.germannlp.internal.eval.GoldText;
import io.github.germannlp.internal.eval.Segmentation;
import io.github.germannlp.internal.eval.SegmentationScore;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Segmentation accuracy of this library against peers on the same running text: UD German GSD dev
 * (CoNLL-U, our {@link TokenScheme#UD} scheme) and GermEval 2014 dev (detokenized, our {@link
 * TokenScheme#NEWS} scheme).
 *
 * <p>Peers: OpenNLP 2.5 with the German UD GSD models ({@code SentenceDetectorME.sentPosDetect} on
 * the whole text, then {@code TokenizerME.tokenizePos} on each sentence, offsets shifted back into
 * the text), and Lucene's {@link StandardTokenizer} as a token-only peer (no sentences; its
 * sentence columns are empty). Note that the OpenNLP models are trained on UD GSD, so GSD dev is
 * in-domain for them.
 *
 * <p>Data paths (relative to the working directory), each overridable by a system property or an
 * environment variable:
 *
 * <ul>
 *   <li>{@code -Dgermannlp.gsd.dev} / {@code GERMANNLP_GSD_DEV}, default {@value #GSD_DEFAULT}
 *   <li>{@code -Dgermannlp.germeval.dev} / {@code GERMANNLP_GERMEVAL_DEV}, default {@value
 *       #GERMEVAL_DEFAULT}
 * </ul>
 *
 * <p>Run with {@code scripts/eval-peers.sh}. With the argument {@code --errors N} it also prints up
 * to N token and sentence errors of each system.
 */
public final class PeerSegmentationEval {
  static final String GSD_DEFAULT = "../shared/data/ud/german-gsd/de_gsd-ud-dev.conllu";
  static final String GERMEVAL_DEFAULT = "../shared/data/ner/germeval2014/dev.tsv";

  private PeerSegmentationEval() {}

  /** One scored row. */
  record Row(
      String corpus, String system, SegmentationScore score, boolean sentences, double seconds) {}

  public static void main(String[] args) throws IOException {
    int errors = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--errors") && i + 1 < args.length) {
        errors = Integer.parseInt(args[++i]);
      } else {
        System.err.println("usage: PeerSegmentationEval [--errors N]");
        System.exit(2);
      }
    }
    Path gsd = PeerData.resolve("germannlp.gsd.dev", "GERMANNLP_GSD_DEV", GSD_DEFAULT);
    Path germeval =
        PeerData.resolve("germannlp.germeval.dev", "GERMANNLP_GERMEVAL_DEV", GERMEVAL_DEFAULT);

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

    List<Row> rows = new ArrayList<>();
    evaluate("GSD dev", ConlluCorpus.read(gsd), TokenScheme.UD, sd, tok, rows, errors);
    evaluate(
        "GermEval dev", GermEvalCorpus.read(germeval), TokenScheme.NEWS, sd, tok, rows, errors);

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-13s %-22s %7s %7s %7s   %7s %7s %7s %8s%n",
        "corpus",
        "system",
        "tok P",
        "tok R",
        "tok F1",
        "sent P",
        "sent R",
        "sent F1",
        "seconds");
    for (Row r : rows) {
      SegmentationScore.Prf t = r.score().tokens();
      SegmentationScore.Prf s = r.score().sentences();
      String sent =
          r.sentences()
              ? String.format(Locale.ROOT, "%7.2f %7.2f %7.2f", s.precision(), s.recall(), s.f1())
              : String.format(Locale.ROOT, "%7s %7s %7s", "-", "-", "-");
      System.out.printf(
          Locale.ROOT,
          "%-13s %-22s %7.2f %7.2f %7.2f   %s %8.3f%n",
          r.corpus(),
          r.system(),
          t.precision(),
          t.recall(),
          t.f1(),
          sent,
          r.seconds());
    }
    System.out.println();
    System.out.println(
        "Exact-span match of tokens and sentences; P/R/F1 in percent; seconds ="
            + " one segmentation pass (cold JVM, indicative only).");
  }

  private static void evaluate(
      String corpus,
      GoldText gold,
      TokenScheme scheme,
      SentenceDetectorME sd,
      TokenizerME tok,
      List<Row> rows,
      int errors)
      throws IOException {
    String text = gold.text();
    System.err.printf(
        Locale.ROOT,
        "%s: %d chars, %d gold tokens, %d gold sentences%n",
        corpus,
        text.length(),
        gold.gold().tokenStarts().length,
        gold.gold().sentenceStarts().length);

    GermanNlp nlp =
        GermanNlp.builder()
            .scheme(scheme)
            .layers(java.util.Set.of(io.github.germannlp.Layer.TOKENS))
            .build();
    long t0 = System.nanoTime();
    Segmentation ours = Segmentation.of(nlp.analyze(text));
    double s0 = (System.nanoTime() - t0) / 1e9;
    String oursName = "german-nlp (" + scheme.name().toLowerCase(Locale.ROOT) + ")";
    rows.add(new Row(corpus, oursName, SegmentationScore.score(gold.gold(), ours), true, s0));
    printErrors(corpus, oursName, text, gold.gold(), ours, errors);

    long t1 = System.nanoTime();
    Segmentation opennlp = openNlp(sd, tok, text);
    double s1 = (System.nanoTime() - t1) / 1e9;
    rows.add(
        new Row(
            corpus,
            "OpenNLP ME (ud-gsd)",
            SegmentationScore.score(gold.gold(), opennlp),
            true,
            s1));
    printErrors(corpus, "OpenNLP", text, gold.gold(), opennlp, errors);

    long t2 = System.nanoTime();
    Segmentation lucene = lucene(text);
    double s2 = (System.nanoTime() - t2) / 1e9;
    rows.add(
        new Row(
            corpus,
            "Lucene Standard (tok)",
            SegmentationScore.score(gold.gold(), lucene),
            false,
            s2));
    printErrors(corpus, "Lucene", text, gold.gold(), lucene, errors);

    long t3 = System.nanoTime();
    Segmentation corenlp = coreNlp(text);
    double s3 = (System.nanoTime() - t3) / 1e9;
    rows.add(
        new Row(
            corpus,
            "CoreNLP 4.5.10 (de)",
            SegmentationScore.score(gold.gold(), corenlp),
            true,
            s3));
    printErrors(corpus, "CoreNLP", text, gold.gold(), corenlp, errors);
  }

  /**
   * Stanford CoreNLP's German tokenizer and sentence splitter (the settings of its German pipeline:
   * tokenize.language=de with the German post-processor), character offsets from its tokens.
   */
  static Segmentation coreNlp(String text) {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "de");
    props.setProperty(
        "tokenize.postProcessor",
        "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
    edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline =
        new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);
    edu.stanford.nlp.pipeline.CoreDocument doc = new edu.stanford.nlp.pipeline.CoreDocument(text);
    pipeline.annotate(doc);
    List<int[]> tokens = new ArrayList<>();
    List<int[]> sentences = new ArrayList<>();
    for (edu.stanford.nlp.pipeline.CoreSentence s : doc.sentences()) {
      List<edu.stanford.nlp.ling.CoreLabel> labels = s.tokens();
      int first = -1;
      int last = -1;
      for (edu.stanford.nlp.ling.CoreLabel l : labels) {
        int b = l.beginPosition();
        int e = l.endPosition();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1)[0] == b) {
          continue; // a token the post-processor split without offsets of its own
        }
        tokens.add(new int[] {b, e});
        if (first < 0) {
          first = b;
        }
        last = e;
      }
      if (first >= 0) {
        sentences.add(new int[] {first, last});
      }
    }
    return Segmentation.of(tokens, sentences);
  }

  /** OpenNLP: sentence spans on the whole text, token spans per sentence shifted into the text. */
  static Segmentation openNlp(SentenceDetectorME sd, TokenizerME tok, String text) {
    List<int[]> tokens = new ArrayList<>();
    List<int[]> sentences = new ArrayList<>();
    for (Span s : sd.sentPosDetect(text)) {
      int base = s.getStart();
      Span[] spans = tok.tokenizePos(text.substring(s.getStart(), s.getEnd()));
      if (spans.length == 0) {
        continue;
      }
      for (Span t : spans) {
        tokens.add(new int[] {base + t.getStart(), base + t.getEnd()});
      }
      // Sentence span as the union of its tokens, the way the gold and our spans are defined.
      sentences.add(
          new int[] {base + spans[0].getStart(), base + spans[spans.length - 1].getEnd()});
    }
    return Segmentation.of(tokens, sentences);
  }

  /** Lucene StandardTokenizer token spans; no sentences. */
  static Segmentation lucene(String text) throws IOException {
    List<int[]> tokens = new ArrayList<>();
    try (StandardTokenizer t = new StandardTokenizer()) {
      OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        tokens.add(new int[] {off.startOffset(), off.endOffset()});
      }
      t.end();
    }
    return Segmentation.of(tokens, List.of());
  }

  private static void printErrors(
      String corpus, String system, String text, Segmentation gold, Segmentation sys, int max) {
    if (max <= 0) {
      return;
    }
    System.err.println("--- " + corpus + " / " + system + ": token errors");
    SegmentationScore.tokenErrors(text, gold, sys, max).forEach(System.err::println);
    if (sys.sentenceStarts().length > 0) {
      System.err.println("--- " + corpus + " / " + system + ": sentence errors");
      SegmentationScore.sentenceErrors(text, gold, sys, max).forEach(System.err::println);
    }
  }
}
