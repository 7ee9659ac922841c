package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Training data augmentation by mention replacement: copies of the sentences that have entities,
 * each mention replaced by a mention of the same type drawn at random from the whole training data
 * ({@code Putin traf Macron in Paris} may become {@code Scholz traf Xi Jinping in Kiel}; a person
 * stays a person). The model sees familiar names in new contexts and must lean on the context, not
 * only on the word, which is what an unseen name in new text offers it. Deterministic for a seed.
 */
public final class MentionSwaps {
  private MentionSwaps() {}

  /**
   * The sentences followed by {@code copies} augmented copies of each sentence with a mention.
   *
   * @param sentences the training sentences with BIO tags
   * @param copies how many copies of each sentence with a mention; 0 for none
   * @param seed the random seed
   * @return a new list: the sentences as given, then the copies
   */
  public static List<TaggedSentence> augment(
      List<TaggedSentence> sentences, int copies, long seed) {
    if (copies <= 0) {
      return sentences;
    }
    Map<String, List<String[]>> byType = new TreeMap<>();
    for (TaggedSentence s : sentences) {
      BioTags.spans(
          s.tags(),
          (b, e, t) ->
              byType
                  .computeIfAbsent(t, k -> new ArrayList<>())
                  .add(Arrays.copyOfRange(s.tokens(), b, e)));
    }
    Random random = new Random(seed);
    List<TaggedSentence> out = new ArrayList<>(sentences);
    for (int k = 0; k < copies; k++) {
      for (TaggedSentence s : sentences) {
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        BioTags.spans(
            s.tags(),
            (b, e, t) -> {
              spans.add(new int[] {b, e});
              types.add(t);
            });
        if (spans.isEmpty()) {
          continue;
        }
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int i = 0;
        for (int m = 0; m < spans.size(); m++) {
          int[] span = spans.get(m);
          for (; i < span[0]; i++) {
            tokens.add(s.tokens()[i]);
            tags.add(s.tags()[i]);
          }
          List<String[]> pool = byType.get(types.get(m));
          String[] other = pool.get(random.nextInt(pool.size()));
          for (int j = 0; j < other.length; j++) {
            tokens.add(other[j]);
            tags.add((j == 0 ? "B-" : "I-") + types.get(m));
          }
          i = span[1];
        }
        for (; i < s.tokens().length; i++) {
          tokens.add(s.tokens()[i]);
          tags.add(s.tags()[i]);
        }
        out.add(new TaggedSentence(tokens.toArray(new String[0]), tags.toArray(new String[0])));
      }
    }
    return out;
  }
}
