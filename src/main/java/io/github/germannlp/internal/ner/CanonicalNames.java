package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;
import io.github.germannlp.internal.pos.GermanLexicon;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the entity mentions of one document into entities and gives each entity a canonical name:
 * the fullest name used in the document, in its base form ({@code Putin}, {@code Putins}, {@code
 * Präsident Putin} → {@code Wladimir Putin}; {@code Chinas} → {@code China}).
 *
 * <h2>Name tokens</h2>
 *
 * A mention's name is its text split on white space. For {@code PER} mentions, leading titles are
 * dropped while at least one token remains: exact title words ({@code Herr}, {@code Frau}, {@code
 * Dr.}, {@code Prof.}, {@code Sir}, …) and words ending, case-insensitively, in a title head
 * ({@code Präsident}, {@code US-Präsident}, {@code Kremlchef}, {@code Außenministerin}, {@code
 * Bundeskanzler}, …).
 *
 * <h2>Base form (genitive)</h2>
 *
 * German marks the genitive of a name on its last word, so only the last token is changed:
 *
 * <ol>
 *   <li>A word listed as ending in {@code s} in its base form ({@code Paris}, {@code Hans}, {@code
 *       Mars}, {@code Thomas}, {@code Hamas}, {@code McDonald's}, {@code Moody's}, …; see {@link
 *       #defaultNamesEndingInS()}) is never changed.
 *   <li>Apostrophe genitive, any type: {@code Peel's} → {@code Peel}; after {@code s, x, z, ß} a
 *       bare apostrophe: {@code Grass'} → {@code Grass}. Both {@code '} and {@code ’} count.
 *   <li>Attested: a word ending in {@code s} loses the {@code s} (or {@code es}) when the shorter
 *       word occurs as a token of any mention of the document, any type ({@code Putins} with {@code
 *       Wladimir Putin}, {@code Xis} with {@code Xi}, {@code Bundestages} with {@code Bundestag}).
 *   <li>Unattested, {@code PER}, {@code LOC} and {@code ORG} only: the final {@code s} is taken for
 *       a genitive {@code s} when the remaining stem has at least three characters, ends in a
 *       lowercase letter other than {@code s, x, z, ß} (so acronyms such as {@code USA} or {@code
 *       AIDS} and sibilant names such as {@code Grass} stay), and the word does not have a typical
 *       base-form ending: {@code -es} ({@code Jones}, {@code Charles}), {@code -us} not after
 *       {@code a} or {@code o} ({@code Markus}, {@code Pistorius}; but {@code Moskaus} → {@code
 *       Moskau}), {@code -is} after a consonant or {@code u} ({@code Paris}, {@code Boris}, {@code
 *       Louis}; but {@code Dubais} → {@code Dubai}), {@code -eis} ({@code Kreis}), {@code -haus},
 *       {@code -fonds}. A name whose earlier tokens contain {@code des} or {@code eines} ({@code
 *       Kaufhaus des Westens}) carries its own inner genitive and is not changed. Thus {@code
 *       Chinas}, {@code Russlands}, {@code Frankreichs}, {@code Berlins}, {@code Merkels}, {@code
 *       UN-Sicherheitsrats} lose the {@code s}; {@code USA}, {@code Paris}, {@code Jones}, {@code
 *       Schulz}, {@code Hans}, {@code Mars} stay.
 * </ol>
 *
 * <h2>Nominative (adjectives)</h2>
 *
 * A name of any type but {@code PER} that starts with adjectives gets them in the nominative strong
 * form agreeing with its head noun, found with the German full-form lexicon ({@code Auswärtigen
 * Amts} → {@code Auswärtiges Amt}, {@code Europäischen Zentralbank} → {@code Europäische
 * Zentralbank}, {@code Deutschen Bundestages} → {@code Deutscher Bundestag}, {@code Weißen Haus} →
 * {@code Weißes Haus}, {@code Vereinigten Staaten} → {@code Vereinigte Staaten}, {@code
 * Internationalen Währungsfonds} → {@code Internationaler Währungsfonds}); a head noun that can
 * only be a genitive gets its nominative ({@code Bundestages} → {@code Bundestag}). A name already
 * in the strong nominative is kept, and so is every name whose head's gender or number the lexicon
 * leaves open ({@code Deutschen Fußball-Bund}: der or das Bund; {@code Freien Wähler}: one or
 * many), whose head is followed by another common noun ({@code Deutschen Architektur Museum}) or
 * whose head is an adjective used as a noun ({@code Vereinigten Liberalen}). A weak nominative
 * ({@code Deutsche Bundestag}) becomes strong, so that all forms of one name group together.
 * Details: {@code NameDeclension}.
 *
 * <h2>Grouping</h2>
 *
 * One entity has one type. Mentions with equal names (after base form) belong together, whatever
 * types the model gave them; the name takes the type most of its mentions have (ties: the type with
 * the highest summed confidence, then the first mention's), and its mentions are retyped to it (see
 * {@link #resolve}). Names of different types stay apart ({@code Paris} the city and {@code Paris
 * Hilton}). For {@code PER}, a shorter name belongs to a longer one when its tokens are an ordered
 * subsequence of the longer name's tokens ({@code Putin} and {@code Wladimir} of {@code Wladimir
 * Putin}, {@code Xi} of {@code Xi Jinping}); for {@code ORG}, a name belongs to the same name with
 * a legal form ({@code Maple Bank} of {@code Maple Bank GmbH}, see {@link LegalForms}). Names are
 * resolved from the longest down; a name contained in names of two or more different entities
 * ({@code Li} with {@code Li Qiang} and {@code Li Keqiang}) is ambiguous and stays its own entity.
 * The canonical name of an entity is its longest name, tokens joined by single spaces.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Entity> entities = CanonicalNames.german().resolve(recognizer.recognize(doc));
 * String base = CanonicalNames.german().baseForm("Chinas", "LOC");   // "China"
 * }</pre>
 */
public final class CanonicalNames {

  private static final Lazy<Set<String>> DEFAULT_TITLES =
      new Lazy<>(() -> WordLists.load(CanonicalNames.class, "canonical-name-titles-de.txt"));

  private static final Lazy<Set<String>> DEFAULT_TITLE_HEADS =
      new Lazy<>(() -> WordLists.load(CanonicalNames.class, "canonical-name-title-heads-de.txt"));

  private static final Lazy<Set<String>> DEFAULT_NAMES_ENDING_IN_S =
      new Lazy<>(() -> WordLists.load(CanonicalNames.class, "names-ending-in-s-de.txt"));

  /** Longer names first: more tokens, then more characters. */
  private static final Comparator<List<String>> LONGEST_FIRST =
      (a, b) -> {
        int c = Integer.compare(b.size(), a.size());
        return c != 0 ? c : Integer.compare(chars(b), chars(a));
      };

  private static final Lazy<CanonicalNames> GERMAN =
      new Lazy<>(
          () ->
              new CanonicalNames(
                  DEFAULT_TITLES.get(),
                  DEFAULT_TITLE_HEADS.get(),
                  DEFAULT_NAMES_ENDING_IN_S.get()));

  private final Set<String> titles;
  private final Set<String> titleHeads;
  private final Set<String> namesEndingInS;

  /**
   * Creates a resolver with its own word lists.
   *
   * @param titles words dropped at the start of a person's name, compared exactly
   * @param titleHeads word endings that make a word a title, compared case-insensitively ({@code
   *     präsident} covers {@code US-Präsident} and {@code Staatspräsident})
   * @param namesEndingInS words whose final {@code s} (or apostrophe) belongs to the base form,
   *     compared exactly
   */
  public CanonicalNames(
      Collection<String> titles, Collection<String> titleHeads, Collection<String> namesEndingInS) {
    this.titles = Set.copyOf(titles);
    Set<String> heads = new HashSet<>();
    for (String h : titleHeads) {
      heads.add(h.toLowerCase(Locale.ROOT));
    }
    this.titleHeads = Set.copyOf(heads);
    Set<String> names = new HashSet<>();
    for (String n : namesEndingInS) {
      names.add(normalizeApostrophe(n));
    }
    this.namesEndingInS = Set.copyOf(names);
  }

  /**
   * The resolver with the built-in German news lists.
   *
   * @return the shared resolver built from {@link #defaultTitles()}, {@link #defaultTitleHeads()}
   *     and {@link #defaultNamesEndingInS()}
   */
  public static CanonicalNames german() {
    return GERMAN.get();
  }

  /**
   * The built-in exact title words ({@code Herr}, {@code Dr.}, …).
   *
   * @return an unmodifiable set, to extend and pass to {@link #CanonicalNames(Collection,
   *     Collection, Collection)}
   */
  public static Set<String> defaultTitles() {
    return DEFAULT_TITLES.get();
  }

  /**
   * The built-in title heads, lowercase ({@code präsident}, {@code minister}, …).
   *
   * @return an unmodifiable set of word endings that make a word a title
   */
  public static Set<String> defaultTitleHeads() {
    return DEFAULT_TITLE_HEADS.get();
  }

  /**
   * The built-in names whose final {@code s} is part of the base form ({@code Paris}, …).
   *
   * @return an unmodifiable set of first names, surnames, places, organisations and apostrophe
   *     names such as {@code McDonald's}
   */
  public static Set<String> defaultNamesEndingInS() {
    return DEFAULT_NAMES_ENDING_IN_S.get();
  }

  /**
   * Groups the mentions of one document into entities.
   *
   * <p>One entity has one type. The mentions of one name (equal after base form) vote for its type
   * first, so that a name the model typed differently in different sentences ({@code Berlin} as
   * {@code LOC} and as {@code ORG}) is grouped under one type; then names are grouped as described
   * in the class comment, and finally all mentions whose canonical names are equal form one entity.
   * Each vote is won by the type of most mentions; on a tie, by the type with the highest summed
   * confidence, then by the type of the first mention.
   *
   * <p>The mentions of an entity, and so the document's flat mention list, carry the entity's type:
   * a mention the model typed otherwise is retyped (its confidence, the model's for its own type,
   * is kept). This keeps {@code Document.mentions()}, the JSON output and the entity list
   * consistent with one another; the model's own type of a mention is not kept.
   *
   * @param mentions the mentions of one document, in document order
   * @return the entities, ordered by their first mention; each mention carries its entity's
   *     canonical name and type
   * @throws NullPointerException if {@code mentions} is null
   */
  public List<Entity> resolve(List<EntityMention> mentions) {
    Objects.requireNonNull(mentions, "mentions");
    List<String> canonical = canonicalNames(mentions);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      groups.computeIfAbsent(canonical.get(i), c -> new ArrayList<>()).add(i);
    }
    List<Entity> out = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      String type = vote(mentions, g.getValue());
      List<EntityMention> members = new ArrayList<>(g.getValue().size());
      for (int i : g.getValue()) {
        members.add(retype(mentions.get(i), type, g.getKey()));
      }
      out.add(new Entity(g.getKey(), type, members));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The mentions in their original order, each with its entity's canonical name and type (as {@link
   * #resolve} gives them).
   *
   * @param mentions the mentions of one document, in document order
   * @return an unmodifiable list, one mention for each of {@code mentions} at the same position
   * @throws NullPointerException if {@code mentions} is null
   */
  public List<EntityMention> canonicalize(List<EntityMention> mentions) {
    Objects.requireNonNull(mentions, "mentions");
    List<String> canonical = canonicalNames(mentions);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      groups.computeIfAbsent(canonical.get(i), c -> new ArrayList<>()).add(i);
    }
    EntityMention[] out = new EntityMention[mentions.size()];
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      String type = vote(mentions, g.getValue());
      for (int i : g.getValue()) {
        out[i] = retype(mentions.get(i), type, g.getKey());
      }
    }
    return List.of(out);
  }

  private static EntityMention retype(EntityMention m, String type, String canonical) {
    return new EntityMention(
        m.text(),
        type,
        m.start(),
        m.end(),
        m.firstToken(),
        m.endToken(),
        m.confidence(),
        canonical);
  }

  /**
   * The type most of the mentions {@code members} have; on a tie the one with the highest summed
   * confidence, then the first mention's.
   */
  private static String vote(List<EntityMention> mentions, List<Integer> members) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // first mention's type first
    Map<String, Double> confidence = new HashMap<>();
    for (int i : members) {
      EntityMention m = mentions.get(i);
      counts.computeIfAbsent(m.type(), t -> new int[1])[0]++;
      confidence.merge(m.type(), m.confidence(), Double::sum);
    }
    String best = null;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (best == null) {
        best = e.getKey();
        continue;
      }
      int c = Integer.compare(e.getValue()[0], counts.get(best)[0]);
      if (c > 0 || c == 0 && confidence.get(e.getKey()) > confidence.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** For each mention, its entity's canonical name. */
  private List<String> canonicalNames(List<EntityMention> mentions) {
    int n = mentions.size();
    List<List<String>> keys = names(mentions);
    // one type per name: the mentions of equal names vote
    Map<List<String>, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byName.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    Map<List<String>, String> nameType = new HashMap<>();
    for (Map.Entry<List<String>, List<Integer>> e : byName.entrySet()) {
      nameType.put(e.getKey(), vote(mentions, e.getValue()));
    }
    Map<String, Set<List<String>>> namesByType = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      namesByType
          .computeIfAbsent(nameType.get(keys.get(i)), t -> new LinkedHashSet<>())
          .add(keys.get(i));
    }
    Map<String, Map<List<String>, List<String>>> rootByType = new HashMap<>();
    for (Map.Entry<String, Set<List<String>>> e : namesByType.entrySet()) {
      rootByType.put(e.getKey(), roots(e.getKey(), e.getValue()));
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> key = keys.get(i);
      out.add(String.join(" ", rootByType.get(nameType.get(key)).get(key)));
    }
    return out;
  }

  /**
   * The base form of the last word of a name, without document context (so only the apostrophe and
   * unattested rules apply): {@code Chinas} → {@code China}, {@code Paris} stays.
   *
   * @param word the last word of a name; a word starting in lowercase is returned unchanged
   * @param type the entity type; the unattested genitive rule applies only to {@code PER}, {@code
   *     LOC} and {@code ORG}, so for {@code MISC} or null only the apostrophe rule does
   * @return the word without its genitive ending, or {@code word} itself
   */
  public String baseForm(String word, String type) {
    return baseForm(word, type, Set.of(), false);
  }

  private List<List<String>> names(List<EntityMention> mentions) {
    List<String[]> raw = new ArrayList<>(mentions.size());
    Set<String> attested = new HashSet<>();
    for (EntityMention m : mentions) {
      String[] tokens = stripTitles(split(m.text()), "PER".equals(m.type()));
      raw.add(tokens);
      attested.addAll(Arrays.asList(tokens));
    }
    List<List<String>> keys = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      keys.add(key(raw.get(i), mentions.get(i).type(), attested));
    }
    return keys;
  }

  private List<String> key(String[] tokens, String type, Set<String> attested) {
    int last = tokens.length - 1;
    boolean innerGenitive = false;
    for (int i = 0; i < last; i++) {
      if (tokens[i].equals("des") || tokens[i].equals("eines")) {
        innerGenitive = true;
      }
    }
    String[] out = tokens.clone();
    out[last] = baseForm(tokens[last], type, attested, innerGenitive);
    if (!"PER".equals(type)) {
      out = NameDeclension.nominative(tokens, out);
    }
    return List.of(out);
  }

  /**
   * Maps each name of one type to the name of its entity: a person's name to the root of the one
   * longer name it is a subsequence of ({@code Putin} of {@code Wladimir Putin}), an organisation's
   * to that of the one name that is it with a legal form ({@code Maple Bank} of {@code Maple Bank
   * GmbH}); when there are several, or none, to itself. Linear in the names but for the longer
   * names that share a word: the longer names are found through their words (a person) or their
   * names without the legal form (an organisation), not by trying them all.
   */
  private Map<List<String>, List<String>> roots(String type, Collection<List<String>> names) {
    List<List<String>> sorted = new ArrayList<>(names);
    sorted.sort(LONGEST_FIRST); // stable: ties keep document order
    Map<List<String>, List<String>> root = new HashMap<>();
    boolean person = "PER".equals(type);
    boolean org = "ORG".equals(type);
    Map<String, List<List<String>>> byWord = new HashMap<>(); // persons: names seen, by word
    Map<List<String>, Set<List<String>>> byStem = new HashMap<>(); // organisations: roots by name
    for (List<String> name : sorted) {
      Set<List<String>> candidates = new LinkedHashSet<>();
      if (person) {
        for (List<String> longer : byWord.getOrDefault(name.get(0), List.of())) {
          if (longer.size() > name.size() && isSubsequence(name, longer)) {
            candidates.add(root.get(longer));
          }
        }
      } else if (org) {
        candidates = byStem.getOrDefault(name, candidates); // Maple Bank of Maple Bank GmbH
      }
      root.put(name, candidates.size() == 1 ? candidates.iterator().next() : name);
      if (person) {
        for (String word : new LinkedHashSet<>(name)) {
          byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(name);
        }
      } else if (org) {
        int form = LegalForms.start(name);
        if (form > 0) {
          byStem
              .computeIfAbsent(name.subList(0, form), k -> new LinkedHashSet<>())
              .add(root.get(name));
        }
      }
    }
    return root;
  }

  private static boolean isSubsequence(List<String> shorter, List<String> longer) {
    int j = 0;
    for (int i = 0; i < longer.size() && j < shorter.size(); i++) {
      if (longer.get(i).equals(shorter.get(j))) {
        j++;
      }
    }
    return j == shorter.size();
  }

  private static String[] split(String text) {
    String s = text.strip();
    return s.isEmpty() ? new String[] {text} : s.split("\\s+");
  }

  private String[] stripTitles(String[] tokens, boolean person) {
    if (!person) {
      return tokens;
    }
    int k = 0;
    while (k < tokens.length - 1 && isTitle(tokens[k])) {
      k++;
    }
    return k == 0 ? tokens : Arrays.copyOfRange(tokens, k, tokens.length);
  }

  private boolean isTitle(String token) {
    if (titles.contains(token)) {
      return true;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    for (String head : titleHeads) {
      if (lower.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  private String baseForm(String word, String type, Set<String> attested, boolean innerGenitive) {
    String w = normalizeApostrophe(word);
    int len = w.length();
    if (len < 2 || namesEndingInS.contains(w) || !Character.isUpperCase(w.charAt(0))) {
      return word; // a name written in lowercase ("reuters") is left as it is
    }
    if (w.endsWith("'s") && len > 2) {
      return word.substring(0, len - 2);
    }
    char last = w.charAt(len - 1);
    if (last == '\'') {
      char before = w.charAt(len - 2);
      return before == 's' || before == 'x' || before == 'z' || before == 'ß'
          ? word.substring(0, len - 1)
          : word;
    }
    if (last != 's') {
      return word;
    }
    String stem = word.substring(0, len - 1);
    if (attested.contains(stem)) {
      return stem;
    }
    if (len > 3 && w.endsWith("es") && attested.contains(word.substring(0, len - 2))) {
      return word.substring(0, len - 2);
    }
    if (innerGenitive || !("PER".equals(type) || "LOC".equals(type) || "ORG".equals(type))) {
      return word;
    }
    GermanLexicon lexicon = GermanLexicon.get();
    List<GermanLexicon.Reading> readings = lexicon.readings(word);
    for (GermanLexicon.Reading r : readings) {
      if (r.lemma().equals(word) && r.tag().contains(":NOM:")) {
        return word; // a base form of its own: Thomas, Klaus
      }
    }
    for (GermanLexicon.Reading r : readings) {
      if (r.tag().contains(":GEN:")
          && (r.lemma().equals(stem)
              || w.endsWith("es") && r.lemma().equals(word.substring(0, len - 2)))) {
        return r.lemma(); // the lexicon's genitive: Xis of Xi, Bundestages of Bundestag
      }
    }
    return plausibleGenitive(w) && knownBase(stem, type, lexicon) ? stem : word;
  }

  /**
   * Whether the lexicon knows a stem as a word ({@code Steinmeier}, {@code Dubai}), or, for a name
   * other than a person's, the stem ends in a noun it knows ({@code UN-Sicherheitsrat}: {@code
   * Rat}): a canonical name is a form the document uses or one the lexicon vouches for, never a
   * guess such as {@code Haberma} of {@code Habermas}.
   */
  private static boolean knownBase(String stem, String type, GermanLexicon lexicon) {
    if (!lexicon.readings(stem).isEmpty()) {
      return true;
    }
    if ("PER".equals(type)) {
      return false;
    }
    int n = stem.length();
    for (int k = Math.max(1, n - MAX_HEAD); k + 3 <= n; k++) {
      String head = Character.toUpperCase(stem.charAt(k)) + stem.substring(k + 1);
      for (GermanLexicon.Reading r : lexicon.readings(head)) {
        if (r.tag().startsWith("SUB:") && r.lemma().equals(head)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The longest compound head {@link #knownBase} tries. */
  private static final int MAX_HEAD = 24;

  /** Whether the final {@code s} of {@code w} is taken for a genitive without other evidence. */
  private static boolean plausibleGenitive(String w) {
    int len = w.length();
    if (len < 4) {
      return false; // stem shorter than three characters
    }
    char c = w.charAt(len - 2);
    if (!Character.isLetter(c)
        || !Character.isLowerCase(c)
        || c == 's'
        || c == 'x'
        || c == 'z'
        || c == 'ß') {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.endsWith("es")
        || lower.endsWith("eis")
        || lower.endsWith("haus")
        || lower.endsWith("fonds")
        || lower.endsWith("news")) { // Euronews, Africanews
      return false;
    }
    char b = lower.charAt(len - 3);
    if (c == 'u' && b != 'a' && b != 'o') {
      return false; // Markus, Pistorius, Columbus
    }
    if (c == 'i' && (b == 'u' || !isVowel(b))) {
      return false; // Paris, Boris, Louis
    }
    return true;
  }

  private static boolean isVowel(char c) {
    return "aeiouyäöü".indexOf(c) >= 0;
  }

  private static String normalizeApostrophe(String s) {
    return s.replace('\u2019', '\'');
  }

  private static int chars(List<String> name) {
    int n = 0;
    for (String s : name) {
      n += s.length();
    }
    return n;
  }
}
