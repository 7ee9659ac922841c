package io.github.germannlp.peers;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import io.github.germannlp.bench.EntityBenchmark;
import io.github.germannlp.internal.eval.EntityScore;
import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stanford CoreNLP's German NER model (the CRF {@value #MODEL} of the {@code models-german} jar,
 * which {@code scripts/eval-entities-corenlp.sh} puts on the classpath; GPL, a peer in measurements
 * only) side by side with this library's entity model on GermEval 2014 dev: gold tokens, exact
 * spans, four classes, both scored by {@link EntityScore}. CoreNLP tags IO labels ({@code PERSON},
 * {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}); a run of one label is one span.
 *
 * <p>This library's model: {@code GERMANNLP_ENTITIES=FILE} (see {@link
 * EntityBenchmark#entityModel()}); use one trained without dev.
 */
public final class CoreNlpNerEval {
  /** The classifier's resource in CoreNLP's German models jar. */
  public static final String MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";

  private static final Map<String, String> TYPES =
      Map.of(
          "PERSON",
          "PER",
          "LOCATION",
          "LOC",
          "ORGANIZATION",
          "ORG",
          "MISC",
          "MISC",
          "I-PER",
          "PER",
          "I-LOC",
          "LOC",
          "I-ORG",
          "ORG",
          "I-MISC",
          "MISC");

  private CoreNlpNerEval() {}

  /** CoreNLP's labels of one sentence as BIO tags over our four classes. */
  static String[] bio(List<String> labels) {
    String[] tags = new String[labels.size()];
    String previous = null;
    for (int i = 0; i < tags.length; i++) {
      String type = TYPES.get(labels.get(i));
      tags[i] = type == null ? "O" : (type.equals(previous) ? "I-" : "B-") + type;
      previous = type;
    }
    return tags;
  }

  /** Tags GermEval dev with both models and prints both reports. */
  public static void main(String[] args) throws Exception {
    Path devFile = OpenNlpNameFinderEval.devFile();
    List<TaggedSentence> dev = NerCorpora.readGermEval(devFile, false);
    long t0 = System.nanoTime();
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(MODEL);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    EntityScore coreNlp = new EntityScore();
    java.util.Set<String> seen = new java.util.TreeSet<>();
    long t1 = System.nanoTime();
    int tokens = 0;
    for (TaggedSentence s : dev) {
      // classifySentence, as CoreNLP's own NER annotator; classify(List) skips its input
      // preparation and finds a third of the names
      List<CoreLabel> out = crf.classifySentence(SentenceUtils.toCoreLabelList(s.tokens()));
      List<String> labels = new ArrayList<>(out.size());
      for (CoreLabel w : out) {
        String label = w.get(CoreAnnotations.AnswerAnnotation.class);
        labels.add(label);
        seen.add(label);
      }
      coreNlp.add(s.tags(), bio(labels));
      tokens += s.tokens().length;
    }
    double tagSeconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "GermEval 2014 dev %s (%d sentences, %d tokens), gold tokens,"
            + " exact spans, four classes%n",
        devFile,
        dev.size(),
        tokens);
    System.out.printf(
        Locale.ROOT,
        "Stanford CoreNLP %s German NER (%s; loaded in %.1f s, tagged"
            + " in %.1f s, one thread; labels seen %s):%n",
        "4.5.10",
        MODEL,
        loadSeconds,
        tagSeconds,
        seen);
    coreNlp.report().forEach(line -> System.out.println("  " + line));

    OpenNlpNameFinderEval.printOurs(EntityBenchmark.entityModel(), dev);
  }
}
