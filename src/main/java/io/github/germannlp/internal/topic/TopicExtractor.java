package io.github.germannlp.internal.topic;

import io.github.germannlp.Document;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;
import io.github.germannlp.internal.tokenize.BreakHints;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what a German news article is about: ranked topics from its nouns and noun compounds,
 * adjective and noun phrases, hyphenated compounds and named entities.
 *
 * <p>How a topic is scored:
 *
 * <ul>
 *   <li>candidates are merged by lemma ({@code Sanktionen} → {@code Sanktion}); a compound counts
 *       for itself and, at half weight, for its parts ({@code Sanktionsdruck} → {@code Sanktion},
 *       {@code Druck}); entity mentions count for their entity's canonical name ({@code Putins} →
 *       {@code Wladimir Putin}), and a compound part that names an entity ({@code Ukraine} in
 *       {@code Ukraine-Krieg}) counts for that entity;
 *   <li>each mention weighs by its position: {@value #HEADLINE_WEIGHT} in the first sentence (the
 *       headline), {@value #LEAD_WEIGHT} in the next {@value #LEAD_SENTENCES} (the lead) and in
 *       cross-headings (a short line of its own without a final stop), 1 elsewhere; page furniture
 *       ({@link Document#furniture()}) weighs nothing;
 *   <li>the score is {@code weighted frequency × idf × spread}: {@code idf} from the {@link
 *       BackgroundStatistics} (how rare the word is in German generally), {@code spread} from 0.75
 *       (one place) to 1.25 (first and last mention at the two ends of the article);
 *   <li>a noun right before a person's name is a title ({@code Präsident Xi Jinping}, {@code
 *       US-Präsident Donald Trump}) and no candidate;
 *   <li>an adjective and noun phrase is a candidate when it occurs at least twice; its label is its
 *       nominative singular ({@code einseitige Zwangsmaßnahme}); of a phrase and its noun, only the
 *       better ranked one is kept;
 *   <li>a photo caption (a line with a credit) weighs 1 wherever it stands;
 *   <li>a name the entity layer does not find ({@code Africanews}: a word the tagger calls PROPN,
 *       or a capitalised foreign word, X) is a concept topic under its own spelling once it is
 *       named at least twice; where the lexicon knows the word as a common noun it counts as that
 *       noun ({@code Linden} → {@code Linde}), as an adjective not at all ({@code Wiener} in {@code
 *       Wiener Börse}); legal forms ({@code GmbH}, {@code KG}), abbreviations ({@code Mrd.}) and
 *       codes with more than one digit ({@code DE000A1X3VZ3}) are no topics;
 *   <li>a noun the lexicon does not know and that does not split into known parts gets a lemma the
 *       lemmatizer guessed from the ending of another word ({@code Quattroporte} → {@code
 *       Quattroport}); it is mostly a name, so its label is the form the text uses most;
 *   <li>a part the compound splitter cut from a closed word counts only if the background
 *       statistics know it ({@code Stimm} of {@code Stimmrechte} does not);
 *   <li>a name without its legal form counts for the entity ({@code Brenntag} for {@code Brenntag
 *       AG});
 *   <li>of two organisations whose names continue each other word for word ({@code Maple Bank},
 *       {@code Maple Bank GmbH}) only the better ranked one is listed;
 *   <li>half a word ({@code Software-} in {@code Software- und Produktentwicklung}) is no topic,
 *       nor a word capitalised only for its place at the start of a sentence or after a colon that
 *       the lexicon knows in lower case only ({@code Angesichts});
 *   <li>a generic noun, one that names a role, a group, a kind of text or an abstract container
 *       ({@code Chef}, {@code Gruppe}, {@code Redaktion}, {@code Herausforderung}; a hand-made list
 *       of about 110), weighs 0.4 times as much.
 * </ul>
 *
 * <p>Scores are divided by the best one, so the first topic scores 1. Needs the layers POS and
 * LEMMA; uses COMPOUNDS, ENTITIES and FURNITURE where present. Immutable and thread-safe.
 *
 * <pre>{@code
 * Document doc = GermanNlp.standard().analyze(article);
 * for (Topic t : TopicExtractor.german().topics(doc)) {
 *   System.out.printf("%.2f %s%n", t.score(), t.label());
 * }
 * }</pre>
 */
public final class TopicExtractor {
  /** Weight of a mention in the first content sentence. */
  public static final double HEADLINE_WEIGHT = 3.0;

  /** Weight of a mention in the lead. */
  public static final double LEAD_WEIGHT = 2.0;

  /** Number of content sentences after the headline that form the lead. */
  public static final int LEAD_SENTENCES = 3;

  /** Default number of topics per document. */
  public static final int DEFAULT_LIMIT = 10;

  private static final double PART_WEIGHT = 0.5;
  private static final int HEADING_TOKENS = 12;
  private static final double PHRASE_MIN_COUNT = 2;
  private static final int NAME_MIN_COUNT = 2;
  private static final double MISC_FACTOR = 0.8;
  private static final double ENTITY_IDF_FLOOR = 0.5;

  /** Nouns that say when or how much, not what: never topics on their own. */
  static final Lazy<Set<String>> STOP_NOUNS =
      new Lazy<>(() -> WordLists.load(TopicExtractor.class, "stop-nouns-de.txt"));

  /**
   * Nouns that name a role, a group, a kind of text or an abstract container rather than a subject
   * ({@code Chef}, {@code Experte}, {@code Gruppe}, {@code Redaktion}, {@code Herausforderung}): a
   * topic only if the article keeps coming back to them. Hand-picked from what news German uses for
   * anything; a document-frequency list from the SmartData news texts does not serve, since that
   * corpus is about a few subjects (traffic, strikes, mergers), which it would mark as common.
   */
  static final Lazy<Set<String>> GENERIC_NOUNS =
      new Lazy<>(() -> WordLists.load(TopicExtractor.class, "generic-nouns-de.txt"));

  /** The factor on the weight of a generic noun. */
  static final double GENERIC_FACTOR = 0.4;

  private static final TopicExtractor GERMAN =
      new TopicExtractor(BackgroundStatistics.bundled(), DEFAULT_LIMIT);

  private final BackgroundStatistics background;
  private final int limit;

  /**
   * An extractor that weighs words against {@code background} and returns at most {@code limit}
   * topics per document.
   *
   * @param background how common words are
   * @param limit the most topics to return per document (at least 1)
   * @throws NullPointerException if {@code background} is null
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public TopicExtractor(BackgroundStatistics background, int limit) {
    this.background = Objects.requireNonNull(background, "background");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
  }

  /**
   * The extractor with the bundled background statistics and {@value #DEFAULT_LIMIT} topics.
   *
   * @return the shared extractor; it needs the bundled table ({@link
   *     BackgroundStatistics#isBundled()})
   */
  public static TopicExtractor german() {
    return GERMAN;
  }

  /**
   * This extractor with another limit.
   *
   * @param newLimit the most topics to return per document (at least 1)
   * @return a new extractor with the same background statistics
   * @throws IllegalArgumentException if {@code newLimit} is below 1
   */
  public TopicExtractor withLimit(int newLimit) {
    return new TopicExtractor(background, newLimit);
  }

  /**
   * The most topics this extractor returns per document.
   *
   * @return the limit given to the constructor or to {@link #withLimit(int)}, at least 1
   */
  public int limit() {
    return limit;
  }

  /**
   * The background statistics this extractor weighs words against.
   *
   * @return the statistics given to the constructor
   */
  public BackgroundStatistics background() {
    return background;
  }

  /**
   * The topics of {@code doc}, best first, at most the limit; empty for a document without content
   * words (empty, furniture only).
   *
   * @param doc a document with at least the POS and LEMMA layers; compounds, entities and furniture
   *     are used where it has them
   * @return the topics, by descending score, the first with score 1
   * @throws IllegalArgumentException if the document lacks the POS or LEMMA layer
   * @throws NullPointerException if {@code doc} is null
   */
  public List<Topic> topics(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (!doc.has(Layer.POS) || !doc.has(Layer.LEMMA)) {
      throw new IllegalArgumentException(
          "topics need the layers pos and lemma; the document has " + doc.layers());
    }
    int n = doc.tokenCount();
    double[] weight = positionWeights(doc);
    int firstContent = -1;
    int lastContent = -1;
    for (int i = 0; i < n; i++) {
      if (weight[i] > 0) {
        lastContent = i;
        if (firstContent < 0) {
          firstContent = i;
        }
      }
    }
    if (firstContent < 0) {
      return List.of();
    }
    Candidates c = new Candidates();
    boolean[] inEntity = new boolean[n];
    boolean[] beforePerson = new boolean[n];
    for (Entity e : doc.entities()) {
      Candidate cand = null;
      for (EntityMention m : e.mentions()) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          inEntity[t] = true;
        }
        if ("PER".equals(e.type()) && m.firstToken() > 0) {
          beforePerson[m.firstToken() - 1] = true;
        }
        double w = weight[m.firstToken()];
        if (w <= 0) {
          continue;
        }
        if (cand == null) {
          cand = c.entity(e);
        }
        cand.add(w, m.firstToken(), m.start(), m.end());
        cand.typeWeights.merge(e.type(), w, Double::sum);
      }
      if (cand != null) {
        for (EntityMention m : e.mentions()) {
          c.alias(m.text(), cand);
        }
      }
    }
    boolean[] sentenceStart = new boolean[n];
    for (Sentence s : doc.sentences()) {
      sentenceStart[s.firstToken()] = true;
    }
    for (int i = 0; i < n; i++) {
      double w = weight[i];
      if (w <= 0 || inEntity[i] || beforePerson[i]) {
        continue; // a title before a name (Präsident Xi Jinping) says who, not what
      }
      Token token = doc.token(i);
      String upos = token.upos();
      boolean noun = "NOUN".equals(upos);
      // a name the entity layer did not find (Africanews, Ghibli): the tagger's PROPN, or a
      // capitalised word it calls foreign (X)
      boolean name = !noun && ("PROPN".equals(upos) || "X".equals(upos));
      if (!noun && !name) {
        continue;
      }
      String text = BreakHints.remove(token.text()); // Umwelt\u00ADausschuss
      if ((sentenceStart[i] || i > 0 && TopicLabels.opensSentence(doc.token(i - 1).text()))
          && TopicLabels.isCapitalisedOtherWord(text)) {
        continue; // Angesichts des ..., Gut, dass ...: capital for the position only
      }
      String lemma = TopicLabels.label(text, token.lemma());
      if (name && text.indexOf('-') < 0) {
        // the lexicon overrules the tagger: a common noun is a noun (Linden → Linde), an
        // adjective (Wiener, Erneuerbarer) no candidate; a name or an unknown word stays a name
        String nounLemma = TopicLabels.commonNounLemma(text);
        if (nounLemma != null) {
          if (nounLemma.isEmpty()) {
            continue;
          }
          lemma = nounLemma;
          name = false;
          noun = true;
        }
      }
      if (!TopicLabels.isConcept(lemma) || name && !TopicLabels.isName(lemma)) {
        continue;
      }
      List<String> parts = token.compoundParts();
      Candidate cand = c.concept(lemma);
      cand.add(w, i, token.start(), token.end());
      if (name && text.indexOf('-') < 0) {
        cand.nameMentions++;
      }
      if (noun && parts.isEmpty() && cand.entityType == null && !lemma.equals(text)) {
        cand.surface(text); // the lemma may be a guess (Zwahlen → Zwahle): see rank
      }
      for (String part : parts) {
        if (TopicLabels.isConcept(part)
            && part.length() > 2
            && !part.equals(lemma)
            && (background.idf(part) < background.maxIdf()
                || TopicLabels.isHyphenPiece(text, part))) {
          c.concept(part).add(w * PART_WEIGHT, i, token.start(), token.end());
        }
      }
      if (noun && i > 0 && weight[i - 1] > 0 && "ADJ".equals(doc.token(i - 1).upos())) {
        String adj = doc.token(i - 1).lemma();
        if (adj != null && adj.length() > 2 && Character.isLowerCase(adj.charAt(0))) {
          c.phrase(adj, lemma).add(w, i - 1, doc.token(i - 1).start(), token.end());
        }
      }
    }
    return rank(c, firstContent, lastContent);
  }

  /** Per token: its position weight, 0 in furniture. */
  private static double[] positionWeights(Document doc) {
    double[] w = new double[doc.tokenCount()];
    Captions captions = new Captions(doc);
    int contentSentence = 0;
    for (Sentence s : doc.sentences()) {
      boolean caption = captions.isCaption(s);
      double sw =
          caption
              ? 1.0
              : contentSentence == 0
                  ? HEADLINE_WEIGHT
                  : contentSentence <= LEAD_SENTENCES || isCrossHeading(doc, s) ? LEAD_WEIGHT : 1.0;
      boolean content = false;
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (!doc.token(t).isFurniture()) {
          w[t] = sw;
          content = true;
        }
      }
      if (content && !caption) {
        contentSentence++;
      }
    }
    return w;
  }

  /**
   * Tells photo captions, sentences whose line carries a photo credit, for sentences asked in text
   * order: one walk over the credits, linear in the document.
   */
  private static final class Captions {
    private final String text;
    private final List<Furniture> credits = new ArrayList<>();

    /** Start of the line of each credit. */
    private final int[] lineStarts;

    private int next;

    Captions(Document doc) {
      text = doc.text();
      for (Furniture f : doc.furniture()) {
        if (f.kind() == Furniture.Kind.CREDIT) {
          credits.add(f);
        }
      }
      lineStarts = new int[credits.size()];
      for (int k = 0; k < lineStarts.length; k++) {
        lineStarts[k] = text.lastIndexOf('\n', credits.get(k).start() - 1) + 1;
      }
    }

    /**
     * Whether a credit starts in {@code s} or after it on the same line: the first credit at or
     * after its start, if no line break comes between the two.
     */
    boolean isCaption(Sentence s) {
      while (next < credits.size() && credits.get(next).start() < s.start()) {
        next++;
      }
      return next < credits.size() && lineStarts[next] <= s.end();
    }
  }

  /**
   * Whether {@code s} is a cross-heading: a line of its own, at most {@value #HEADING_TOKENS}
   * tokens, without a sentence-final punctuation mark ({@code Russland und China: Handel geht
   * zurück}).
   */
  private static boolean isCrossHeading(Document doc, Sentence s) {
    if (s.tokenCount() > HEADING_TOKENS) {
      return false;
    }
    String last = doc.token(s.endToken() - 1).text();
    if (last.equals(".") || last.equals("!") || last.equals("?") || last.equals("…")) {
      return false;
    }
    String text = doc.text();
    int before = s.start() - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
      before--;
    }
    int after = s.end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    return (before < 0 || text.charAt(before) == '\n' || text.charAt(before) == '\r')
        && (after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r');
  }

  private List<Topic> rank(Candidates c, int firstContent, int lastContent) {
    double length = Math.max(1, lastContent - firstContent);
    List<Candidate> all = new ArrayList<>(c.byKey.size());
    for (Candidate cand : c.byKey.values()) {
      if (cand.weight <= 0 || cand.isPhrase && cand.count < PHRASE_MIN_COUNT) {
        continue;
      }
      if (cand.entityType == null
          && cand.nameMentions == cand.count
          && cand.count < NAME_MIN_COUNT) {
        continue; // a name the entity layer missed counts once it recurs (one-off mis-tags)
      }
      if (!cand.typeWeights.isEmpty()) {
        cand.entityType =
            java.util.Collections.max(
                    cand.typeWeights.entrySet(),
                    Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(
                            Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .getKey();
      }
      double spread = 0.75 + 0.5 * (cand.lastToken - cand.firstToken) / length;
      double idf = idf(cand);
      cand.raw =
          cand.weight
              * idf
              * spread
              * ("MISC".equals(cand.entityType) ? MISC_FACTOR : 1.0)
              * (cand.entityType == null
                      && GENERIC_NOUNS.get().contains(cand.isPhrase ? cand.noun : cand.label)
                  ? GENERIC_FACTOR
                  : 1.0);
      all.add(cand);
    }
    all.sort(
        (a, b) -> {
          int r = Double.compare(b.raw, a.raw);
          return r != 0 ? r : a.label.compareTo(b.label);
        });
    // an adjective and noun and its noun: only the better of the two
    java.util.Set<String> ranked = new java.util.HashSet<>();
    List<Candidate> kept = new ArrayList<>(all.size());
    for (Candidate cand : all) {
      String other = cand.isPhrase ? "C\t" + cand.noun : "N\t" + cand.label;
      if (ranked.contains(other)) {
        continue;
      }
      ranked.add(cand.isPhrase ? "N\t" + cand.noun : "C\t" + cand.label);
      kept.add(cand);
    }
    all = kept;
    if (all.isEmpty() || !(all.get(0).raw > 0)) {
      return List.of();
    }
    double best = all.get(0).raw;
    List<Topic> out = new ArrayList<>(Math.min(limit, all.size()));
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (int k = 0; k < all.size() && out.size() < limit; k++) {
      Candidate cand = all.get(k);
      String label = cand.label;
      if (cand.surfaces != null) {
        String surface = TopicLabels.guessedLemmaLabel(cand.surfaces);
        if (surface != null) {
          label = surface;
        }
      }
      if (!labels.add(label.toLowerCase(Locale.ROOT))) {
        continue; // one label once (a guessed lemma written as the text has it may meet a name)
      }
      if ("ORG".equals(cand.entityType) && extendsOrganisation(label, out)) {
        continue; // Maple Bank GmbH after Maple Bank, PATRIZIA Immobilien AG after PATRIZIA
      }
      double score = Math.min(1.0, Math.max(0.0, cand.raw / best));
      out.add(
          new Topic(
              label,
              Math.round(score * 1e4) / 1e4,
              cand.entityType == null ? Topic.Kind.CONCEPT : Topic.Kind.ENTITY,
              cand.entityType,
              cand.mentions));
    }
    return out;
  }

  /**
   * Whether the organisation {@code label} and one already listed are one name, the one continuing
   * the other word for word ({@code Maple Bank} and {@code Maple Bank GmbH}).
   */
  static boolean extendsOrganisation(String label, List<Topic> listed) {
    String base = TopicLabels.withoutLegalForm(label);
    for (Topic t : listed) {
      if (base != null && t.entityType() != null && base.equals(t.label())) {
        return true; // Maple Bank GmbH after Maple Bank, whatever type the model gave that one
      }
      if ("ORG".equals(t.entityType())) {
        String other = t.label();
        if (label.startsWith(other)
                && label.length() > other.length()
                && label.charAt(other.length()) == ' '
            || other.startsWith(label)
                && other.length() > label.length()
                && other.charAt(label.length()) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  private double idf(Candidate cand) {
    if (cand.entityType != null) {
      // a name is as rare as its rarest word, and a name is never a common word: the place
      // names that laws and encyclopaedias repeat (Berlin) still name what an article is about
      double idf = ENTITY_IDF_FLOOR * background.maxIdf();
      for (String w : cand.label.split(" ")) {
        idf = Math.max(idf, background.idf(w));
      }
      return idf;
    }
    if (cand.isPhrase) {
      return (background.idf(cand.noun) + background.idf(cand.adjective)) / 2 + 1.0;
    }
    return background.idf(cand.label);
  }

  /** One candidate topic while a document is read. */
  private static final class Candidate {
    final String label;
    String entityType;

    /** Of an entity: weight by type (one name, tagged LOC here and ORG there, is one topic). */
    final Map<String, Double> typeWeights = new HashMap<>(2);

    final boolean isPhrase;
    final String adjective;
    final String noun;
    final List<Topic.Mention> mentions = new ArrayList<>(4);
    double weight;
    int count;

    /** Mentions from words the tagger calls names (PROPN, X) that no entity covers. */
    int nameMentions;

    int firstToken = Integer.MAX_VALUE;
    int lastToken = -1;
    double raw;

    Candidate(String label, String entityType, String adjective, String noun) {
      this.label = label;
      this.entityType = entityType;
      this.isPhrase = adjective != null;
      this.adjective = adjective;
      this.noun = noun;
    }

    /** Of a noun whose lemma may be a guess: its forms in the text and how often; else null. */
    Map<String, Integer> surfaces;

    void surface(String form) {
      if (surfaces == null) {
        surfaces = new HashMap<>(2);
      }
      surfaces.merge(form, 1, Integer::sum);
    }

    void add(double w, int token, int start, int end) {
      weight += w;
      count++;
      firstToken = Math.min(firstToken, token);
      lastToken = Math.max(lastToken, token);
      // the last mention's bounds compared directly: a record's equals is linked on its first call
      // (java.lang.runtime.ObjectMethods), about 20 ms of the first text
      Topic.Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
      if (last == null || last.start() != start || last.end() != end) {
        mentions.add(new Topic.Mention(start, end));
      }
    }
  }

  /** The candidates of one document, by key. */
  private static final class Candidates {
    final Map<String, Candidate> byKey = new HashMap<>();

    /** Lower-cased entity names and mention texts → the entity's candidate. */
    final Map<String, Candidate> entityAliases = new HashMap<>();

    Candidate entity(Entity e) {
      return byKey.computeIfAbsent(
          "E\t" + e.canonical(),
          k -> {
            Candidate cand = new Candidate(e.canonical(), e.type(), null, null);
            alias(e.canonical(), cand);
            String bare = TopicLabels.withoutLegalForm(e.canonical());
            if (bare != null) {
              alias(bare, cand); // Brenntag counts for Brenntag AG
            }
            return cand;
          });
    }

    void alias(String name, Candidate cand) {
      entityAliases.putIfAbsent(name.toLowerCase(Locale.ROOT), cand);
    }

    Candidate concept(String lemma) {
      Candidate entity = entityAliases.get(lemma.toLowerCase(Locale.ROOT));
      if (entity != null) {
        return entity;
      }
      return byKey.computeIfAbsent("C\t" + lemma, k -> new Candidate(lemma, null, null, null));
    }

    Candidate phrase(String adjective, String noun) {
      return byKey.computeIfAbsent(
          "P\t" + adjective + "\t" + noun,
          k -> new Candidate(TopicLabels.phraseLabel(adjective, noun), null, adjective, noun));
    }
  }
}
