package io.github.germannlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled entity model on bad and odd input: defined results, valid mentions, no exception,
 * time linear in the input.
 */
class EntityRobustnessTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final GermanNlp ENTITIES_ONLY =
      GermanNlp.builder().layers(java.util.Set.of(Layer.TOKENS, Layer.ENTITIES)).build();
  private static final String[] PARTS = {
    "Putin",
    "Putins",
    "Wladimir",
    "Xi",
    "Jinping",
    "traf",
    "in",
    "Peking",
    ".",
    ",",
    "„",
    "“",
    "\"",
    "Die",
    "UN-Sicherheitsrats",
    "Russland",
    "und",
    "Chinas",
    "04.11.2025",
    "19:49",
    "\n",
    "\n\n",
    "👍🏽",
    "\uD83D",
    "\u0000",
    "ש",
    "Dr.",
    "(l.)",
    "Mio.",
    "Bürger*innen",
    "https://example.de",
    "#tag",
    "@name",
    "Müller-Lüdenscheidt",
    "x"
  };

  private static void checkMentions(Document doc) {
    assertTrue(doc.has(Layer.ENTITIES));
    int prevEnd = 0;
    for (EntityMention m : doc.mentions()) {
      assertEquals(m.text(), doc.text().substring(m.start(), m.end()));
      assertEquals(doc.token(m.firstToken()).start(), m.start());
      assertEquals(doc.token(m.endToken() - 1).end(), m.end());
      assertTrue(m.start() >= prevEnd, "mentions overlap or are out of order");
      assertTrue(m.confidence() >= 0 && m.confidence() <= 1, "confidence " + m.confidence());
      assertTrue(!m.canonical().isEmpty());
      prevEnd = m.end();
    }
    int total = 0;
    for (Entity e : doc.entities()) {
      total += e.count();
    }
    assertEquals(doc.mentions().size(), total, "every mention in exactly one entity");
  }

  @Test
  void randomFragmentsGiveValidMentions() {
    GermanNlp nlp = GermanNlp.standard();
    Random r = new Random(7);
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(PARTS[r.nextInt(PARTS.length)]).append(r.nextInt(4) > 0 ? " " : "");
      }
      checkMentions(nlp.analyze(sb.toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Putin ", "Wladimir Putin und ", "Die ", "Chinas ", "X", "„Putin“ ", "Putin\n\n"})
  void megabyteOfRepeatedNamesIsLinear(String unit) {
    String text = unit.repeat((1 << 20) / unit.length());
    Document doc = assertTimeoutPreemptively(LIMIT, () -> ENTITIES_ONLY.analyze(text));
    checkMentions(doc);
  }

  @Test
  void randomBytesGiveADefinedResult() {
    byte[] bytes = new byte[512 * 1024];
    new Random(11).nextBytes(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    checkMentions(assertTimeoutPreemptively(LIMIT, () -> ENTITIES_ONLY.analyze(text)));
  }

  @Test
  void emptyTextHasNoEntities() {
    Document doc = GermanNlp.standard().analyze(" \n ");
    assertEquals(0, doc.mentions().size());
    assertEquals(0, doc.entities().size());
  }

  @Test
  void fullPipelineOnALongSentenceIsLinear() {
    // 35,000 words without a sentence end: POS windows and the entity beam stay linear
    String text = "Wladimir Putin traf Xi in Peking und ".repeat(5000);
    Document doc = assertTimeoutPreemptively(LIMIT, () -> GermanNlp.standard().analyze(text));
    checkMentions(doc);
    assertTrue(doc.has(Layer.POS) && doc.has(Layer.LEMMA));
    for (int i = 0; i < doc.tokenCount(); i++) {
      assertTrue(doc.token(i).upos() != null && doc.token(i).lemma() != null);
    }
  }
}
