package io.github.germannlp;

import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import java.util.List;

/**
 * Documents with layers a test chooses (through the package's own constructors), for writers that
 * must handle what the pipeline rarely produces: composite UPOS tags, odd entity types.
 */
public final class TestDocuments {
  private TestDocuments() {}

  /**
   * A document over {@code text} with the given tokens and layers.
   *
   * @param text the text
   * @param starts token start offsets
   * @param ends token end offsets
   * @param sentenceEnds the index after each sentence's last token
   * @param upos one tag per token, or null for no POS layer
   * @param lemmas one lemma per token, or null for no lemma layer
   * @param mentions the entity mentions, or null for no entity layer; one entity per canonical
   *     name, in order of first mention
   * @return the document, its offsets checked
   */
  public static Document of(
      String text,
      int[] starts,
      int[] ends,
      int[] sentenceEnds,
      String[] upos,
      String[] lemmas,
      List<EntityMention> mentions) {
    DocumentLayers layers = new DocumentLayers();
    layers.upos = upos;
    layers.lemmas = lemmas;
    Document doc =
        new Document(text, TokenBuffer.of(starts, ends, starts.length), sentenceEnds, layers, true);
    if (mentions == null) {
      return doc;
    }
    java.util.Map<String, List<EntityMention>> groups = new java.util.LinkedHashMap<>();
    for (EntityMention m : mentions) {
      groups.computeIfAbsent(m.canonical(), k -> new java.util.ArrayList<>()).add(m);
    }
    List<Entity> entities =
        groups.values().stream()
            .map(g -> new Entity(g.get(0).canonical(), g.get(0).type(), g))
            .toList();
    return doc.with(
        l -> {
          l.mentions = mentions;
          l.entities = entities;
        });
  }
}
