package io.github.germannlp.ner;

import io.github.germannlp.internal.LineReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user dictionary of known names with their entity types ({@code Wladimir Putin → PER}), matched
 * over the tokens of a document.
 *
 * <p>A name is split on white space into tokens and matches the same tokens exactly
 * (case-sensitive). Matching scans left to right; at each position the longest name wins, and
 * matches do not overlap. The names are kept in a token trie, so matching costs at most O(tokens ×
 * longest name in tokens) lookups.
 *
 * <p>File format ({@link #load}): UTF-8, one {@code name<TAB>TYPE} a line; blank lines and lines
 * starting with {@code #} are skipped. A name listed twice must have the same type.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EntityDictionary names = EntityDictionary.of(Map.of("Deutsche Bahn", "ORG"));
 * names.match(new String[] {"Die", "Deutsche", "Bahn"});   // [Match[1, 3, ORG, Deutsche Bahn]]
 * GermanNlp nlp = GermanNlp.builder().entityDictionary(names).build();
 * }</pre>
 */
public final class EntityDictionary {

  /**
   * One dictionary match.
   *
   * @param firstToken index of the first token
   * @param endToken index after the last token
   * @param type the entity type from the dictionary
   * @param name the dictionary entry, its tokens joined by single spaces
   */
  public record Match(int firstToken, int endToken, String type, String name) {}

  /** A trie node; {@code type} is non-null when a name ends here. */
  private static final class Node {
    final Map<String, Node> children;
    final String type;
    final String name;

    Node(Map<String, Node> children, String type, String name) {
      this.children = children;
      this.type = type;
      this.name = name;
    }
  }

  /** Mutable node used while building. */
  private static final class Builder {
    final Map<String, Builder> children = new HashMap<>();
    String type;
    String name;

    Node freeze() {
      Map<String, Node> frozen = new HashMap<>(children.size() * 2);
      for (Map.Entry<String, Builder> e : children.entrySet()) {
        frozen.put(e.getKey(), e.getValue().freeze());
      }
      return new Node(Map.copyOf(frozen), type, name);
    }
  }

  private final Node root;
  private final int size;
  private final int maxTokens;

  private EntityDictionary(Node root, int size, int maxTokens) {
    this.root = root;
    this.size = size;
    this.maxTokens = maxTokens;
  }

  /**
   * Builds a dictionary from names and types.
   *
   * @throws IllegalArgumentException if a name or type is blank, a type contains white space, or
   *     two names with the same tokens have different types
   * @param nameToType each name (split on white space into tokens) with its type, such as {@code
   *     "Wladimir Putin" -> "PER"}
   * @return a new dictionary
   * @throws NullPointerException if {@code nameToType} is null
   */
  public static EntityDictionary of(Map<String, String> nameToType) {
    Objects.requireNonNull(nameToType, "nameToType");
    Builder root = new Builder();
    int[] stats = new int[2];
    for (Map.Entry<String, String> e : nameToType.entrySet()) {
      add(root, stats, e.getKey(), e.getValue(), "entry '" + e.getKey() + "'");
    }
    return new EntityDictionary(root.freeze(), stats[0], stats[1]);
  }

  /**
   * Reads a dictionary file in the format described above.
   *
   * @param file a UTF-8 file (a leading byte order mark is skipped)
   * @return a new dictionary
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file is missing or cannot be read; the message names the path (and
   *     the line, for text that is not UTF-8)
   * @throws IllegalArgumentException if a line is malformed; the message names path and line
   */
  public static EntityDictionary load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "entity dictionary not found");
    }
    try (LineReader r = LineReader.open(file)) {
      return read(r);
    }
  }

  /**
   * Reads a dictionary from a classpath resource, e.g. one bundled with an application.
   *
   * @param resource an absolute resource name such as {@code /com/example/names.tsv}, as for {@link
   *     Class#getResourceAsStream(String)}, in the format described above
   * @return a new dictionary
   * @throws IllegalArgumentException if a line is malformed; the message names resource and line
   * @throws IOException if the resource is missing or unreadable; the message names it
   */
  public static EntityDictionary loadResource(String resource) throws IOException {
    java.io.InputStream in = EntityDictionary.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("entity dictionary not on the classpath: " + resource);
    }
    try (LineReader r = LineReader.of(in, "classpath:" + resource)) {
      return read(r);
    }
  }

  private static EntityDictionary read(LineReader r) throws IOException {
    Builder root = new Builder();
    int[] stats = new int[2];
    for (String line = r.next(); line != null; line = r.next()) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int tab = s.indexOf('\t');
      if (tab < 0 || s.indexOf('\t', tab + 1) >= 0) {
        throw r.error("expected 'name<TAB>TYPE', got '" + s + "'");
      }
      add(root, stats, s.substring(0, tab), s.substring(tab + 1), r.where());
    }
    return new EntityDictionary(root.freeze(), stats[0], stats[1]);
  }

  private static void add(Builder root, int[] stats, String name, String type, String where) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(where + ": empty name");
    }
    String t = type == null ? "" : type.strip();
    if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          where + ": type must be one word such as PER, LOC, ORG or MISC, got '" + type + "'");
    }
    String[] tokens = name.strip().split("\\s+");
    Builder node = root;
    for (String token : tokens) {
      node = node.children.computeIfAbsent(token, k -> new Builder());
    }
    String joined = String.join(" ", tokens);
    if (node.type != null) {
      if (!node.type.equals(t)) {
        throw new IllegalArgumentException(
            where + ": '" + joined + "' is already listed as " + node.type + ", not " + t);
      }
      return;
    }
    node.type = t;
    node.name = joined;
    stats[0]++;
    stats[1] = Math.max(stats[1], tokens.length);
  }

  /**
   * Number of names.
   *
   * @return the number of distinct names (by their tokens)
   */
  public int size() {
    return size;
  }

  /**
   * Length in tokens of the longest name.
   *
   * @return the most tokens of any name; 0 for an empty dictionary
   */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The type of a name.
   *
   * @param name the name, its tokens separated by white space
   * @return the name's type, or {@code null} if not listed
   * @throws NullPointerException if {@code name} is null
   */
  public String type(String name) {
    Node node = root;
    for (String token : name.strip().split("\\s+")) {
      node = node.children.get(token);
      if (node == null) {
        return null;
      }
    }
    return node.type;
  }

  /**
   * Matches over tokens given as strings.
   *
   * @param tokens the token texts, in order
   * @return the matches, left to right and not overlapping, the longest at each position;
   *     unmodifiable
   * @throws NullPointerException if {@code tokens} is null
   */
  public List<Match> match(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return match(i -> tokens[i], tokens.length);
  }

  /**
   * Matches over the tokens of a text.
   *
   * @param text the document text
   * @param tokenStarts start offset of each token
   * @param tokenEnds end offset (exclusive) of each token
   * @param tokenCount number of tokens (the arrays may be longer)
   * @return the matches, left to right and not overlapping, the longest at each position;
   *     unmodifiable
   * @throws NullPointerException if {@code text} or an array is null
   * @throws IllegalArgumentException if {@code tokenCount} is negative or longer than an array
   */
  public List<Match> match(CharSequence text, int[] tokenStarts, int[] tokenEnds, int tokenCount) {
    Objects.requireNonNull(text, "text");
    checkTokens(tokenStarts, tokenEnds, tokenCount);
    return match(i -> text.subSequence(tokenStarts[i], tokenEnds[i]).toString(), tokenCount);
  }

  /**
   * Matches over the tokens of a text and returns them as mentions with confidence 1.0 (canonical
   * name equal to the text, as for unresolved mentions).
   *
   * @param text the document text
   * @param tokenStarts start offset of each token
   * @param tokenEnds end offset (exclusive) of each token
   * @param tokenCount number of tokens (the arrays may be longer)
   * @return one mention per match, in text order; unmodifiable
   * @throws NullPointerException if {@code text} or an array is null
   * @throws IllegalArgumentException if {@code tokenCount} is negative or longer than an array
   */
  public List<EntityMention> mentions(
      CharSequence text, int[] tokenStarts, int[] tokenEnds, int tokenCount) {
    List<Match> matches = match(text, tokenStarts, tokenEnds, tokenCount);
    List<EntityMention> out = new ArrayList<>(matches.size());
    for (Match m : matches) {
      int start = tokenStarts[m.firstToken()];
      int end = tokenEnds[m.endToken() - 1];
      String s = text.subSequence(start, end).toString();
      out.add(new EntityMention(s, m.type(), start, end, m.firstToken(), m.endToken(), 1.0, s));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Matches over the tokens of a text cut into sentences, as mentions with confidence 1.0; no
   * mention crosses a sentence end (a name at the end of one sentence and the start of the next is
   * two words, not a name).
   *
   * @param text the document text
   * @param tokenStarts start offset of each token
   * @param tokenEnds end offset (exclusive) of each token
   * @param sentenceEnds the end token index (exclusive) of each sentence, ascending; the last one
   *     is the number of tokens
   * @return one mention per match, in text order; unmodifiable
   * @throws NullPointerException if {@code text} or an array is null
   * @throws IllegalArgumentException if the sentence ends are not ascending or lie outside the
   *     token arrays
   */
  public List<EntityMention> mentions(
      CharSequence text, int[] tokenStarts, int[] tokenEnds, int[] sentenceEnds) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentenceEnds, "sentenceEnds");
    int tokenCount = sentenceEnds.length == 0 ? 0 : sentenceEnds[sentenceEnds.length - 1];
    checkTokens(tokenStarts, tokenEnds, tokenCount);
    List<EntityMention> out = new ArrayList<>();
    int first = 0;
    for (int end : sentenceEnds) {
      if (end < first) {
        throw new IllegalArgumentException(
            "sentence ends not ascending: " + java.util.Arrays.toString(sentenceEnds));
      }
      int offset = first;
      for (Match m :
          match(
              i -> text.subSequence(tokenStarts[offset + i], tokenEnds[offset + i]).toString(),
              end - first)) {
        int start = tokenStarts[offset + m.firstToken()];
        int stop = tokenEnds[offset + m.endToken() - 1];
        String s = text.subSequence(start, stop).toString();
        out.add(
            new EntityMention(
                s, m.type(), start, stop, offset + m.firstToken(), offset + m.endToken(), 1.0, s));
      }
      first = end;
    }
    return Collections.unmodifiableList(out);
  }

  private interface TokenSource {
    String token(int i);
  }

  private List<Match> match(TokenSource tokens, int n) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Node node = root;
      Node best = null;
      int bestEnd = -1;
      for (int j = i; j < n && j - i < maxTokens; j++) {
        node = node.children.get(tokens.token(j));
        if (node == null) {
          break;
        }
        if (node.type != null) {
          best = node;
          bestEnd = j + 1;
        }
      }
      if (best != null) {
        out.add(new Match(i, bestEnd, best.type, best.name));
        i = bestEnd;
      } else {
        i++;
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static void checkTokens(int[] starts, int[] ends, int count) {
    Objects.requireNonNull(starts, "tokenStarts");
    Objects.requireNonNull(ends, "tokenEnds");
    if (count < 0 || count > starts.length || count > ends.length) {
      throw new IllegalArgumentException(
          "token count "
              + count
              + " outside the arrays ("
              + starts.length
              + " starts, "
              + ends.length
              + " ends)");
    }
  }

  /**
   * Combines model mentions with dictionary mentions: every dictionary mention is kept, and a model
   * mention is kept only if its characters do not overlap any dictionary mention. The result is
   * ordered by start offset (a dictionary mention first on a tie).
   *
   * @param model mentions found by a model
   * @param dictionary mentions from {@link #mentions}, not overlapping each other
   * @return a new, unmodifiable list
   * @throws NullPointerException if either list is null
   */
  public static List<EntityMention> overlay(
      List<EntityMention> model, List<EntityMention> dictionary) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(dictionary, "dictionary");
    List<EntityMention> dict = new ArrayList<>(dictionary);
    dict.sort(Comparator.comparingInt(EntityMention::start));
    // maxEnd[k]: the largest end among dict[0..k], for a binary-searchable overlap test
    int[] maxEnd = new int[dict.size()];
    int[] starts = new int[dict.size()];
    for (int k = 0; k < dict.size(); k++) {
      starts[k] = dict.get(k).start();
      maxEnd[k] = Math.max(k == 0 ? Integer.MIN_VALUE : maxEnd[k - 1], dict.get(k).end());
    }
    List<EntityMention> out = new ArrayList<>(dict);
    for (EntityMention m : model) {
      // last dictionary mention starting before m ends
      int lo = 0;
      int hi = dict.size() - 1;
      int last = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < m.end()) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      boolean overlaps = last >= 0 && maxEnd[last] > m.start();
      if (!overlaps) {
        out.add(m);
      }
    }
    // stable sort: dictionary mentions were added first, so they come first on equal starts
    out.sort(Comparator.comparingInt(EntityMention::start));
    return Collections.unmodifiableList(out);
  }
}
