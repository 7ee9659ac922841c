package io.github.germannlp.category;

import io.github.germannlp.Document;
import io.github.germannlp.Layer;
import io.github.germannlp.Token;
import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;
import io.github.germannlp.ner.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * Feature extraction: one pass over a document's tokens and entities. The features are strings that
 * OpenNLP's {@code BagOfWordsFeatureGenerator} turns into model features one by one.
 */
final class Features {
  private Features() {}

  /** Prefix of a content-word lemma. */
  static final String LEMMA = "l:";

  /** Prefix of a compound part. */
  static final String PART = "c:";

  /** Prefix of an entity's canonical name. */
  static final String ENTITY = "e:";

  private static final Lazy<Set<String>> STOP =
      new Lazy<>(() -> WordLists.load(Features.class, "stopwords-de.txt"));

  /** Whether {@code lemma} (lower case) is ignored. */
  static boolean isStopWord(String lemma) {
    return STOP.get().contains(lemma);
  }

  /** The features of a document under {@code set}. */
  static String[] of(FeatureSet set, Document doc) {
    return set == FeatureSet.OPENNLP_BASELINE ? baseline(doc.text()) : german(doc);
  }

  /** OpenNLP's default: white-space tokens. */
  static String[] baseline(String text) {
    return WhitespaceTokenizer.INSTANCE.tokenize(text);
  }

  /**
   * The German features of a document. Without parts of speech every word with a letter counts as a
   * content word; without lemmas the lower-cased word stands for its lemma.
   */
  static String[] german(Document doc) {
    List<String> out = new ArrayList<>(doc.tokenCount() + 16);
    boolean pos = doc.has(Layer.POS);
    for (Token token : doc.tokens()) {
      {
        String upos = token.upos();
        if (pos && !isContent(upos)) {
          continue;
        }
        String lemma = token.lemma();
        String key =
            (lemma == null || lemma.isEmpty() ? token.text() : lemma).toLowerCase(Locale.GERMAN);
        if (key.length() > 2 && key.endsWith(".")) {
          key = key.substring(0, key.length() - 1); // an abbreviation: "Min." counts as "min"
        }
        if (!hasLetter(key)
            || key.length() < 2
            || STOP.get().contains(key)
            || STOP.get().contains(token.text().toLowerCase(Locale.GERMAN))) {
          continue;
        }
        out.add(LEMMA + key);
        List<String> parts = token.compoundParts();
        if (parts.size() > 1) {
          for (String part : parts) {
            String p = part.toLowerCase(Locale.GERMAN);
            if (p.length() > 2 && !STOP.get().contains(p)) {
              out.add(PART + p);
            }
          }
        }
      }
    }
    for (Entity entity : doc.entities()) {
      String name = entity.canonical().toLowerCase(Locale.GERMAN);
      if (!STOP.get().contains(name)) {
        String feature = ENTITY + name.replace(' ', '_');
        for (int i = 0; i < entity.count(); i++) {
          out.add(feature);
        }
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean isContent(String upos) {
    return "NOUN".equals(upos) || "PROPN".equals(upos) || "VERB".equals(upos) || "ADJ".equals(upos);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
