package io.github.germannlp.internal.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.GermanNlp;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorporaTest {
  private static final GermanNlp NLP = GermanNlp.builder().scheme(TokenScheme.NEWS).build();

  private static final String GERMEVAL =
      String.join(
          "\n",
          "#\thttp://de.wikipedia.org/wiki/Test [2009-10-17]",
          "1\tDie\tO\tO",
          "2\tdeutsche\tB-LOCderiv\tO",
          "3\tFirma\tO\tO",
          "4\tSiemens-Chef\tB-ORGpart\tO",
          "5\tJoe\tB-PER\tO",
          "6\tKaeser\tI-PER\tO",
          "7\tlas\tO\tO",
          "8\tFaust\tB-OTH\tO",
          "9\tin\tI-OTH\tO",
          "10\tBerlin\tB-LOC\tB-LOC",
          "11\t.\tO\tO",
          "",
          "#\tcomment between sentences",
          "1\tNew\tI-LOC\tO",
          "2\tYork\tI-LOC\tO",
          "3\tist\tO\tO",
          "4\tOTH-artig\tB-OTHpart\tO",
          "5\t.\tO\tO",
          "",
          "1\t\"\tO\tO\t",
          "2\tHallo\tO\tO",
          "3\tEU-weit\tB-ORGderiv\tO",
          "4\tUN\tI-ORG\tO",
          "",
          "");

  @Test
  void germEvalFourClasses(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, GERMEVAL, StandardCharsets.UTF_8);
    NerCorpora.Counts counts = new NerCorpora.Counts();
    List<TaggedSentence> s = NerCorpora.readGermEval(file, false, counts);
    assertEquals(3, s.size());
    assertArrayEquals(
        new String[] {
          "Die",
          "deutsche",
          "Firma",
          "Siemens-Chef",
          "Joe",
          "Kaeser",
          "las",
          "Faust",
          "in",
          "Berlin",
          "."
        },
        s.get(0).tokens());
    assertArrayEquals(
        new String[] {"O", "O", "O", "O", "B-PER", "I-PER", "O", "B-MISC", "I-MISC", "B-LOC", "O"},
        s.get(0).tags());
    // broken I- start repaired
    assertArrayEquals(new String[] {"B-LOC", "I-LOC", "O", "O", "O"}, s.get(1).tags());
    // extra empty column tolerated; I-ORG after a dropped ORGderiv becomes B-ORG
    assertArrayEquals(new String[] {"\"", "Hallo", "EU-weit", "UN"}, s.get(2).tokens());
    assertArrayEquals(new String[] {"O", "O", "O", "B-ORG"}, s.get(2).tags());
    assertEquals(2, counts.get(NerCorpora.REPAIRED_BIO));
    assertEquals(4, counts.get(NerCorpora.DERIV_PART_DROPPED));

    String stats = NerCorpora.stats(s);
    assertTrue(stats.contains("sentences 3\n"), stats);
    assertTrue(stats.contains("tokens 20\n"), stats);
    assertTrue(stats.contains("entities LOC 2\n"), stats);
    assertTrue(stats.contains("entities MISC 1\n"), stats);
    assertTrue(stats.contains("entities ORG 1\n"), stats);
    assertTrue(stats.contains("entities PER 1\n"), stats);
  }

  @Test
  void europeanaSegmentsWithEntities(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("enp.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "#\tTOKEN\tNE-TAG\tNE-EMB",
            "#\t001\thttps://example.org/page",
            "1\tDer\tO\tO",
            "2\tKaiser\tO\tO",
            "3\treiste\tO\tO",
            "4\tnach\tO\tO",
            "5\tBerlin\tI-LOC\tO", // a broken I- start: repaired
            "6\tmit\tO\tO",
            "7\tHerrn\tO\tO",
            "8\tvon\tB-PER\tO",
            "9\tBismarck\tI-PER\tO",
            "\t\t\t",
            "1\tNichts\tO\tO", // no entity: left out
            "2\tgeschah\tO\tO",
            "3\theute\tO\tO",
            "4\t.\tO\tO",
            "\t\t\t",
            "1\tIn\tO\tO",
            "2\tWien\tB-LOC\tO",
            "0", // a malformed line ends the segment: too short, left out
            "1\tDie\tO\tO",
            "2\tReichsbank\tB-ORG\tO",
            "3\tund\tO\tO",
            "4\tdas\tO\tO",
            "5\tWerk\tB-OTH\tO"),
        StandardCharsets.UTF_8); // no final separator; OTH dropped
    List<TaggedSentence> s = NerCorpora.readEuropeana(file);
    assertEquals(2, s.size());
    assertArrayEquals(
        new String[] {
          "Der", "Kaiser", "reiste", "nach", "Berlin", "mit", "Herrn", "von", "Bismarck"
        },
        s.get(0).tokens());
    assertArrayEquals(
        new String[] {"O", "O", "O", "O", "B-LOC", "O", "O", "B-PER", "I-PER"}, s.get(0).tags());
    assertArrayEquals(new String[] {"O", "B-ORG", "O", "O", "O"}, s.get(1).tags());
  }

  @Test
  void germEvalFineClasses(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, GERMEVAL, StandardCharsets.UTF_8);
    List<TaggedSentence> s = NerCorpora.readGermEval(file, true);
    assertArrayEquals(
        new String[] {
          "O",
          "B-LOCderiv",
          "O",
          "B-ORGpart",
          "B-PER",
          "I-PER",
          "O",
          "B-MISC",
          "I-MISC",
          "B-LOC",
          "O"
        },
        s.get(0).tags());
    assertArrayEquals(new String[] {"B-LOC", "I-LOC", "O", "B-MISCpart", "O"}, s.get(1).tags());
    // I-ORG does not continue B-ORGderiv: a new entity
    assertArrayEquals(new String[] {"O", "O", "B-ORGderiv", "B-ORG"}, s.get(2).tags());
  }

  @Test
  void germEvalErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "1\tA\tO\tO\n2\tB\tB-FOO\tO\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NerCorpora.readGermEval(file, false));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());

    Files.writeString(file, "1\tA\tO\tO\n\n1\tonly-two-columns\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> NerCorpora.readGermEval(file, false));
    assertTrue(e.getMessage().contains("bad.tsv:3"), e.getMessage());
  }

  @Test
  void smartData(@TempDir Path dir) throws IOException {
    String text1 = "Angela Merkel besuchte Berlin. Die Deutsche Bahn meldet Verspätungen.";
    int merkel = text1.indexOf("Angela");
    int berlin = text1.indexOf("Berlin");
    int bahn = text1.indexOf("Deutsche Bahn");
    int verspaet = text1.indexOf("Verspätungen");
    String doc1 =
        SmartDataFixture.document(
            "d1",
            text1,
            SmartDataFixture.mention(merkel, merkel + "Angela Merkel".length(), "person"),
            SmartDataFixture.mention(berlin, berlin + "Berlin".length(), "location-city"),
            // misaligned: "Deutsche Ba" ends inside the token "Bahn"
            SmartDataFixture.mention(bahn, bahn + "Deutsche Ba".length(), "organization-company"),
            // ignored type
            SmartDataFixture.mention(verspaet, verspaet + "Verspätungen".length(), "trigger"),
            // overlaps the longer "Angela Merkel" and is dropped
            SmartDataFixture.mention(merkel + 7, merkel + "Angela Merkel".length(), "person"));
    String text2 = "😀 Stau auf der A100 bei Neukölln am 3. Mai";
    int a100 = text2.indexOf("A100");
    int neukoelln = text2.indexOf("Neukölln");
    int mai = text2.indexOf("3. Mai");
    String doc2 =
        SmartDataFixture.document(
            "d2",
            text2,
            SmartDataFixture.mention(a100, a100 + 4, "location-route"),
            SmartDataFixture.mention(neukoelln, neukoelln + "Neukölln".length(), "location"),
            SmartDataFixture.mention(mai, mai + "3. Mai".length(), "date"));
    // concatenated pretty-printed objects, no separator but white space
    Path file = SmartDataFixture.writeGz(dir.resolve("train.json.gz"), doc1 + doc2);

    NerCorpora.Counts counts = new NerCorpora.Counts();
    List<TaggedSentence> s = SmartDataCorpus.read(file, NLP, counts);
    assertEquals(3, s.size(), s.toString());
    assertEquals("Angela/B-PER Merkel/I-PER besuchte/O Berlin/B-LOC ./O", s.get(0).toString());
    assertEquals(
        "Die/O Deutsche/B-ORG Bahn/I-ORG meldet/O Verspätungen/O ./O", s.get(1).toString());
    assertEquals(
        "😀/O Stau/O auf/O der/O A100/O bei/O Neukölln/B-LOC am/O 3./O Mai/O", s.get(2).toString());

    assertEquals(2, counts.get(NerCorpora.DOCUMENTS));
    assertEquals(8, counts.get(NerCorpora.MENTIONS));
    assertEquals(3, counts.get(NerCorpora.IGNORED_TYPE)); // date, and the route A100
    assertEquals(5, counts.get(NerCorpora.CANDIDATES));
    assertEquals(4, counts.get(NerCorpora.PLACED));
    assertEquals(1, counts.get(NerCorpora.MISALIGNED));
    assertEquals(1, counts.get(NerCorpora.DROPPED_OVERLAP));
    assertEquals(0, counts.get(NerCorpora.DROPPED_DUPLICATE));

    // the same gold as character spans of whole documents, for scoring a pipeline end to end
    List<SmartDataCorpus.GoldDocument> docs = SmartDataCorpus.readDocuments(file);
    assertEquals(2, docs.size());
    assertEquals("d1", docs.get(0).id());
    assertEquals(text1, docs.get(0).text());
    assertEquals(
        List.of(
            new SmartDataCorpus.GoldEntity(merkel, merkel + "Angela Merkel".length(), "PER"),
            new SmartDataCorpus.GoldEntity(berlin, berlin + "Berlin".length(), "LOC"),
            // the misaligned mention covers its tokens, as in the sentences above
            new SmartDataCorpus.GoldEntity(bahn, bahn + "Deutsche Bahn".length(), "ORG")),
        docs.get(0).entities());
    assertEquals(
        List.of(new SmartDataCorpus.GoldEntity(neukoelln, neukoelln + "Neukölln".length(), "LOC")),
        docs.get(1).entities());

    String stats = NerCorpora.stats(s);
    assertTrue(stats.contains("entities LOC 2\n"), stats);
    assertTrue(stats.contains("entities ORG 1\n"), stats);
    assertTrue(stats.contains("entities PER 1\n"), stats);
  }

  @Test
  void smartDataTypeMapping() {
    assertEquals("PER", SmartDataCorpus.mapType("person"));
    assertEquals(null, SmartDataCorpus.mapType("location-stop")); // not a GermEval LOC
    assertEquals(null, SmartDataCorpus.mapType("location-route"));
    assertEquals("LOC", SmartDataCorpus.mapType("location-city"));
    assertEquals("LOC", SmartDataCorpus.mapType("location"));
    assertEquals("ORG", SmartDataCorpus.mapType("organization-company"));
    assertEquals(null, SmartDataCorpus.mapType("org-position"));
    assertEquals(null, SmartDataCorpus.mapType("date"));
  }

  @Test
  void smartDataMalformedJsonNamesFile(@TempDir Path dir) throws IOException {
    Path file =
        SmartDataFixture.writeGz(
            dir.resolve("broken.json.gz"),
            SmartDataFixture.document("d1", "Hallo Welt.") + "{ \"id\" : \"d2\", \"text\" : ");
    IOException e = assertThrows(IOException.class, () -> SmartDataCorpus.read(file, NLP));
    assertTrue(e.getMessage().contains("broken.json.gz"), e.getMessage());
  }

  @Test
  void mainReportsWrongArgumentsWithoutExitingTheJvm() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NerCorpora.main(new String[] {"germeval"}));
    assertTrue(e.getMessage().startsWith("usage:"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> NerCorpora.main(new String[] {"conll", "x.tsv"}));
    assertTrue(e.getMessage().contains("unknown corpus kind: conll"), e.getMessage());
  }

  @Test
  void conll2003MapsSmartDataTypesAndSplitsDocuments(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.conll2003");
    Files.writeString(
        file,
        String.join(
            "\n",
            "-DOCSTART- -1- O O",
            "",
            "Stau\tNN\tI-NN\tB-trigger",
            "bei\tAPPR\tI-AP\tO",
            "Bad\tNE\tI-NE\tB-location-city",
            "Hersfeld\tNE\tI-NE\tI-location-city",
            "",
            "-DOCSTART- -2- O O",
            "#DB\tNE\tI-NE\tB-organization-company",
            "Halt\tNN\tI-NN\tO",
            "Mellendorf\tNE\tI-NE\tB-location-stop",
            "Kai\tNE\tI-NE\tI-person",
            ""),
        StandardCharsets.UTF_8);
    List<TaggedSentence> s = NerCorpora.readConll2003(file);
    assertEquals(2, s.size());
    assertArrayEquals(new String[] {"Stau", "bei", "Bad", "Hersfeld"}, s.get(0).tokens());
    assertArrayEquals(new String[] {"O", "O", "B-LOC", "I-LOC"}, s.get(0).tags());
    // a stop is no GermEval location; an I- after a dropped type starts a mention
    assertArrayEquals(new String[] {"B-ORG", "O", "O", "B-PER"}, s.get(1).tags());
  }

  @Test
  void conll2003BadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.conll2003");
    Files.writeString(file, "Stau NN I-NN O\nbei APPR I-AP X-location\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NerCorpora.readConll2003(file));
    assertTrue(e.getMessage().contains("bad.conll2003:2:"), e.getMessage());
  }

  @Test
  void hipeReadsSentencesAndCoarseTypes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("h.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tMISC",
            "# hipe2022:document_id = d1",
            "Kaiser\tO\t_\t_",
            "Franz\tB-PER\t_\t_",
            "Joseph\tI-PER\t_\t_",
            "reiste\tO\t_\t_",
            "nach\tO\t_\t_",
            "Wien\tB-LOC\t_\tNoSpaceAfter",
            ".\tO\t_\tEndOfSentence",
            "Die\tO\t_\t_",
            "Neue\tB-HumanProd\t_\t_",
            "Presse\tI-HumanProd\t_\t_",
            "# hipe2022:document_id = d2",
            "Reichsrat\tB-ORG\t_\t_",
            ""),
        StandardCharsets.UTF_8);
    List<TaggedSentence> s = NerCorpora.readHipe(file);
    assertEquals(3, s.size());
    assertArrayEquals(
        new String[] {"O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"}, s.get(0).tags());
    assertArrayEquals(new String[] {"O", "O", "O"}, s.get(1).tags()); // HumanProd dropped
    assertArrayEquals(new String[] {"Reichsrat"}, s.get(2).tokens());
    assertArrayEquals(new String[] {"B-ORG"}, s.get(2).tags());
  }

  @Test
  void hipeBadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "TOKEN\tNE-COARSE-LIT\nWien\tB-LOC\n\tO\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NerCorpora.readHipe(file));
    assertTrue(e.getMessage().contains("bad.tsv:3:"), e.getMessage());
  }
}
