package io.github.germannlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.internal.ner.EntityRecognizer;
import io.github.germannlp.internal.ner.FeatureGroup;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.ner.NerFeatures;
import io.github.germannlp.internal.ner.PreparedSentence;
import io.github.germannlp.internal.ner.WordClusters;
import io.github.germannlp.internal.ner.train.TaggedSentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity model end to end on a small model trained here on fixture sentences: training, writing
 * and reading the file, failing fast on bad files, tagging, and the document layer with canonical
 * names.
 */
class EntityModelTest {
  private static EntityModel model;

  private static TaggedSentence s(String tokens, String tags) {
    return new TaggedSentence(tokens.split(" "), tags.split(" "));
  }

  @BeforeAll
  static void train() throws IOException {
    List<TaggedSentence> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      data.add(s("Präsident Wladimir Putin besuchte Peking .", "O B-PER I-PER O B-LOC O"));
      data.add(s("Putin traf Xi Jinping in Moskau .", "B-PER O B-PER I-PER O B-LOC O"));
      data.add(s("Die Regierung in Berlin schweigt .", "O O O B-LOC O O"));
      data.add(s("Der Sprecher der Nato sagte das .", "O O O B-ORG O O O"));
      data.add(s("Chinas Präsident Xi Jinping lächelte .", "B-LOC O B-PER I-PER O O"));
    }
    Gazetteer gazetteer =
        new Gazetteer.Builder()
            .add("PLACE", List.of("Peking", "Moskau", "Berlin"))
            .add("TITLE", List.of("Präsident"))
            .build();
    model = new EntityTrainer(EntityTrainer.defaultParameters()).train(data, gazetteer, "test");
  }

  @Test
  void writesAndReadsTheModelFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("entities-de.bin");
    model.write(file);
    EntityModel read = EntityModel.load(file);
    assertEquals("test", read.description());
    assertArrayEquals(model.tags(), read.tags());
    String[] tokens = "Putin besuchte Moskau .".split(" ");
    assertArrayEquals(
        new EntityRecognizer(model).tag(tokens, null),
        new EntityRecognizer(read).tag(tokens, null));
  }

  @Test
  void newModelsUseLexiconAndPosFeaturesAndStoreThem(@TempDir Path dir) throws IOException {
    assertEquals(
        EnumSet.of(FeatureGroup.LEXICON, FeatureGroup.POS, FeatureGroup.NAME_KINDS),
        model.features());
    Path file = dir.resolve("entities-de.bin");
    model.write(file);
    assertEquals(model.features(), EntityModel.load(file).features());
    // the caller's POS tags give the same result as the recognizer's own
    EntityRecognizer r = new EntityRecognizer(model);
    String[] tokens = "Präsident Putin besuchte Peking .".split(" ");
    String[] upos = new io.github.germannlp.internal.pos.PosTagger().tag(tokens);
    assertArrayEquals(r.tag(tokens, null), r.tag(tokens, upos, null));
    assertThrows(IllegalArgumentException.class, () -> r.tag(tokens, new String[] {"NOUN"}, null));
  }

  @Test
  void clusterFeaturesGeneraliseToWordsOfTheSameClusterAndAreStored(@TempDir Path dir)
      throws IOException {
    // the training data names Kowalski only; Nowak shares his cluster, Gestern does not
    List<TaggedSentence> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      data.add(s("Gestern sprach Kowalski lange .", "O O B-PER O O"));
      data.add(s("Gestern sprach Kowalski mit ihr .", "O O B-PER O O O"));
      data.add(s("Heute sprach Gestern lange .", "O O O O O"));
    }
    WordClusters clusters =
        WordClusters.of(
            new String[] {"Kowalski", "Nowak", "Gestern", "Heute", "sprach", "lange"},
            new int[] {4, 8},
            new int[][] {{1, 1, 2, 2, 3, 0}, {5, 5, 2, 6, 7, 0}},
            "test");
    Gazetteer none = new Gazetteer.Builder().build();
    EntityModel m =
        new EntityTrainer(EntityTrainer.defaultParameters(), 1)
            .train(data, List.of(), none, clusters, "clustered");
    assertTrue(m.features().contains(FeatureGroup.CLUSTERS));
    String[] tokens = "Heute sprach Nowak lange .".split(" ");
    assertArrayEquals(
        new String[] {"O", "O", "B-PER", "O", "O"}, new EntityRecognizer(m).tag(tokens, null));
    Path file = dir.resolve("clustered.bin");
    m.write(file);
    EntityModel read = EntityModel.load(file);
    assertEquals(m.features(), read.features());
    assertEquals(clusters.lookup("Nowak"), read.clusters().lookup("Nowak"));
    assertArrayEquals(
        new EntityRecognizer(m).tag(tokens, null), new EntityRecognizer(read).tag(tokens, null));
    // a model with clusters cannot be written in a version without them
    assertThrows(
        IllegalArgumentException.class, () -> m.write(java.io.OutputStream.nullOutputStream(), 3));
  }

  @Test
  void aVersionOneFileReadsAsAModelWithoutFeatureGroups(@TempDir Path dir) throws Exception {
    List<TaggedSentence> data =
        List.of(s("Putin besuchte Moskau .", "B-PER O B-LOC O"), s("Er kam .", "O O O"));
    Gazetteer none = new Gazetteer.Builder().build();
    EntityModel plain =
        new EntityTrainer(EntityTrainer.defaultParameters()).train(data, none, "plain", Set.of());
    Path file = dir.resolve("v1.bin");
    try (var out = Files.newOutputStream(file)) {
      plain.write(out, 1);
    }
    EntityModel read = EntityModel.load(file);
    assertEquals(Set.of(), read.features());
    assertEquals("plain", read.description());
    String[] tokens = "Putin besuchte Moskau .".split(" ");
    assertArrayEquals(
        new EntityRecognizer(plain).tag(tokens, null),
        new EntityRecognizer(read).tag(tokens, null));
    // a model with feature groups cannot be written in the old format
    assertThrows(
        IllegalArgumentException.class,
        () -> model.write(java.io.OutputStream.nullOutputStream(), 1));
  }

  @Test
  void aGuidedModelStoresItsGuideAndItsTagsAreFeatures(@TempDir Path dir) throws IOException {
    // the guide knows from its own corpus that Kowalski is a person; the main data never names
    // him, so the main model can only learn it from the guide's tags
    List<TaggedSentence> guideData = new ArrayList<>();
    List<TaggedSentence> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      guideData.add(s("Gestern sprach Kowalski lange .", "O O B-PER O O"));
      guideData.add(s("Kowalski schwieg .", "B-PER O O"));
      guideData.add(s("Er sprach lange .", "O O O O"));
      data.add(s("Gestern sprach Putin lange .", "O O B-PER O O"));
      data.add(s("Er sprach lange .", "O O O O"));
    }
    Gazetteer none = new Gazetteer.Builder().build();
    EntityModel guided =
        new EntityTrainer(EntityTrainer.defaultParameters(), 1)
            .train(data, guideData, none, "guided");
    assertTrue(guided.features().contains(FeatureGroup.GUIDE));
    assertTrue(guided.guide() != null);
    EntityRecognizer r = new EntityRecognizer(guided);
    String[] tokens = "Kowalski schwieg .".split(" ");
    // the recognizer gives the main model the guide's own tags as features
    EntityRecognizer guideAlone =
        new EntityRecognizer(new EntityModel(none, guided.guide(), "guide", FeatureGroup.DEFAULT));
    assertArrayEquals(new String[] {"B-PER", "O", "O"}, guideAlone.tag(tokens, null));
    NerFeatures features = new NerFeatures(none, guided.features());
    PreparedSentence sentence = r.guided(features.prepare(tokens, null));
    assertArrayEquals(guideAlone.tag(tokens, null), sentence.guide());
    List<String> context = new ArrayList<>();
    features.tokenContext(sentence, 0, context);
    assertTrue(
        context.containsAll(List.of("gd=B-PER", "gd-1=BOS", "gd+1=O", "gdw=B-PER|kowalski")),
        context.toString());
    // the file holds the guide: the model read back tags the same, also where only it helps
    Path file = dir.resolve("guided.bin");
    guided.write(file);
    EntityModel read = EntityModel.load(file);
    assertEquals(guided.features(), read.features());
    assertEquals(guided.guide().getNumOutcomes(), read.guide().getNumOutcomes());
    assertEquals(EntityTrainer.GUIDED_TEMPERATURE, read.confidenceTemperature());
    assertEquals(EntityRecognizer.CONFIDENCE_TEMPERATURE, model.confidenceTemperature());
    assertArrayEquals(r.tag(tokens, null), new EntityRecognizer(read).tag(tokens, null));
    String[] other = "Gestern sprach Putin lange .".split(" ");
    assertArrayEquals(r.tag(other, null), new EntityRecognizer(read).tag(other, null));
    // a sentence too long to keep its features (computed again in each pass) tags the same
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.addAll(List.of("Gestern", "sprach", i % 2 == 0 ? "Kowalski" : "Putin", "lange", ","));
    }
    String[] longSentence = words.toArray(new String[0]);
    for (EntityRecognizer rec : List.of(r, new EntityRecognizer(model))) {
      String[] shared = rec.decode(features.prepare(longSentence, null), null, Integer.MAX_VALUE);
      String[] perPass = rec.decode(features.prepare(longSentence, null), null, 0);
      assertArrayEquals(shared, perPass);
      assertTrue(java.util.Arrays.asList(shared).contains("B-PER"));
      // the packed weights score as OpenNLP's own eval of the feature names does
      EntityRecognizer byName = new EntityRecognizer(rec.model(), false);
      for (String[] s : List.of(longSentence, tokens, other)) {
        assertArrayEquals(byName.tag(s, null), rec.tag(s, null));
      }
    }
    // no guide data: no guide
    EntityModel plain =
        new EntityTrainer(EntityTrainer.defaultParameters(), 1)
            .train(data, List.of(), none, "plain");
    assertEquals(null, plain.guide());
    assertFalse(plain.features().contains(FeatureGroup.GUIDE));
    // a guided model cannot be written in a format without guides, and the guide group needs one
    assertThrows(
        IllegalArgumentException.class,
        () -> guided.write(java.io.OutputStream.nullOutputStream(), 2));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EntityModel(
                none,
                plain.classifier(),
                "x",
                FeatureGroup.of(FeatureGroup.DEFAULT, FeatureGroup.GUIDE)));
  }

  @Test
  void aVersionTwoFileReadsAsAModelWithoutGuide(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("v2.bin");
    try (var out = Files.newOutputStream(file)) {
      model.write(out, 2);
    }
    EntityModel read = EntityModel.load(file);
    assertEquals(model.features(), read.features());
    assertEquals(null, read.guide());
    String[] tokens = "Präsident Putin besuchte Peking .".split(" ");
    assertArrayEquals(
        new EntityRecognizer(model).tag(tokens, null),
        new EntityRecognizer(read).tag(tokens, null));
  }

  @Test
  void averagingAModelWithItselfChangesNothingAndTrainingIsReproducible() throws IOException {
    opennlp.tools.ml.model.MaxentModel c = model.classifier();
    opennlp.tools.ml.model.MaxentModel twice = EntityTrainer.average(List.of(c, c));
    String[] ctx = {"w=putin", "w-1=präsident", "p1=O", "s=Xx"};
    assertArrayEquals(c.eval(ctx), twice.eval(ctx), 1e-12);
    assertEquals(c.getNumOutcomes(), twice.getNumOutcomes());
    // fixed seeds: the same data give the same model
    List<TaggedSentence> data =
        List.of(
            s("Putin besuchte Moskau .", "B-PER O B-LOC O"),
            s("Er kam nach Berlin .", "O O O B-LOC O"),
            s("Die Nato tagte .", "O B-ORG O O"));
    Gazetteer none = new Gazetteer.Builder().build();
    EntityModel a = new EntityTrainer(EntityTrainer.defaultParameters(), 3).train(data, none, "a");
    EntityModel b = new EntityTrainer(EntityTrainer.defaultParameters(), 3).train(data, none, "b");
    assertArrayEquals(a.classifier().eval(ctx), b.classifier().eval(ctx), 0);
    opennlp.tools.util.TrainingParameters maxent = EntityTrainer.defaultParameters();
    maxent.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    assertThrows(IllegalArgumentException.class, () -> new EntityTrainer(maxent, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EntityTrainer(EntityTrainer.defaultParameters(), 0));
  }

  @Test
  void featuresWithoutWeightsAreLeftOutOfThePackedModelAndScoreTheSame() {
    opennlp.tools.ml.model.AbstractModel trained =
        (opennlp.tools.ml.model.AbstractModel) model.classifier();
    @SuppressWarnings("unchecked")
    java.util.Map<String, opennlp.tools.ml.model.Context> contexts =
        (java.util.Map<String, opennlp.tools.ml.model.Context>) trained.getDataStructures()[1];
    io.github.germannlp.internal.ner.FeatureWeights packed =
        io.github.germannlp.internal.ner.FeatureWeights.of(List.of(trained));
    int without = 0;
    for (var e : contexts.entrySet()) {
      boolean weighted = false;
      for (double w : e.getValue().getParameters()) {
        weighted |= w != 0;
      }
      without += weighted ? 0 : 1;
      assertEquals(weighted, packed.id(e.getKey()) >= 0, e.getKey());
    }
    // a perceptron weighs only the features of the events it got wrong
    assertTrue(without > 0, "features without weights in the trained model");
    String[] ctx = contexts.keySet().toArray(new String[0]);
    assertArrayEquals(trained.eval(ctx), packed.model(0).eval(ctx), 0);
  }

  @Test
  void packedAndOpenNlpFilesHoldTheSameModel(@TempDir Path dir) throws IOException {
    Path v5 = dir.resolve("current.bin");
    model.write(v5); // the current version: word lists and weights packed, in two sections
    Path v4 = dir.resolve("v4.bin");
    try (var out = Files.newOutputStream(v4)) {
      model.write(out, 4); // OpenNLP's own model format inside
    }
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(v5), 2);
    assertFalse(head[0] == 0x1f && head[1] == (byte) 0x8b, "from version 8 the file is not gzip");
    EntityModel packed = EntityModel.load(v5);
    EntityModel openNlp = EntityModel.load(v4);
    assertTrue(openNlp.classifier() instanceof opennlp.tools.ml.model.AbstractModel);
    assertFalse(packed.classifier() instanceof opennlp.tools.ml.model.AbstractModel);
    assertArrayEquals(openNlp.tags(), packed.tags());
    assertEquals(openNlp.gazetteer().size(), packed.gazetteer().size());
    assertEquals(openNlp.gazetteer().lookup("Peking"), packed.gazetteer().lookup("Peking"));
    String[] ctx = {"w=putin", "w-1=präsident", "p1=O", "s=Xx", "unknown feature"};
    // the packed weights score as OpenNLP's perceptron, to the last bit
    assertArrayEquals(openNlp.classifier().eval(ctx), packed.classifier().eval(ctx), 0);
    assertArrayEquals(
        openNlp.classifier().eval(ctx, (float[]) null),
        packed.classifier().eval(ctx, (float[]) null),
        0);
    double[] probs = packed.classifier().eval(ctx);
    assertEquals(
        openNlp.classifier().getBestOutcome(probs), packed.classifier().getBestOutcome(probs));
    assertEquals(openNlp.classifier().getIndex("B-PER"), packed.classifier().getIndex("B-PER"));
    for (String sentence : List.of("Putin besuchte Moskau .", "Chinas Präsident Xi Jinping .")) {
      String[] tokens = sentence.split(" ");
      assertArrayEquals(
          new EntityRecognizer(openNlp).tag(tokens, null),
          new EntityRecognizer(packed).tag(tokens, null));
    }
    // a packed model is written packed again, and only so
    Path again = dir.resolve("again.bin");
    packed.write(again);
    assertArrayEquals(Files.readAllBytes(v5), Files.readAllBytes(again));
    assertThrows(
        IllegalArgumentException.class,
        () -> packed.write(java.io.OutputStream.nullOutputStream(), 4));
  }

  @Test
  void earlierPackedVersionsHoldTheSameModel(@TempDir Path dir) throws IOException {
    String[] tokens = "Putin besuchte Moskau mit Xi Jinping .".split(" ");
    String[] tags = new EntityRecognizer(model).tag(tokens, null);
    for (int version = 5; version <= 7; version++) {
      Path file = dir.resolve("v" + version + ".bin");
      try (var out = Files.newOutputStream(file)) {
        model.write(out, version);
      }
      EntityModel read = EntityModel.load(file);
      assertArrayEquals(tags, new EntityRecognizer(read).tag(tokens, null), "version " + version);
      assertEquals(model.gazetteer().size(), read.gazetteer().size());
      assertEquals(model.gazetteer().lookup("Peking"), read.gazetteer().lookup("Peking"));
    }
  }

  @Test
  void storedSectionsHoldTheSameModelAndTheirChecksumsAreChecked(@TempDir Path dir)
      throws IOException {
    String[] tokens = "Putin besuchte Moskau mit Xi Jinping .".split(" ");
    Path v8 = dir.resolve("v8.bin");
    model.write(v8);
    Path v9 = dir.resolve("v9.bin");
    try (var out = Files.newOutputStream(v9)) {
      model.write(out, 9);
    }
    assertTrue(Files.size(v9) > Files.size(v8), "version 9 is not compressed");
    EntityModel read = EntityModel.load(v9);
    assertArrayEquals(
        new EntityRecognizer(model).tag(tokens, null),
        new EntityRecognizer(read).tag(tokens, null));
    // written again as version 8: the bytes of the version 8 file, so the same weights to the bit
    java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
    read.write(again, 8);
    assertArrayEquals(Files.readAllBytes(v8), again.toByteArray());
    // a byte changed anywhere in a section is found by its checksum, or by the reading
    byte[] bytes = Files.readAllBytes(v9);
    Path changed = dir.resolve("changed.bin");
    java.util.Random random = new java.util.Random(3);
    for (int k = 0; k < 20; k++) {
      byte[] b = bytes.clone();
      int at = 200 + random.nextInt(bytes.length - 200); // after the header: in either section
      b[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(changed, b);
      IOException e = assertThrows(IOException.class, () -> EntityModel.load(changed), "at " + at);
      assertTrue(e.getMessage().contains(changed.toString()), e.getMessage());
    }
    for (int k = 1; k < 20; k++) { // cut anywhere
      Files.write(changed, java.util.Arrays.copyOf(bytes, bytes.length * k / 20));
      IOException e = assertThrows(IOException.class, () -> EntityModel.load(changed));
      assertTrue(e.getMessage().contains(changed.toString()), e.getMessage());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> model.write(java.io.OutputStream.nullOutputStream(), 10));
  }

  @Test
  void aGazetteerWithPhrasesGivesPhraseFeaturesAndIsStoredInEveryPackedVersion(@TempDir Path dir)
      throws IOException {
    // the same words are a name on the list as a whole and none in another order: only the
    // phrase features tell them apart, and they carry over to a phrase the training data lacks
    String[] first = {"Grüne", "Goldene", "Rote", "Weiße", "Neue", "Alte"};
    String[] second = {"Woche", "Palme", "Liste", "Rose", "Zeit", "Brücke"};
    List<String> names = new ArrayList<>(List.of("Blaue Stunde"));
    List<TaggedSentence> data = new ArrayList<>();
    for (int k = 0; k < first.length; k++) {
      names.add(first[k] + " " + second[k]);
      for (int i = 0; i < 10; i++) {
        data.add(s("Die " + first[k] + " " + second[k] + " beginnt .", "O B-MISC I-MISC O O"));
        data.add(s("Die " + first[k] + " " + second[(k + 1) % 6] + " beginnt .", "O O O O O"));
      }
    }
    Gazetteer g = new Gazetteer.Builder().addPhrases("WORK", names).build();
    EntityModel m =
        new EntityTrainer(EntityTrainer.defaultParameters(), 1).train(data, g, "phrases");
    assertTrue(m.features().contains(FeatureGroup.PHRASES));
    EntityRecognizer r = new EntityRecognizer(m);
    assertArrayEquals(
        new String[] {"O", "O", "O", "O", "O"},
        r.tag("Die Blaue Woche beginnt .".split(" "), null));
    String[] tokens = "Die Blaue Stunde beginnt .".split(" ");
    String[] tags = r.tag(tokens, null);
    assertArrayEquals(new String[] {"O", "B-MISC", "I-MISC", "O", "O"}, tags);
    for (int version = 5; version <= 9; version++) {
      Path file = dir.resolve("v" + version + ".bin");
      try (var out = Files.newOutputStream(file)) {
        m.write(out, version);
      }
      EntityModel read = EntityModel.load(file);
      assertEquals(m.features(), read.features(), "version " + version);
      assertEquals(2, read.gazetteer().phraseLength("Blaue"), "version " + version);
      assertArrayEquals(tags, new EntityRecognizer(read).tag(tokens, null), "version " + version);
    }
    // the layouts before version 5 hold no phrases
    assertThrows(
        IllegalArgumentException.class, () -> m.write(java.io.OutputStream.nullOutputStream(), 4));
    // a model's phrase group and its gazetteer's phrases go together
    assertThrows(
        IllegalArgumentException.class,
        () -> new EntityModel(g, m.classifier(), "x", FeatureGroup.DEFAULT));
  }

  @Test
  void aModelCutAnywhereFailsWithThePath(@TempDir Path dir) throws IOException {
    Path whole = dir.resolve("whole.bin");
    model.write(whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.bin");
    for (int k = 1; k < 20; k++) { // in the header, in either section, between them
      Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * k / 20));
      IOException e = assertThrows(IOException.class, () -> EntityModel.load(cut));
      assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
    }
  }

  @Test
  void missingOrCorruptModelFailsWithThePath(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("nope.bin");
    IOException e = assertThrows(IOException.class, () -> EntityModel.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    Path corrupt = dir.resolve("corrupt.bin");
    Files.write(corrupt, new byte[] {1, 2, 3, 4, 5});
    e = assertThrows(IOException.class, () -> EntityModel.load(corrupt));
    assertTrue(e.getMessage().contains(corrupt.toString()), e.getMessage());
    Path truncated = dir.resolve("truncated.bin");
    model.write(truncated);
    byte[] bytes = Files.readAllBytes(truncated);
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    e = assertThrows(IOException.class, () -> EntityModel.load(truncated));
    assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
  }

  @Test
  void tagsAreConsistentBio() {
    double[] confidence = new double[7];
    String[] tags =
        new EntityRecognizer(model).tag("Putin traf Xi Jinping in Peking .".split(" "), confidence);
    assertArrayEquals("B-PER O B-PER I-PER O B-LOC O".split(" "), tags);
    for (double c : confidence) {
      assertTrue(c > 0 && c <= 1, String.valueOf(c));
    }
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].startsWith("I-")) {
        String type = tags[i].substring(2);
        assertTrue(i > 0 && tags[i - 1].endsWith("-" + type), String.join(" ", tags));
      }
    }
  }

  @Test
  void documentCarriesMentionsWithCanonicalNames() {
    GermanNlp nlp = GermanNlp.builder().entityModel(model).build();
    assertTrue(nlp.layers().contains(Layer.ENTITIES));
    Document doc = nlp.analyze("Präsident Wladimir Putin besuchte Peking. Putin traf Xi Jinping.");
    assertTrue(doc.has(Layer.ENTITIES));
    List<String> found = new ArrayList<>();
    for (EntityMention m : doc.mentions()) {
      assertEquals(m.text(), doc.text().substring(m.start(), m.end()));
      found.add(m.text() + "/" + m.type() + "/" + m.canonical());
    }
    assertTrue(found.contains("Wladimir Putin/PER/Wladimir Putin"), found.toString());
    assertTrue(found.contains("Putin/PER/Wladimir Putin"), found.toString());
    assertTrue(found.contains("Peking/LOC/Peking"), found.toString());
    Entity putin =
        doc.entities().stream()
            .filter(e -> e.canonical().equals("Wladimir Putin"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, putin.count());
    assertEquals(doc.text().indexOf("Wladimir"), putin.firstStart());
  }

  @Test
  void withoutTheLayerThereAreNoMentions() {
    Document doc =
        GermanNlp.builder().layers(Set.of(Layer.TOKENS)).build().analyze("Putin traf Xi Jinping.");
    assertEquals(List.of(), doc.mentions());
    assertEquals(List.of(), doc.entities());
  }

  @Test
  void dictionaryNamesWinOverTheModel() {
    EntityDictionary dictionary =
        EntityDictionary.of(java.util.Map.of("Xi Jinping", "PER", "Staatssender CCTV", "ORG"));
    Document doc =
        GermanNlp.builder()
            .entityModel(model)
            .entityDictionary(dictionary)
            .build()
            .analyze("Putin traf Xi Jinping. Der Staatssender CCTV berichtete.");
    List<String> found = new ArrayList<>();
    for (EntityMention m : doc.mentions()) {
      found.add(m.text() + "/" + m.type() + "/" + m.confidence());
    }
    assertTrue(found.contains("Xi Jinping/PER/1.0"), found.toString());
    assertTrue(found.contains("Staatssender CCTV/ORG/1.0"), found.toString());
  }

  @Test
  void aDictionaryTurnsTheEntityLayerOn() {
    // layers without entities: the dictionary turns them on, and its names are found as given
    Document doc =
        GermanNlp.builder()
            .layers(Set.of(Layer.TOKENS))
            .entityDictionary(EntityDictionary.of(java.util.Map.of("Li Qiang", "PER")))
            .build()
            .analyze("Li Qiang traf Mischustin.");
    assertTrue(doc.mentions().size() >= 1, doc.mentions().toString());
    assertEquals("Li Qiang", doc.mentions().get(0).canonical());
    assertEquals(1.0, doc.mentions().get(0).confidence());
    assertEquals(8, doc.mentions().get(0).end());
  }

  @Test
  void theBundledModelIsReadOnceAndShared() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(EntityModel.isBundled());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<EntityModel> a = pool.submit(EntityModel::loadBundled);
      java.util.concurrent.Future<EntityModel> b = pool.submit(EntityModel::loadBundled);
      org.junit.jupiter.api.Assertions.assertSame(a.get(), b.get());
      org.junit.jupiter.api.Assertions.assertSame(a.get(), EntityModel.loadBundled());
    } finally {
      pool.shutdownNow();
    }
  }
}
