package io.github.germannlp.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The DataFrame annotator against the library run in this JVM, and its bad rows. */
class SparkAnnotatorTest {
  static final String ARTICLES = "src/test/resources/categories/articles.jsonl";

  static final StructType ID_TEXT =
      new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);

  static Dataset<Row> articles() {
    return LocalSpark.session()
        .read()
        .json(ARTICLES)
        .select("id", "category", "text")
        .repartition(3);
  }

  @Test
  void everyRowEqualsTheLibrarysDocument() {
    List<Row> rows =
        new SparkAnnotator(NlpConfig.defaults()).annotate(articles(), "text").collectAsList();
    assertEquals(24, rows.size());
    GermanNlp nlp = GermanNlp.builder().build();
    int mentions = 0;
    for (Row row : rows) {
      assertNotNull(row.getAs("category"), "input columns are kept");
      assertNull(row.getAs(DocumentRows.ERROR));
      String id = row.getAs("id");
      Document doc = nlp.analyze(row.<String>getAs("text"));
      assertEquals(sentences(doc), sentenceCells(row), id);
      assertEquals(mentions(doc), mentionCells(row), id);
      assertEquals(entities(doc), entityCells(row), id);
      assertEquals(topics(doc), topicCells(row), id);
      mentions += doc.mentions().size();
    }
    assertTrue(mentions >= 15, "the fixture has entities: " + mentions);
  }

  @Test
  void theExampleArticleKeepsItsEntities() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/example-article.txt"));
    Dataset<Row> df =
        LocalSpark.session().createDataFrame(List.of(RowFactory.create("seed", text)), ID_TEXT);
    Row row = new SparkAnnotator(NlpConfig.defaults()).annotate(df, "text").first();
    List<String> canonical = new ArrayList<>();
    for (Row e : row.<Row>getList(row.fieldIndex(DocumentRows.ENTITIES))) {
      canonical.add(e.getString(0) + "/" + e.getString(1));
    }
    assertEquals(entities(GermanNlp.standard().analyze(text)), entityCells(row));
    assertTrue(
        canonical.containsAll(
            List.of("UN-Sicherheitsrat/ORG", "Auswärtiges Amt/ORG", "Donald Trump/PER")),
        canonical.toString());
  }

  @Test
  void badRowsGetAnErrorOrEmptyResultsAndNoRowIsLost() {
    Random random = new Random(7);
    byte[] bytes = new byte[4096];
    random.nextBytes(bytes);
    String binary = new String(bytes, StandardCharsets.ISO_8859_1) + "\u0000\u0007\uD800x\uDC00";
    String huge = "Die Regierung in Berlin tagt. ".repeat(350_000); // 10.5 million chars
    List<Row> input =
        List.of(
            RowFactory.create("null", null),
            RowFactory.create("empty", ""),
            RowFactory.create("blank", " \n\t "),
            RowFactory.create("binary", binary),
            RowFactory.create("huge", huge),
            RowFactory.create("fine", "Angela Merkel besuchte Paris."));
    Dataset<Row> df = LocalSpark.session().createDataFrame(input, ID_TEXT).repartition(2);
    Map<String, Row> out =
        byId(new SparkAnnotator(NlpConfig.defaults()).annotate(df, "text").collectAsList());
    assertEquals(6, out.size());
    assertEquals("no text (null)", out.get("null").getAs(DocumentRows.ERROR));
    assertTrue(out.get("huge").<String>getAs(DocumentRows.ERROR).contains("maxChars"));
    for (String id : List.of("null", "huge")) {
      Row r = out.get(id);
      for (String column :
          List.of(
              DocumentRows.SENTENCES,
              DocumentRows.MENTIONS,
              DocumentRows.ENTITIES,
              DocumentRows.TOPICS)) {
        assertTrue(r.getList(r.fieldIndex(column)).isEmpty(), id + " " + column);
      }
    }
    for (String id : List.of("empty", "blank", "binary", "fine")) {
      assertNull(out.get(id).getAs(DocumentRows.ERROR), id);
    }
    assertTrue(sentenceCells(out.get("empty")).isEmpty());
    assertFalse(sentenceCells(out.get("binary")).isEmpty());
    // Spark stores strings as UTF-8, so the broken surrogates arrive replaced
    String stored = out.get("binary").getAs("text");
    assertEquals(sentences(GermanNlp.standard().analyze(stored)), sentenceCells(out.get("binary")));
    assertEquals(
        List.of("Angela Merkel/PER/0/13", "Paris/LOC/23/28"),
        mentionCells(out.get("fine")).stream()
            .map(m -> m.split("/", 0))
            .map(m -> m[0] + "/" + m[1] + "/" + m[2] + "/" + m[3])
            .toList());
  }

  @Test
  void aLongerBoundAnalysesWhatTheDefaultRefuses() {
    String text = "Die Regierung in Berlin tagt. ".repeat(40); // 1,200 chars
    Dataset<Row> df =
        LocalSpark.session().createDataFrame(List.of(RowFactory.create("a", text)), ID_TEXT);
    Row refused =
        new SparkAnnotator(NlpConfig.defaults().withMaxChars(1000)).annotate(df, "text").first();
    assertNotNull(refused.getAs(DocumentRows.ERROR));
    Row analysed =
        new SparkAnnotator(NlpConfig.defaults().withMaxChars(1200)).annotate(df, "text").first();
    assertNull(analysed.getAs(DocumentRows.ERROR));
    assertEquals(40, sentenceCells(analysed).size());
  }

  @Test
  void chosenLayersDecideTheColumns() {
    NlpConfig tokensOnly = NlpConfig.defaults().withLayers(EnumSet.of(Layer.TOKENS));
    Dataset<Row> out = new SparkAnnotator(tokensOnly).annotate(articles(), "text");
    assertEquals(
        List.of("id", "category", "text", "sentences", "nlp_error"), List.of(out.columns()));
    Row token = out.first().<Row>getList(3).get(0).<Row>getList(2).get(0);
    assertNull(token.getAs("upos"));
    assertNull(token.getAs("lemma"));
    assertNull(token.getAs("compoundParts"));

    NlpConfig entities = NlpConfig.defaults().withLayers(EnumSet.of(Layer.POS, Layer.ENTITIES));
    assertEquals(
        List.of("id", "category", "text", "sentences", "mentions", "entities", "nlp_error"),
        List.of(new SparkAnnotator(entities).annotate(articles(), "text").columns()));

    Dataset<Row> lean =
        new SparkAnnotator(NlpConfig.defaults()).withTokens(false).annotate(articles(), "text");
    assertEquals(
        List.of(
            "id", "category", "text", "mentions", "entities", "topics", "furniture", "nlp_error"),
        List.of(lean.columns()));
    Map<String, Row> full =
        byId(new SparkAnnotator(NlpConfig.defaults()).annotate(articles(), "text").collectAsList());
    for (Row r : lean.collectAsList()) {
      Row f = full.get(r.<String>getAs("id"));
      assertEquals(mentionCells(f), mentionCells(r));
      assertEquals(topicCells(f), topicCells(r));
    }
  }

  @Test
  void takenColumnNamesNeedAPrefix() {
    Dataset<Row> df = articles().withColumnRenamed("category", "topics");
    SparkAnnotator annotator = new SparkAnnotator(NlpConfig.defaults());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> annotator.annotate(df, "text"));
    assertTrue(e.getMessage().contains("withColumnPrefix"), e.getMessage());
    Dataset<Row> out = annotator.withColumnPrefix("nlp_").annotate(df, "text");
    assertTrue(
        List.of(out.columns())
            .containsAll(List.of("topics", "nlp_topics", "nlp_sentences", "nlp_nlp_error")),
        List.of(out.columns()).toString());
  }

  @Test
  void theTextColumnMustBeAString() {
    Dataset<Row> df = articles().selectExpr("id", "length(text) AS n");
    SparkAnnotator annotator = new SparkAnnotator(NlpConfig.defaults());
    assertThrows(IllegalArgumentException.class, () -> annotator.annotate(df, "n"));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> annotator.annotate(df, "body"));
    assertTrue(missing.getMessage().contains("body"), missing.getMessage());
  }

  @Test
  void theConfigurationTravelsSmallAndThePipelineIsBuiltOncePerJvm() throws Exception {
    NlpConfig config = NlpConfig.defaults().withLayers(EnumSet.of(Layer.POS));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new SparkAnnotator(config));
    }
    assertTrue(bytes.size() < 2000, "serialized annotator: " + bytes.size() + " bytes");
    SparkAnnotator back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (SparkAnnotator) in.readObject();
    }
    assertEquals(config, back.config());
    assertSame(config.pipeline(), back.config().pipeline());
    assertNotEquals(config, config.withMaxChars(5));
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS), config.layers());
  }

  @Test
  void aDictionaryShippedTheSparkWayReachesTheTasks() throws Exception {
    // outside a temporary folder: the session's tasks fetch the files added to it later too
    Path names =
        Files.createDirectories(Path.of("target", "spark-test-files"))
            .resolve("spark-test-names.tsv");
    Files.writeString(names, "Zwergenbräu Holding\tORG\n");
    SparkSession spark = LocalSpark.session();
    spark.sparkContext().addFile(names.toString());
    NlpConfig config = NlpConfig.defaults().withDictionary("spark-test-names.tsv");
    Dataset<Row> df =
        spark.createDataFrame(
            List.of(RowFactory.create("a", "Die Zwergenbräu Holding meldet Gewinne.")), ID_TEXT);
    Row row = new SparkAnnotator(config).annotate(df, "text").first();
    assertNull(row.getAs(DocumentRows.ERROR));
    assertTrue(
        mentionCells(row).stream().anyMatch(m -> m.startsWith("Zwergenbräu Holding/ORG/")),
        mentionCells(row).toString());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NlpConfig.defaults().withDictionary("no-such-names.tsv").pipeline());
    assertTrue(e.getMessage().contains("no-such-names.tsv"), e.getMessage());
    // a missing dictionary fails the job, naming it, instead of giving every row an error
    Dataset<Row> missing =
        new SparkAnnotator(NlpConfig.defaults().withDictionary("no-such-names.tsv"))
            .annotate(df, "text");
    Exception failed = assertThrows(Exception.class, missing::collectAsList);
    assertTrue(
        String.valueOf(failed.getMessage()).contains("no-such-names.tsv"), failed.getMessage());
  }

  // --- the library's results and the cells, in one comparable form ---

  static Map<String, Row> byId(List<Row> rows) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : rows) {
      out.put(r.getAs("id"), r);
    }
    return out;
  }

  static List<String> sentences(Document doc) {
    List<String> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      StringBuilder b = new StringBuilder(s.start() + "-" + s.end() + ":");
      for (Token t : s.tokens()) {
        b.append(' ')
            .append(t.text())
            .append('/')
            .append(t.start())
            .append('/')
            .append(t.end())
            .append('/')
            .append(t.upos())
            .append('/')
            .append(t.lemma())
            .append('/')
            .append(t.compoundParts());
      }
      out.add(b.toString());
    }
    return out;
  }

  static List<String> sentenceCells(Row row) {
    List<String> out = new ArrayList<>();
    for (Row s : row.<Row>getList(row.fieldIndex(DocumentRows.SENTENCES))) {
      StringBuilder b = new StringBuilder(s.getInt(0) + "-" + s.getInt(1) + ":");
      for (Row t : s.<Row>getList(2)) {
        b.append(' ')
            .append(t.getString(0))
            .append('/')
            .append(t.getInt(1))
            .append('/')
            .append(t.getInt(2))
            .append('/')
            .append(t.getString(3))
            .append('/')
            .append(t.getString(4))
            .append('/')
            .append(t.getList(5));
      }
      out.add(b.toString());
    }
    return out;
  }

  static List<String> mentions(Document doc) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : doc.mentions()) {
      out.add(
          m.text()
              + "/"
              + m.type()
              + "/"
              + m.start()
              + "/"
              + m.end()
              + "/"
              + m.canonical()
              + "/"
              + m.confidence());
    }
    return out;
  }

  static List<String> mentionCells(Row row) {
    List<String> out = new ArrayList<>();
    for (Row m : row.<Row>getList(row.fieldIndex(DocumentRows.MENTIONS))) {
      out.add(
          m.getString(0)
              + "/"
              + m.getString(1)
              + "/"
              + m.getInt(2)
              + "/"
              + m.getInt(3)
              + "/"
              + m.getString(4)
              + "/"
              + m.getDouble(5));
    }
    return out;
  }

  static List<String> entities(Document doc) {
    List<String> out = new ArrayList<>();
    for (Entity e : doc.entities()) {
      double best = 0;
      for (EntityMention m : e.mentions()) {
        best = Math.max(best, m.confidence());
      }
      out.add(
          e.canonical()
              + "/"
              + e.type()
              + "/"
              + e.count()
              + "/"
              + e.firstStart()
              + "/"
              + e.mentions().get(0).end()
              + "/"
              + best);
    }
    return out;
  }

  static List<String> entityCells(Row row) {
    List<String> out = new ArrayList<>();
    for (Row e : row.<Row>getList(row.fieldIndex(DocumentRows.ENTITIES))) {
      out.add(
          e.getString(0)
              + "/"
              + e.getString(1)
              + "/"
              + e.getInt(2)
              + "/"
              + e.getInt(3)
              + "/"
              + e.getInt(4)
              + "/"
              + e.getDouble(5));
    }
    return out;
  }

  static List<String> topics(Document doc) {
    List<String> out = new ArrayList<>();
    for (Topic t : doc.topics()) {
      out.add(t.label() + "/" + t.score() + "/" + t.kind() + "/" + t.entityType());
    }
    return out;
  }

  static List<String> topicCells(Row row) {
    List<String> out = new ArrayList<>();
    for (Row t : row.<Row>getList(row.fieldIndex(DocumentRows.TOPICS))) {
      out.add(t.getString(0) + "/" + t.getDouble(1) + "/" + t.getString(2) + "/" + t.getString(3));
    }
    return out;
  }
}
