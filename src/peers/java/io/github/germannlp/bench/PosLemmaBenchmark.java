package io.github.germannlp.bench;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.internal.compound.CompoundSplitter;
import io.github.germannlp.internal.eval.ConlluCorpus;
import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.SmartDataCorpus;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.internal.pos.Lemmatizer;
import io.github.germannlp.internal.pos.PosTagger;
import io.github.germannlp.peers.PeerData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Part-of-speech tagging and lemmatization throughput over the gold words of UD German GSD dev (799
 * sentences, 12,480 words); one operation is all of dev, single-threaded:
 *
 * <ul>
 *   <li>{@link #ours}: {@link PosTagger#tag} then {@link Lemmatizer#lemmatize} per sentence;
 *   <li>{@link #oursPosOnly}: {@link PosTagger#tag} only;
 *   <li>{@link #oursWithCompounds}: as {@link #ours}, plus {@link CompoundSplitter#parts(String,
 *       String)} for every word (nouns, hyphenated names), as {@code GermanNlp} does for the lemma
 *       and compounds layers;
 *   <li>{@link #openNlp}: OpenNLP's {@link POSTaggerME} ({@value #POS_MODEL}, test/compile
 *       dependency opennlp-models-pos-de) then {@link LemmatizerME} ({@value #LEMMA_MODEL}, test
 *       dependency opennlp-models-lemmatizer-de) per sentence; composite tags such as {@code
 *       ADP+DET} are cut to their first part before lemmatizing, as in {@code PosLemmaEval};
 *   <li>{@link #openNlpPosOnly}: {@link POSTaggerME} only, the peer of {@link #oursPosOnly}.
 * </ul>
 *
 * <p>Our tagger, lemmatizer, compound splitter and lexicon cache their work per word type (bounded
 * caches). Every operation above tags the same dev words, so after warm-up all of them are cached:
 * those figures for ours are for warm caches. Words not seen before cost more, so two more
 * benchmarks run over <em>running text</em> that does not repeat within a measurement:
 *
 * <ul>
 *   <li>{@link #oursWithCompoundsRunningText} and {@link #openNlpRunningText}: as {@link
 *       #oursWithCompounds} and {@link #openNlp}, but each operation takes the next {@value
 *       RunningText#OP_WORDS} words of a pool of running text (GermEval 2014 train and dev
 *       sentences, news and Wikipedia; the SmartData train texts, news, RSS and tweets; and <i>Effi
 *       Briest</i>; the last two as split by this library) whose vocabulary is larger than our
 *       caches (the setup prints its size), so they keep missing and being emptied as in a
 *       long-running service fed with new text.
 * </ul>
 *
 * <p>Every benchmark adds its word count to the {@link TokenCounter} auxiliary counter, so JMH
 * reports {@code tokens} (words per second) next to ops/s.
 *
 * <p>Data: {@code -Dgermannlp.gsd.dev=PATH} or {@code GERMANNLP_GSD_DEV} (default {@value
 * #DEV_DEFAULT}); for running text {@code GERMANNLP_GERMEVAL_TRAIN}, {@code GERMANNLP_GERMEVAL_DEV}
 * and {@code GERMANNLP_EFFI} (or the {@code -Dgermannlp.…} properties; defaults under {@code
 * ../shared/data}). Run with {@code scripts/bench-pos.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PosLemmaBenchmark {
  static final String DEV_PROPERTY = "germannlp.gsd.dev";
  static final String DEV_ENV = "GERMANNLP_GSD_DEV";
  static final String DEV_DEFAULT = "../shared/data/ud/german-gsd/de_gsd-ud-dev.conllu";
  static final String POS_MODEL = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

  /** Gold words, our tagger and lemmatizer (thread-safe), the OpenNLP models (read-only). */
  @State(Scope.Benchmark)
  public static class Shared {
    String[][] sentences;
    int words;
    PosTagger tagger;
    Lemmatizer lemmatizer;
    CompoundSplitter compounds;
    POSModel posModel;
    LemmatizerModel lemmaModel;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      Path dev = PeerData.resolve(DEV_PROPERTY, DEV_ENV, DEV_DEFAULT);
      List<ConlluCorpus.Words> gold = ConlluCorpus.readWords(dev);
      sentences = new String[gold.size()][];
      String[][] upos = new String[gold.size()][];
      for (int i = 0; i < sentences.length; i++) {
        sentences[i] = gold.get(i).words();
        upos[i] = gold.get(i).upos();
        words += sentences[i].length;
      }
      tagger = new PosTagger();
      lemmatizer = new Lemmatizer();
      compounds = new CompoundSplitter();
      try (InputStream in = PeerData.resource(POS_MODEL)) {
        posModel = new POSModel(in);
      }
      try (InputStream in = PeerData.resource(LEMMA_MODEL)) {
        lemmaModel = new LemmatizerModel(in);
      }

      // One pass of each, for the accuracies (and to fail early if one throws).
      POSTaggerME posMe = new POSTaggerME(posModel);
      LemmatizerME lemmaMe = new LemmatizerME(lemmaModel);
      int oursUpos = 0;
      int oursLemma = 0;
      int theirUpos = 0;
      int theirLemma = 0;
      for (int i = 0; i < sentences.length; i++) {
        String[] w = sentences[i];
        String[] lemmas = gold.get(i).lemmas();
        String[] t = tagger.tag(w);
        String[] l = lemmatizer.lemmatize(w, t);
        String[] ot = firstParts(posMe.tag(w));
        String[] ol = lemmaMe.lemmatize(w, ot);
        for (int k = 0; k < w.length; k++) {
          oursUpos += upos[i][k].equals(t[k]) ? 1 : 0;
          oursLemma += lemmas[k].equals(l[k]) ? 1 : 0;
          theirUpos += upos[i][k].equals(ot[k]) ? 1 : 0;
          theirLemma += lemmas[k].equals(ol[k]) ? 1 : 0;
        }
      }
      System.err.printf(
          "# UD German GSD dev %s: %d sentences, %d words%n", dev, sentences.length, words);
      System.err.printf(
          "# accuracy (UPOS / lemma, exact): german-nlp %.2f%% / %.2f%%,"
              + " OpenNLP %.2f%% / %.2f%%%n",
          100.0 * oursUpos / words,
          100.0 * oursLemma / words,
          100.0 * theirUpos / words,
          100.0 * theirLemma / words);
    }
  }

  /** Cuts composite tags ({@code ADP+DET}) to their first part, in place. */
  static String[] firstParts(String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      int p = tags[i].indexOf('+');
      if (p > 0) {
        tags[i] = tags[i].substring(0, p);
      }
    }
    return tags;
  }

  /** Per-thread POSTaggerME and LemmatizerME (not thread-safe). */
  @State(Scope.Thread)
  public static class OpenNlpTools {
    POSTaggerME tagger;
    LemmatizerME lemmatizer;

    @Setup(Level.Trial)
    public void setup(Shared shared) {
      tagger = new POSTaggerME(shared.posModel);
      lemmatizer = new LemmatizerME(shared.lemmaModel);
    }
  }

  /** This library: tags, then lemmas from those tags. */
  @Benchmark
  public int ours(Shared shared, TokenCounter counter) {
    PosTagger tagger = shared.tagger;
    Lemmatizer lemmatizer = shared.lemmatizer;
    int n = 0;
    int h = 0;
    for (String[] words : shared.sentences) {
      String[] tags = tagger.tag(words);
      String[] lemmas = lemmatizer.lemmatize(words, tags);
      n += words.length;
      h += lemmas.length > 0 ? lemmas[0].length() + tags[0].length() : 0;
    }
    counter.tokens += n;
    return n + h;
  }

  /** This library: tags, lemmas and compound parts, as {@code GermanNlp} computes them. */
  @Benchmark
  public int oursWithCompounds(Shared shared, TokenCounter counter) {
    return withCompounds(shared, shared.sentences, 0, shared.sentences.length, counter);
  }

  /** This library: tags only. */
  @Benchmark
  public int oursPosOnly(Shared shared, TokenCounter counter) {
    PosTagger tagger = shared.tagger;
    int n = 0;
    int h = 0;
    for (String[] words : shared.sentences) {
      String[] tags = tagger.tag(words);
      n += words.length;
      h += tags.length > 0 ? tags[0].length() : 0;
    }
    counter.tokens += n;
    return n + h;
  }

  /** OpenNLP: POSTaggerME, then LemmatizerME on its tags. */
  @Benchmark
  public int openNlp(Shared shared, OpenNlpTools tools, TokenCounter counter) {
    return openNlpSpan(tools, shared.sentences, 0, shared.sentences.length, counter);
  }

  /** OpenNLP: POSTaggerME only. */
  @Benchmark
  public int openNlpPosOnly(Shared shared, OpenNlpTools tools, TokenCounter counter) {
    POSTaggerME tagger = tools.tagger;
    int n = 0;
    int h = 0;
    for (String[] words : shared.sentences) {
      String[] tags = tagger.tag(words);
      n += words.length;
      h += tags.length > 0 ? tags[0].length() : 0;
    }
    counter.tokens += n;
    return n + h;
  }

  /**
   * A pool of running text whose vocabulary is larger than our caches; each operation takes the
   * next {@value #OP_WORDS} words (whole sentences), cycling through the pool.
   */
  @State(Scope.Thread)
  public static class RunningText {
    /** About the size of GSD dev, so that the figures compare with the warm ones. */
    static final int OP_WORDS = 12_500;

    String[][] pool;
    int words;
    int next;

    @Setup(Level.Trial)
    public void setup() throws IOException {
      List<String[]> sentences = new ArrayList<>();
      for (String[] p :
          new String[][] {
            {
              "germannlp.germeval.train",
              "GERMANNLP_GERMEVAL_TRAIN",
              "../shared/data/ner/germeval2014/train.tsv"
            },
            {
              "germannlp.germeval.dev",
              "GERMANNLP_GERMEVAL_DEV",
              "../shared/data/ner/germeval2014/dev.tsv"
            }
          }) {
        for (TaggedSentence t :
            NerCorpora.readGermEval(PeerData.resolve(p[0], p[1], p[2]), false)) {
          sentences.add(t.tokens());
        }
      }
      GermanNlp segmenter =
          GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS, Layer.SENTENCES)).build();
      Path smartData =
          PeerData.resolve(
              "germannlp.smartdata",
              "GERMANNLP_SMARTDATA",
              "../shared/data/ner/smartdata/train.json.gz");
      for (SmartDataCorpus.Text d : SmartDataCorpus.readTexts(smartData)) {
        addSentences(segmenter.analyze(d.text()), sentences);
      }
      Path effi =
          PeerData.resolve(
              "germannlp.effi", "GERMANNLP_EFFI", "../shared/data/text/effi-briest.txt.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(effi))) {
        addSentences(
            segmenter.analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8)), sentences);
      }
      pool = sentences.toArray(new String[0][]);
      Set<String> types = new HashSet<>();
      for (String[] w : pool) {
        words += w.length;
        types.addAll(List.of(w));
      }
      System.err.printf(
          "# running text: %d sentences, %d words, %d word types%n",
          pool.length, words, types.size());
    }

    private static void addSentences(Document doc, List<String[]> sentences) {
      for (Sentence sentence : doc.sentences()) {
        List<Token> tokens = sentence.tokens();
        String[] w = new String[tokens.size()];
        for (int i = 0; i < w.length; i++) {
          w[i] = tokens.get(i).text();
        }
        if (w.length > 0) {
          sentences.add(w);
        }
      }
    }

    /** The next sentences, about {@value #OP_WORDS} words, as {@code [from, to)} in the pool. */
    int[] nextSpan() {
      int from = next;
      int n = 0;
      int i = from;
      while (n < OP_WORDS) {
        n += pool[i].length;
        i++;
        if (i == pool.length) {
          break;
        }
      }
      next = i == pool.length ? 0 : i;
      return new int[] {from, i};
    }
  }

  /** This library over running text: tags, lemmas and compound parts (see {@link RunningText}). */
  @Benchmark
  public int oursWithCompoundsRunningText(
      Shared shared, RunningText running, TokenCounter counter) {
    int[] span = running.nextSpan();
    return withCompounds(shared, running.pool, span[0], span[1], counter);
  }

  /** OpenNLP over the same running text: POSTaggerME, then LemmatizerME. */
  @Benchmark
  public int openNlpRunningText(
      Shared shared, OpenNlpTools tools, RunningText running, TokenCounter counter) {
    int[] span = running.nextSpan();
    return openNlpSpan(tools, running.pool, span[0], span[1], counter);
  }

  /** Tags, lemmas and compound parts of {@code sentences[from, to)}, as {@code GermanNlp} does. */
  private static int withCompounds(
      Shared shared, String[][] sentences, int from, int to, TokenCounter counter) {
    PosTagger tagger = shared.tagger;
    Lemmatizer lemmatizer = shared.lemmatizer;
    CompoundSplitter compounds = shared.compounds;
    int n = 0;
    int h = 0;
    for (int s = from; s < to; s++) {
      String[] words = sentences[s];
      String[] tags = tagger.tag(words);
      String[] lemmas = lemmatizer.lemmatize(words, tags);
      for (int i = 0; i < words.length; i++) {
        h += compounds.parts(words[i], tags[i]).size();
      }
      n += words.length;
      h += lemmas.length > 0 ? lemmas[0].length() + tags[0].length() : 0;
    }
    counter.tokens += n;
    return n + h;
  }

  /** OpenNLP's tags, then its lemmas on those tags, of {@code sentences[from, to)}. */
  private static int openNlpSpan(
      OpenNlpTools tools, String[][] sentences, int from, int to, TokenCounter counter) {
    POSTaggerME tagger = tools.tagger;
    LemmatizerME lemmatizer = tools.lemmatizer;
    int n = 0;
    int h = 0;
    for (int s = from; s < to; s++) {
      String[] words = sentences[s];
      String[] tags = firstParts(tagger.tag(words));
      String[] lemmas = lemmatizer.lemmatize(words, tags);
      n += words.length;
      h += lemmas.length > 0 ? lemmas[0].length() + tags[0].length() : 0;
    }
    counter.tokens += n;
    return n + h;
  }
}
