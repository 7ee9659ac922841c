package io.github.germannlp.ner;

import io.github.germannlp.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass over a document: a name the model found once is found everywhere in the
 * document. Every word of a person's multi-word name ({@code Putin} from {@code Wladimir Putin}),
 * and every single-word mention of any type, marks its other occurrences — also in the genitive
 * ({@code Putins}, {@code Mischustins}) — that the first pass missed. Stateless and thread-safe.
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
        remember(names, confidence, m.text(), m.type(), m.confidence());
      } else if (m.type().equals("PER")) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          remember(names, confidence, doc.token(t).text(), "PER", m.confidence());
        }
      }
    }
    boolean[] covered = new boolean[doc.tokenCount()];
    for (EntityMention m : mentions) {
      for (int t = m.firstToken(); t < m.endToken(); t++) {
        covered[t] = true;
      }
    }
    List<EntityMention> added = new ArrayList<>();
    String text = doc.text();
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
      if (type == null && word.length() > MIN_LENGTH + 1
          && (word.endsWith("s") || word.endsWith("'"))) {
        base = word.substring(0, word.length() - 1);
        type = names.get(base); // genitive: Putins, Mischustins
      }
      if (type != null && !type.equals("?")) {
        added.add(new EntityMention(word, type, token.start(), token.end(), t, t + 1,
            confidence.get(base), word));
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

  private static void remember(Map<String, String> names, Map<String, Double> confidence,
      String word, String type, double c) {
    if (word.length() < MIN_LENGTH || !Character.isUpperCase(word.charAt(0))) {
      return;
    }
    String known = names.putIfAbsent(word, type);
    if (known == null) {
      confidence.put(word, c);
    } else if (!known.equals(type)) {
      names.put(word, "?"); // seen with two types: not reliable
    }
  }
}
