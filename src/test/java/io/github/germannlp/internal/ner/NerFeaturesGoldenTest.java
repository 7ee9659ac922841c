package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.GoldenFile;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity features of the example article, pinned string by string: the bundled model's weights
 * mean these strings, so a refactoring of {@link NerFeatures} that changes one of them (a name, an
 * order, a group) changes what the model reads, and fails here even where the tags happen to stay
 * the same. Each token's line holds, in the order in which a recognizer adds up their weights, the
 * features of the word alone ({@link NerFeatures#wordContext}), those of its position and
 * neighbours ({@link NerFeatures#positionContext}) and the tag features for a fixed tag history,
 * once without guide tags and once with fixed guide tags.
 *
 * <p>A change meant to change the features (with a retrained model) rewrites the file with {@code
 * mvn test -Dtest=NerFeaturesGoldenTest -Dgolden.update=true}.
 */
class NerFeaturesGoldenTest {
  private static final Path EXPECTED = Path.of("src/test/resources/golden/ner-features.txt");

  static List<String> lines() throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/example-article.txt"), StandardCharsets.UTF_8);
    Document doc = GermanNlp.builder().layers(EnumSet.of(Layer.POS)).build().analyze(text);
    EntityModel model = EntityModel.loadBundled();
    NerFeatures features = new NerFeatures(model.gazetteer(), model.clusters(), model.features());
    List<String> lines = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int n = s.tokenCount();
      String[] tokens = new String[n];
      String[] upos = new String[n];
      String[] history = new String[n];
      String[] guide = new String[n];
      for (int i = 0; i < n; i++) {
        Token t = s.tokens().get(i);
        tokens[i] = t.text();
        upos[i] = t.upos();
        history[i] = i % 3 == 0 ? "O" : i % 3 == 1 ? "B-PER" : "I-PER";
        guide[i] = Character.isUpperCase(tokens[i].charAt(0)) ? "B-LOC" : "O";
      }
      PreparedSentence p = features.prepare(tokens, upos);
      for (int round = 0; round < 2; round++) {
        PreparedSentence q = round == 0 ? p : p.withGuide(guide);
        for (int i = 0; i < n; i++) {
          out.clear();
          features.wordContext(q, i, out);
          String word = String.join(" ", out);
          out.clear();
          features.positionContext(q, i, out);
          String position = String.join(" ", out);
          out.clear();
          NerFeatures.tagContext(
              q, i, i > 0 ? history[i - 1] : "BOS", i > 1 ? history[i - 2] : "BOS", out);
          lines.add(
              s.index()
                  + ":"
                  + i
                  + (round == 0 ? "" : "+guide")
                  + "\t"
                  + tokens[i]
                  + "\t"
                  + word
                  + "\t"
                  + position
                  + "\t"
                  + String.join(" ", out));
        }
      }
    }
    return lines;
  }

  @Test
  void theFeatureStringsOfTheExampleArticleAreUnchanged() throws IOException {
    List<String> actual = lines();
    assertTrue(actual.size() > 200, "lines: " + actual.size());
    GoldenFile.assertMatches(EXPECTED, actual);
  }
}
