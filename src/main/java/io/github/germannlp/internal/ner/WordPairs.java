package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.WordTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A model's pair features ({@code w-1w=}, {@code ww+1=}, {@code w-1g=}, {@code gw+1=}, {@code
 * gdw=}, {@code gds=}, {@code poss=}) found by numbers instead of by their names. Each string that
 * stands on either side of the {@code |} of such a feature (a word in lower case, {@code BOS},
 * {@code EOS}, a gazetteer category set, a guide or POS tag, a shape) has a number; a word type
 * looks up its word's and its shape's once ({@link NerFeatures.WordFacts#pairParts}); and a pair of
 * numbers finds its feature with one read of a table of 64-bit entries. No string is hashed or
 * compared a token, and nothing is read when one side is in no pair. The numbers are those the
 * names give: a name that holds more than one {@code |} is entered under each way of cutting it, as
 * looking names up finds it under each. Built from the model's feature names ({@link #of}, about
 * 0.1 s; 5 MB for the bundled model). Thread-safe: its only mutable state is a small table of the
 * tags seen last, whose entries are immutable.
 */
final class WordPairs {
  /** The pair features. */
  enum Kind {
    /** {@code w-1w=}: the word before and the word. */
    PREVIOUS_WORD("w-1w="),
    /** {@code ww+1=}: the word and the word after. */
    WORD_NEXT("ww+1="),
    /** {@code w-1g=}: the word before and the word's category set. */
    PREVIOUS_CATEGORIES("w-1g="),
    /** {@code gw+1=}: the word's category set and the word after. */
    CATEGORIES_NEXT("gw+1="),
    /** {@code gdw=}: the guide model's tag and the word. */
    GUIDE_WORD("gdw="),
    /** {@code gds=}: the guide model's tag and the word's shape. */
    GUIDE_SHAPE("gds="),
    /** {@code poss=}: the word's POS tag and its shape. */
    POS_SHAPE("poss=");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The part before the {@code |} for token {@code i} of {@code s}. */
    String first(PreparedSentence s, int i) {
      return switch (this) {
        case PREVIOUS_WORD, PREVIOUS_CATEGORIES -> s.lowerAt(i - 1);
        case WORD_NEXT -> s.lower[i];
        case CATEGORIES_NEXT -> GazetteerFeatures.maskName(s.masks[i]);
        case GUIDE_WORD, GUIDE_SHAPE -> s.guide[i];
        case POS_SHAPE -> NerFeatures.UPOS[s.tags[i]];
      };
    }

    /** The part after the {@code |} for token {@code i} of {@code s}. */
    String second(PreparedSentence s, int i) {
      return switch (this) {
        case PREVIOUS_WORD, GUIDE_WORD -> s.lower[i];
        case WORD_NEXT, CATEGORIES_NEXT -> s.lowerAt(i + 1);
        case PREVIOUS_CATEGORIES -> GazetteerFeatures.maskName(s.masks[i]);
        case GUIDE_SHAPE, POS_SHAPE -> s.shapes[i];
      };
    }
  }

  private static final Kind[] KINDS = Kind.values();

  /** Bits of a part's number: fewer parts than 2^20. */
  private static final int PART_BITS = 20;

  /** Bits of a feature's number in a table entry: fewer features than 2^19. */
  private static final int FEATURE_BITS = 19;

  /** The bits of an entry above its feature's number: its key plus one. */
  private static final long KEY_BITS = -(1L << FEATURE_BITS);

  /** The parts, each with its number as value. */
  private final WordTable parts;

  private final int bos;
  private final int eos;

  /** The parts' numbers of the POS tags, by {@link NerFeatures#UPOS} index. */
  private final int[] uposParts;

  /** The parts' numbers of the small category sets, by set ({@link GazetteerFeatures#maskName}). */
  private final int[] maskParts;

  /** Entries: (key + 1) above the feature's number; 0 for an empty slot. */
  private final long[] slots;

  private final int shift;

  private WordPairs(WordTable parts, long[] slots) {
    this.parts = parts;
    this.slots = slots;
    this.shift = 64 - Integer.numberOfTrailingZeros(slots.length);
    this.bos = part("BOS");
    this.eos = part("EOS");
    this.uposParts = new int[NerFeatures.UPOS.length];
    for (int t = 0; t < uposParts.length; t++) {
      uposParts[t] = part(NerFeatures.UPOS[t]);
    }
    this.maskParts = new int[GazetteerFeatures.MASK_NAME_COUNT];
    for (int m = 0; m < maskParts.length; m++) {
      maskParts[m] = part(GazetteerFeatures.maskName(m));
    }
  }

  /**
   * The pair features of a model's feature names, or null when there are too many features to
   * number this way (the caller looks names up instead).
   */
  static WordPairs of(WordTable names) {
    int n = names.size();
    if (n >= 1 << FEATURE_BITS) {
      return null;
    }
    Map<String, Integer> parts = new HashMap<>();
    long[] keys = new long[64];
    int[] ids = new int[64];
    int count = 0;
    for (int f = 0; f < n; f++) {
      String name = names.word(f);
      for (Kind kind : KINDS) {
        if (!name.startsWith(kind.prefix)) {
          continue;
        }
        int from = kind.prefix.length();
        for (int bar = name.indexOf('|', from); bar >= 0; bar = name.indexOf('|', bar + 1)) {
          int a = parts.computeIfAbsent(name.substring(from, bar), p -> parts.size());
          int b = parts.computeIfAbsent(name.substring(bar + 1), p -> parts.size());
          if (parts.size() >= 1 << PART_BITS) {
            return null;
          }
          if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
          }
          keys[count] = key(kind.ordinal(), a, b);
          ids[count++] = f;
        }
      }
    }
    long[] slots = new long[Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1];
    int shift = 64 - Integer.numberOfTrailingZeros(slots.length);
    int mask = slots.length - 1;
    for (int e = 0; e < count; e++) {
      long stored = (keys[e] + 1) << FEATURE_BITS;
      int s = slot(keys[e], shift);
      while (slots[s] != 0) {
        if ((slots[s] & KEY_BITS) == stored) {
          throw new IllegalStateException("a word pair twice among the feature names");
        }
        s = (s + 1) & mask;
      }
      slots[s] = stored | ids[e];
    }
    WordTable.Builder table = new WordTable.Builder(parts.size());
    String[] byNumber = new String[parts.size()];
    parts.forEach((part, number) -> byNumber[number] = part);
    for (int p = 0; p < byNumber.length; p++) {
      table.add(byNumber[p], p);
    }
    return new WordPairs(table.build(), slots);
  }

  private static long key(int kind, int a, int b) {
    return (long) kind << (2 * PART_BITS) | (long) a << PART_BITS | b; // below 2^43: 8 kinds
  }

  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** A part number of a word's facts not yet looked up. */
  static final int UNKNOWN = -2;

  /** The number of a string that stands on one side of a pair feature, or -1 if none has it. */
  int part(String s) {
    return parts.get(s, -1);
  }

  /**
   * The part number of the lower-case word {@code j} of a sentence these pairs' features prepared
   * (kept with the word's facts), of {@code BOS} before it and {@code EOS} after it; -1 if none.
   */
  int wordPart(PreparedSentence s, int j) {
    if (j < 0) {
      return bos;
    }
    if (j >= s.lower.length) {
      return eos;
    }
    NerFeatures.WordFacts f = s.facts[j];
    return keptPart(f, LOWER, f.lower);
  }

  /** The part number of word {@code j}'s shape (kept with the word's facts), or -1. */
  int shapePart(PreparedSentence s, int j) {
    NerFeatures.WordFacts f = s.facts[j];
    return keptPart(f, SHAPE, f.shape);
  }

  /** Where a word's facts keep the part numbers of its lower-case form and of its shape. */
  static final int LOWER = 0;

  static final int SHAPE = 1;

  /**
   * The part number of {@code string}, a word's lower-case form or shape, looked up once and kept
   * in its facts at {@code which} ({@link NerFeatures.WordFacts#pairParts}); racing threads write
   * the same number.
   */
  private int keptPart(NerFeatures.WordFacts f, int which, String string) {
    int p = f.pairParts[which];
    if (p == UNKNOWN) {
      p = part(string);
      f.pairParts[which] = p;
    }
    return p;
  }

  /**
   * The part number of a guide tag, or -1: from a small table of the tags seen last, found by their
   * hash code and identity (the guide's tags are the few strings of its outcomes).
   */
  int tagPart(String tag) {
    int slot = tag.hashCode() & (recentTags.length - 1);
    Tag t = recentTags[slot];
    if (t != null && t.tag == tag) {
      return t.part;
    }
    int p = part(tag);
    recentTags[slot] = new Tag(tag, p);
    return p;
  }

  /** An entry of the table of tags seen last: immutable, so racing threads see one whole. */
  private record Tag(String tag, int part) {}

  private final Tag[] recentTags = new Tag[16];

  /** The part number of a category set, or -1. */
  int maskPart(int mask) {
    return mask >= 0 && mask < maskParts.length
        ? maskParts[mask]
        : part(GazetteerFeatures.maskName(mask));
  }

  /**
   * The number of pair feature {@code kind} of token {@code i} of a sentence these pairs' features
   * prepared, or -1 if the model has no such feature: what looking up {@code kind.prefix +
   * kind.first(s, i) + '|' + kind.second(s, i)} gives.
   */
  int id(Kind kind, PreparedSentence s, int i) {
    return switch (kind) {
      case PREVIOUS_WORD -> id(kind, wordPart(s, i - 1), wordPart(s, i));
      case WORD_NEXT -> id(kind, wordPart(s, i), wordPart(s, i + 1));
      case PREVIOUS_CATEGORIES -> id(kind, wordPart(s, i - 1), maskPart(s.masks[i]));
      case CATEGORIES_NEXT -> id(kind, maskPart(s.masks[i]), wordPart(s, i + 1));
      case GUIDE_WORD -> id(kind, tagPart(s.guide[i]), wordPart(s, i));
      case GUIDE_SHAPE -> id(kind, tagPart(s.guide[i]), shapePart(s, i));
      case POS_SHAPE -> id(kind, uposParts[s.tags[i]], shapePart(s, i));
    };
  }

  /**
   * The number of pair feature {@code kind} of the parts numbered {@code a} and {@code b} ({@link
   * #part}), or -1 if the model has no such feature or a part is -1.
   */
  int id(Kind kind, int a, int b) {
    if (a < 0 || b < 0) {
      return -1;
    }
    long key = key(kind.ordinal(), a, b);
    long stored = (key + 1) << FEATURE_BITS;
    int last = slots.length - 1;
    for (int s = slot(key, shift); ; s = (s + 1) & last) {
      long v = slots[s];
      if (v == 0) {
        return -1;
      }
      if ((v & KEY_BITS) == stored) {
        return (int) (v & ~KEY_BITS);
      }
    }
  }
}
