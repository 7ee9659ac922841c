package io.github.germannlp.internal.ner;

/**
 * The gazetteer's word lists that hold the word ({@code g=CITY}), the set of them with the word's
 * shape ({@code sg=}) and with each neighbouring word ({@code w-1g=}, {@code gw+1=}), and the lists
 * of a genitive's base form ({@code gs=}: {@code Chinas} → {@code China}, {@code Grass'} → {@code
 * Grass}).
 */
final class GazetteerFeatures implements FeatureGenerator {
  private final Gazetteer gazetteer;
  private final FeatureTable word;
  private final FeatureTable genitive;

  GazetteerFeatures(Gazetteer gazetteer, FeatureNumbering numbering) {
    this.gazetteer = gazetteer;
    this.word = numbering.table("g", gazetteer.categories());
    this.genitive = numbering.table("gs", gazetteer.categories());
  }

  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    int mask = s.masks[i];
    out.addCategories(word, mask);
    out.add("sg=" + s.shapes[i] + '|' + mask);
    String w = s.tokens[i];
    if (s.lower[i].length() > 3 && (w.endsWith("s") || w.endsWith("'"))) {
      out.addCategories(genitive, gazetteer.lookup(w.substring(0, w.length() - 1)));
    }
  }

  /** The decimal names of the small category sets, made once. */
  private static final String[] MASK_NAMES = new String[1 << 10];

  static {
    for (int m = 0; m < MASK_NAMES.length; m++) {
      MASK_NAMES[m] = Integer.toString(m);
    }
  }

  /** How many category sets have their name made once. */
  static final int MASK_NAME_COUNT = MASK_NAMES.length;

  /** The decimal name of a category set, as the pair features write it. */
  static String maskName(int mask) {
    return mask >= 0 && mask < MASK_NAMES.length ? MASK_NAMES[mask] : Integer.toString(mask);
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    out.add(WordPairs.Kind.PREVIOUS_CATEGORIES, s, i);
    out.add(WordPairs.Kind.CATEGORIES_NEXT, s, i);
  }
}
