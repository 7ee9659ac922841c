package io.github.germannlp.internal.eval;

import io.github.germannlp.ner.EntityModel;

/**
 * The two GermEval 2014 class sets and the mapping between them: four classes ({@code PER}, {@code
 * LOC}, {@code ORG}, {@code MISC}) and twelve (those four and their {@code deriv} and {@code part}
 * variants, e.g. {@code LOCderiv}, {@code ORGpart}). A twelve-class prediction maps to four classes
 * by turning every {@code deriv}/{@code part} mention into no entity, just as {@code
 * NerCorpora.readGermEval(file, false)} does with the gold tags.
 */
public final class EntityClasses {
  private EntityClasses() {}

  /**
   * Whether a type is a {@code deriv} or {@code part} class.
   *
   * @param type an entity type without BIO prefix, such as {@code LOCderiv}
   * @return true if the type ends in {@code deriv} or {@code part}
   */
  public static boolean isFineOnly(String type) {
    return type.endsWith("deriv") || type.endsWith("part");
  }

  /**
   * The four-class type of a type.
   *
   * @param type an entity type without BIO prefix
   * @return {@code type} itself, or null for a {@code deriv}/{@code part} type
   */
  public static String fourClassType(String type) {
    return isFineOnly(type) ? null : type;
  }

  /**
   * A BIO tag in four classes: {@code B-LOCderiv} and {@code I-ORGpart} become {@code O}.
   *
   * @param tag a BIO tag such as {@code B-PER} or {@code O}
   * @return {@code O} for a {@code deriv}/{@code part} tag, else {@code tag} itself
   */
  public static String fourClassTag(String tag) {
    return tag.length() > 2 && tag.charAt(1) == '-' && isFineOnly(tag.substring(2)) ? "O" : tag;
  }

  /**
   * BIO tags in four classes; see {@link #fourClassTag(String)}.
   *
   * @param tags BIO tags, not modified
   * @return a new array with each tag mapped to four classes
   */
  public static String[] fourClassTags(String[] tags) {
    String[] out = new String[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = fourClassTag(tags[i]);
    }
    return out;
  }

  /**
   * Whether a model predicts twelve classes (any {@code deriv} or {@code part} tag).
   *
   * @param model the entity model whose {@link EntityModel#tags()} are read
   * @return true if any of its tags is a {@code deriv} or {@code part} tag
   */
  public static boolean isFine(EntityModel model) {
    for (String tag : model.tags()) {
      if (!tag.equals(fourClassTag(tag))) {
        return true;
      }
    }
    return false;
  }
}
