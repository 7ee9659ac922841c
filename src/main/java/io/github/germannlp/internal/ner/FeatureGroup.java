package io.github.germannlp.internal.ner;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An optional group of entity features, chosen when a model is trained and stored in it: {@link
 * NerFeatures} adds the {@link FeatureGenerator generators} of a model's groups to those every
 * model has. In a model file the groups are a bit set of their {@link #bit}s, so new groups get new
 * bits and old files keep their meaning.
 */
public enum FeatureGroup {
  /**
   * The word classes the full-form lexicon knows for the word, for its lower-case form when it is
   * capitalised, and for its neighbours ({@link LexiconFeatures}).
   */
  LEXICON(1),

  /** The universal POS tags of the word and its neighbours ({@link PosFeatures}). */
  POS(2),

  /**
   * The kinds of proper name the lexicon knows the word and its neighbours as ({@link
   * NameKindFeatures}); needs {@link #LEXICON}.
   */
  NAME_KINDS(4),

  /** The tags of the model's guide model ({@link GuideFeatures}). */
  GUIDE(8),

  /** Distributional word clusters stored in the model ({@link ClusterFeatures}). */
  CLUSTERS(16),

  /**
   * Whole names of several words from the gazetteer's phrase lists that cover the word ({@link
   * PhraseFeatures}); needs a gazetteer with phrases ({@link Gazetteer#hasPhrases}).
   */
  PHRASES(32);

  /** The group's bit in a model file. */
  public final int bit;

  FeatureGroup(int bit) {
    this.bit = bit;
  }

  /**
   * The groups a new model uses (and {@link #GUIDE}, {@link #CLUSTERS} and {@link #PHRASES} when it
   * has those).
   */
  public static final Set<FeatureGroup> DEFAULT =
      Collections.unmodifiableSet(EnumSet.of(LEXICON, POS, NAME_KINDS));

  /**
   * The groups of a bit set, as stored in a model file.
   *
   * @param bits the groups' {@link #bit}s
   * @return an unmodifiable set of the groups
   * @throws IllegalArgumentException if {@code bits} has a bit no group has, or {@link #NAME_KINDS}
   *     without {@link #LEXICON}
   */
  public static Set<FeatureGroup> of(int bits) {
    EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
    int left = bits;
    for (FeatureGroup g : values()) {
      if ((bits & g.bit) != 0) {
        groups.add(g);
        left &= ~g.bit;
      }
    }
    if (left != 0) {
      throw new IllegalArgumentException("unknown feature groups: " + bits);
    }
    return check(groups);
  }

  /**
   * The groups of {@code first} and {@code rest}.
   *
   * @throws IllegalArgumentException for {@link #NAME_KINDS} without {@link #LEXICON}
   */
  public static Set<FeatureGroup> of(Set<FeatureGroup> first, FeatureGroup... rest) {
    EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
    groups.addAll(first);
    Collections.addAll(groups, rest);
    return check(groups);
  }

  /** The bit set of {@code groups}, as stored in a model file. */
  public static int bits(Set<FeatureGroup> groups) {
    int bits = 0;
    for (FeatureGroup g : groups) {
      bits |= g.bit;
    }
    return bits;
  }

  private static Set<FeatureGroup> check(EnumSet<FeatureGroup> groups) {
    if (groups.contains(NAME_KINDS) && !groups.contains(LEXICON)) {
      throw new IllegalArgumentException("the name-kind features need the lexicon features");
    }
    return Collections.unmodifiableSet(groups);
  }
}
