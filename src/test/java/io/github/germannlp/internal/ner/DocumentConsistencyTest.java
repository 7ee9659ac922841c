package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.ner.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The second pass on hand-made first-pass mentions, without a model. */
class DocumentConsistencyTest {
  private static final GermanNlp TOKENS = GermanNlp.builder().layers(Set.of(Layer.TOKENS)).build();

  /** The mention of the {@code nth} occurrence (from 0) of {@code name} in the document. */
  private static EntityMention mention(Document doc, String name, int nth, String type) {
    int start = -1;
    for (int i = 0; i <= nth; i++) {
      start = doc.text().indexOf(name, start + 1);
    }
    int end = start + name.length();
    int first = -1;
    int stop = -1;
    for (int t = 0; t < doc.tokenCount(); t++) {
      if (doc.token(t).start() == start) {
        first = t;
      }
      if (doc.token(t).end() == end) {
        stop = t + 1;
      }
    }
    return new EntityMention(name, type, start, end, first, stop, 0.5, name);
  }

  private static List<String> found(List<EntityMention> mentions) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : mentions) {
      out.add(m.text() + "/" + m.type() + "@" + m.start());
    }
    return out;
  }

  @Test
  void anOrganisationsNameWithoutItsLegalFormAndItsRepeatsAreFound() {
    Document doc =
        TOKENS.analyze(
            "Die Maple Bank ist pleite. Die Maple Bank GmbH hatte Einlagen."
                + " Kunden der Maple Bank GmbH bangen. Maple Bank Holding schweigt.");
    List<EntityMention> first = List.of(mention(doc, "Maple Bank GmbH", 0, "ORG"));
    List<String> all = found(DocumentConsistency.complete(doc, first));
    int second = doc.text().indexOf("Maple Bank GmbH", doc.text().indexOf("Kunden"));
    assertEquals(
        List.of(
            "Maple Bank/ORG@4",
            "Maple Bank GmbH/ORG@31",
            "Maple Bank GmbH/ORG@" + second,
            "Maple Bank/ORG@" + doc.text().indexOf("Maple Bank Holding")),
        all);
  }

  @Test
  void aMultiWordNameOfTwoTypesMarksNothingAndPersonsKeepTheirWordRule() {
    Document doc =
        TOKENS.analyze(
            "New York wächst. New York verliert. New York gewinnt."
                + " Wladimir Putin reist. Putin spricht.");
    List<EntityMention> first =
        List.of(
            mention(doc, "New York", 0, "LOC"),
            mention(doc, "New York", 1, "ORG"),
            mention(doc, "Wladimir Putin", 0, "PER"));
    List<String> all = found(DocumentConsistency.complete(doc, first));
    assertEquals(
        List.of(
            "New York/LOC@0",
            "New York/ORG@17",
            "Wladimir Putin/PER@" + doc.text().indexOf("Wladimir"),
            "Putin/PER@" + doc.text().lastIndexOf("Putin")),
        all);
  }

  @Test
  void aRepeatOfAMultiWordNameDoesNotCrossASentenceEnd() {
    // "Maple" ends a sentence the caller cut, "Bank" opens the next one
    Document doc =
        TOKENS.analyzeTokens(
            List.of(
                List.of("Die", "Maple", "Bank", "ist", "pleite"),
                List.of("Aktien", "von", "Maple"),
                List.of("Bank", "sagt", "nichts")));
    assertEquals(3, doc.sentenceCount());
    List<EntityMention> first = List.of(mention(doc, "Maple Bank", 0, "ORG"));
    for (EntityMention m : DocumentConsistency.complete(doc, first)) {
      assertEquals(
          doc.token(m.firstToken()).sentence().index(),
          doc.token(m.endToken() - 1).sentence().index(),
          m.toString());
    }
    assertEquals(1, DocumentConsistency.complete(doc, first).size());
  }
}
