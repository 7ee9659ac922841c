package io.github.germannlp.internal.ner;

/**
 * Head nouns ({@link Gazetteer#ORG_HEADS}, {@link Gazetteer#PERSON_HEADS}), for models whose
 * gazetteer has those lists: a capitalised word that ends in one, and is not a name the lexicon
 * knows, marks itself ({@code hd=}) and its neighbours ({@code hd-1=}, with the word's shape too,
 * and {@code hd+1=}): {@code Autohersteller} before {@code Daihatsu}, {@code Regierungssprecher}
 * before {@code Seibert}, {@code Gewerkschaft} before {@code Verdi}.
 */
final class HeadNounFeatures implements FeatureGenerator {
  /** The names by head bits: none, organisation, person, both. */
  private static final String[] HEAD = {null, "hd=O", "hd=P", "hd=OP"};

  private static final String[] HEAD_PREVIOUS = {null, "hd-1=O", "hd-1=P", "hd-1=OP"};
  private static final String[] HEAD_NEXT = {null, "hd+1=O", "hd+1=P", "hd+1=OP"};

  private final FeatureTable head;
  private final FeatureTable previous;
  private final FeatureTable next;

  HeadNounFeatures(FeatureNumbering numbering) {
    head = numbering.table(HEAD);
    previous = numbering.table(HEAD_PREVIOUS);
    next = numbering.table(HEAD_NEXT);
  }

  @Override
  public void word(PreparedSentence s, int i, FeatureSink out) {
    if (s.heads[i] != 0) {
      out.add(head, s.heads[i]);
    }
  }

  @Override
  public void neighbour(PreparedSentence s, int i, int offset, FeatureSink out) {
    int[] h = s.heads;
    int j = i + offset;
    if (offset == -1 && j >= 0 && h[j] != 0) {
      out.add(previous, h[j]);
    } else if (offset == 1 && j < h.length && h[j] != 0) {
      out.add(next, h[j]);
    }
  }

  @Override
  public void position(PreparedSentence s, int i, FeatureSink out) {
    int[] h = s.heads;
    if (i > 0 && h[i - 1] != 0) { // the head before, with the word's own shape
      out.add(HEAD_PREVIOUS[h[i - 1]] + '|' + s.shapes[i]);
    }
  }
}
