package io.github.germannlp.internal.ner;

import io.github.germannlp.Document;
import io.github.germannlp.ner.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass over a document: a name the model found once is found everywhere in the document.
 * Every word of a person's multi-word name ({@code Putin} from {@code Wladimir Putin}), and every
 * single-word mention of any type, marks its other occurrences — also in the genitive ({@code
 * Putins}, {@code Mischustins}) — that the first pass missed. A multi-word name of any other type
 * marks its other occurrences word for word, and an organisation's name with a legal form also
 * marks the name without it ({@code Maple Bank} after {@code Maple Bank GmbH}). Stateless and
 * thread-safe.
 */
final class DocumentConsistency {
  private static final int MIN_LENGTH = 2;

  private DocumentConsistency() {}

  /**
   * Adds the missed occurrences.
   *
   * @param doc the document
   * @param mentions the first pass's mentions, in document order
   * @return the mentions with the added ones, in document order
   */
  static List<EntityMention> complete(Document doc, List<EntityMention> mentions) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    Map<String, String> names = new HashMap<>();
    Map<String, Double> confidence = new HashMap<>();
    for (EntityMention m : mentions) {
      int tokens = m.endToken() - m.firstToken();
      if (tokens == 1) {
        rememberWord(names, confidence, m.text(), m.type(), m.confidence());
      } else if (m.type().equals("PER")) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          rememberWord(names, confidence, doc.token(t).text(), "PER", m.confidence());
        }
      }
    }
    boolean[] covered = new boolean[doc.tokenCount()];
    for (EntityMention m : mentions) {
      for (int t = m.firstToken(); t < m.endToken(); t++) {
        covered[t] = true;
      }
    }
    String text = doc.text();
    List<EntityMention> added = new ArrayList<>();
    addPhrases(doc, mentions, covered, added);
    for (int t = 0; t < covered.length; t++) {
      if (covered[t]) {
        continue;
      }
      var token = doc.token(t);
      String word = text.substring(token.start(), token.end());
      if (word.length() < MIN_LENGTH || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      String base = word;
      String type = names.get(word);
      if (type == null
          && word.length() > MIN_LENGTH + 1
          && (word.endsWith("s") || word.endsWith("'"))) {
        base = word.substring(0, word.length() - 1);
        type = names.get(base); // genitive: Putins, Mischustins
      }
      if (type != null && !type.equals("?")) {
        added.add(
            new EntityMention(
                word, type, token.start(), token.end(), t, t + 1, confidence.get(base), word));
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<EntityMention> all = new ArrayList<>(mentions.size() + added.size());
    all.addAll(mentions);
    all.addAll(added);
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  /**
   * Marks the uncovered occurrences of the multi-word names other than persons' (and of
   * organisations' names without their legal forms), longest names first.
   */
  private static void addPhrases(
      Document doc, List<EntityMention> mentions, boolean[] covered, List<EntityMention> added) {
    Map<List<String>, String> phrases = new HashMap<>();
    Map<List<String>, Double> confidence = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.endToken() - m.firstToken() < 2 || m.type().equals("PER")) {
        continue;
      }
      List<String> words = new ArrayList<>(m.endToken() - m.firstToken());
      for (int t = m.firstToken(); t < m.endToken(); t++) {
        words.add(doc.token(t).text());
      }
      remember(phrases, confidence, words, m.type(), m.confidence());
      int form = m.type().equals("ORG") ? LegalForms.start(words) : -1;
      if (form > 0 && Character.isUpperCase(words.get(0).charAt(0))) {
        remember(phrases, confidence, List.copyOf(words.subList(0, form)), "ORG", m.confidence());
      }
    }
    if (phrases.isEmpty()) {
      return;
    }
    Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    for (Map.Entry<List<String>, String> e : phrases.entrySet()) {
      if (!e.getValue().equals("?")) {
        byFirstWord.computeIfAbsent(e.getKey().get(0), w -> new ArrayList<>()).add(e.getKey());
      }
    }
    for (List<List<String>> candidates : byFirstWord.values()) {
      candidates.sort((a, b) -> Integer.compare(b.size(), a.size()));
    }
    String text = doc.text();
    // sentenceEnd[t]: the end token of t's sentence; a phrase does not cross it
    int[] sentenceEnd = new int[covered.length];
    for (var sentence : doc.sentences()) {
      java.util.Arrays.fill(
          sentenceEnd, sentence.firstToken(), sentence.endToken(), sentence.endToken());
    }
    for (int t = 0; t < covered.length; t++) {
      if (covered[t]) {
        continue;
      }
      List<List<String>> candidates = byFirstWord.get(doc.token(t).text());
      if (candidates == null) {
        continue;
      }
      for (List<String> phrase : candidates) {
        int n = phrase.size();
        boolean match = t + n <= sentenceEnd[t];
        for (int k = 1; k < n && match; k++) {
          match = !covered[t + k] && doc.token(t + k).text().equals(phrase.get(k));
        }
        if (!match) {
          continue;
        }
        int start = doc.token(t).start();
        int end = doc.token(t + n - 1).end();
        String mention = text.substring(start, end);
        added.add(
            new EntityMention(
                mention,
                phrases.get(phrase),
                start,
                end,
                t,
                t + n,
                confidence.get(phrase),
                mention));
        for (int k = 0; k < n; k++) {
          covered[t + k] = true;
        }
        t += n - 1;
        break;
      }
    }
  }

  /**
   * Remembers a name (a word or a list of words) with its type and the confidence it was first
   * found with; a name seen with two types is marked {@code "?"}: not reliable.
   */
  private static <K> void remember(
      Map<K, String> names, Map<K, Double> confidence, K name, String type, double c) {
    String known = names.putIfAbsent(name, type);
    if (known == null) {
      confidence.put(name, c);
    } else if (!known.equals(type)) {
      names.put(name, "?");
    }
  }

  /** {@link #remember} for a single word that may be a name: capitalised, two letters or more. */
  private static void rememberWord(
      Map<String, String> names,
      Map<String, Double> confidence,
      String word,
      String type,
      double c) {
    if (word.length() >= MIN_LENGTH && Character.isUpperCase(word.charAt(0))) {
      remember(names, confidence, word, type, c);
    }
  }
}
