package io.github.germannlp;

import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The optional layers of a {@link Document} as the pipeline fills them in: one field per layer,
 * null while the layer is absent. A new layer is a field here, a line in {@link #present()} and an
 * accessor on {@link Document}. Mutable while the pipeline builds a document; a document keeps its
 * own copy ({@link #copy()}), whose lists it has made unmodifiable.
 */
final class DocumentLayers {
  /** One Universal POS tag per token. */
  String[] upos;

  /** One lemma per token. */
  String[] lemmas;

  /** The compound parts per token; an entry is null for a token with none. */
  List<String>[] compounds;

  /** The entity mentions, in document order (with {@link #entities}). */
  List<EntityMention> mentions;

  /** The mentions grouped by canonical name (with {@link #mentions}). */
  List<Entity> entities;

  /** The page furniture, in text order. */
  List<Furniture> furniture;

  /** The topics, best first. */
  List<Topic> topics;

  /** The layers present: tokens and sentences always, and each field that is set. */
  Set<Layer> present() {
    EnumSet<Layer> l = EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
    add(l, Layer.POS, upos);
    add(l, Layer.LEMMA, lemmas);
    add(l, Layer.COMPOUNDS, compounds);
    add(l, Layer.ENTITIES, mentions);
    add(l, Layer.FURNITURE, furniture);
    add(l, Layer.TOPICS, topics);
    return l;
  }

  private static void add(Set<Layer> layers, Layer layer, Object value) {
    if (value != null) {
      layers.add(layer);
    }
  }

  /** A copy whose lists are unmodifiable copies (the arrays are shared: they are never changed). */
  DocumentLayers copy() {
    DocumentLayers c = new DocumentLayers();
    c.upos = upos;
    c.lemmas = lemmas;
    c.compounds = compounds;
    c.mentions = mentions == null ? null : List.copyOf(mentions);
    c.entities = entities == null ? null : List.copyOf(entities);
    c.furniture = furniture == null ? null : List.copyOf(furniture);
    c.topics = topics == null ? null : List.copyOf(topics);
    return c;
  }
}
