package io.github.germannlp.internal.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The bundled POS weights file: the OpenNLP model's weights, bit for bit, and its errors. */
class PosWeightsTest {
  private static PosWeights fromModel() {
    return PosWeights.of(PosTagger.loadModel(), PosTagger.MODEL_RESOURCE.substring(1));
  }

  private static PosWeights bundled() throws IOException {
    try (InputStream in = PosWeights.class.getResourceAsStream(PosWeights.BUNDLED_RESOURCE)) {
      assertNotNull(in, "models/" + PosWeights.FILE_NAME + " on the class path");
      return PosWeights.read(in, PosWeights.BUNDLED_RESOURCE);
    }
  }

  private static void assertSame(PosWeights expected, PosWeights actual) {
    assertEquals(expected.source(), actual.source());
    assertArrayEquals(expected.outcomes(), actual.outcomes());
    assertEquals(expected.features(), actual.features());
    for (int i = 0; i < expected.features(); i++) {
      String f = expected.feature(i);
      int a = actual.id(f);
      assertTrue(a >= 0, f);
      assertArrayEquals(expected.outcomesOf(i), actual.outcomesOf(a), f);
      double[] ep = expected.paramsOf(i);
      double[] ap = actual.paramsOf(a);
      assertEquals(ep.length, ap.length, f);
      for (int k = 0; k < ep.length; k++) {
        assertEquals(Double.doubleToRawLongBits(ep[k]), Double.doubleToRawLongBits(ap[k]), f);
      }
    }
  }

  /** The packed weights are the OpenNLP model's own, feature by feature, bit for bit. */
  @Test
  void thePackedWeightsAreTheModelsContexts() {
    @SuppressWarnings("unchecked")
    Map<String, Context> contexts =
        (Map<String, Context>)
            ((opennlp.tools.ml.model.AbstractModel) PosTagger.loadModel().getArtifact("pos.model"))
                .getDataStructures()[1];
    PosWeights packed = fromModel();
    assertEquals(contexts.size(), packed.features());
    assertEquals(-1, packed.id("no such feature"));
    for (Map.Entry<String, Context> f : contexts.entrySet()) {
      int id = packed.id(f.getKey());
      assertArrayEquals(f.getValue().getOutcomes(), packed.outcomesOf(id), f.getKey());
      assertArrayEquals(f.getValue().getParameters(), packed.paramsOf(id), 0.0, f.getKey());
      double[] sums = new double[packed.outcomes().length];
      double[] expected = new double[sums.length];
      int[] o = f.getValue().getOutcomes();
      for (int k = 0; k < o.length; k++) { // as OpenNLP's GIS model adds a context's weights
        expected[o[k]] += f.getValue().getParameters()[k];
      }
      packed.add(id, sums);
      assertArrayEquals(expected, sums, 0.0, f.getKey());
    }
  }

  @Test
  void theBundledFileEqualsTheOpenNlpModelItIsDerivedFrom() throws IOException {
    // fails when the OpenNLP model dependency changes and models/pos-weights-de.bin was not
    // rebuilt (the command is in models/README.md)
    PosWeights model = fromModel();
    assertTrue(model.features() > 10_000, "features: " + model.features());
    assertSame(model, bundled());
  }

  @Test
  void writeThenReadGivesTheSameWeightsAndTheSameBytes() throws IOException {
    PosWeights model = fromModel();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    PosWeights back = PosWeights.read(new ByteArrayInputStream(out.toByteArray()), "memory");
    assertSame(model, back);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(again);
    assertArrayEquals(out.toByteArray(), again.toByteArray(), "a stable layout");
  }

  @Test
  void theFirstLayoutIsStillRead() throws IOException {
    PosWeights model = fromModel();
    ByteArrayOutputStream v1 = new ByteArrayOutputStream();
    model.write(v1, 1);
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    model.write(current);
    assertFalse(Arrays.equals(v1.toByteArray(), current.toByteArray()));
    assertSame(model, PosWeights.read(new ByteArrayInputStream(v1.toByteArray()), "v1"));
  }

  @Test
  void aBrokenFileIsAnErrorNamingIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fromModel().write(out);
    byte[] bytes = out.toByteArray();
    IOException cut =
        assertThrows(
            IOException.class,
            () ->
                PosWeights.read(
                    new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2)), "half.bin"));
    assertTrue(cut.getMessage().startsWith("half.bin: "), cut.getMessage());
    IOException other =
        assertThrows(
            IOException.class,
            () ->
                PosWeights.read(
                    new ByteArrayInputStream("not a model at all".getBytes()), "text.bin"));
    assertTrue(other.getMessage().startsWith("text.bin"), other.getMessage());
    byte[] badVersion = bytes.clone();
    int at = 2 + "german-nlp pos weights".length();
    badVersion[at + 3] = 99;
    IOException version =
        assertThrows(
            IOException.class,
            () -> PosWeights.read(new ByteArrayInputStream(badVersion), "v.bin"));
    assertTrue(version.getMessage().contains("version 99"), version.getMessage());
  }
}
