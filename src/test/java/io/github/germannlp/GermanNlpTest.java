package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GermanNlpTest {
  private static final GermanNlp NLP = GermanNlp.standard();

  @Test
  void noEntitiesInPageControls() {
    String text =
        "Merkel in Paris\n\nTeilen Facebook Twitter WhatsApp E-Mail\n\n"
            + "Angela Merkel besuchte Paris.\n";
    // without the furniture layer asked for, controls are still found and skipped
    Document doc =
        GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS, Layer.ENTITIES)).build().analyze(text);
    int controlsEnd = text.indexOf("\n\nAngela");
    assertTrue(
        doc.mentions().stream().noneMatch(m -> m.start() > 15 && m.start() < controlsEnd),
        doc.mentions().toString());
    assertTrue(
        doc.mentions().stream().anyMatch(m -> m.text().equals("Angela Merkel")),
        doc.mentions().toString());
    assertTrue(doc.furniture().isEmpty()); // not asked for
  }

  @Test
  void softHyphensKeepTheTokenTextButNotTheLemma() {
    String text = "Der Umwelt\u00ADausschuss tagte.";
    Document doc = NLP.analyze(text);
    Token word = doc.token(1);
    assertEquals("Umwelt\u00ADausschuss", word.text()); // exact source text and offsets
    assertEquals(4, word.start());
    assertEquals("NOUN", word.upos());
    assertEquals("Umweltausschuss", word.lemma());
    assertEquals(List.of("Umwelt", "Ausschuss"), word.compoundParts());
  }

  static List<String> texts(Document doc) {
    List<String> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      out.add(t.text());
    }
    return out;
  }

  @Test
  void nullIsRejectedWithAMessage() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> NLP.analyze((String) null));
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains("text"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> NLP.analyzePretokenized(null));
    assertNotNull(e.getMessage());
    e = assertThrows(NullPointerException.class, () -> NLP.analyzeTokens(null));
    assertNotNull(e.getMessage());
    List<List<String>> withNullToken = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    sentence.add("Das");
    sentence.add(null);
    withNullToken.add(sentence);
    e = assertThrows(NullPointerException.class, () -> NLP.analyzeTokens(withNullToken));
    assertNotNull(e.getMessage());
    assertThrows(NullPointerException.class, () -> GermanNlp.builder().scheme(null));
    assertThrows(NullPointerException.class, () -> GermanNlp.builder().modelDirectory(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \n\t  ", "\n\n\n", "\u00A0\u2003\u200B\uFEFF", "\r\n"})
  void emptyAndWhitespaceOnlyGiveNothing(String text) {
    for (TokenScheme scheme : TokenScheme.values()) {
      Document doc = GermanNlp.builder().scheme(scheme).build().analyze(text);
      assertEquals(0, doc.tokenCount());
      assertEquals(0, doc.sentenceCount());
      assertTrue(doc.tokens().isEmpty());
      assertTrue(doc.sentences().isEmpty());
      assertEquals(text, doc.text());
    }
    Document pre = NLP.analyzePretokenized(text);
    assertEquals(
        0,
        pre.tokenCount(),
        () ->
            "pretokenized: "
                + texts(pre).stream()
                    .map(
                        t ->
                            t.codePoints()
                                .mapToObj(c -> String.format("U+%04X", c))
                                .toList()
                                .toString())
                    .toList());
    assertEquals(0, pre.sentenceCount());
  }

  @Test
  void tokenViews() {
    String text = "  Putin (l.) traf  Xi.\nDann ging er.\n";
    Document doc = NLP.analyze(text);
    assertSame(text, doc.text());
    assertEquals(
        List.of("Putin", "(", "l.", ")", "traf", "Xi", ".", "Dann", "ging", "er", "."), texts(doc));
    for (Token t : doc.tokens()) {
      assertEquals(text.substring(t.start(), t.end()), t.text());
      assertSame(doc, t.document());
      assertEquals(t, doc.token(t.index()));
      assertEquals(t.hashCode(), doc.token(t.index()).hashCode());
    }
    List<Token> tokens = doc.tokens();
    boolean[] spaceAfter = {true, false, false, true, true, false, true, true, true, false, true};
    String[] whitespaceAfter = {" ", "", "", " ", "  ", "", "\n", " ", " ", "", "\n"};
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(spaceAfter[i], tokens.get(i).spaceAfter(), "spaceAfter of " + tokens.get(i));
      assertEquals(
          whitespaceAfter[i],
          tokens.get(i).whitespaceAfter(),
          "whitespaceAfter of " + tokens.get(i));
    }
    assertEquals(2, tokens.get(0).start());
    assertEquals(7, tokens.get(0).end());
    assertEquals("Putin[2,7)", tokens.get(0).toString());
    assertFalse(tokens.get(0).equals(NLP.analyze(text).token(0)), "views of different documents");
    assertEquals("PROPN", tokens.get(0).upos());
    assertEquals("Putin", tokens.get(0).lemma());
    assertTrue(doc.has(Layer.POS));
    assertTrue(doc.has(Layer.LEMMA));
    Document bare = GermanNlp.builder().layers(Set.of(Layer.TOKENS)).build().analyze(text);
    assertEquals(null, bare.token(0).upos());
    assertEquals(null, bare.token(0).lemma());
    assertFalse(bare.has(Layer.POS));
    assertTrue(doc.has(Layer.TOKENS));
    assertTrue(doc.has(Layer.SENTENCES));
  }

  @Test
  void lastTokenWithoutTrailingSpace() {
    Document doc = NLP.analyze("Ende.");
    Token last = doc.token(doc.tokenCount() - 1);
    assertTrue(last.spaceAfter(), "end of text counts as space");
    assertEquals("", last.whitespaceAfter());
  }

  @Test
  void sentenceViews() {
    String text = "Putin traf Xi. Beide lächelten.\n\nKritik aus Washington";
    Document doc = NLP.analyze(text);
    assertEquals(3, doc.sentenceCount());
    List<Sentence> sentences = doc.sentences();
    assertEquals("Putin traf Xi.", sentences.get(0).text());
    assertEquals("Beide lächelten.", sentences.get(1).text());
    assertEquals("Kritik aus Washington", sentences.get(2).text());
    int next = 0;
    for (Sentence s : sentences) {
      assertSame(doc, s.document());
      assertEquals(next, s.firstToken());
      assertEquals(s.endToken() - s.firstToken(), s.tokenCount());
      assertEquals(s.tokenCount(), s.tokens().size());
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertEquals(s.text(), s.toString());
      for (Token t : s.tokens()) {
        assertEquals(s, t.sentence());
        assertEquals(s.index(), t.sentence().index());
      }
      next = s.endToken();
    }
    assertEquals(doc.tokenCount(), next);
    assertEquals(
        List.of("Beide", "lächelten", "."),
        sentences.get(1).tokens().stream().map(Token::text).toList());
  }

  @Test
  void indexesAreChecked() {
    Document doc = NLP.analyze("Ein Satz.");
    assertThrows(IndexOutOfBoundsException.class, () -> doc.token(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> doc.token(3));
    assertThrows(IndexOutOfBoundsException.class, () -> doc.sentence(1));
    assertThrows(IndexOutOfBoundsException.class, () -> doc.tokens().get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> doc.sentence(0).tokens().get(3));
    assertThrows(UnsupportedOperationException.class, () -> doc.tokens().clear());
  }

  @Test
  void analyzePretokenizedKeepsOffsetsIntoTheText() {
    String text = "Das\t1\n  ist \nz.B.\ngut\n\n\nNeuer\tX\tY\nSatz\n.\n";
    Document doc = NLP.analyzePretokenized(text);
    assertSame(text, doc.text());
    assertEquals(List.of("Das", "ist", "z.B.", "gut", "Neuer", "Satz", "."), texts(doc));
    for (Token t : doc.tokens()) {
      assertEquals(text.substring(t.start(), t.end()), t.text());
    }
    assertEquals(2, doc.sentenceCount());
    assertEquals(4, doc.sentence(0).tokenCount());
    assertEquals(3, doc.sentence(1).tokenCount());
    assertEquals(text.indexOf("ist"), doc.token(1).start());
  }

  @Test
  void analyzePretokenizedWithoutTrailingNewlineAndLeadingBlankLines() {
    Document doc = NLP.analyzePretokenized("\n\nA\nB\n\nC");
    assertEquals(List.of("A", "B", "C"), texts(doc));
    assertEquals(2, doc.sentenceCount());
    assertEquals("C", doc.sentence(1).text());
  }

  @Test
  void analyzeTokensJoinsWithSpacesAndLineBreaks() {
    Document doc =
        NLP.analyzeTokens(
            List.of(
                List.of("Das", "ist", "gut", "."),
                List.of(),
                List.of("Dann", "z.", "B.", "Xi", ".")));
    assertEquals("Das ist gut .\nDann z. B. Xi .", doc.text());
    assertEquals(2, doc.sentenceCount());
    assertEquals(List.of("Das", "ist", "gut", ".", "Dann", "z.", "B.", "Xi", "."), texts(doc));
    assertEquals("Dann z. B. Xi .", doc.sentence(1).text());
    assertThrows(
        IllegalArgumentException.class, () -> NLP.analyzeTokens(List.of(List.of("Das", ""))));
    assertEquals(0, NLP.analyzeTokens(List.of()).tokenCount());
  }

  @Test
  void documentIsUsableFromSeveralThreads() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      sb.append("Am ")
          .append(i % 28 + 1)
          .append(". November traf Dr. Müller z. B. ")
          .append("US-Präsident Trump (l.) in Peking. „Gut“, sagte er 👍🏽.\n");
      if (i % 7 == 0) {
        sb.append('\n');
      }
    }
    String text = sb.toString();
    Document reference = NLP.analyze(text);
    List<String> expected = describe(reference);
    int threads = 4;
    CyclicBarrier barrier = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> analysed = new ArrayList<>();
      List<Future<List<String>>> shared = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<List<String>> analyse =
            () -> {
              barrier.await(10, TimeUnit.SECONDS);
              List<String> last = null;
              for (int r = 0; r < 5; r++) {
                last = describe(NLP.analyze(text));
              }
              return last;
            };
        analysed.add(pool.submit(analyse));
      }
      for (Future<List<String>> f : analysed) {
        assertEquals(expected, f.get(60, TimeUnit.SECONDS));
      }
      for (int i = 0; i < threads; i++) {
        shared.add(
            pool.submit(
                () -> {
                  barrier.await(10, TimeUnit.SECONDS);
                  return describe(reference);
                }));
      }
      for (Future<List<String>> f : shared) {
        assertEquals(expected, f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> describe(Document doc) {
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.add("S" + s.index() + ":" + s.firstToken() + "-" + s.endToken());
      for (Token t : s.tokens()) {
        out.add(t.text() + "@" + t.start() + "-" + t.end() + (t.spaceAfter() ? " " : ""));
      }
    }
    return out;
  }

  @Test
  void builderDefaultsAndSchemes() {
    assertEquals(TokenScheme.NEWS, GermanNlp.standard().scheme());
    assertSame(GermanNlp.standard(), GermanNlp.standard());
    assertEquals(TokenScheme.UD, GermanNlp.builder().scheme(TokenScheme.UD).build().scheme());
    assertEquals(EnumSet.allOf(Layer.class), GermanNlp.availableLayers());
    assertEquals(GermanNlp.availableLayers(), GermanNlp.standard().layers());
    Document ud = GermanNlp.builder().scheme(TokenScheme.UD).build().analyze("UN-Sicherheitsrat");
    assertEquals(List.of("UN", "-", "Sicherheitsrat"), texts(ud));
    assertEquals(List.of("UN-Sicherheitsrat"), texts(NLP.analyze("UN-Sicherheitsrat")));
  }

  @Test
  void onlyTheRequestedLayers() {
    assertEquals(
        EnumSet.of(Layer.TOKENS, Layer.SENTENCES),
        GermanNlp.builder().layers(Set.of(Layer.TOKENS)).build().layers());
  }

  @Test
  void modelDirectoryMissingNamesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-models");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GermanNlp.builder().modelDirectory(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void modelDirectoryThatIsAFileIsRejected(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GermanNlp.builder().modelDirectory(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void modelDirectoryReplacesTheAbbreviationTable(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(GermanNlp.ABBREVIATIONS_FILE),
        "# test table\nXyz.\nusw.\tend\n",
        StandardCharsets.UTF_8);
    GermanNlp nlp = GermanNlp.builder().modelDirectory(dir).build();
    assertEquals(
        List.of("Die", "Xyz.", "Firma", "und", "Dr", ".", "Müller"),
        texts(nlp.analyze("Die Xyz. Firma und Dr. Müller")));
    // an empty directory falls back to the bundled table
    Path empty = Files.createDirectory(dir.resolve("empty"));
    GermanNlp fallback = GermanNlp.builder().modelDirectory(empty).build();
    assertEquals(List.of("Dr.", "Müller"), texts(fallback.analyze("Dr. Müller")));
  }

  @Test
  void malformedModelDirectoryTableNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path table = dir.resolve(GermanNlp.ABBREVIATIONS_FILE);
    Files.writeString(table, "z.B.\nohnePunkt\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GermanNlp.builder().modelDirectory(dir).build());
    assertTrue(e.getMessage().contains(table.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(":2"), e.getMessage());
  }

  @Test
  void unreadableModelDirectoryFilesAreNamedInOneStyle(@TempDir Path dir) throws IOException {
    byte[] badUtf8 = {'z', '.', 'B', '.', '\n', (byte) 0xC3, (byte) 0x28, '.', '\n'};
    String[][] cases = {
      {GermanNlp.ABBREVIATIONS_FILE, "abbreviation table"},
      {io.github.germannlp.internal.topic.BackgroundStatistics.FILE_NAME, "background statistics"},
      {GermanNlp.ENTITY_MODEL_FILE, "entity model"}
    };
    for (String[] c : cases) {
      Path models = Files.createDirectory(dir.resolve(c[1].replace(' ', '-')));
      Path file = Files.write(models.resolve(c[0]), badUtf8);
      java.io.UncheckedIOException e =
          assertThrows(
              java.io.UncheckedIOException.class,
              () -> GermanNlp.builder().modelDirectory(models).build());
      assertTrue(
          e.getMessage().startsWith("cannot read " + c[1] + " " + file + ": "), e.getMessage());
      assertFalse(e.getMessage().substring(1).contains("cannot read"), e.getMessage());
    }
  }

  @Test
  void abbreviationsLoadMalformedNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path noPeriod = dir.resolve("bad1.txt");
    Files.writeString(noPeriod, "# Kommentar\nz.B.\n\nDr.\nohnePunkt\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Abbreviations.load(noPeriod));
    assertTrue(e.getMessage().contains(noPeriod.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(":5"), e.getMessage());
    assertTrue(e.getMessage().contains("ohnePunkt"), e.getMessage());

    Path badFlag = dir.resolve("bad2.txt");
    Files.writeString(badFlag, "Art.\tnum\nusw.\tfoo\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> Abbreviations.load(badFlag));
    assertTrue(e.getMessage().contains(badFlag.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(":2"), e.getMessage());
    assertTrue(e.getMessage().contains("foo"), e.getMessage());

    Path withSpace = dir.resolve("bad3.txt");
    Files.writeString(withSpace, "z. B.\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> Abbreviations.load(withSpace));
    assertTrue(e.getMessage().contains(withSpace + ":1"), e.getMessage());

    Path missing = dir.resolve("missing.txt");
    IOException io = assertThrows(IOException.class, () -> Abbreviations.load(missing));
    assertTrue(
        io instanceof NoSuchFileException || io.getMessage().contains(missing.toString()),
        String.valueOf(io.getMessage()));
    assertTrue(String.valueOf(io.getMessage()).contains(missing.toString()), io.getMessage());
  }

  @Test
  void abbreviationsLoadWellFormed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ok.txt");
    Files.writeString(
        file, "# Kommentar\nXyz.\nArt.\tnum\nusw.\tend\n  \n", StandardCharsets.UTF_8);
    Abbreviations a = Abbreviations.load(file);
    assertEquals(3, a.size());
    char[] c = "Xyz. Art. usw. Foo.".toCharArray();
    assertEquals(Abbreviations.PLAIN, a.lookup(c, 0, 4));
    assertEquals(Abbreviations.BEFORE_NUMBER, a.lookup(c, 5, 9));
    assertEquals(Abbreviations.MAY_END, a.lookup(c, 10, 14));
    assertEquals(Abbreviations.NONE, a.lookup(c, 15, 19));
  }

  @Test
  void abbreviationsLoadToleratesAByteOrderMark(@TempDir Path dir) throws IOException {
    // editors on Windows write a BOM; the CLI strips it from inputs, the table loader should too
    Path file = dir.resolve("bom.txt");
    Files.writeString(file, "\uFEFF# Kommentar\nXyz.\n", StandardCharsets.UTF_8);
    assertEquals(1, Abbreviations.load(file).size());
    Path file2 = dir.resolve("bom2.txt");
    Files.writeString(file2, "\uFEFFXyz.\n", StandardCharsets.UTF_8);
    assertTrue(Abbreviations.load(file2).contains("Xyz."));
  }

  @Test
  void noMentionCrossesASentenceEnd() {
    // the known-names list has "Auswärtigen Amts"; here its words end and open two sentences
    Document split = NLP.analyze("Auswärtigen \nAmts");
    Document given =
        NLP.analyzeTokens(
            List.of(List.of("Das", "Auswärtigen"), List.of("Amts", "Sprecher", "schwieg", ".")));
    GermanNlp withDictionary =
        GermanNlp.builder()
            .entityDictionary(
                io.github.germannlp.ner.EntityDictionary.of(java.util.Map.of("Maple Bank", "ORG")))
            .build();
    Document dictionary =
        withDictionary.analyzeTokens(
            List.of(List.of("Aktien", "von", "Maple"), List.of("Bank", "sagt", "nichts")));
    for (Document doc : List.of(split, given, dictionary)) {
      assertTrue(doc.sentenceCount() >= 2, doc.text());
      for (var m : doc.mentions()) {
        assertEquals(
            doc.token(m.firstToken()).sentence().index(),
            doc.token(m.endToken() - 1).sentence().index(),
            m.toString());
      }
    }
    // within one sentence the same names are still found
    assertTrue(
        NLP.analyze("Ein Sprecher des Auswärtigen Amts schwieg.").mentions().stream()
            .anyMatch(m -> m.text().equals("Auswärtigen Amts")));
    assertTrue(
        withDictionary.analyze("Die Maple Bank sagt nichts.").mentions().stream()
            .anyMatch(m -> m.text().equals("Maple Bank") && m.type().equals("ORG")));
  }

  @Test
  void pretokenizedInputTakesLinearTime() {
    // each line used to search the rest of the text for a tab: 400k lines took minutes
    GermanNlp tokens = GermanNlp.builder().layers(Set.of(Layer.TOKENS)).build();
    Document doc =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10),
            () -> tokens.analyzePretokenized("Wort\n\n".repeat(400_000)));
    assertEquals(400_000, doc.tokenCount());
    assertEquals(400_000, doc.sentenceCount());
    // a tab still ends the token of its line, and only of its line
    Document tabbed = tokens.analyzePretokenized("Haus\tNOUN\nBaum\n");
    assertEquals(List.of("Haus", "Baum"), List.of(tabbed.token(0).text(), tabbed.token(1).text()));
  }

  @Test
  void aVeryLongUnknownWordTakesLinearTime() {
    // the lemmatizer and the POS compound test looked up every suffix: 120,000 chars took 48 s
    String word = "Qxz".repeat(40_000);
    Document doc =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10), () -> NLP.analyze("Die " + word + " ist gut."));
    assertEquals(word, doc.token(1).text());
    assertEquals(5, doc.tokenCount());
  }

  @Test
  void theBuildersCallsMayComeInAnyOrder() {
    io.github.germannlp.ner.EntityDictionary names =
        io.github.germannlp.ner.EntityDictionary.of(java.util.Map.of("Deutsche Bahn", "ORG"));
    GermanNlp dictionaryFirst =
        GermanNlp.builder()
            .entityDictionary(names)
            .layers(EnumSet.of(Layer.POS))
            .scheme(TokenScheme.UD)
            .build();
    GermanNlp layersFirst =
        GermanNlp.builder()
            .scheme(TokenScheme.UD)
            .layers(EnumSet.of(Layer.POS))
            .entityDictionary(names)
            .build();
    assertEquals(dictionaryFirst.layers(), layersFirst.layers());
    assertTrue(layersFirst.layers().contains(Layer.ENTITIES), "a dictionary turns entities on");
    String text = "Die Deutsche Bahn streikt.";
    assertEquals(dictionaryFirst.analyze(text).mentions(), layersFirst.analyze(text).mentions());
    assertEquals("Deutsche Bahn", layersFirst.analyze(text).mentions().get(0).text());
    // the last layers() call wins
    GermanNlp replaced =
        GermanNlp.builder()
            .layers(EnumSet.of(Layer.TOPICS))
            .layers(EnumSet.of(Layer.TOKENS))
            .build();
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.SENTENCES), replaced.layers());
  }
}
