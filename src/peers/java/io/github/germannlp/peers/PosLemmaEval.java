package io.github.germannlp.peers;

import io.github.germannlp.internal.pos.Lemmatizer;
import io.github.germannlp.internal.pos.PosTagger;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Scratch measurement: UPOS and lemma accuracy on UD German GSD dev (gold words), OpenNLP baseline
 * against {@link PosTagger} and {@link Lemmatizer}.
 *
 * <p>Args: [conllu] [--errors N] [--half first|second|all] [--grid]
 */
public final class PosLemmaEval {

  record Sent(String[] words, String[] upos, String[] lemmas) {}

  public static void main(String[] args) throws Exception {
    String file = "/work/shared/data/ud/german-gsd/de_gsd-ud-dev.conllu";
    int showErrors = 0;
    String half = "all";
    boolean grid = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--errors":
          showErrors = Integer.parseInt(args[++i]);
          break;
        case "--half":
          half = args[++i];
          break;
        case "--grid":
          grid = true;
          break;
        default:
          file = args[i];
      }
    }
    List<Sent> all = read(Path.of(file));
    List<Sent> sents =
        switch (half) {
          case "first" -> all.subList(0, all.size() / 2);
          case "second" -> all.subList(all.size() / 2, all.size());
          default -> all;
        };
    int words = sents.stream().mapToInt(s -> s.words.length).sum();
    System.out.printf(
        Locale.ROOT, "%s (%s): %d sentences, %d words%n", file, half, sents.size(), words);

    POSModel model = PosTagger.loadModel();
    POSTaggerME base = new POSTaggerME(model);
    List<String[]> baseTags = new ArrayList<>();
    for (Sent s : sents) {
      String[] t = base.tag(s.words);
      for (int i = 0; i < t.length; i++) {
        int p = t[i].indexOf('+');
        if (p > 0) t[i] = t[i].substring(0, p);
      }
      baseTags.add(t);
    }
    report("OpenNLP POSTaggerME (baseline)", sents, baseTags, null, 0);

    if (grid) {
      for (double pen : new double[] {0.5, 0.3, 0.2, 0.1, 0.03}) {
        for (int beam : new int[] {3}) {
          PosTagger t = new PosTagger(true, beam, pen);
          List<String[]> tags = new ArrayList<>();
          for (Sent s : sents) tags.add(t.tag(s.words));
          report("PosTagger beam=" + beam + " penalty=" + pen, sents, tags, null, 0);
        }
      }
      for (double pen : new double[] {0.1, 0.3}) {
        PosTagger t = new PosTagger(true, 3, pen);
        List<String[]> tags = new ArrayList<>();
        for (Sent s : sents) tags.add(t.tag(s.words));
        report("PosTagger penalty=" + pen, sents, tags, null, 0);
      }
      PosTagger t = new PosTagger(false, 3, 1e-3);
      List<String[]> tags = new ArrayList<>();
      for (Sent s : sents) tags.add(t.tag(s.words));
      report("PosTagger no lexicon beam=3", sents, tags, null, 0);
    }

    PosTagger tagger = new PosTagger();
    long t0 = System.nanoTime();
    List<String[]> ours = new ArrayList<>();
    for (Sent s : sents) ours.add(tagger.tag(s.words));
    long t1 = System.nanoTime();
    report("PosTagger (model + lexicon)", sents, ours, null, showErrors);
    System.out.printf(Locale.ROOT, "  tagging speed: %.0f words/s%n", words / ((t1 - t0) / 1e9));

    // lemmas
    LemmatizerModel lm;
    try (InputStream in =
        PosLemmaEval.class.getResourceAsStream("/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin")) {
      lm = new LemmatizerModel(in);
    }
    LemmatizerME ol = new LemmatizerME(lm);
    List<String[]> olLemmas = new ArrayList<>();
    for (int k = 0; k < sents.size(); k++)
      olLemmas.add(ol.lemmatize(sents.get(k).words, baseTags.get(k)));
    lemmaReport("OpenNLP LemmatizerME (baseline, baseline tags)", sents, olLemmas, 0);

    Lemmatizer lem = new Lemmatizer();
    List<String[]> goldTagLemmas = new ArrayList<>();
    for (Sent s : sents) goldTagLemmas.add(lem.lemmatize(s.words, s.upos));
    lemmaReport("Lemmatizer with gold UPOS", sents, goldTagLemmas, 0);
    List<String[]> ourLemmas = new ArrayList<>();
    t0 = System.nanoTime();
    for (int k = 0; k < sents.size(); k++)
      ourLemmas.add(lem.lemmatize(sents.get(k).words, ours.get(k)));
    t1 = System.nanoTime();
    lemmaReport("Lemmatizer with PosTagger UPOS", sents, ourLemmas, showErrors);
    System.out.printf(
        Locale.ROOT, "  lemmatizing speed: %.0f words/s%n", words / ((t1 - t0) / 1e9));
  }

  static void report(
      String name, List<Sent> sents, List<String[]> tags, Object unused, int showErrors) {
    int n = 0, ok = 0;
    Map<String, Integer> conf = new TreeMap<>();
    for (int k = 0; k < sents.size(); k++) {
      Sent s = sents.get(k);
      String[] t = tags.get(k);
      for (int i = 0; i < s.words.length; i++) {
        n++;
        if (s.upos[i].equals(t[i])) ok++;
        else conf.merge(s.upos[i] + "->" + t[i], 1, Integer::sum);
      }
    }
    System.out.printf(Locale.ROOT, "%-50s UPOS %.2f%% (%d/%d)%n", name, 100.0 * ok / n, ok, n);
    if (showErrors > 0) {
      conf.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(20)
          .forEach(e -> System.out.println("    gold->ours " + e.getKey() + " " + e.getValue()));
      Map<String, Integer> byWord = new TreeMap<>();
      for (int k = 0; k < sents.size(); k++) {
        Sent s = sents.get(k);
        for (int i = 0; i < s.words.length; i++) {
          if (!s.upos[i].equals(tags.get(k)[i]))
            byWord.merge(s.words[i] + " " + s.upos[i] + "->" + tags.get(k)[i], 1, Integer::sum);
        }
      }
      byWord.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(showErrors)
          .forEach(e -> System.out.println("    " + e.getValue() + " " + e.getKey()));
    }
  }

  static void lemmaReport(String name, List<Sent> sents, List<String[]> lemmas, int showErrors) {
    int n = 0, ok = 0, okCi = 0;
    Map<String, Integer> byWord = new TreeMap<>();
    for (int k = 0; k < sents.size(); k++) {
      Sent s = sents.get(k);
      String[] l = lemmas.get(k);
      for (int i = 0; i < s.words.length; i++) {
        n++;
        if (s.lemmas[i].equals(l[i])) ok++;
        else
          byWord.merge(
              s.upos[i] + " " + s.words[i] + " gold=" + s.lemmas[i] + " ours=" + l[i],
              1,
              Integer::sum);
        if (s.lemmas[i].equalsIgnoreCase(l[i])) okCi++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-50s lemma %.2f%% exact, %.2f%% ignoring case%n",
        name,
        100.0 * ok / n,
        100.0 * okCi / n);
    if (showErrors > 0) {
      Map<String, Integer> byPos = new TreeMap<>();
      byWord.forEach((key, v) -> byPos.merge(key.substring(0, key.indexOf(' ')), v, Integer::sum));
      System.out.println("    errors by gold UPOS: " + byPos);
      byWord.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(showErrors)
          .forEach(e -> System.out.println("    " + e.getValue() + " " + e.getKey()));
    }
  }

  static List<Sent> read(Path p) throws Exception {
    List<Sent> out = new ArrayList<>();
    for (io.github.germannlp.internal.eval.ConlluCorpus.Words w :
        io.github.germannlp.internal.eval.ConlluCorpus.readWords(p)) {
      out.add(new Sent(w.words(), w.upos(), w.lemmas()));
    }
    return out;
  }
}
