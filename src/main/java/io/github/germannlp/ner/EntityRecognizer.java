package io.github.germannlp.ner;

import io.github.germannlp.Document;
import io.github.germannlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Finds named entities with an {@link EntityModel}: left to right through each sentence, each
 * token gets the most probable BIO tag that is consistent with the tag before it (an {@code I-X}
 * only after {@code B-X} or {@code I-X}).
 *
 * <p>Immutable and thread-safe: all per-call state lives on the caller's stack.
 */
public final class EntityRecognizer {
  private final EntityModel model;
  private final NerFeatures features;
  private final MaxentModel classifier;
  private final String[] outcomes;
  private final String[] outcomeTypes;
  private final boolean[] inside;

  /** A recognizer for {@code model}. */
  public EntityRecognizer(EntityModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.features = new NerFeatures(model.gazetteer());
    this.classifier = model.classifier();
    int n = classifier.getNumOutcomes();
    outcomes = new String[n];
    outcomeTypes = new String[n];
    inside = new boolean[n];
    for (int i = 0; i < n; i++) {
      String o = classifier.getOutcome(i);
      outcomes[i] = o;
      if (o.length() > 2 && o.charAt(1) == '-') {
        outcomeTypes[i] = o.substring(2);
        inside[i] = o.charAt(0) == 'I';
      }
    }
  }

  /** The model. */
  public EntityModel model() {
    return model;
  }

  /**
   * Tags one sentence.
   *
   * @param tokens the tokens
   * @param confidence if not null, receives the probability of each chosen tag
   * @return one BIO tag a token
   */
  public String[] tag(String[] tokens, double[] confidence) {
    int n = tokens.length;
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    String[] tags = new String[n];
    List<String> ctx = new ArrayList<>(48);
    double[] probs = new double[outcomes.length];
    String[] ctxArray = new String[0];
    for (int i = 0; i < n; i++) {
      features.context(tokens, lower, tags, i, ctx);
      ctxArray = ctx.toArray(ctxArray);
      double[] p = classifier.eval(ctxArray.length == ctx.size() ? ctxArray
          : ctx.toArray(new String[0]), probs);
      String prevType = i > 0 ? typeOf(tags[i - 1]) : null;
      int best = -1;
      for (int o = 0; o < p.length; o++) {
        if (inside[o] && !outcomeTypes[o].equals(prevType)) {
          continue;
        }
        if (best < 0 || p[o] > p[best]) {
          best = o;
        }
      }
      tags[i] = outcomes[best];
      if (confidence != null) {
        confidence[i] = p[best];
      }
    }
    return tags;
  }

  private static String typeOf(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
  }

  /**
   * The entity mentions of a document, in order, with {@code canonical} equal to the text: the
   * model's, sentence by sentence, then the occurrences of the names it found that it missed
   * elsewhere in the document ({@code Putin} after {@code Wladimir Putin}).
   */
  public List<EntityMention> recognize(Document doc) {
    List<EntityMention> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      int first = s.firstToken();
      int n = s.tokenCount();
      String[] tokens = new String[n];
      for (int i = 0; i < n; i++) {
        var t = doc.token(first + i);
        tokens[i] = text.substring(t.start(), t.end());
      }
      double[] conf = new double[n];
      String[] tags = tag(tokens, conf);
      spans(tags, conf, (b, e, type, c) -> {
        while (e - b > 1 && isDateOrTime(tokens[e - 1])) {
          e--; // "reuters 04.11.2025": a date or time never ends a name
        }
        int start = doc.token(first + b).start();
        int end = doc.token(first + e - 1).end();
        String mention = text.substring(start, end);
        out.add(new EntityMention(mention, type, start, end, first + b, first + e, c, mention));
      });
    }
    return DocumentConsistency.complete(doc, out);
  }

  /** A token of digits with '.' or ':' and no letter: a date or a time. */
  static boolean isDateOrTime(String token) {
    boolean separator = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.' || c == ':') {
        separator = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return separator;
  }

  /** Receives spans decoded from BIO tags. */
  interface SpanSink {
    void span(int begin, int end, String type, double confidence);
  }

  /** Decodes BIO tags into spans; the confidence of a span is the mean of its tokens'. */
  static void spans(String[] tags, double[] conf, SpanSink sink) {
    int i = 0;
    while (i < tags.length) {
      String type = typeOf(tags[i]);
      if (type == null) {
        i++;
        continue;
      }
      int b = i;
      double sum = conf == null ? 0 : conf[i];
      i++;
      while (i < tags.length && tags[i].charAt(0) == 'I' && type.equals(typeOf(tags[i]))) {
        sum += conf == null ? 0 : conf[i];
        i++;
      }
      sink.span(b, i, type, conf == null ? 1.0 : sum / (i - b));
    }
  }
}
