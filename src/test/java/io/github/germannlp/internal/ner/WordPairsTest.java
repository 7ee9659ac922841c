package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.internal.WordTable;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link WordPairs} numbers each word-pair feature as looking its name up does: on names made to be
 * hard (several {@code |}, empty parts, parts that are other names' parts on the other side), on
 * random names, and on every token of the example article with the bundled model, whose mentions
 * stay those of the feature names once the table is in use.
 */
class WordPairsTest {
  private static final WordPairs.Kind[] KINDS = WordPairs.Kind.values();

  @Test
  void pairsAreNumberedAsTheirNames() {
    List<String> names = new ArrayList<>();
    names.add("w=putin"); // no pair
    names.add("w-1w=wladimir|putin");
    names.add("ww+1=wladimir|putin");
    names.add("w-1w=BOS|der");
    names.add("ww+1=kreml|EOS");
    names.add("w-1w=a|b|c"); // two bars: found as a + b|c and as a|b + c
    names.add("ww+1=|x"); // an empty first part
    names.add("ww+1=x|"); // an empty second part
    names.add("w-1g=in|3");
    names.add("gw+1=3|peking");
    names.add("gdw=B-PER|putin");
    names.add("gdw=O|der");
    names.add("w-1ww=x|y"); // another prefix that begins alike
    Set<String> parts =
        new LinkedHashSet<>(
            List.of(
                "wladimir",
                "putin",
                "BOS",
                "EOS",
                "der",
                "kreml",
                "a",
                "b",
                "c",
                "a|b",
                "b|c",
                "",
                "x",
                "in",
                "3",
                "peking",
                "B-PER",
                "O",
                "y",
                "unknown"));
    check(names, parts);
  }

  @Test
  void randomNamesAreNumberedAsTheirNames() {
    Random random = new Random(20261207);
    String[] alphabet = {"a", "b", "|", "ab", "x"};
    for (int round = 0; round < 50; round++) {
      Set<String> names = new LinkedHashSet<>();
      Set<String> parts = new LinkedHashSet<>(List.of("", "BOS", "EOS", "7"));
      for (int k = 0; k < 40; k++) {
        String a = word(random, alphabet);
        String b = word(random, alphabet);
        parts.add(a);
        parts.add(b);
        String prefix = random.nextInt(6) == 0 ? "w=" : KINDS[random.nextInt(KINDS.length)].prefix;
        names.add(prefix + a + '|' + b);
      }
      check(new ArrayList<>(names), parts);
    }
  }

  private static String word(Random random, String[] alphabet) {
    StringBuilder w = new StringBuilder();
    for (int n = random.nextInt(4); n > 0; n--) {
      w.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return w.toString();
  }

  /** Every kind and pair of parts, cut from the names or not, is numbered as its name. */
  private static void check(List<String> names, Set<String> parts) {
    WordTable.Builder b = new WordTable.Builder(names.size());
    for (int f = 0; f < names.size(); f++) {
      b.add(names.get(f), f);
    }
    WordTable table = b.build();
    WordPairs pairs = WordPairs.of(table);
    assertNotNull(pairs);
    int found = 0;
    for (WordPairs.Kind kind : KINDS) {
      for (String x : parts) {
        for (String y : parts) {
          int expected = table.index(kind.prefix + x + '|' + y);
          assertEquals(
              expected, pairs.id(kind, pairs.part(x), pairs.part(y)), kind.prefix + x + '|' + y);
          found += expected >= 0 ? 1 : 0;
        }
      }
    }
    assertTrue(found > 0, "no pair found: the check would be empty");
  }

  @Test
  void theExampleArticlesPairFeaturesAreNumberedAsTheirNames() throws IOException {
    EntityModel model = EntityModel.loadBundled();
    EntityRecognizer recognizer = new EntityRecognizer(model);
    FeatureWeights weights = FeatureWeights.of(List.of(model.classifier(), model.guide()));
    WordPairs pairs = weights.buildPairs();
    assertNotNull(pairs);
    assertSame(pairs, weights.pairs());
    int hits = 0;
    int total = 0;
    for (String[] tokens : sentences()) {
      PreparedSentence s = recognizer.guided(recognizer.prepare(tokens, null));
      for (int i = 0; i < tokens.length; i++) {
        for (WordPairs.Kind kind : KINDS) {
          String name = kind.prefix + kind.first(s, i) + '|' + kind.second(s, i);
          int expected = weights.id(name);
          assertEquals(expected, pairs.id(kind, s, i), name);
          hits += expected >= 0 ? 1 : 0;
          total++;
        }
      }
    }
    assertTrue(hits > total / 10, hits + " of " + total + " pair features found");
  }

  @Test
  void tagsAndConfidencesStayTheSameToTheBitWithTheTable() throws IOException {
    // two copies of the bundled model, each with weights of its own (the bundled instance's are
    // shared with other tests, which may have built their table): one with the table, one without
    EntityModel withTable = readBundledCopy();
    EntityModel withNames = readBundledCopy();
    assertNotNull(
        FeatureWeights.of(List.of(withTable.classifier(), withTable.guide())).buildPairs());
    EntityRecognizer table = new EntityRecognizer(withTable);
    EntityRecognizer names = new EntityRecognizer(withNames);
    EntityRecognizer byName = new EntityRecognizer(withNames, false);
    for (String[] tokens : sentences()) {
      double[] a = new double[tokens.length];
      double[] b = new double[tokens.length];
      String[] tags = table.tag(tokens, a);
      assertArrayEquals(names.tag(tokens, b), tags, String.join(" ", tokens));
      assertArrayEquals(b, a);
      assertArrayEquals(byName.tag(tokens, null), tags);
    }
    assertNull(FeatureWeights.of(List.of(withNames.classifier(), withNames.guide())).pairs());
  }

  private static EntityModel readBundledCopy() throws IOException {
    try (InputStream in = EntityModel.class.getResourceAsStream(EntityModel.BUNDLED_RESOURCE)) {
      assertNotNull(in);
      return EntityModel.read(in, "bundled copy");
    }
  }

  @Test
  void theTableIsBuiltOnceEnoughTokensWereTagged() throws InterruptedException {
    EntityModel model;
    try {
      model = EntityModel.loadBundled();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    // the main model alone: weights of their own, not the shared ones other tests fill
    FeatureWeights weights = FeatureWeights.of(List.of(model.classifier()));
    assertNull(weights.pairs());
    weights.tagged(FeatureWeights.PAIRS_AFTER_TOKENS - 1);
    Thread.sleep(50);
    assertNull(weights.pairs(), "built before enough tokens");
    weights.tagged(1);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (weights.pairs() == null && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertNotNull(weights.pairs(), "not built a minute after the threshold");
  }

  private List<String[]> sentences() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/example-article.txt")) {
      assertNotNull(in);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Document doc = GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS)).build().analyze(text);
    List<String[]> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String[] tokens = new String[s.tokenCount()];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = doc.token(s.firstToken() + i).text();
      }
      out.add(tokens);
    }
    assertTrue(out.size() > 10, out.size() + " sentences");
    return out;
  }
}
