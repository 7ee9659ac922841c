package io.github.germannlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityDictionaryTest {
  private static final EntityDictionary DICT =
      EntityDictionary.of(
          Map.of(
              "New York", "LOC",
              "New York Times", "ORG",
              "York", "LOC",
              "Wladimir Putin", "PER",
              "Xi Jinping", "PER",
              "UN-Sicherheitsrat", "ORG"));

  @TempDir Path dir;

  /** Each match as "first-end:TYPE:name". */
  static List<String> show(List<EntityDictionary.Match> matches) {
    List<String> out = new ArrayList<>();
    for (EntityDictionary.Match m : matches) {
      out.add(m.firstToken() + "-" + m.endToken() + ":" + m.type() + ":" + m.name());
    }
    return out;
  }

  @Test
  void longestMatchWins() {
    String[] tokens = "Die New York Times berichtet aus New York und York .".split(" ");
    assertEquals(
        List.of("1-4:ORG:New York Times", "6-8:LOC:New York", "9-10:LOC:York"),
        show(DICT.match(tokens)));
  }

  @Test
  void matchesDoNotOverlapAndScanLeftToRight() {
    EntityDictionary d = EntityDictionary.of(Map.of("A B", "X", "B C D", "Y", "C", "Z"));
    assertEquals(List.of("0-2:X:A B", "2-3:Z:C"), show(d.match(new String[] {"A", "B", "C"})));
    assertEquals(List.of("1-4:Y:B C D"), show(d.match(new String[] {"x", "B", "C", "D"})));
    // a longer name that fails part way falls back to the longest complete one
    assertEquals(List.of("1-2:Z:C"), show(d.match(new String[] {"B", "C", "x"})));
  }

  @Test
  void exactCaseSensitiveTokens() {
    assertEquals(List.of(), show(DICT.match("wladimir putin , New Yorker , New".split(" "))));
    assertEquals(List.of(), show(DICT.match(new String[0])));
  }

  @Test
  void mentionsPerSentenceDoNotCrossASentenceEnd() {
    String text = "Wladimir  Putin traf Xi Jinping in New York.";
    int[] starts = {0, 10, 16, 21, 24, 32, 35, 39, 43, 0, 0};
    int[] ends = {8, 15, 20, 23, 31, 34, 38, 43, 44, 0, 0};
    // sentences: "Wladimir" | "Putin traf Xi Jinping in New" | "York ."
    List<String> found = new ArrayList<>();
    for (EntityMention m : DICT.mentions(text, starts, ends, new int[] {1, 7, 9})) {
      found.add(
          m.firstToken() + "-" + m.endToken() + ":" + m.type() + ":" + m.text() + "@" + m.start());
    }
    // Wladimir Putin and New York are cut by the sentence ends; York alone is a name
    assertEquals(List.of("3-5:PER:Xi Jinping@21", "7-8:LOC:York@39"), found);
    assertEquals(3, DICT.mentions(text, starts, ends, new int[] {9}).size());
    assertEquals(List.of(), DICT.mentions(text, starts, ends, new int[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> DICT.mentions(text, starts, ends, new int[] {7, 3, 9}));
    assertThrows(
        IllegalArgumentException.class, () -> DICT.mentions(text, starts, ends, new int[] {12}));
  }

  @Test
  void matchOverTextOffsets() {
    String text = "Wladimir  Putin traf Xi Jinping in New York.";
    int[] starts = {0, 10, 16, 21, 24, 32, 35, 39, 43, 0, 0};
    int[] ends = {8, 15, 20, 23, 31, 34, 38, 43, 44, 0, 0};
    assertEquals(
        List.of("0-2:PER:Wladimir Putin", "3-5:PER:Xi Jinping", "6-8:LOC:New York"),
        show(DICT.match(text, starts, ends, 9)));
    List<EntityMention> mentions = DICT.mentions(text, starts, ends, 9);
    assertEquals(3, mentions.size());
    EntityMention putin = mentions.get(0);
    assertEquals("Wladimir  Putin", putin.text());
    assertEquals("Wladimir  Putin", putin.canonical());
    assertEquals(0, putin.start());
    assertEquals(15, putin.end());
    assertEquals(0, putin.firstToken());
    assertEquals(2, putin.endToken());
    assertEquals(1.0, putin.confidence());
    EntityMention ny = mentions.get(2);
    assertEquals("New York", ny.text());
    assertEquals(35, ny.start());
    assertEquals(43, ny.end());
    assertThrows(IllegalArgumentException.class, () -> DICT.match(text, starts, ends, 12));
  }

  @Test
  void lookupAndSize() {
    assertEquals(6, DICT.size());
    assertEquals(3, DICT.maxTokens());
    assertEquals("ORG", DICT.type("New York Times"));
    assertEquals("LOC", DICT.type(" New   York "));
    assertNull(DICT.type("New"));
    assertNull(DICT.type("Berlin"));
  }

  @Test
  void ofRejectsBadEntries() {
    Map<String, String> conflict = new LinkedHashMap<>();
    conflict.put("New York", "LOC");
    conflict.put("New  York", "ORG");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EntityDictionary.of(conflict));
    assertTrue(e.getMessage().contains("New York"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EntityDictionary.of(Map.of(" ", "PER")));
    assertThrows(IllegalArgumentException.class, () -> EntityDictionary.of(Map.of("X", "")));
    assertThrows(IllegalArgumentException.class, () -> EntityDictionary.of(Map.of("X", "A B")));
    // the same name twice with the same type is fine
    Map<String, String> same = new LinkedHashMap<>();
    same.put("New York", "LOC");
    same.put("New   York", "LOC");
    assertEquals(1, EntityDictionary.of(same).size());
  }

  @Test
  void loadsFile() throws IOException {
    Path file = dir.resolve("names.tsv");
    Files.writeString(
        file,
        "\uFEFF# Namen\n\nWladimir Putin\tPER\n  # eingerückt\n"
            + "Deutsche  Bank\tORG\nMünchen\tLOC\r\nMünchen\tLOC\n",
        StandardCharsets.UTF_8);
    EntityDictionary d = EntityDictionary.load(file);
    assertEquals(3, d.size());
    assertEquals("ORG", d.type("Deutsche Bank"));
    assertEquals(
        List.of("0-2:ORG:Deutsche Bank", "3-4:LOC:München"),
        show(d.match("Deutsche Bank in München".split(" "))));
  }

  @Test
  void loadErrorsNameFileAndLine() throws IOException {
    Path noTab = dir.resolve("notab.tsv");
    Files.writeString(noTab, "# x\nPutin\tPER\nBerlin LOC\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EntityDictionary.load(noTab));
    assertTrue(e.getMessage().contains(noTab + ":3:"), e.getMessage());

    Path conflict = dir.resolve("conflict.tsv");
    Files.writeString(conflict, "Putin\tPER\nPutin\tORG\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> EntityDictionary.load(conflict));
    assertTrue(e.getMessage().contains(conflict + ":2:"), e.getMessage());

    Path noType = dir.resolve("notype.tsv");
    Files.writeString(noType, "Putin\t \n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> EntityDictionary.load(noType));
    assertTrue(e.getMessage().contains(noType + ":1:"), e.getMessage());

    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(latin1, "Putin\tPER\nM\u00fcnchen\tLOC\n".getBytes(StandardCharsets.ISO_8859_1));
    IOException io = assertThrows(IOException.class, () -> EntityDictionary.load(latin1));
    assertTrue(io.getMessage().contains(latin1.toString()), io.getMessage());

    Path missing = dir.resolve("missing.tsv");
    NoSuchFileException nf =
        assertThrows(NoSuchFileException.class, () -> EntityDictionary.load(missing));
    assertTrue(nf.getMessage().contains(missing.toString()), nf.getMessage());
  }

  private static EntityMention mention(
      String text, String type, int firstToken, int endToken, int start, double confidence) {
    return new EntityMention(
        text, type, start, start + text.length(), firstToken, endToken, confidence, text);
  }

  @Test
  void overlayPrefersDictionary() {
    // "Präsident Wladimir Putin traf in New York ein ; Xi blieb in Peking ."
    List<EntityMention> model =
        List.of(
            mention("Präsident Wladimir", "PER", 0, 2, 0, 0.7), // overlaps the dictionary's Putin
            mention("New York", "ORG", 5, 7, 33, 0.6), // same span, other type
            mention("Xi", "PER", 9, 10, 46, 0.9), // no dictionary match: kept
            mention("Peking", "LOC", 12, 13, 58, 0.95));
    List<EntityMention> dictionary =
        List.of(
            mention("Wladimir Putin", "PER", 1, 3, 10, 1.0),
            mention("New York", "LOC", 5, 7, 33, 1.0));
    List<EntityMention> out = EntityDictionary.overlay(model, dictionary);
    assertEquals(
        List.of("Wladimir Putin/PER", "New York/LOC", "Xi/PER", "Peking/LOC"),
        out.stream().map(m -> m.text() + "/" + m.type()).toList());
    assertEquals(1.0, out.get(0).confidence());
    assertThrows(UnsupportedOperationException.class, () -> out.remove(0));
    assertEquals(model, EntityDictionary.overlay(model, List.of()));
    assertEquals(dictionary, EntityDictionary.overlay(List.of(), dictionary));
  }

  @Test
  void overlayKeepsAdjacentModelMentions() {
    List<EntityMention> model =
        List.of(
            mention("Berlin", "LOC", 0, 1, 0, 0.9),
            mention("Hamburg", "LOC", 2, 3, 14, 0.9),
            mention("Große Koalition", "ORG", 3, 5, 22, 0.5));
    List<EntityMention> dictionary =
        List.of(mention("und", "MISC", 1, 2, 7, 1.0), mention("Koalition", "ORG", 4, 5, 28, 1.0));
    assertEquals(
        List.of("Berlin", "und", "Hamburg", "Koalition"),
        EntityDictionary.overlay(model, dictionary).stream().map(EntityMention::text).toList());
  }

  @Test
  void threadSafe() {
    String[] tokens = "Die New York Times über Xi Jinping und Wladimir Putin".split(" ");
    List<String> expected = show(DICT.match(tokens));
    assertEquals(3, expected.size());
    IntStream.range(0, 500)
        .parallel()
        .forEach(i -> assertEquals(expected, show(DICT.match(tokens))));
  }
}
