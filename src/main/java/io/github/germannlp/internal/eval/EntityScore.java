package io.github.germannlp.internal.eval;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.internal.ner.BioTags;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.train.NerCorpora;
import io.github.germannlp.internal.ner.train.SmartDataCorpus;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.ner.EntityModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scores: a predicted mention counts as correct when its span and type match a gold
 * mention exactly; micro-averaged over all types, and per type. Spans are token spans of one
 * sentence ({@link #add(String[], String[])}) or character spans of a text ({@link #addSpans(Set,
 * Set)}).
 */
public final class EntityScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}

  /**
   * An entity span with its type: token indexes within a sentence, or character offsets within a
   * text; {@code end} is exclusive.
   *
   * @param start first token or character
   * @param end after the last token or character
   * @param type the entity type ({@code PER}, {@code LOCderiv}, …)
   */
  public record Span(int start, int end, String type) {}

  /**
   * Scores {@code recognizer} on gold sentences (their tokens as given).
   *
   * @param recognizer the recognizer to score; its {@link EntityRecognizer#tag} is called per
   *     sentence
   * @param gold the sentences with gold BIO tags
   * @return a new score over all the sentences
   */
  public static EntityScore of(EntityRecognizer recognizer, List<TaggedSentence> gold) {
    return of(recognizer, gold, false);
  }

  /**
   * Scores {@code recognizer} on gold sentences (their tokens as given); with {@code fourClasses},
   * its predictions are first mapped to four classes ({@link
   * EntityClasses#fourClassTags(String[])}), for a twelve-class model on four-class gold.
   *
   * @param recognizer the recognizer to score
   * @param gold the sentences with gold BIO tags
   * @param fourClasses whether to map the predictions to four classes
   * @return a new score over all the sentences
   */
  public static EntityScore of(
      EntityRecognizer recognizer, List<TaggedSentence> gold, boolean fourClasses) {
    return of(recognizer, gold, fourClasses, false);
  }

  /**
   * Scores {@code recognizer} on gold sentences that have no MISC class (SmartData): its MISC
   * predictions count as no entity, its four-class mapping is applied to a twelve-class model.
   *
   * @param recognizer the recognizer to score
   * @param gold the sentences with gold BIO tags in {@code PER}, {@code LOC} and {@code ORG}
   * @return a new score over all the sentences
   */
  public static EntityScore withoutMisc(EntityRecognizer recognizer, List<TaggedSentence> gold) {
    return of(recognizer, gold, EntityClasses.isFine(recognizer.model()), true);
  }

  private static EntityScore of(
      EntityRecognizer recognizer,
      List<TaggedSentence> gold,
      boolean fourClasses,
      boolean dropMisc) {
    EntityScore score = new EntityScore();
    for (TaggedSentence s : gold) {
      String[] predicted = recognizer.tag(s.tokens(), null);
      if (fourClasses) {
        predicted = EntityClasses.fourClassTags(predicted);
      }
      if (dropMisc) {
        for (int i = 0; i < predicted.length; i++) {
          if (predicted[i].endsWith("-MISC")) {
            predicted[i] = "O";
          }
        }
      }
      score.add(s.tags(), predicted);
    }
    return score;
  }

  /**
   * Scores the full pipeline with {@code model} end to end from running text: the gold sentences
   * are detokenized ({@link Detokenizer}) into running text, which is analysed one paragraph
   * ({@value GoldText#SENTENCES_PER_PARAGRAPH} sentences) at a time with the library's own
   * tokenizer and sentence splitter, and its mentions are scored by exact character span and type
   * against the gold entities' character spans. With {@code fourClasses}, {@code deriv} and {@code
   * part} mentions are dropped first ({@link EntityClasses#fourClassType(String)}).
   *
   * <p>The pipeline is built with all available layers, so the mentions are those of {@link
   * io.github.germannlp.Document#mentions()}, with dictionary names and retyping by entity.
   *
   * @param model the entity model of the pipeline
   * @param gold the sentences with gold BIO tags
   * @param fourClasses whether to drop {@code deriv} and {@code part} mentions
   * @return a new score by character span over the whole text
   */
  public static EntityScore ofRunningText(
      EntityModel model, List<TaggedSentence> gold, boolean fourClasses) {
    GermanNlp nlp = GermanNlp.builder().entityModel(model).build();
    List<List<String>> sentences = new ArrayList<>(gold.size());
    for (TaggedSentence s : gold) {
      sentences.add(List.of(s.tokens()));
    }
    GoldText text = Detokenizer.detokenize(sentences);
    Set<Span> predicted = new HashSet<>();
    String all = text.text();
    int from = 0;
    while (from < all.length()) {
      int to = all.indexOf("\n\n", from);
      if (to < 0) {
        to = all.length();
      }
      Document doc = nlp.analyze(all.substring(from, to));
      for (EntityMention m : doc.mentions()) {
        String type = fourClasses ? EntityClasses.fourClassType(m.type()) : m.type();
        if (type != null) {
          predicted.add(new Span(from + m.start(), from + m.end(), type));
        }
      }
      from = to + 2;
    }
    EntityScore score = new EntityScore();
    score.addSpans(charSpans(text.gold(), gold), predicted);
    return score;
  }

  /**
   * Scores the full pipeline with {@code model} on whole documents (SmartData, {@link
   * NerCorpora#readSmartDataDocuments}): each document's text is analysed with the library's
   * default pipeline (its tokenizer, sentence splitter, page furniture, POS tags, entity model,
   * bundled names and second pass), and its mentions are scored by exact character span and type
   * against the gold entities. The gold has no MISC class: MISC mentions count as no entity, and a
   * twelve-class model's mentions are mapped to four classes first.
   *
   * @param model the entity model the pipeline uses
   * @param gold the documents with their gold entities
   * @return the scores over all documents
   */
  public static EntityScore ofDocuments(
      EntityModel model, List<SmartDataCorpus.GoldDocument> gold) {
    GermanNlp nlp = GermanNlp.builder().entityModel(model).build();
    EntityScore score = new EntityScore();
    for (SmartDataCorpus.GoldDocument d : gold) {
      Set<Span> predicted = new HashSet<>();
      for (EntityMention m : nlp.analyze(d.text()).mentions()) {
        String type = EntityClasses.fourClassType(m.type());
        if (type != null && !type.equals("MISC")) {
          predicted.add(new Span(m.start(), m.end(), type));
        }
      }
      Set<Span> expected = new HashSet<>();
      for (SmartDataCorpus.GoldEntity e : d.entities()) {
        expected.add(new Span(e.start(), e.end(), e.type()));
      }
      score.addSpans(expected, predicted);
    }
    return score;
  }

  /**
   * The character spans of the gold entities of {@code sentences} in a text whose token spans are
   * {@code tokens} (all tokens of all sentences, in order, e.g. from {@link
   * Detokenizer#detokenize(List)}).
   *
   * @param tokens the token spans of the text, one per gold token
   * @param sentences the gold sentences whose tags give the entities
   * @return the gold entities as character spans
   * @throws IllegalArgumentException if the token counts differ
   */
  public static Set<Span> charSpans(Segmentation tokens, List<TaggedSentence> sentences) {
    int[] starts = tokens.tokenStarts();
    int[] ends = tokens.tokenEnds();
    Set<Span> out = new HashSet<>();
    int offset = 0;
    for (TaggedSentence s : sentences) {
      if (offset + s.tokens().length > starts.length) {
        throw new IllegalArgumentException("more gold tokens than token spans");
      }
      for (Span t : tokenSpans(s.tags())) {
        out.add(new Span(starts[offset + t.start()], ends[offset + t.end() - 1], t.type()));
      }
      offset += s.tokens().length;
    }
    if (offset != starts.length) {
      throw new IllegalArgumentException(
          "token spans: " + starts.length + ", gold tokens: " + offset);
    }
    return out;
  }

  /**
   * Adds one sentence: gold and predicted BIO tags over the same tokens.
   *
   * @param gold the gold tags, one per token
   * @param predicted the predicted tags, one per token
   */
  public void add(String[] gold, String[] predicted) {
    addSpans(new HashSet<>(tokenSpans(gold)), new HashSet<>(tokenSpans(predicted)));
  }

  /**
   * Adds gold and predicted spans of one unit (a sentence for token spans, a text for character
   * spans); a predicted span is correct when the gold has the same span with the same type.
   *
   * @param gold the gold spans of the unit
   * @param predicted the predicted spans of the unit
   */
  public void addSpans(Set<Span> gold, Set<Span> predicted) {
    for (Span s : gold) {
      counts.computeIfAbsent(s.type(), t -> new int[3])[2]++;
    }
    for (Span s : predicted) {
      int[] c = counts.computeIfAbsent(s.type(), t -> new int[3]);
      c[1]++;
      if (gold.contains(s)) {
        c[0]++;
      }
    }
  }

  /**
   * The entity token spans of BIO tags, in order: an entity starts at {@code B-X} or at an {@code
   * I-X} that does not continue an X, and runs over the following {@code I-X}.
   *
   * @param tags BIO tags, one per token
   * @return the spans as token indexes, {@code end} exclusive
   */
  public static List<Span> tokenSpans(String[] tags) {
    List<Span> out = new ArrayList<>();
    BioTags.spans(tags, (b, e, type) -> out.add(new Span(b, e, type)));
    return out;
  }

  /**
   * Counts per type: correct, predicted, gold.
   *
   * @return a copy, sorted by type, of the {@code {correct, predicted, gold}} arrays; unmodifiable
   */
  public Map<String, int[]> counts() {
    Map<String, int[]> copy = new TreeMap<>();
    counts.forEach((type, c) -> copy.put(type, c.clone()));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Micro-averaged precision, recall, F1 over all types.
   *
   * @return the counts summed over all types
   */
  public SegmentationScore.Prf overall() {
    int c = 0;
    int p = 0;
    int g = 0;
    for (int[] v : counts.values()) {
      c += v[0];
      p += v[1];
      g += v[2];
    }
    return new SegmentationScore.Prf(c, p, g);
  }

  /**
   * A report: one line per type, then the overall figure.
   *
   * @return lines such as {@code PER P 80.00 R 75.00 F1 77.42 (…)}, by type in alphabetical order,
   *     the last one {@code overall}
   */
  public List<String> report() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] v = e.getValue();
      out.add(
          String.format(
              Locale.ROOT, "%-12s %s", e.getKey(), new SegmentationScore.Prf(v[0], v[1], v[2])));
    }
    out.add(String.format(Locale.ROOT, "%-12s %s", "overall", overall()));
    return out;
  }
}
