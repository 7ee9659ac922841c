package io.github.germannlp.internal.ner;

/**
 * The {@link FeatureGroup#LEXICON} group: the word classes the full-form lexicon knows for the word
 * ({@code lx=}), for its lower-case form when it is capitalised ({@code lxl=}) and for its
 * neighbours ({@code lx-1=}, {@code lx+1=}). In German every noun is capitalised; whether the
 * lexicon knows a capitalised word as a common noun, a name, an adjective ({@code Russische} at a
 * sentence start) or not at all says much about whether it is a name.
 */
final class LexiconFeatures implements FeatureGenerator {
  private final FeatureTable word;
  private final FeatureTable lower;
  private final FeatureTable previous;
  private final FeatureTable next;

  LexiconFeatures(FeatureNumbering numbering) {
    word = numbering.table(FeatureNames.classFeatures("lx="));
    lower = numbering.table(FeatureNames.classFeatures("lxl="));
    previous = numbering.table(FeatureNames.classFeatures("lx-1="));
    next = numbering.table(FeatureNames.classFeatures("lx+1="));
  }

  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    out.add(word, s.classes[i]);
    if (s.lowerClasses[i] >= 0) {
      out.add(lower, s.lowerClasses[i]);
    }
  }

  @Override
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    int[] c = s.classes;
    int j = i + offset;
    switch (offset) {
      case -1 -> out.add(previous, j >= 0 ? c[j] : NerFeatures.EDGE);
      case 1 -> out.add(next, j < c.length ? c[j] : NerFeatures.EDGE);
      default -> {}
    }
  }
}
