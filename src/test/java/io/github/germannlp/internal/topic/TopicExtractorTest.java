package io.github.germannlp.internal.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.topic.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicExtractorTest {
  private static final GermanNlp NLP = GermanNlp.standard();

  private static String example() throws IOException {
    try (InputStream in = TopicExtractorTest.class.getResourceAsStream("/example-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> labels(List<Topic> topics, int n) {
    return topics.stream().limit(n).map(Topic::label).toList();
  }

  @Test
  void topicLabelsOfNamesEndingInSKeepTheirS() {
    // every mention of Habermas and Bertens ends in -s: no genitive to strip (issue 14)
    List<Topic> topics =
        NLP.analyze(
                "Der Philosoph Jürgen Habermas hat am Dienstag in Frankfurt"
                    + " einen Vortrag gehalten. Habermas sprach über die Öffentlichkeit. Die Tennisspielerin"
                    + " Kiki Bertens hörte zu. Bertens lobte Habermas. Habermas' Thesen sind bekannt.")
            .topics();
    List<String> labels = labels(topics, topics.size());
    assertTrue(labels.contains("Jürgen Habermas"), labels.toString());
    assertTrue(labels.contains("Kiki Bertens"), labels.toString());
    for (String label : labels) {
      assertTrue(
          !label.endsWith("Haberma") && !label.endsWith("Berten") && !label.contains("Thesen"),
          label);
    }
  }

  @Test
  void theExampleArticlesTopics() throws IOException {
    String text = example();
    Document doc = NLP.analyze(text);
    assertTrue(doc.has(Layer.TOPICS));
    List<Topic> topics = doc.topics();
    List<String> top8 = labels(topics, 8);
    // the people, places and things the article is about, in dictionary form
    for (String expected : List.of("Miriam Lorenz", "Julien Moreau", "Berlin", "Frachter")) {
      assertTrue(top8.contains(expected), expected + " not in " + top8);
    }
    // furniture weighs nothing: the teaser's Livestream, Pressekonferenz and Newsblog, the
    // controls, the byline's agency
    for (Topic t : topics) {
      for (String furniture :
          List.of(
              "Livestream",
              "Pressekonferenz",
              "Newsblog",
              "Vorlesen",
              "News",
              "Lesedauer",
              "dpa",
              "Jana Berg")) {
        assertTrue(!t.label().contains(furniture), t.label());
      }
    }
    assertEquals(1.0, topics.get(0).score());
    for (int i = 1; i < topics.size(); i++) {
      assertTrue(topics.get(i).score() <= topics.get(i - 1).score());
      assertTrue(topics.get(i).score() >= 0);
    }
    Topic lorenz =
        topics.stream().filter(t -> t.label().equals("Miriam Lorenz")).findFirst().orElseThrow();
    assertEquals(Topic.Kind.ENTITY, lorenz.kind());
    assertEquals("PER", lorenz.entityType());
    // Lorenz (twice) and Lorenz' count for the full name; the caption's mention too
    assertTrue(lorenz.mentions().size() >= 3, lorenz.mentions().toString());
    for (Topic.Mention m : lorenz.mentions()) {
      assertTrue(
          text.substring(m.start(), m.end()).startsWith("Lorenz")
              || text.substring(m.start(), m.end()).startsWith("Miriam Lorenz"));
    }
  }

  @Test
  void lemmasAndCompoundsMerge() {
    Document doc =
        NLP.analyze(
            "Sanktionen gegen Russland\n\n"
                + "Die USA erhöhen den Sanktionsdruck. Neue Sanktionen folgen. Die Sanktion wirkt.");
    Topic sanktion =
        doc.topics().stream()
            .filter(t -> t.label().equals("Sanktion"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(doc.topics().toString()));
    // Sanktionen (twice), Sanktion, and Sanktionsdruck for its part
    assertEquals(4, sanktion.mentions().size(), sanktion.mentions().toString());
    assertTrue(doc.topics().stream().anyMatch(t -> t.label().equals("Sanktionsdruck")));
    assertEquals("Sanktion", doc.topics().get(0).label());
  }

  @Test
  void softHyphensAreNotInLabels() {
    Document doc =
        NLP.analyze(
            "Der Umwelt\u00ADausschuss tagt\n\n"
                + "Im Umwelt\u00ADausschuss wurde gestritten. Der Zwahlen\u00ADbau wächst. "
                + "Der Zwahlen\u00ADbau und der Umwelt\u00ADausschuss streiten.");
    List<String> labels = labels(doc.topics(), 10);
    assertTrue(labels.contains("Umweltausschuss"), labels.toString());
    assertTrue(labels.stream().noneMatch(l -> l.indexOf('\u00AD') >= 0), labels.toString());
  }

  @Test
  void aTitleBeforeANameIsNoTopicAndTheNameIsCanonical() {
    Document doc =
        NLP.analyze(
            "Präsident Wladimir Putin trifft Xi Jinping.\n\n"
                + "Putin lobte die Beziehungen. Putins Sprecher schwieg. Xi nickte.");
    List<String> labels = labels(doc.topics(), 10);
    assertTrue(labels.contains("Wladimir Putin"), labels.toString());
    assertTrue(!labels.contains("Putin") && !labels.contains("Putins"), labels.toString());
    assertTrue(!labels.contains("Präsident"), labels.toString());
  }

  @Test
  void hyphenatedCompoundsKeepTheirHeadsCapital() {
    assertEquals(
        "Business-Limousine", TopicLabels.label("Business-Limousinen", "Business-limousine"));
    assertEquals("E-Mail", TopicLabels.label("E-Mails", "E-Mail"));
    assertEquals("Sanktion", TopicLabels.label("Sanktionen", "Sanktion"));
    assertEquals("Vor-", TopicLabels.label("Vor-", "Vor-"));
  }

  @Test
  void adjectiveAndNounInItsNominativeSingular() {
    assertEquals(
        "einseitige Zwangsmaßnahme", TopicLabels.phraseLabel("einseitig", "Zwangsmaßnahme"));
    assertEquals("russischer Krieg", TopicLabels.phraseLabel("russisch", "Krieg"));
    assertEquals("hohes Niveau", TopicLabels.phraseLabel("hoch", "Niveau"));
    Document doc =
        NLP.analyze(
            "Einseitige Zwangsmaßnahmen\n\n"
                + "Alle einseitigen Zwangsmaßnahmen seien illegal. Gegen einseitige Zwangsmaßnahmen"
                + " wehren sich beide. Man will einseitiger Zwangsmaßnahmen Herr werden.");
    // of a phrase and its noun, only the better one is listed
    List<String> labels = labels(doc.topics(), 10);
    assertTrue(
        labels.get(0).equals("Zwangsmaßnahme") || labels.get(0).equals("einseitige Zwangsmaßnahme"),
        labels.toString());
    assertTrue(
        !(labels.contains("Zwangsmaßnahme") && labels.contains("einseitige Zwangsmaßnahme")),
        labels.toString());
  }

  /** An entity model that finds no name in ordinary text (its one name is a number). */
  private static GermanNlp withoutNames() throws IOException {
    List<io.github.germannlp.internal.ner.train.TaggedSentence> data =
        List.of(
            sentence("Er sah 4711 .", "O O B-PER O"),
            sentence("Ablaxo kam .", "O O O"),
            sentence("Der Sender Brimzo sendet aus Lyon .", "O O O O O O O"));
    io.github.germannlp.ner.EntityModel model =
        new io.github.germannlp.ner.EntityTrainer(
                io.github.germannlp.ner.EntityTrainer.defaultParameters())
            .train(
                data,
                new io.github.germannlp.internal.ner.Gazetteer.Builder().build(),
                "finds nothing");
    return GermanNlp.builder().entityModel(model).build();
  }

  private static io.github.germannlp.internal.ner.train.TaggedSentence sentence(
      String words, String tags) {
    return new io.github.germannlp.internal.ner.train.TaggedSentence(
        words.split(" "), tags.split(" "));
  }

  @Test
  void aRecurringNameTheEntityLayerMissesIsATopicAndAOneOffIsNot() throws IOException {
    Document doc =
        withoutNames()
            .analyze(
                "Africanews startet in Lyon\n\n"
                    + "Der Sender Africanews sendet ab Montag. Auch Africanews bringt Nachrichten aus Afrika."
                    + " Die Kamera liefert Qwixbo.");
    assertTrue(
        doc.entities().stream().noneMatch(e -> e.canonical().contains("Africanews")),
        "the fixture needs a name the entity layer misses: " + doc.entities());
    Topic africanews = doc.topics().get(0);
    assertEquals("Africanews", africanews.label());
    assertEquals(Topic.Kind.CONCEPT, africanews.kind());
    assertEquals(3, africanews.mentions().size());
    // named once: a tagger's guess, no topic
    assertTrue(
        labels(doc.topics(), 10).stream().noneMatch(l -> l.contains("Qwixbo")),
        doc.topics().toString());
  }

  @Test
  void whatANameMayBe() {
    assertTrue(TopicLabels.isName("RTL2"));
    assertTrue(TopicLabels.isName("Africanews"));
    assertTrue(!TopicLabels.isName("DE000A1X3VZ3"));
    assertTrue(!TopicLabels.isName("A1W9NS"));
    assertTrue(!TopicLabels.isName("Mrd."));
    // the lexicon overrules the tagger's PROPN
    assertEquals("Linde", TopicLabels.commonNounLemma("Linden"));
    assertEquals("", TopicLabels.commonNounLemma("Wiener"));
    assertEquals(null, TopicLabels.commonNounLemma("Africanews"));
    assertEquals(null, TopicLabels.commonNounLemma("Berlin"));
    List<String> weekday =
        labels(
            NLP.analyze("DIENSTAG: Die Börse in Tokio bleibt zu." + " Am DIENSTAG ruht der Handel.")
                .topics(),
            10);
    assertTrue(!weekday.contains("DIENSTAG"), weekday.toString());
    List<String> labels =
        labels(
            NLP.analyze(
                    "Ferratum Capital GmbH\n\nDie Ferratum Capital GmbH"
                        + " wirbt. Die Ferratum Capital GmbH wächst.")
                .topics(),
            10);
    assertTrue(!labels.contains("GmbH"), labels.toString());
  }

  @Test
  void aGuessedLemmaOfAnUnknownNameIsWrittenAsInTheText() {
    Document doc =
        NLP.analyze(
            "Maserati zeigt den Quattroporte\n\n"
                + "Der neue Quattroporte ist schnell. Mit dem Quattroporte fährt man gut.");
    // the lemmatizer guesses Quattroport (after Porte); the lexicon knows neither
    assertTrue(
        doc.tokens().stream().anyMatch(t -> t.lemma().equals("Quattroport")),
        "the fixture needs a guessed lemma");
    List<String> labels = labels(doc.topics(), 10);
    assertEquals("Quattroporte", labels.get(0), labels.toString());
    assertTrue(!labels.contains("Quattroport"), labels.toString());
    assertEquals("Zwahlen", TopicLabels.guessedLemmaLabel(Map.of("Zwahlen", 2, "Zwahlens", 1)));
    // a form the lexicon knows keeps its lemma (Kunden → Kunde)
    assertEquals(null, TopicLabels.guessedLemmaLabel(Map.of("Kunden", 3)));
  }

  @Test
  void aCapitalForThePositionMakesNoNoun() {
    assertTrue(TopicLabels.isCapitalisedOtherWord("Angesichts"));
    assertTrue(!TopicLabels.isCapitalisedOtherWord("Sanktion"));
    assertTrue(!TopicLabels.isCapitalisedOtherWord("Africanews"));
    assertTrue(!TopicLabels.isCapitalisedOtherWord("UN"));
    List<String> labels =
        labels(
            NLP.analyze(
                    "Die Bilanz ist gut: Angesichts der Lage wächst"
                        + " die Firma. Angesichts der Zahlen jubelt der Vorstand.")
                .topics(),
            10);
    assertTrue(labels.stream().noneMatch(l -> l.startsWith("Angesicht")), labels.toString());
  }

  @Test
  void aPartCutFromAClosedWordCountsOnlyIfItIsAWord() {
    assertTrue(TopicLabels.isHyphenPiece("Hermes-Geschäftsführer", "Hermes"));
    assertTrue(TopicLabels.isHyphenPiece("DGAP-Stimmrechte", "DGAP"));
    assertTrue(!TopicLabels.isHyphenPiece("DGAP-Stimmrechte", "Stimm"));
    assertTrue(!TopicLabels.isHyphenPiece("Website", "Site"));
    Document doc =
        NLP.analyze(
            "Stimmrechte der Aktionäre\n\nDie Stimmrechte wechseln. Neue"
                + " Stimmrechte kommen. Die Stimmrechtsmitteilung folgt.");
    assertTrue(
        doc.tokens().stream().anyMatch(t -> t.compoundParts().contains("Stimm")),
        "the fixture needs the splitter's Stimm");
    List<String> labels = labels(doc.topics(), 10);
    assertTrue(labels.contains("Stimmrecht"), labels.toString());
    assertTrue(!labels.contains("Stimm"), labels.toString());
  }

  @Test
  void oneOrganisationOnce() {
    assertEquals("Brenntag", TopicLabels.withoutLegalForm("Brenntag AG"));
    assertEquals("Maple Bank", TopicLabels.withoutLegalForm("Maple Bank GmbH"));
    assertEquals(null, TopicLabels.withoutLegalForm("Brenntag"));
    assertEquals(null, TopicLabels.withoutLegalForm("AG"));
    List<Topic> listed = List.of(new Topic("Maple Bank", 1.0, Topic.Kind.ENTITY, "ORG", List.of()));
    assertTrue(TopicExtractor.extendsOrganisation("Maple Bank GmbH", listed));
    assertTrue(TopicExtractor.extendsOrganisation("Maple", listed));
    assertTrue(!TopicExtractor.extendsOrganisation("Maple Leaf", listed));
    assertTrue(!TopicExtractor.extendsOrganisation("Maple Banking", listed));
    // the name without its legal form listed under another type
    List<Topic> asPlace =
        List.of(new Topic("Maple Bank", 1.0, Topic.Kind.ENTITY, "LOC", List.of()));
    assertTrue(TopicExtractor.extendsOrganisation("Maple Bank GmbH", asPlace));
    assertTrue(!TopicExtractor.extendsOrganisation("Maple Bank Holding", asPlace));
  }

  @Test
  void halfWordsAreNoTopics() {
    List<String> labels =
        labels(
            NLP.analyze(
                    "Die Software- und Produktentwicklung wächst.\n\n"
                        + "Die Software- und Produktentwicklung wächst weiter.")
                .topics(),
            10);
    assertTrue(labels.contains("Produktentwicklung"), labels.toString());
    assertTrue(labels.stream().noneMatch(l -> l.endsWith("-")), labels.toString());
  }

  @Test
  void theLimitIsKeptAndReturned() {
    BackgroundStatistics bg = BackgroundStatistics.of(1000, Map.of("Sanktion", 5.0));
    TopicExtractor five = new TopicExtractor(bg, 5);
    assertEquals(5, five.limit());
    TopicExtractor one = five.withLimit(1);
    assertEquals(1, one.limit());
    assertEquals(5, five.limit(), "withLimit makes a new extractor");
    GermanNlp tagger = GermanNlp.builder().layers(EnumSet.of(Layer.POS, Layer.LEMMA)).build();
    assertEquals(1, one.topics(tagger.analyze("Der Chef und die Sanktion und der Streik.")).size());
    assertThrows(IllegalArgumentException.class, () -> five.withLimit(0));
  }

  @Test
  void genericNounsWeighLess() {
    BackgroundStatistics bg =
        BackgroundStatistics.of(
            1000, Map.of("Chef", 5.0, "Sanktion", 5.0, "Gruppe", 5.0, "Streik", 5.0));
    TopicExtractor extractor = new TopicExtractor(bg, 5);
    GermanNlp tagger = GermanNlp.builder().layers(EnumSet.of(Layer.POS, Layer.LEMMA)).build();
    // as rare as each other and as often named: the subject before the role or group
    assertEquals(
        List.of("Sanktion", "Chef"),
        labels(extractor.topics(tagger.analyze("Der Chef und die Sanktion.")), 2));
    assertEquals(
        List.of("Streik", "Gruppe"),
        labels(extractor.topics(tagger.analyze("Die Gruppe und der Streik.")), 2));
    // a generic noun the article keeps coming back to still ranks
    assertEquals(
        "Gruppe",
        extractor
            .topics(
                tagger.analyze(
                    "Die Gruppe und der Streik. Die Gruppe wächst. Die Gruppe tagt. Die Gruppe feiert."))
            .get(0)
            .label());
  }

  @Test
  void definedResultsForEmptyOneWordAndFurnitureOnlyDocuments() {
    assertEquals(List.of(), NLP.analyze("").topics());
    assertEquals(List.of(), NLP.analyze("   \n\n ").topics());
    assertEquals(
        List.of(),
        NLP.analyze(
                "Vorlesen 0:00 0:00 News folgen Artikel teilen\n" + "Lesedauer: 2 Min.\nAnzeige\n")
            .topics());
    List<Topic> one = NLP.analyze("Sanktionen").topics();
    assertEquals(1, one.size());
    assertEquals("Sanktion", one.get(0).label());
    assertEquals(1.0, one.get(0).score());
    assertEquals(List.of(), NLP.analyze("und oder aber").topics());
    assertEquals(List.of(), NLP.analyze("12345 !!! ???").topics());
  }

  @Test
  void needsPartsOfSpeechAndLemmas() {
    Document tokensOnly =
        GermanNlp.builder().layers(EnumSet.of(Layer.TOKENS)).build().analyze("Sanktionen");
    assertThrows(IllegalArgumentException.class, () -> TopicExtractor.german().topics(tokensOnly));
    assertThrows(NullPointerException.class, () -> TopicExtractor.german().topics(null));
  }

  @Test
  void askingForTopicsTurnsOnWhatTheyNeed() {
    GermanNlp nlp = GermanNlp.builder().layers(EnumSet.of(Layer.TOPICS)).build();
    assertTrue(
        nlp.layers()
            .containsAll(
                EnumSet.of(
                    Layer.POS, Layer.LEMMA, Layer.COMPOUNDS, Layer.FURNITURE, Layer.TOPICS)));
  }

  @Test
  void rarerWordsWeighMore() {
    BackgroundStatistics bg = BackgroundStatistics.of(1000, Map.of("Haus", 500.0, "Sanktion", 5.0));
    TopicExtractor extractor = new TopicExtractor(bg, 5);
    Document doc =
        GermanNlp.builder()
            .layers(EnumSet.of(Layer.POS, Layer.LEMMA))
            .build()
            .analyze("Das Haus und die Sanktion.");
    List<Topic> topics = extractor.topics(doc);
    assertEquals(List.of("Sanktion", "Haus"), labels(topics, 2));
    assertTrue(bg.idf("Unbekannt") > bg.idf("Sanktion"));
    assertEquals(bg.maxIdf(), bg.idf("Unbekannt"));
  }

  @Test
  void aTenMegabyteDocumentGivesItsTopics() throws IOException {
    String article = example();
    StringBuilder sb = new StringBuilder(10_500_000);
    while (sb.length() < 10_000_000) {
      sb.append(article).append("\n\n");
    }
    Document doc = NLP.analyze(sb.toString());
    List<Topic> topics = doc.topics();
    assertEquals(TopicExtractor.DEFAULT_LIMIT, topics.size());
    assertTrue(labels(topics, 8).contains("Miriam Lorenz"), labels(topics, 8).toString());
  }

  @Test
  void backgroundStatisticsFailFastWithThePath(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path missing = dir.resolve("missing.tsv.gz");
    IOException e = assertThrows(IOException.class, () -> BackgroundStatistics.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    java.nio.file.Path corrupt = dir.resolve("corrupt.tsv.gz");
    java.nio.file.Files.writeString(corrupt, "not gzip");
    e = assertThrows(IOException.class, () -> BackgroundStatistics.load(corrupt));
    assertTrue(e.getMessage().contains(corrupt.toString()), e.getMessage());
    java.nio.file.Path table = dir.resolve("table.tsv.gz");
    try (var out = java.nio.file.Files.newOutputStream(table)) {
      BackgroundStatistics.write(100, Map.of("Haus", 50.0), out);
    }
    BackgroundStatistics bg = BackgroundStatistics.load(table);
    assertEquals(Math.log(101 / 50.5), bg.idf("Haus"), 1e-6);
    assertEquals(1, bg.size());
  }
}
