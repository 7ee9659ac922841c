package io.github.germannlp.internal.topic.train;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.internal.TextCorpora;
import io.github.germannlp.internal.eval.GermEvalCorpus;
import io.github.germannlp.internal.topic.BackgroundStatistics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link BackgroundStatistics} from the text corpora of the data folder: lemma document
 * frequencies over pseudo-documents of about {@value #CHUNK_TOKENS} tokens.
 *
 * <p>Sources, each with a fixed share of the mixture so that no register dominates (the document
 * frequency of a term is the share-weighted mean of its relative frequency in each source, times
 * the total number of pseudo-documents):
 *
 * <ul>
 *   <li>{@code text/bundestag-gesetze-md.tar.xz}: German federal laws (public domain), share
 *       {@value #LAWS_SHARE};
 *   <li>{@code ner/germeval2014/train.tsv} and {@code dev.tsv}: Wikipedia and news sentences (CC BY
 *       4.0), {@value #GERMEVAL_SENTENCES} sentences a document, share {@value #GERMEVAL_SHARE}:
 *       the only news-like text at hand;
 *   <li>{@code text/effi-briest.txt.gz}: Fontane's novel (public domain), share {@value
 *       #EFFI_SHARE}.
 * </ul>
 *
 * <p>Terms with a document frequency under {@value #MIN_DF} are left out (they get the table's
 * highest IDF).
 */
public final class BackgroundBuilder {
  static final int CHUNK_TOKENS = 300;
  static final double LAWS_SHARE = 0.45;
  static final double GERMEVAL_SHARE = 0.40;
  static final double EFFI_SHARE = 0.15;
  static final int GERMEVAL_SENTENCES = 15;
  static final double MIN_DF = 2;

  private final GermanNlp nlp =
      GermanNlp.builder().layers(EnumSet.of(Layer.POS, Layer.LEMMA)).build();

  /** Document frequencies in one source. */
  private static final class Source {
    final Map<String, Integer> df = new HashMap<>(1 << 18);
    int documents;
  }

  /**
   * Reads the corpora of {@code data} and writes the table to {@code out}. Analyses every text with
   * a POS and lemma pipeline, so a full run takes minutes.
   *
   * @param data the data folder holding {@code text/} and {@code ner/germeval2014/}
   * @param maxLaws the most law files to read (all: {@link Integer#MAX_VALUE})
   * @param out where the table goes, as {@link BackgroundStatistics#write} writes it; closed when
   *     done
   * @param log progress lines
   * @throws IOException if a corpus file is missing or cannot be read, or {@code out} cannot be
   *     written
   */
  public static void build(Path data, int maxLaws, OutputStream out, PrintWriter log)
      throws IOException {
    BackgroundBuilder b = new BackgroundBuilder();
    Source lawDocs = new Source();
    Source effiDocs = new Source();
    Source newsDocs = new Source();
    Path laws = data.resolve("text/bundestag-gesetze-md.tar.xz");
    Path effi = data.resolve("text/effi-briest.txt.gz");
    Path germevalTrain = data.resolve("ner/germeval2014/train.tsv");
    Path germevalDev = data.resolve("ner/germeval2014/dev.tsv");
    for (Path p : List.of(laws, effi, germevalTrain, germevalDev)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException("corpus not found: " + p);
      }
    }
    int[] files = {0};
    if (maxLaws > 0) {
      TextCorpora.forEachLaw(
          laws,
          md -> {
            b.addText(TextCorpora.withoutFrontMatter(md), lawDocs);
            files[0]++;
            if (files[0] % 1000 == 0) {
              log.printf("laws: %,d files, %,d documents%n", files[0], lawDocs.documents);
              log.flush();
            }
            return files[0] < maxLaws;
          });
    }
    log.printf("laws: %,d files, %,d documents%n", files[0], lawDocs.documents);
    b.addText(TextCorpora.gzipText(effi), effiDocs);
    log.printf("effi: %,d documents%n", effiDocs.documents);
    for (Path p : List.of(germevalTrain, germevalDev)) {
      List<List<String>> sentences = GermEvalCorpus.readSentences(p);
      for (int i = 0; i < sentences.size(); i += GERMEVAL_SENTENCES) {
        Document doc =
            b.nlp.analyzeTokens(
                sentences.subList(i, Math.min(sentences.size(), i + GERMEVAL_SENTENCES)));
        addTerms(doc, 0, doc.tokenCount(), newsDocs);
      }
    }
    log.printf("germeval: %,d documents%n", newsDocs.documents);
    double total = lawDocs.documents + effiDocs.documents + newsDocs.documents;
    Map<String, Double> mixed = new HashMap<>(1 << 20);
    mix(lawDocs, LAWS_SHARE * total, mixed);
    mix(newsDocs, GERMEVAL_SHARE * total, mixed);
    mix(effiDocs, EFFI_SHARE * total, mixed);
    int all = mixed.size();
    mixed.values().removeIf(v -> v < MIN_DF);
    log.printf("%,d terms, %,d kept (df >= %.0f of %,.0f)%n", all, mixed.size(), MIN_DF, total);
    BackgroundStatistics.write(total, mixed, out);
  }

  /** Adds the relative frequencies of {@code source}, scaled to {@code documents}. */
  private static void mix(Source source, double documents, Map<String, Double> into) {
    if (source.documents == 0) {
      return;
    }
    double scale = documents / source.documents;
    for (Map.Entry<String, Integer> e : source.df.entrySet()) {
      into.merge(e.getKey(), e.getValue() * scale, Double::sum);
    }
  }

  private void addText(String text, Source source) {
    Document doc = nlp.analyze(text);
    int from = 0;
    for (Sentence s : doc.sentences()) {
      if (s.endToken() - from >= CHUNK_TOKENS) {
        addTerms(doc, from, s.endToken(), source);
        from = s.endToken();
      }
    }
    if (doc.tokenCount() - from >= CHUNK_TOKENS / 3 || from == 0 && doc.tokenCount() > 0) {
      addTerms(doc, from, doc.tokenCount(), source);
    }
  }

  private static void addTerms(Document doc, int from, int to, Source source) {
    Set<String> seen = new HashSet<>();
    for (int t = from; t < to; t++) {
      var token = doc.token(t);
      String lemma = token.lemma();
      if (lemma != null && lemma.length() > 1 && Character.isLetter(lemma.charAt(0))) {
        seen.add(lemma);
      }
    }
    for (String term : seen) {
      source.df.merge(term, 1, Integer::sum);
    }
    source.documents++;
  }
}
