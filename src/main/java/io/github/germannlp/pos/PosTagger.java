package io.github.germannlp.pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Universal POS tagger for German: OpenNLP's UD German GSD maxent model, decoded with a beam search
 * in which every tag gets the model's probability times a prior from the German full-form lexicon
 * (tags that the lexicon does not allow for a known word are penalised, not forbidden).
 *
 * <p>Thread-safe: the model is shared and read-only; the context generator is per thread.
 */
public final class PosTagger {

  static final String MODEL_RESOURCE = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

  private static volatile POSModel sharedModel;

  private final POSModel model;
  private final MaxentModel maxent;
  /** The maxent model's weights by feature, or null when it is not a GIS model. */
  private final Map<String, Context> weights;
  private final ThreadLocal<POSContextGenerator> contextGenerator;
  private final GermanLexicon lexicon;
  private final String[] outcomes;
  private final int[] outcomeMask; // UPOS bit of each outcome's first part
  private final boolean[] outcomeComposite;
  private final int beamSize;
  private final double logPenalty;
  private final boolean useLexicon;
  /** Known common nouns may not be tagged PROPN (+0.3 UPOS on GSD dev). */
  private static final boolean NOUN_NOT_NAME = true;
  /** The haben rule (+0.3 UPOS on GSD dev). */
  private static final boolean AUX_RULE = true;
  /** Longer sentences are tagged in windows of this many words, which keeps time linear. */
  private static final int WINDOW = 200;

  /** The improved tagger (model + lexicon). */
  public PosTagger() {
    this(true, 3, 0.1);
  }

  /** For measurements: lexicon on/off, beam size, penalty factor for tags the lexicon rules out. */
  public PosTagger(boolean useLexicon, int beamSize, double penalty) {
    this.model = loadModel();
    this.maxent = (MaxentModel) model.getArtifact("pos.model");
    this.weights = gisWeights(maxent);
    this.contextGenerator = ThreadLocal.withInitial(() -> model.getFactory().getPOSContextGenerator(0));
    this.lexicon = useLexicon ? GermanLexicon.get() : null;
    this.useLexicon = useLexicon;
    this.beamSize = beamSize;
    this.logPenalty = Math.log(penalty);
    int n = maxent.getNumOutcomes();
    outcomes = new String[n];
    outcomeMask = new int[n];
    outcomeComposite = new boolean[n];
    for (int i = 0; i < n; i++) {
      outcomes[i] = maxent.getOutcome(i);
      int plus = outcomes[i].indexOf('+');
      outcomeComposite[i] = plus > 0;
      outcomeMask[i] = GermanLexicon.bit(plus > 0 ? outcomes[i].substring(0, plus) : outcomes[i]);
    }
  }

  /** The shared OpenNLP UD German POS model. */
  public static POSModel loadModel() {
    POSModel m = sharedModel;
    if (m == null) {
      synchronized (PosTagger.class) {
        m = sharedModel;
        if (m == null) {
          try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("POS model not on the class path: " + MODEL_RESOURCE);
            }
            m = new POSModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          sharedModel = m;
        }
      }
    }
    return m;
  }

  /**
   * Universal POS tags of the words of one sentence (one tag per word, never null). A sentence
   * longer than {@value #WINDOW} words is tagged window by window, so that the time stays linear
   * in its length.
   */
  public String[] tag(String[] words) {
    if (words.length <= WINDOW) {
      return tagWindow(words);
    }
    String[] result = new String[words.length];
    for (int from = 0; from < words.length; from += WINDOW) {
      int to = Math.min(words.length, from + WINDOW);
      String[] part = tagWindow(Arrays.copyOfRange(words, from, to));
      System.arraycopy(part, 0, result, from, part.length);
    }
    return result;
  }

  private String[] tagWindow(String[] words) {
    int n = words.length;
    String[] result = new String[n];
    if (n == 0) {
      return result;
    }
    int[] masks = new int[n];
    for (int i = 0; i < n; i++) {
      masks[i] = allowed(words, i);
    }
    POSContextGenerator cg = contextGenerator.get();
    int k = outcomes.length;
    double[] wordSums = new double[k];
    double[] sums = new double[k];
    // beam: tags so far (outcome indices) and scores
    int[][] beamTags = new int[1][0];
    double[] beamScores = {0};
    String[] prior = new String[n];
    for (int i = 0; i < n; i++) {
      int cand = beamTags.length * k;
      int[][] nextTags = new int[Math.min(beamSize, cand)][];
      double[] nextScores = new double[nextTags.length];
      Arrays.fill(nextScores, Double.NEGATIVE_INFINITY);
      int filled = 0;
      // the word features are the same for every beam entry: build and sum them once; each
      // entry adds only its previous-tag features (t=, t2=), as OpenNLP's generator writes them
      int[] hyp0 = beamTags[0];
      for (int j = Math.max(0, i - 2); j < i; j++) {
        prior[j] = outcomes[hyp0[j]];
      }
      String[] full = cg.getContext(i, words, prior, null);
      if (weights != null) {
        java.util.Arrays.fill(wordSums, 0);
        for (String f : full) {
          if (!f.startsWith("t=") && !f.startsWith("t2=")) {
            addWeights(f, wordSums);
          }
        }
      }
      for (int b = 0; b < beamTags.length; b++) {
        int[] hyp = beamTags[b];
        double[] probs;
        if (weights != null) {
          System.arraycopy(wordSums, 0, sums, 0, sums.length);
          if (i >= 1) {
            String p1 = outcomes[hyp[i - 1]];
            addWeights("t=" + p1, sums);
            if (i >= 2) {
              addWeights("t2=" + outcomes[hyp[i - 2]] + "," + p1, sums);
            }
          }
          probs = softmax(sums);
        } else {
          for (int j = 0; j < i; j++) {
            prior[j] = outcomes[hyp[j]];
          }
          probs = maxent.eval(cg.getContext(i, words, prior, null));
        }
        for (int o = 0; o < k; o++) {
          double s = beamScores[b] + Math.log(Math.max(probs[o], 1e-12));
          if (outcomeComposite[o] && !Contractions.isContraction(words[i])) {
            s += logPenalty * 2;
          } else if (masks[i] != 0 && (masks[i] & outcomeMask[o]) == 0) {
            s += logPenalty;
          }
          // insert into top list
          if (filled < nextTags.length || s > nextScores[filled - 1]) {
            int pos = Math.min(filled, nextTags.length - 1);
            while (pos > 0 && nextScores[pos - 1] < s) {
              if (pos < nextTags.length) {
                nextScores[pos] = nextScores[pos - 1];
                nextTags[pos] = nextTags[pos - 1];
              }
              pos--;
            }
            int[] t = Arrays.copyOf(hyp, i + 1);
            t[i] = o;
            nextScores[pos] = s;
            nextTags[pos] = t;
            if (filled < nextTags.length) {
              filled++;
            }
          }
        }
      }
      beamTags = Arrays.copyOf(nextTags, filled);
      beamScores = Arrays.copyOf(nextScores, filled);
    }
    int[] best = beamTags[0];
    for (int i = 0; i < n; i++) {
      String t = outcomes[best[i]];
      int plus = t.indexOf('+');
      result[i] = plus > 0 ? t.substring(0, plus) : t;
    }
    if (useLexicon && AUX_RULE) {
      haben(words, result);
    }
    return result;
  }

  /**
   * GSD tags {@code haben} as AUX only with a past participle in its clause ("hat ... ergriffen"),
   * as VERB otherwise ("hatte Gelegenheit"); the model confuses the two.
   */
  private void haben(String[] words, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      if (!tags[i].equals("AUX") && !tags[i].equals("VERB")) {
        continue;
      }
      boolean isHaben = false;
      for (GermanLexicon.Reading r : lexicon.readings(Lemmatizer.lowerFirst(words[i]))) {
        if (r.tag().startsWith("VER") && r.lemma().equals("haben")) {
          isHaben = true;
          break;
        }
      }
      if (!isHaben) {
        continue;
      }
      int from = i;
      while (from > 0 && !isClauseBoundary(words[from - 1])) {
        from--;
      }
      int to = i + 1;
      while (to < words.length && !isClauseBoundary(words[to])) {
        to++;
      }
      boolean participle = false;
      for (int j = from; j < to && !participle; j++) {
        if (j == i || !(tags[j].equals("VERB") || tags[j].equals("AUX"))) {
          continue;
        }
        for (GermanLexicon.Reading r : lexicon.readings(words[j])) {
          if (r.tag().startsWith("VER:PA2") || r.tag().startsWith("PA2:PRD")) {
            participle = true;
            break;
          }
        }
      }
      tags[i] = participle ? "AUX" : "VERB";
    }
  }

  private static boolean isClauseBoundary(String w) {
    switch (w) {
      case ",": case ";": case ":": case ".": case "!": case "?": case "(": case ")": case "–":
      case "-": case "\"": case "„": case "“":
        return true;
      default:
        return false;
    }
  }

  /** Bit mask of the UPOS tags allowed for word i (0 = no constraint). */
  @SuppressWarnings("unchecked")
  private static Map<String, Context> gisWeights(MaxentModel m) {
    if (m instanceof AbstractModel am && am.getModelType() == AbstractModel.ModelType.Maxent) {
      return (Map<String, Context>) am.getDataStructures()[1];
    }
    return null;
  }

  private void addWeights(String feature, double[] sums) {
    Context c = weights.get(feature);
    if (c != null) {
      int[] o = c.getOutcomes();
      double[] w = c.getParameters();
      for (int j = 0; j < o.length; j++) {
        sums[o[j]] += w[j];
      }
    }
  }

  /** GISModel's own normalisation, in place: exp of each sum over their total. */
  private static double[] softmax(double[] sums) {
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
    return sums;
  }

  private int allowed(String[] words, int i) {
    String w = words[i];
    if (w.isEmpty()) {
      return 0;
    }
    if (isPunctuation(w)) {
      return GermanLexicon.bit("PUNCT");
    }
    if (isNumber(w)) {
      return GermanLexicon.NUM;
    }
    if (!useLexicon) {
      return 0;
    }
    if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return 0; // acronyms (SPD, USA): names as often as nouns
    }
    int mask = lexicon.uposMask(w);
    char c = w.charAt(0);
    if (Character.isUpperCase(c)) {
      boolean initial = i == 0 || isPunctuation(words[i - 1]);
      if (initial || mask == 0) {
        String lower = w.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + w.substring(1);
        int lm = lexicon.uposMask(lower);
        if (mask == 0 && !initial && lm != 0) {
          // a capitalised form known only in lower case: a noun use or a name is still possible
          lm |= GermanLexicon.NOUN | GermanLexicon.PROPN;
        }
        mask |= lm;
      }
      if (mask != 0 && mask != GermanLexicon.ALL && (!NOUN_NOT_NAME || (mask & GermanLexicon.NOUN) == 0)) {
        mask |= GermanLexicon.PROPN; // names the lexicon does not know
      }
    }
    if (mask != 0 && mask != GermanLexicon.ALL) {
      mask |= GermanLexicon.X;
    }
    return mask;
  }

  static boolean isPunctuation(String w) {
    for (int i = 0; i < w.length(); i++) {
      int t = Character.getType(w.charAt(i));
      switch (t) {
        case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION:
        case Character.START_PUNCTUATION: case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.OTHER_PUNCTUATION:
          break;
        default:
          return false;
      }
    }
    return true;
  }

  static boolean isNumber(String w) {
    boolean digit = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != ',' && c != '-' && c != '/' && c != ':') {
        return false;
      }
    }
    return digit;
  }
}
