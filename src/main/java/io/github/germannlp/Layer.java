package io.github.germannlp;

import java.util.Locale;
import java.util.Map;

/** The layers of analysis a {@link Document} can carry. */
public enum Layer {
  /** Tokens with character offsets; always present. */
  TOKENS,
  /** Sentences; always present. */
  SENTENCES,
  /** Universal part-of-speech tags ({@link Token#upos()}). */
  POS,
  /** Lemmas ({@link Token#lemma()}). */
  LEMMA,
  /** Parts of noun compounds ({@link Token#compoundParts()}). */
  COMPOUNDS,
  /** Named entities. */
  ENTITIES,
  /** Topics ({@link Document#topics()}). */
  TOPICS,
  /** Page furniture of scraped pages ({@link Document#furniture()}). */
  FURNITURE;

  /** Other names of layers, as other toolkits call their steps. */
  private static final Map<String, Layer> ALIASES =
      Map.of(
          "ner", ENTITIES, "lemmas", LEMMA, "upos", POS, "tokenize", TOKENS, "ssplit", SENTENCES);

  /**
   * The layer a word names: a layer's name in any case ({@code entities}) or another toolkit's name
   * for the step ({@code ner}, {@code lemmas}, {@code upos}, {@code tokenize}, {@code ssplit}), for
   * command lines and configuration files.
   *
   * @param name the word, surrounding white space ignored
   * @return the layer it names
   * @throws IllegalArgumentException for any other word, naming the layer it is closest to
   * @throws NullPointerException if {@code name} is null
   */
  public static Layer parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    Layer alias = ALIASES.get(n);
    if (alias != null) {
      return alias;
    }
    for (Layer l : values()) {
      if (l.name().equalsIgnoreCase(n)) {
        return l;
      }
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (Layer l : values()) {
      int d = editDistance(n, l.name().toLowerCase(Locale.ROOT));
      if (d < best) {
        best = d;
        closest = l.name().toLowerCase(Locale.ROOT);
      }
    }
    throw new IllegalArgumentException(
        "unknown step '"
            + name
            + "'"
            + (best <= 2 ? "; did you mean '" + closest + "'?" : "")
            + " (tokens, sentences, pos, lemma, compounds, entities, topics, furniture)");
  }

  /** Levenshtein distance between two short words. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
