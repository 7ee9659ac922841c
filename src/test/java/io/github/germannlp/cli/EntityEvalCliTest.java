package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.eval.EntityClasses;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.ner.train.SmartDataFixture;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import io.github.germannlp.ner.EntityModel;
import io.github.germannlp.ner.EntityTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate entities} with {@code --fine} (twelve classes), {@code --raw} (end to end from
 * running text), and a twelve-class model scored in four classes; tiny models trained here.
 */
class EntityEvalCliTest {
  @TempDir static Path dir;
  private static Path fourModel;
  private static Path fineModel;
  private static Path gold;

  private static final String[][] SENTENCES = {
    {"Putin traf Xi Jinping in Peking .", "B-PER O B-PER I-PER O B-LOC O"},
    {"Der deutsche Botschafter kam nach Berlin .", "O B-LOCderiv O O O B-LOC O"},
    {"Die Nato tagte in Berlin .", "O B-ORG O O B-LOC O"},
  };

  @BeforeAll
  static void setUp() throws IOException {
    List<TaggedSentence> fine = new ArrayList<>();
    List<TaggedSentence> four = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      for (String[] s : SENTENCES) {
        String[] tags = s[1].split(" ");
        fine.add(new TaggedSentence(s[0].split(" "), tags));
        four.add(new TaggedSentence(s[0].split(" "), EntityClasses.fourClassTags(tags)));
      }
    }
    Gazetteer g = new Gazetteer.Builder().add("PLACE", List.of("Peking", "Berlin")).build();
    EntityTrainer trainer = new EntityTrainer(EntityTrainer.defaultParameters());
    fourModel = dir.resolve("four.bin");
    fineModel = dir.resolve("fine.bin");
    trainer.train(four, g, "tiny four").write(fourModel);
    trainer.train(fine, g, "tiny twelve").write(fineModel);
    // GermEval 2014: index, token, outer, inner; the first two sentences
    gold = dir.resolve("gold.tsv");
    Files.writeString(
        gold,
        "# source\n"
            + "1\tPutin\tB-PER\tO\n2\ttraf\tO\tO\n3\tXi\tB-PER\tO\n4\tJinping\tI-PER\tO\n"
            + "5\tin\tO\tO\n6\tPeking\tB-LOC\tO\n7\t.\tO\tO\n\n"
            + "# source\n"
            + "1\tDer\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tBotschafter\tO\tO\n4\tkam\tO\tO\n"
            + "5\tnach\tO\tO\n6\tBerlin\tB-LOC\tO\n7\t.\tO\tO\n\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void smartDataIsScoredWithoutMisc() throws IOException {
    String text = "Angela Merkel besuchte Berlin.";
    int berlin = text.indexOf("Berlin");
    Path file =
        SmartDataFixture.writeGz(
            dir.resolve("smart.json.gz"),
            SmartDataFixture.document(
                "d1",
                text,
                SmartDataFixture.mention(0, "Angela Merkel".length(), "person"),
                SmartDataFixture.mention(berlin, berlin + "Berlin".length(), "location-city")));
    CliTest.Result r = CliTest.run("", "evaluate", "entities", file.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "file       "
            + file
            + " (SmartData, 1 sentences, PER/LOC/ORG;"
            + " MISC predictions count as no entity)",
        lines.get(0));
    assertTrue(
        r.out()
            .contains(
                "overall      P 100.00  R 100.00  F1 100.00  "
                    + "(2 correct, 2 predicted, 2 gold)"),
        r.out());
    // the same file named explicitly; --fine is for GermEval only
    assertEquals(
        r.out(),
        CliTest.run("", "evaluate", "entities", "--corpus", "smartdata", file.toString()).out());
    CliTest.Result fine = CliTest.run("", "evaluate", "entities", "--fine", file.toString());
    assertEquals(2, fine.exit(), fine.out());
    assertTrue(fine.err().contains("--fine is for GermEval files"), fine.err());
    CliTest.Result bad =
        CliTest.run("", "evaluate", "entities", "--corpus", "conll", file.toString());
    assertEquals(2, bad.exit(), bad.out());
    assertTrue(bad.err().contains("expected one of [germeval, smartdata]"), bad.err());
  }

  @Test
  void smartDataDocumentsEndToEnd() throws IOException {
    // two documents; the second pass finds the later "Merkel", which the gold marks too
    String text = "Angela Merkel besuchte Berlin. Dort sprach Merkel lange.";
    int berlin = text.indexOf("Berlin");
    int merkel = text.lastIndexOf("Merkel");
    String other = "Die Deutsche Bahn meldet Verspätungen.";
    int bahn = other.indexOf("Deutsche");
    Path file =
        SmartDataFixture.writeGz(
            dir.resolve("docs.json.gz"),
            SmartDataFixture.document(
                    "d1",
                    text,
                    SmartDataFixture.mention(0, "Angela Merkel".length(), "person"),
                    SmartDataFixture.mention(berlin, berlin + "Berlin".length(), "location-city"),
                    SmartDataFixture.mention(merkel, merkel + "Merkel".length(), "person"))
                + SmartDataFixture.document(
                    "d2",
                    other,
                    SmartDataFixture.mention(
                        bahn, bahn + "Deutsche Bahn".length(), "organization-company")));
    CliTest.Result r = CliTest.run("", "evaluate", "entities", "--raw", file.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "file       "
            + file
            + " (SmartData, 2 documents, PER/LOC/ORG; the default"
            + " pipeline on each document's text; MISC mentions count as no entity)",
        lines.get(0));
    assertTrue(r.out().contains("(4 correct, 4 predicted, 4 gold)"), r.out());
    assertTrue(
        r.out()
            .contains(
                "PER          P 100.00  R 100.00  F1 100.00  (2 correct, 2"
                    + " predicted, 2 gold)"),
        r.out());
  }

  @Test
  void calibrationBinsTheMentionsByConfidence() {
    CliTest.Result plain = evaluate();
    CliTest.Result r = evaluate("--calibration");
    // the scores first, unchanged; then the bins and the error
    assertTrue(r.out().startsWith(plain.out()), r.out());
    List<String> extra = r.out().substring(plain.out().length()).lines().toList();
    assertTrue(
        extra
            .get(extra.size() - 1)
            .matches("calibration error \\d+\\.\\d\\d \\(expected," + " over ten bins\\)"),
        r.out());
    int mentions = 0;
    for (String line : extra.subList(0, extra.size() - 1)) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "confidence \\d\\.\\d-\\d\\.\\d +(\\d+) mentions  mean confidence +[\\d.]+  right +"
                      + "[\\d.]+")
              .matcher(line);
      assertTrue(m.matches(), line);
      mentions += Integer.parseInt(m.group(1));
    }
    // every predicted mention is in one bin
    java.util.regex.Matcher overall =
        java.util.regex.Pattern.compile("overall .*\\((\\d+) correct, (\\d+) predicted")
            .matcher(plain.out());
    assertTrue(overall.find(), plain.out());
    assertEquals(Integer.parseInt(overall.group(2)), mentions);
    CliTest.Result raw =
        CliTest.run("", "evaluate", "entities", "--raw", "--calibration", gold.toString());
    assertEquals(2, raw.exit(), raw.out());
    assertTrue(raw.err().contains("--calibration is measured on gold tokens"), raw.err());
  }

  private static CliTest.Result evaluate(String... args) {
    List<String> all = new ArrayList<>(List.of("evaluate", "entities"));
    all.addAll(List.of(args));
    all.add(gold.toString());
    CliTest.Result r = CliTest.run("", all.toArray(new String[0]));
    assertEquals(0, r.exit(), r.err());
    return r;
  }

  @Test
  void fineModelIsRecognized() throws IOException {
    assertTrue(EntityClasses.isFine(EntityModel.load(fineModel)));
    assertFalse(EntityClasses.isFine(EntityModel.load(fourModel)));
  }

  @Test
  void fourClassesOnGoldTokensKeepTheirOutput() {
    CliTest.Result r = evaluate("--model", fourModel.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals("file       " + gold + " (GermEval, four classes, gold tokens)", lines.get(0));
    assertEquals("model      tiny four", lines.get(1));
    assertTrue(lines.get(2).startsWith("LOC          P 100.00  R 100.00  F1 100.00"), r.out());
    assertTrue(lines.get(3).startsWith("PER          "), r.out());
    assertTrue(
        lines
            .get(4)
            .startsWith(
                "overall      P 100.00  R 100.00  F1 100.00  "
                    + "(4 correct, 4 predicted, 4 gold)"),
        r.out());
    assertEquals(5, lines.size(), r.out());
  }

  @Test
  void twelveClasses() {
    CliTest.Result r = evaluate("--fine", "--model", fineModel.toString());
    assertTrue(r.out().contains("(GermEval, twelve classes, gold tokens)"), r.out());
    assertTrue(r.out().contains("LOCderiv     P 100.00  R 100.00  F1 100.00"), r.out());
    assertTrue(
        r.out()
            .contains(
                "overall      P 100.00  R 100.00  F1 100.00  "
                    + "(5 correct, 5 predicted, 5 gold)"),
        r.out());
  }

  @Test
  void fineModelScoredInFourClasses() {
    CliTest.Result r = evaluate("--model", fineModel.toString());
    assertTrue(r.out().contains("(GermEval, four classes, gold tokens)"), r.out());
    assertTrue(r.out().contains("mapping    twelve-class predictions to four classes"), r.out());
    assertFalse(r.out().contains("deriv "), r.out());
    assertTrue(
        r.out()
            .contains(
                "overall      P 100.00  R 100.00  F1 100.00  "
                    + "(4 correct, 4 predicted, 4 gold)"),
        r.out());
    // the calibration bins hold the same four mapped mentions, all right (deriv ones left out)
    CliTest.Result c = evaluate("--calibration", "--model", fineModel.toString());
    int mentions = 0;
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(\\d+) mentions  mean confidence +[\\d.]+  right +([\\d.]+)")
            .matcher(c.out());
    while (m.find()) {
      mentions += Integer.parseInt(m.group(1));
      assertEquals("100.00", m.group(2), c.out());
    }
    assertEquals(4, mentions, c.out());
  }

  @Test
  void fourClassModelOnTwelveClassGoldMissesTheDerivatives() {
    CliTest.Result r = evaluate("--fine", "--model", fourModel.toString());
    assertTrue(
        r.out()
            .contains(
                "LOCderiv     P 0.00  R 0.00  F1 0.00  " + "(0 correct, 0 predicted, 1 gold)"),
        r.out());
    assertTrue(r.out().contains("(4 correct, 4 predicted, 5 gold)"), r.out());
  }

  @Test
  void endToEndFromRawText() {
    CliTest.Result r = evaluate("--raw", "--model", fourModel.toString());
    assertTrue(
        r.out().contains("(GermEval, four classes, running text, own tokens and sentences)"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "overall      P 100.00  R 100.00  F1 100.00  "
                    + "(4 correct, 4 predicted, 4 gold)"),
        r.out());
  }

  @Test
  void endToEndFromRawTextTwelveClassesAndMapped() {
    CliTest.Result fine = evaluate("--raw", "--fine", "--model", fineModel.toString());
    assertTrue(fine.out().contains("LOCderiv     P 100.00  R 100.00  F1 100.00"), fine.out());
    assertTrue(fine.out().contains("(5 correct, 5 predicted, 5 gold)"), fine.out());
    CliTest.Result four = evaluate("--raw", "--model", fineModel.toString());
    assertTrue(four.out().contains("mapping    twelve-class"), four.out());
    assertTrue(four.out().contains("(4 correct, 4 predicted, 4 gold)"), four.out());
  }

  @Test
  void rawTextSpansSeveralParagraphs() throws IOException {
    // twelve sentences: two paragraphs, so the second one's offsets are shifted
    String one = Files.readString(gold, StandardCharsets.UTF_8);
    Path longer = dir.resolve("longer.tsv");
    Files.writeString(longer, one.repeat(6), StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run(
            "",
            "evaluate",
            "entities",
            "--raw",
            "--model",
            fourModel.toString(),
            longer.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "overall      P 100.00  R 100.00  F1 100.00  "
                    + "(24 correct, 24 predicted, 24 gold)"),
        r.out());
  }

  @Test
  void fineTrainingRejectsSmartData() {
    CliTest.Result r =
        CliTest.run(
            "",
            "train",
            "entities",
            "--fine",
            "--smartdata",
            "--data",
            dir.resolve("none").toString());
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("--fine"), r.err());
  }
}
