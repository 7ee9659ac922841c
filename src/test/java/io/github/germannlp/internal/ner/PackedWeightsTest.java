package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled model scored through numbered features ({@link FeatureNumbering.Numbers}) tags every
 * sentence of the example article as the model's {@code eval} of the feature names does, with a
 * guide and with confidences, whether the guide and the model share the sums of a sentence's
 * position features or not. ({@code EntityModelTest} compares that {@code eval} with OpenNLP's
 * perceptron to the last bit.)
 */
class PackedWeightsTest {
  @Test
  void numberedFeaturesTagTheExampleArticleAsTheFeatureNamesDo() throws IOException {
    EntityModel model = EntityModel.loadBundled();
    EntityRecognizer packed = new EntityRecognizer(model);
    EntityRecognizer byName = new EntityRecognizer(model, false);
    String text;
    try (InputStream in = getClass().getResourceAsStream("/example-article.txt")) {
      assertNotNull(in);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Document doc = GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS)).build().analyze(text);
    int names = 0;
    for (Sentence s : doc.sentences()) {
      String[] tokens = new String[s.tokenCount()];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = doc.token(s.firstToken() + i).text();
      }
      double[] confidence = new double[tokens.length];
      String[] tags = packed.tag(tokens, confidence);
      // the position features summed once for the guide and the model, or in each pass: the same
      // tags and confidences to the bit
      double[] once = new double[tokens.length];
      double[] perPass = new double[tokens.length];
      assertArrayEquals(
          packed.decode(packed.prepare(tokens, null), perPass, 0),
          packed.decode(packed.prepare(tokens, null), once, Integer.MAX_VALUE));
      assertArrayEquals(perPass, once);
      assertArrayEquals(byName.tag(tokens, null), tags, String.join(" ", tokens));
      for (int i = 0; i < tags.length; i++) {
        assertTrue(confidence[i] > 0 && confidence[i] <= 1, tokens[i] + " " + confidence[i]);
        names += tags[i].startsWith("B-") ? 1 : 0;
      }
    }
    assertTrue(doc.sentences().size() > 10 && names > 10, names + " names");
    // threads that share a fresh recognizer, filling its per-word facts (neighbour numbers, word
    // sums) at once in different orders, tag each sentence to the bit as one thread alone did
    List<String[]> sentences = new java.util.ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String[] tokens = new String[s.tokenCount()];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = doc.token(s.firstToken() + i).text();
      }
      sentences.add(tokens);
    }
    EntityRecognizer alone = new EntityRecognizer(model);
    java.util.Map<String, String> expected = new java.util.HashMap<>();
    for (String[] tokens : sentences) {
      expected.put(String.join(" ", tokens), tagged(alone, tokens));
    }
    EntityRecognizer shared = new EntityRecognizer(model);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        List<String[]> order = new java.util.ArrayList<>(sentences);
        java.util.Collections.shuffle(order, new java.util.Random(t));
        runs.add(
            pool.submit(
                () -> {
                  for (String[] tokens : order) {
                    assertEquals(expected.get(String.join(" ", tokens)), tagged(shared, tokens));
                  }
                }));
      }
      for (java.util.concurrent.Future<?> run : runs) {
        run.get();
      }
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
    // a fresh recognizer (empty caches) tags as the one that has seen the article
    String[] putin = "Wladimir Putin traf Xi Jinping in Peking .".split(" ");
    assertEquals(
        String.join(" ", packed.tag(putin, null)),
        String.join(" ", new EntityRecognizer(model).tag(putin, null)));
  }

  /** The tags and confidences of a sentence, as one string. */
  private static String tagged(EntityRecognizer r, String[] tokens) {
    double[] confidence = new double[tokens.length];
    String[] tags = r.tag(tokens, confidence);
    return String.join(" ", tags) + " " + java.util.Arrays.toString(confidence);
  }
}
