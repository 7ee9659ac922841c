package io.github.germannlp.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.TestDocuments;
import io.github.germannlp.Token;
import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@link DocumentJson}: the JSON, parsed back, holds every layer of the document. */
class DocumentJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }

  private static void assertSpan(int start, int end, JsonNode node) {
    assertEquals(start, node.get("start").intValue(), node.toString());
    assertEquals(end, node.get("end").intValue(), node.toString());
  }

  /** Every field of the JSON against the document it was written from. */
  static void assertHoldsTheDocument(Document doc, String json) {
    JsonNode root = MAPPER.readTree(json);
    assertEquals(
        List.of(
            "schemaVersion",
            "layers",
            "text",
            "sentences",
            "mentions",
            "entities",
            "topics",
            "furniture"),
        List.copyOf(root.propertyNames()));
    assertEquals("1.0", root.get("schemaVersion").stringValue());
    assertEquals(
        doc.layers().stream().map(l -> l.name().toLowerCase(Locale.ROOT)).toList(),
        strings(root.get("layers")));
    assertEquals(doc.text(), root.get("text").stringValue());

    JsonNode sentences = root.get("sentences");
    assertEquals(doc.sentenceCount(), sentences.size());
    for (Sentence s : doc.sentences()) {
      JsonNode js = sentences.get(s.index());
      assertSpan(s.start(), s.end(), js);
      assertEquals(s.tokenCount(), js.get("tokens").size());
      for (Token t : s.tokens()) {
        JsonNode jt = js.get("tokens").get(t.index() - s.firstToken());
        assertEquals(t.text(), jt.get("text").stringValue());
        assertSpan(t.start(), t.end(), jt);
        assertEquals(t.upos(), jt.has("upos") ? jt.get("upos").stringValue() : null);
        assertEquals(t.lemma(), jt.has("lemma") ? jt.get("lemma").stringValue() : null);
        assertEquals(t.compoundParts(), jt.has("parts") ? strings(jt.get("parts")) : List.of());
      }
    }

    JsonNode mentions = root.get("mentions");
    assertEquals(doc.mentions().size(), mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = doc.mentions().get(i);
      JsonNode jm = mentions.get(i);
      assertEquals(m.text(), jm.get("text").stringValue());
      assertEquals(m.type(), jm.get("type").stringValue());
      assertSpan(m.start(), m.end(), jm);
      assertEquals(m.canonical(), jm.get("canonical").stringValue());
      assertEquals(m.confidence(), jm.get("confidence").doubleValue(), 0.0005);
      assertEquals(m.firstToken(), jm.get("firstToken").intValue());
      assertEquals(m.endToken(), jm.get("endToken").intValue());
    }

    JsonNode entities = root.get("entities");
    assertEquals(doc.entities().size(), entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = doc.entities().get(i);
      JsonNode je = entities.get(i);
      assertEquals(e.canonical(), je.get("canonical").stringValue());
      assertEquals(e.type(), je.get("type").stringValue());
      assertEquals(e.count(), je.get("count").intValue());
      List<EntityMention> pointed = new ArrayList<>();
      je.get("mentions").forEach(n -> pointed.add(doc.mentions().get(n.intValue())));
      assertEquals(e.mentions(), pointed, e.canonical());
    }

    JsonNode topics = root.get("topics");
    assertEquals(doc.topics().size(), topics.size());
    for (int i = 0; i < topics.size(); i++) {
      Topic t = doc.topics().get(i);
      JsonNode jt = topics.get(i);
      assertEquals(t.label(), jt.get("label").stringValue());
      assertEquals(t.score(), jt.get("score").doubleValue(), 0.0005);
      assertEquals(t.kind().name().toLowerCase(Locale.ROOT), jt.get("kind").stringValue());
      assertEquals(t.entityType(), jt.has("type") ? jt.get("type").stringValue() : null);
      assertEquals(t.mentions().size(), jt.get("mentions").size());
      for (int k = 0; k < t.mentions().size(); k++) {
        Topic.Mention m = t.mentions().get(k);
        JsonNode jm = jt.get("mentions").get(k);
        assertSpan(m.start(), m.end(), jm);
        assertEquals(doc.text().substring(m.start(), m.end()), jm.get("text").stringValue());
      }
    }

    JsonNode furniture = root.get("furniture");
    assertEquals(doc.furniture().size(), furniture.size());
    for (int i = 0; i < furniture.size(); i++) {
      Furniture f = doc.furniture().get(i);
      JsonNode jf = furniture.get(i);
      assertEquals(f.kind().name().toLowerCase(Locale.ROOT), jf.get("kind").stringValue());
      assertEquals(doc.text().substring(f.start(), f.end()), jf.get("text").stringValue());
      assertSpan(f.start(), f.end(), jf);
    }
  }

  @Test
  void theExampleArticleHoldsEveryLayer() throws IOException {
    Document doc = GermanNlp.standard().analyze(DocumentSchemaTest.exampleArticle());
    String json = DocumentJson.toJson(doc);
    assertHoldsTheDocument(doc, json);
    assertTrue(doc.entities().stream().anyMatch(e -> e.count() > 1));
    assertFalse(json.contains("\n"), "one line");
    StringWriter out = new StringWriter();
    DocumentJson.write(doc, out);
    assertEquals(json, out.toString());
  }

  @Test
  void exactOutputWithTokensOnly() {
    Document doc =
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS))
            .build()
            .analyze("Er sagte: \"Gut\".\nDann");
    assertEquals(
        "{\"schemaVersion\":\"1.0\",\"layers\":[\"tokens\",\"sentences\"],"
            + "\"text\":\"Er sagte: \\\"Gut\\\".\\nDann\",\"sentences\":["
            + "{\"start\":0,\"end\":16,\"tokens\":[{\"text\":\"Er\",\"start\":0,\"end\":2},"
            + "{\"text\":\"sagte\",\"start\":3,\"end\":8},{\"text\":\":\",\"start\":8,\"end\":9},"
            + "{\"text\":\"\\\"\",\"start\":10,\"end\":11},{\"text\":\"Gut\",\"start\":11,\"end\":14},"
            + "{\"text\":\"\\\"\",\"start\":14,\"end\":15},{\"text\":\".\",\"start\":15,\"end\":16}]},"
            + "{\"start\":17,\"end\":21,\"tokens\":[{\"text\":\"Dann\",\"start\":17,\"end\":21}]}],"
            + "\"mentions\":[],\"entities\":[],\"topics\":[],\"furniture\":[]}",
        DocumentJson.toJson(doc));
  }

  @Test
  void anEmptyDocumentHasEmptyArrays() {
    Document doc = GermanNlp.standard().analyze("");
    String json = DocumentJson.toJson(doc);
    assertHoldsTheDocument(doc, json);
    assertTrue(
        json.contains(
            "\"text\":\"\",\"sentences\":[],\"mentions\":[],\"entities\":[],"
                + "\"topics\":[],\"furniture\":[]}"),
        json);
  }

  @Test
  void everyStringComesBackExactly() {
    List<String> tokens =
        List.of(
            "\"zitiert\"",
            "back\\slash",
            "a\tb",
            "x\ny\r",
            "\u0001\u001f",
            "\b\f",
            "\u007f\u2028\u2029",
            "\uD83D\uDE00",
            "\uD800",
            "a\uDC00",
            "/ü€");
    Document doc = GermanNlp.standard().analyzeTokens(List.of(tokens));
    String json = DocumentJson.toJson(doc);
    assertHoldsTheDocument(doc, json);
    assertTrue(json.chars().noneMatch(c -> c < 0x20), "no raw control characters");
    assertTrue(json.contains("\"text\":\"\\u0001\\u001F\""), json);
    assertTrue(json.contains("\"text\":\"\\uD800\""), "an unpaired surrogate is escaped");
    assertTrue(json.contains("\"text\":\"\uD83D\uDE00\""), "a pair is written as it is");
  }

  @Test
  void compositeTagsAndDictionaryTypesAreWrittenAsTheyAre() {
    String text = "Sie ging zum Bahnhof. Der Bahnhof war zu.";
    Document doc =
        TestDocuments.of(
            text,
            new int[] {0, 4, 9, 13, 20, 22, 26, 34, 38, 40},
            new int[] {3, 8, 12, 20, 21, 25, 33, 37, 40, 41},
            new int[] {5, 10},
            null,
            null,
            List.of(
                new EntityMention("Bahnhof", "LOC|X", 13, 20, 3, 4, 0.5, "Bahnhof"),
                new EntityMention("Bahnhof", "LOC|X", 26, 33, 6, 7, 1.0, "Bahnhof")));
    String json = DocumentJson.toJson(doc);
    assertHoldsTheDocument(doc, json);
    assertTrue(
        json.contains(
            "\"entities\":[{\"canonical\":\"Bahnhof\",\"type\":\"LOC|X\","
                + "\"count\":2,\"mentions\":[0,1]}]"),
        json);
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> DocumentJson.toJson(null));
    Document doc = GermanNlp.standard().analyze("Text.");
    assertThrows(NullPointerException.class, () -> DocumentJson.write(doc, null));
  }
}
