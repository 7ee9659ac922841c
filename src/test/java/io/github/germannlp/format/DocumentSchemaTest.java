package io.github.germannlp.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.TestDocuments;
import io.github.germannlp.ner.EntityMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link DocumentJson}'s output is valid against {@code docs/document.schema.json} (checked with
 * networknt's JSON Schema validator, draft 2020-12) for real documents, and the schema rejects
 * documents that break it.
 */
class DocumentSchemaTest {
  private static final Path SCHEMA_FILE = Path.of("docs/document.schema.json");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Schema schema() throws IOException {
    return REGISTRY.getSchema(
        Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  private static List<com.networknt.schema.Error> errors(String json) throws IOException {
    return schema().validate(json, InputFormat.JSON);
  }

  private static void assertValid(Document doc) throws IOException {
    String json = DocumentJson.toJson(doc);
    List<com.networknt.schema.Error> errors = errors(json);
    assertTrue(errors.isEmpty(), errors + "\n" + json);
  }

  static String exampleArticle() throws IOException {
    try (InputStream in = DocumentSchemaTest.class.getResourceAsStream("/example-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schema = MAPPER.readTree(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8));
    assertEquals(List.of(), meta.validate(schema));
    // and the meta-schema is no pushover: a schema whose "type" is a number is not a schema
    ((ObjectNode) schema).put("type", 5);
    assertFalse(meta.validate(schema).isEmpty());
  }

  @Test
  void theExampleArticleIsValid() throws IOException {
    Document doc = GermanNlp.standard().analyze(exampleArticle());
    // every part of the format is exercised
    assertTrue(doc.layers().containsAll(Set.of(Layer.values())), doc.layers().toString());
    assertFalse(doc.mentions().isEmpty());
    assertTrue(doc.entities().stream().anyMatch(e -> e.count() > 1), "an entity named twice");
    assertFalse(doc.topics().isEmpty());
    assertFalse(doc.furniture().isEmpty());
    assertTrue(doc.tokens().stream().anyMatch(t -> !t.compoundParts().isEmpty()));
    assertValid(doc);
  }

  @Test
  void emptyAndBlankTextsAreValid() throws IOException {
    for (String text : List.of("", " \n\t ")) {
      Document doc = GermanNlp.standard().analyze(text);
      assertEquals(0, doc.tokenCount());
      assertValid(doc);
    }
  }

  @Test
  void aTextWithEntitiesAndTopicsIsValid() throws IOException {
    Document doc =
        GermanNlp.standard()
            .analyze(
                "Bundeskanzler Friedrich Merz traf in Paris den"
                    + " französischen Präsidenten Emmanuel Macron. Merz und Macron sprachen über die"
                    + " Sanktionen gegen Russland. Die Sanktionen sollen verschärft werden.");
    assertTrue(doc.entities().size() >= 3, doc.entities().toString());
    assertTrue(doc.topics().stream().anyMatch(t -> t.entityType() == null), "a concept topic");
    assertTrue(doc.topics().stream().anyMatch(t -> t.entityType() != null), "an entity topic");
    assertValid(doc);
  }

  @Test
  void documentsWithFewerLayersAreValid() throws IOException {
    assertValid(
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS))
            .build()
            .analyze("Nur Token und Sätze. Sonst nichts."));
    assertValid(
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS, Layer.POS))
            .build()
            .analyze("Wortarten, aber keine Lemmata."));
  }

  @Test
  void oddTokensAndCompositeTagsAreValid() throws IOException {
    assertValid(
        GermanNlp.standard()
            .analyzeTokens(
                List.of(
                    List.of(
                        "\"zitiert\"",
                        "a\tb",
                        "back\\slash",
                        "\u0001",
                        "\uD83D\uDE00",
                        "\uD800"))));
    String text = "Sie ging zum Bahnhof.";
    assertValid(
        TestDocuments.of(
            text,
            new int[] {0, 4, 9, 13, 20},
            new int[] {3, 8, 12, 20, 21},
            new int[] {5},
            new String[] {"PRON", "VERB", "ADP+DET", "NOUN", "PUNCT"},
            new String[] {"sie", "gehen", "zu+der", "Bahnhof", "."},
            List.of(new EntityMention("Bahnhof", "LOC|X", 13, 20, 3, 4, 0.5, "Bahnhof"))));
  }

  /** Ways to break the example article's JSON, each of which the schema must reject. */
  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken("no schemaVersion", d -> d.remove("schemaVersion")),
        broken("another schemaVersion", d -> d.put("schemaVersion", "2.0")),
        broken("schemaVersion a number", d -> d.put("schemaVersion", 1.0)),
        broken("no layers", d -> d.remove("layers")),
        broken("an unknown layer", d -> ((ArrayNode) d.get("layers")).add("syntax")),
        broken("a field the schema does not know", d -> d.put("source", "x.txt")),
        broken("no entities", d -> d.remove("entities")),
        broken("a token without its end", d -> token(d).remove("end")),
        broken("a negative offset", d -> token(d).put("start", -1)),
        broken("an empty token", d -> token(d).put("text", "")),
        broken("a lowercase tag", d -> token(d).put("upos", "noun")),
        broken(
            "a sentence without tokens",
            d -> ((ObjectNode) d.get("sentences").get(0)).putArray("tokens")),
        broken(
            "a confidence above 1",
            d -> ((ObjectNode) d.get("mentions").get(0)).put("confidence", 1.5)),
        broken(
            "a mention without token indexes",
            d -> ((ObjectNode) d.get("mentions").get(0)).remove("firstToken")),
        broken(
            "an entity without mentions",
            d -> ((ObjectNode) d.get("entities").get(0)).putArray("mentions")),
        broken("an entity topic without its type", d -> entityTopic(d).remove("type")),
        broken("a concept topic with a type", d -> conceptTopic(d).put("type", "PER")),
        broken("an unknown topic kind", d -> conceptTopic(d).put("kind", "theme")),
        broken(
            "an unknown furniture kind",
            d -> ((ObjectNode) d.get("furniture").get(0)).put("kind", "banner")));
  }

  private static Arguments broken(String what, Consumer<ObjectNode> change) {
    return Arguments.of(what, change);
  }

  private static ObjectNode token(ObjectNode d) {
    return (ObjectNode) d.get("sentences").get(0).get("tokens").get(0);
  }

  private static ObjectNode entityTopic(ObjectNode d) {
    for (JsonNode t : d.get("topics")) {
      if (t.get("kind").asString().equals("entity")) {
        return (ObjectNode) t;
      }
    }
    throw new AssertionError("no entity topic");
  }

  private static ObjectNode conceptTopic(ObjectNode d) {
    for (JsonNode t : d.get("topics")) {
      if (t.get("kind").asString().equals("concept")) {
        return (ObjectNode) t;
      }
    }
    throw new AssertionError("no concept topic");
  }

  private static String exampleJson;

  private static synchronized String exampleJson() throws IOException {
    if (exampleJson == null) {
      exampleJson = DocumentJson.toJson(GermanNlp.standard().analyze(exampleArticle()));
    }
    return exampleJson;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void brokenDocumentsAreRejected(String what, Consumer<ObjectNode> change) throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(exampleJson());
    assertEquals(List.of(), schema().validate(doc), "valid before the change");
    change.accept(doc);
    assertFalse(schema().validate(doc).isEmpty(), what + " was accepted");
  }
}
