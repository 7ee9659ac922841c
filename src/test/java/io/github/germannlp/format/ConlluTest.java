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
import io.github.germannlp.internal.eval.ConlluCorpus;
import io.github.germannlp.internal.eval.GoldText;
import io.github.germannlp.internal.eval.Segmentation;
import io.github.germannlp.internal.ner.BioTags;
import io.github.germannlp.ner.EntityMention;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Conllu}: read back with a strict reader ({@link ConlluReader}) and with the library's own
 * reader of UD gold ({@link ConlluCorpus}), the output gives back the document's tokens, offsets,
 * lemmas, tags and entity mentions.
 */
class ConlluTest {
  @TempDir Path dir;

  /** Checks a document's CoNLL-U against the document, token by token. */
  static List<ConlluReader.Sentence> assertMatches(
      Document doc, String conllu, int offset, int firstId) {
    List<ConlluReader.Sentence> sentences = ConlluReader.read(conllu);
    assertEquals(doc.sentenceCount(), sentences.size());
    String[] ner = new String[doc.tokenCount()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = doc.sentence(s);
      ConlluReader.Sentence read = sentences.get(s);
      assertEquals(Integer.toString(firstId + s), read.sentId());
      assertEquals(sentence.tokenCount(), read.rows().size(), read.text());
      for (ConlluReader.Row row : read.rows()) {
        Token token = doc.token(sentence.firstToken() + row.id() - 1);
        String where = "sentence " + read.sentId() + " token " + row.id();
        assertEquals(Conllu.column(token.text()), row.form(), where);
        assertEquals(offset + token.start(), row.start(), where);
        assertEquals(offset + token.end(), row.end(), where);
        assertEquals(token.spaceAfter(), row.spaceAfter(), where);
        assertEquals(
            token.lemma() == null ? "_" : Conllu.column(token.lemma()), row.lemma(), where);
        String upos = token.upos() == null ? "_" : token.upos().split("\\+")[0];
        assertEquals(upos, row.upos(), where);
        assertEquals(
            token.upos() != null && token.upos().contains("+") ? token.upos() : null,
            row.misc().get("CompositeUpos"),
            where);
        assertEquals(doc.has(Layer.ENTITIES), row.misc().containsKey("NER"), where);
        ner[token.index()] = row.misc().get("NER");
      }
    }
    if (doc.has(Layer.ENTITIES)) {
      // the tags decode to the document's mentions, no more, no fewer
      List<String> decoded = new ArrayList<>();
      BioTags.spans(ner, (b, e, type) -> decoded.add(b + "-" + e + " " + type));
      List<String> expected = new ArrayList<>();
      for (EntityMention m : doc.mentions()) {
        expected.add(m.firstToken() + "-" + m.endToken() + " " + m.type().replace('|', '_'));
      }
      assertEquals(expected, decoded);
    }
    return sentences;
  }

  @Test
  void theExampleArticleReadsBack() throws IOException {
    Document doc = GermanNlp.standard().analyze(DocumentSchemaTest.exampleArticle());
    String conllu = Conllu.toConllu(doc);
    assertMatches(doc, conllu, 0, 1);
    assertTrue(conllu.contains("\tNER=B-PER|") || conllu.contains("|NER=B-PER|"), "a person");
    assertTrue(conllu.contains("|NER=I-PER|"), "a two-token person");
    assertTrue(conllu.contains("|SpaceAfter=No|"));
    // one known line, whole
    assertTrue(
        conllu.contains(
            "\n2\tMiriam\tMiriam\tPROPN\t_\t_\t_\t_\t_\t" + "End=223|NER=B-PER|Start=217\n"),
        conllu);
  }

  @Test
  void theLibrarysUdReaderReadsItBack() throws IOException {
    Document doc = GermanNlp.standard().analyze(DocumentSchemaTest.exampleArticle());
    Path file =
        Files.writeString(
            dir.resolve("article.conllu"), Conllu.toConllu(doc), StandardCharsets.UTF_8);
    List<ConlluCorpus.Words> words = ConlluCorpus.readWords(file);
    assertEquals(doc.sentenceCount(), words.size());
    for (int s = 0; s < words.size(); s++) {
      List<Token> tokens = doc.sentence(s).tokens();
      assertEquals(tokens.stream().map(Token::text).toList(), List.of(words.get(s).words()));
      assertEquals(tokens.stream().map(Token::lemma).toList(), List.of(words.get(s).lemmas()));
      assertEquals(tokens.stream().map(Token::upos).toList(), List.of(words.get(s).upos()));
    }
    GoldText text = ConlluCorpus.read(file); // aligns each form with its sentence's # text
    Segmentation gold = text.gold();
    assertEquals(doc.tokenCount(), gold.tokenStarts().length);
    assertEquals(doc.sentenceCount(), gold.sentenceStarts().length);
    for (int i = 0; i < doc.tokenCount(); i++) {
      assertEquals(
          doc.token(i).text(), text.text().substring(gold.tokenStarts()[i], gold.tokenEnds()[i]));
    }
  }

  @Test
  void exactOutputWithTokensOnly() {
    Document doc =
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS))
            .build()
            .analyze("Er sagte: \"Gut\".\nDann\tging er.");
    assertEquals(
        """
        # sent_id = 1
        # text = Er sagte: "Gut".
        1\tEr\t_\t_\t_\t_\t_\t_\t_\tEnd=2|Start=0
        2\tsagte\t_\t_\t_\t_\t_\t_\t_\tEnd=8|SpaceAfter=No|Start=3
        3\t:\t_\t_\t_\t_\t_\t_\t_\tEnd=9|Start=8
        4\t"\t_\t_\t_\t_\t_\t_\t_\tEnd=11|SpaceAfter=No|Start=10
        5\tGut\t_\t_\t_\t_\t_\t_\t_\tEnd=14|SpaceAfter=No|Start=11
        6\t"\t_\t_\t_\t_\t_\t_\t_\tEnd=15|SpaceAfter=No|Start=14
        7\t.\t_\t_\t_\t_\t_\t_\t_\tEnd=16|Start=15

        # sent_id = 2
        # text = Dann ging er.
        1\tDann\t_\t_\t_\t_\t_\t_\t_\tEnd=21|Start=17
        2\tging\t_\t_\t_\t_\t_\t_\t_\tEnd=26|Start=22
        3\ter\t_\t_\t_\t_\t_\t_\t_\tEnd=29|SpaceAfter=No|Start=27
        4\t.\t_\t_\t_\t_\t_\t_\t_\tEnd=30|Start=29

        """,
        Conllu.toConllu(doc));
  }

  @Test
  void compositeTagsKeepTheirFirstPartAndTheWholeInMisc() {
    String text = "Sie ging zum Bahnhof.";
    Document doc =
        TestDocuments.of(
            text,
            new int[] {0, 4, 9, 13, 20},
            new int[] {3, 8, 12, 20, 21},
            new int[] {5},
            new String[] {"PRON", "VERB", "ADP+DET", "NOUN", "PUNCT"},
            new String[] {"sie", "gehen", "zu+der", "Bahnhof", "."},
            List.of(new EntityMention("Bahnhof", "LOC|X", 13, 20, 3, 4, 0.5, "Bahnhof")));
    String conllu = Conllu.toConllu(doc);
    assertMatches(doc, conllu, 0, 1);
    assertTrue(
        conllu.contains(
            "\n3\tzum\tzu+der\tADP\t_\t_\t_\t_\t_\tCompositeUpos=ADP+DET|End=12|NER=O|Start=9\n"),
        conllu);
    assertTrue(conllu.contains("\tEnd=20|NER=B-LOC_X|SpaceAfter=No|Start=13\n"), conllu);
  }

  @Test
  void tabsAndLineBreaksInTokensBecomeSpaces() {
    Document doc =
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS, Layer.POS))
            .build()
            .analyzeTokens(List.of(List.of("New York", "a\tb", "x\ny", "\u2028"), List.of("zwei")));
    String conllu = Conllu.toConllu(doc);
    List<ConlluReader.Sentence> read = assertMatches(doc, conllu, 0, 1);
    assertEquals("New York a b x y _", read.get(0).text());
    assertEquals(
        List.of("New York", "a b", "x y", "_"),
        read.get(0).rows().stream().map(ConlluReader.Row::form).toList());
    // the offsets still point at the original characters
    assertEquals(
        "x\ny",
        doc.text().substring(read.get(0).rows().get(2).start(), read.get(0).rows().get(2).end()));
  }

  @Test
  void aPieceOfALongerTextShiftsOffsetsAndNumbersOn() throws IOException {
    Document doc = GermanNlp.standard().analyze("Olaf Scholz sprach. Dann ging er.");
    StringWriter out = new StringWriter();
    Conllu.write(doc, 1000, 7, out);
    List<ConlluReader.Sentence> read = assertMatches(doc, out.toString(), 1000, 7);
    assertEquals("8", read.get(1).sentId());
    assertEquals(1000, read.get(0).rows().get(0).start());
    StringWriter plain = new StringWriter();
    Conllu.write(doc, plain);
    assertEquals(Conllu.toConllu(doc), plain.toString());
    assertThrows(IllegalArgumentException.class, () -> Conllu.write(doc, -1, 1, out));
  }

  @Test
  void anEmptyDocumentWritesNothing() {
    assertEquals("", Conllu.toConllu(GermanNlp.standard().analyze(" \n ")));
    assertThrows(NullPointerException.class, () -> Conllu.toConllu(null));
  }

  @Test
  void theStrictReaderRejectsBrokenOutput() {
    String good = "# sent_id = 1\n# text = a\n1\ta\t_\t_\t_\t_\t_\t_\t_\tEnd=1|Start=0\n\n";
    assertEquals(1, ConlluReader.read(good).size());
    for (String bad :
        List.of(
            good.replace("\tEnd", "\t\tEnd"), // eleven columns
            good.replace("1\ta", "2\ta"), // IDs from 2
            good.replace("End=1|Start=0", "Start=0|End=1"), // keys out of order
            good.replace("# text = a", "# text = b"), // text and forms differ
            good.substring(0, good.length() - 1), // no blank line at the end
            good + "\n", // two blank lines
            good.replace("\t_\t_\t_\t_\tEnd", "\t\t_\t_\t_\tEnd"), // an empty column
            good.replace("# sent_id = 1\n", ""))) {
      assertThrows(AssertionError.class, () -> ConlluReader.read(bad), bad);
    }
    assertFalse(ConlluReader.read("").iterator().hasNext());
  }
}
