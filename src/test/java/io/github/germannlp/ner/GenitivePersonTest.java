package io.github.germannlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.Gazetteer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A person's genitive before a common noun is the person: Lorenz' Ministerium, Merkels Kabinett.
 */
class GenitivePersonTest {
  private static final EntityRecognizer RECOGNIZER = recognizer();

  private static EntityRecognizer recognizer() {
    Gazetteer g = new Gazetteer.Builder().add("SURNAME", List.of("Lorenz", "Kowalski")).build();
    return new EntityRecognizer(
        new EntityModel(
            g,
            new opennlp.tools.ml.perceptron.PerceptronModel(
                new opennlp.tools.ml.model.Context[0], new String[0], new String[] {"O"}),
            "empty",
            Set.of()));
  }

  private static String[] cut(String tokens, String tags) {
    String[] t = tags.split(" ");
    RECOGNIZER.cutGenitivePersons(tokens.split(" "), t);
    return t;
  }

  @Test
  void genitiveOfAPersonBeforeACommonNoun() {
    assertArrayEquals("B-PER O O".split(" "), cut("Lorenz' Ministerium wies", "B-ORG I-ORG O"));
    assertArrayEquals("B-PER O".split(" "), cut("Merkels Kabinett", "B-ORG I-ORG"));
    assertArrayEquals("B-PER O".split(" "), cut("Kowalskis Partei", "B-MISC I-MISC"));
    // the model took the genitive and its noun for one person
    assertArrayEquals("B-PER O".split(" "), cut("Habermas' Thesen", "B-PER I-PER"));
    assertArrayEquals("B-PER O O".split(" "), cut("Lorenz’ Frau sagte", "B-PER I-PER O"));
  }

  @Test
  void otherSpansStay() {
    // not a person's name, a name after the genitive, or already a person
    assertArrayEquals("B-ORG I-ORG".split(" "), cut("Deutsche Bank", "B-ORG I-ORG"));
    assertArrayEquals("B-ORG I-ORG".split(" "), cut("McDonald's Deutschland", "B-ORG I-ORG"));
    assertArrayEquals("B-PER I-PER".split(" "), cut("Thomas Mann", "B-PER I-PER"));
    assertArrayEquals("B-PER I-PER".split(" "), cut("Klaus Fischer", "B-PER I-PER"));
    assertArrayEquals("B-PER I-PER".split(" "), cut("Kowalskis Partei", "B-PER I-PER"));
  }
}
