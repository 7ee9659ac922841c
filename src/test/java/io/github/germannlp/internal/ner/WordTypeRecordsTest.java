package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.internal.WordTypes;
import io.github.germannlp.internal.pos.PosTagger;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.ner.EntityModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recognizer that keeps its word facts in a pipeline's {@link WordTypes} records finds the same
 * mentions as one that keeps them in its own cache, on the first pass (records filled) and the
 * second (records read), and so does a recognizer handed records that another recognizer filled.
 */
class WordTypeRecordsTest {
  @Test
  void recordsKeepTheMentionsOfTheExampleArticle() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/example-article.txt")) {
      assertNotNull(in);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Document doc = GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS)).build().analyze(text);
    String[] words = new String[doc.tokenCount()];
    for (int i = 0; i < words.length; i++) {
      words[i] = doc.token(i).text();
    }
    String[] upos = new String[words.length];
    PosTagger tagger = new PosTagger();
    for (var s : doc.sentences()) {
      String[] sentence =
          java.util.Arrays.copyOfRange(words, s.firstToken(), s.firstToken() + s.tokenCount());
      System.arraycopy(tagger.tag(sentence), 0, upos, s.firstToken(), sentence.length);
    }
    EntityModel model = EntityModel.loadBundled();
    List<EntityMention> expected = new EntityRecognizer(model).recognize(doc, words, upos);
    assertTrue(expected.size() > 10, expected.size() + " mentions");
    WordTypes types = new WordTypes();
    EntityRecognizer recognizer = new EntityRecognizer(model);
    for (int pass = 0; pass < 2; pass++) {
      assertEquals(expected, recognizer.recognize(doc, words, upos, types.of(words)));
    }
    // records another recognizer's features filled: this one keeps its own facts
    assertEquals(
        expected, new EntityRecognizer(model).recognize(doc, words, upos, types.of(words)));
    assertThrows(
        IllegalArgumentException.class,
        () -> recognizer.recognize(doc, words, upos, types.of(new String[] {"x"})));
  }
}
