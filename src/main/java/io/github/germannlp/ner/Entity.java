package io.github.germannlp.ner;

import java.util.List;

/**
 * One entity of a document: its mentions grouped under one canonical name.
 *
 * @param canonical the fullest name used in the document, in its base form ({@code Wladimir Putin},
 *     {@code China} for {@code Chinas})
 * @param type the entity type: the type most of its mentions were given by the model (ties: the
 *     highest summed confidence, then the first mention's); every mention carries it
 * @param mentions the mentions, in document order
 */
public record Entity(String canonical, String type, List<EntityMention> mentions) {

  /**
   * Copies the mention list, so that the entity is immutable.
   *
   * @param canonical the entity's canonical name
   * @param type the entity type, such as {@code PER}
   * @param mentions the mentions, in document order; copied
   * @throws NullPointerException if {@code mentions} or one of its elements is null
   */
  public Entity {
    mentions = List.copyOf(mentions);
  }

  /**
   * Number of mentions.
   *
   * @return how often the entity is mentioned in its document
   */
  public int count() {
    return mentions.size();
  }

  /**
   * Character offset of the first mention.
   *
   * @return the start offset of {@code mentions().get(0)} in the document text
   * @throws IndexOutOfBoundsException if the entity has no mentions (never so for the entities of a
   *     {@link io.github.germannlp.Document})
   */
  public int firstStart() {
    return mentions.get(0).start();
  }
}
