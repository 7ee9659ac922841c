package io.github.germannlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled entity model on the example article (our own writing, with the difficulties of the
 * seed article): persons as one entity each with their short and genitive mentions, places with
 * genitive base forms, organisations including a hyphenated institution, no page furniture.
 */
class ExampleArticleEntitiesTest {
  private static Document doc;

  @BeforeAll
  static void analyze() throws IOException {
    try (InputStream in =
        ExampleArticleEntitiesTest.class.getResourceAsStream("/example-article.txt")) {
      assertNotNull(in);
      doc = GermanNlp.standard().analyze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Entity entity(String canonical) {
    return doc.entities().stream()
        .filter(e -> e.canonical().equals(canonical))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    canonical
                        + " not among "
                        + doc.entities().stream()
                            .map(Entity::canonical)
                            .collect(Collectors.toList())));
  }

  private static Set<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(EntityMention::text).collect(Collectors.toSet());
  }

  @Test
  void confidencesTellSureMentionsApart() {
    // the model's probabilities, not OpenNLP's perceptron normalisation, which put every mention
    // near 0.27 whatever the evidence
    double sum = 0;
    for (EntityMention m : doc.mentions()) {
      assertTrue(m.confidence() > 0 && m.confidence() <= 1, m + "");
      sum += m.confidence();
    }
    assertTrue(sum / doc.mentions().size() > 0.8, "mean confidence " + sum / doc.mentions().size());
    for (EntityMention m : entity("Donald Trump").mentions()) {
      assertTrue(m.confidence() > 0.9, m + "");
    }
  }

  @Test
  void personsAreOneEntityEachWithTheirShortAndGenitiveMentions() {
    Entity lorenz = entity("Miriam Lorenz");
    assertEquals("PER", lorenz.type());
    assertEquals(Set.of("Miriam Lorenz", "Lorenz", "Lorenz'"), mentionTexts(lorenz));
    Entity moreau = entity("Julien Moreau");
    assertEquals("PER", moreau.type());
    assertEquals(Set.of("Julien Moreau", "Moreau", "Moreaus"), mentionTexts(moreau));
    assertEquals("PER", entity("Jana Berg").type());
    assertEquals("PER", entity("Donald Trump").type());
  }

  @Test
  void placesWithBaseForms() {
    for (String place : List.of("Paris", "Ukraine", "Washington", "Deutschland", "Frankreich")) {
      assertEquals("LOC", entity(place).type(), place);
    }
    assertTrue(mentionTexts(entity("Frankreich")).contains("Frankreichs"));
    assertTrue(
        doc.mentions().stream().anyMatch(m -> m.text().equals("Berlin") && m.type().equals("LOC")));
  }

  @Test
  void organisationsIncludingAHyphenatedInstitution() {
    assertEquals("ORG", entity("UN-Sicherheitsrat").type());
  }

  @Test
  void noPageFurnitureAndEveryMentionIsItsText() {
    Set<String> furniture =
        Set.of(
            "Vorlesen", "Lesedauer", "News", "Artikel", "Min.", "Livestream", "Newsblog", "Quelle");
    Set<String> seen = new HashSet<>();
    for (EntityMention m : doc.mentions()) {
      assertEquals(m.text(), doc.text().substring(m.start(), m.end()));
      for (String w : m.text().split(" ")) {
        assertFalse(furniture.contains(w), "furniture as an entity: " + m);
      }
      seen.add(m.canonical());
    }
    Map<String, Long> perEntity =
        doc.entities().stream()
            .collect(
                Collectors.groupingBy(e -> e.type() + ":" + e.canonical(), Collectors.counting()));
    perEntity.forEach((k, v) -> assertEquals(1L, v, "one entity per canonical name: " + k));
    assertTrue(seen.size() >= 12, seen.toString());
  }
}
