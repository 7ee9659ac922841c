package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The optional feature groups on a few words whose lexicon entries are known. */
class NerFeaturesTest {
  private static final Gazetteer NONE = new Gazetteer.Builder().build();

  /** Two granularities (4 and 16 clusters) of four words. */
  private static WordClusters clusters() {
    return WordClusters.of(
        new String[] {"Kiel", "Putin", "sagte", "Dienstag"},
        new int[] {4, 16},
        new int[][] {{1, 2, 3, 0}, {9, 10, 11, 13}},
        "");
  }

  @Test
  void nameKindsComeFromTheLexicon() {
    NerFeatures f = new NerFeatures(NONE, FeatureGroup.DEFAULT);
    String[] words = {"Merkel", "besuchte", "Athen", "und", "Japans", "Google", "Kandahar"};
    PreparedSentence p = f.prepare(words, null);
    // a family name; a city; a country in the genitive; another name; a name it does not know
    assertArrayEquals(new int[] {1, 0, 2, 0, 2, 4, 0}, p.kinds);
    List<String> out = new ArrayList<>();
    f.tokenContext(p, 2, out);
    assertTrue(out.containsAll(List.of("lxk=2", "lxk-1=0", "lxk+1=0")), out.toString());
  }

  @Test
  void lexiconClassesOfTheWordAndItsLowerCaseForm() {
    NerFeatures f = new NerFeatures(NONE, Set.of(FeatureGroup.LEXICON));
    PreparedSentence p = f.prepare(new String[] {"Russische", "Truppen", "xqzv"}, null);
    List<String> out = new ArrayList<>();
    f.tokenContext(p, 0, out);
    // "Russische" capitalised is unknown or a noun; in lower case an adjective
    assertTrue(out.stream().anyMatch(s -> s.startsWith("lxl=") && s.contains("A")), out.toString());
    f.tokenContext(p, 2, out);
    assertTrue(out.contains("lx=-"), out.toString());
    assertNull(p.tags);
    assertNull(p.kinds);
  }

  @Test
  void headNounsOfOrganisationsAndRolesAreMatchedAtTheEndOfWords() {
    Gazetteer heads =
        new Gazetteer.Builder()
            .add(Gazetteer.ORG_HEADS, List.of("hersteller", "gewerkschaft"))
            .add(Gazetteer.PERSON_HEADS, List.of("sprecher", "chef"))
            .build();
    NerFeatures f = new NerFeatures(heads, FeatureGroup.DEFAULT);
    String[] words = {
      "Der",
      "Autohersteller",
      "Daihatsu",
      "und",
      "Regierungssprecher",
      "Seibert",
      "loben",
      "Gewerkschaften",
      "und",
      "Herstellers",
      "Bahnchef",
      "Merkel",
      "hersteller"
    };
    PreparedSentence p = f.prepare(words, null);
    // compounds, plural and genitive endings; a known name (Merkel) and a lower-case word never
    assertArrayEquals(new int[] {0, 1, 0, 0, 2, 0, 0, 1, 0, 1, 2, 0, 0}, p.heads);
    List<String> out = new ArrayList<>();
    f.tokenContext(p, 2, out);
    assertTrue(out.containsAll(List.of("hd-1=O", "hd-1=O|Xxx")), out.toString());
    assertTrue(
        out.stream().noneMatch(s -> s.startsWith("hd=") || s.startsWith("hd+1=")), out.toString());
    out.clear();
    f.tokenContext(p, 5, out);
    assertTrue(out.contains("hd-1=P"), out.toString());
    out.clear();
    f.tokenContext(p, 3, out); // "und" between Daihatsu and Regierungssprecher
    assertTrue(out.contains("hd+1=P"), out.toString());
    assertTrue(out.stream().noneMatch(s -> s.startsWith("hd-1")), out.toString());
    // a model whose word lists have no head nouns (every model before them) gets no such feature
    NerFeatures without = new NerFeatures(NONE, FeatureGroup.DEFAULT);
    PreparedSentence q = without.prepare(words, null);
    assertNull(q.heads);
    out.clear();
    without.tokenContext(q, 2, out);
    assertTrue(out.stream().noneMatch(s -> s.startsWith("hd")), out.toString());
  }

  @Test
  void theBuildersPhraseExampleHolds() {
    // the example of Gazetteer.Builder.addPhrases, as written there
    Gazetteer g =
        new Gazetteer.Builder()
            .addPhrases("GEO", List.of("Straße von Hormus", "Rotes Meer", "Elbe"))
            .build();
    assertEquals(3, g.phraseLength("Straße"));
    assertEquals(1, g.phrase(new String[] {"die", "Straße", "von", "Hormus"}, 1, 3));
    assertEquals(0, g.lookup("Straße"));
    assertEquals(0, g.lookup("Elbe")); // one word: no phrase, and not a word either
    assertEquals(1, g.phrase(new String[] {"im", "Roten", "Meer"}, 1, 2));
  }

  @Test
  void phrasesAreMatchedWholeAndAWordTakesTheLongestThatCoversIt() {
    Gazetteer g =
        new Gazetteer.Builder()
            .add("COMPANY", List.of("Bank"))
            .addPhrases("COMPANY", List.of("Deutsche Bank", "Deutsche Bank AG", "Airbus"))
            .addPhrases("GEO", List.of("Straße von Hormus", "Bank AG Nord", "AG Nord"))
            .addPhrases("MEDIA", List.of("Straße von Hormus"))
            .build();
    assertEquals(3, g.phraseLength("Deutsche"));
    assertEquals(0, g.phraseLength("Airbus")); // one word: no phrase
    assertEquals(0, g.lookup("Deutsche")); // phrases add no words
    assertEquals(1, g.lookup("Bank"));
    String[] words = "Die Deutsche Bank AG Nord an der Straße von Hormus".split(" ");
    assertEquals(2 | 4, g.phrase(words, 7, 3)); // GEO (bit 1) and MEDIA (bit 2)
    assertEquals(0, g.phrase(words, 7, 2));
    NerFeatures f = new NerFeatures(g, FeatureGroup.of(Set.of(), FeatureGroup.PHRASES));
    PreparedSentence p = f.prepare(words, null);
    String[] expected = {
      null,
      "ph=COMPANY-B", // Deutsche Bank AG, three words, beats Bank AG Nord, as long but later
      "ph=COMPANY-I",
      "ph=COMPANY-I",
      "ph=GEO-I", // Nord: only Bank AG Nord (and AG Nord, shorter) covers it
      null,
      null,
      "ph=GEO-B", // on two lists: the first
      "ph=GEO-I",
      "ph=GEO-I"
    };
    for (int i = 0; i < words.length; i++) {
      List<String> out = new ArrayList<>();
      f.positionContext(p, i, out);
      List<String> ph = out.stream().filter(x -> x.startsWith("ph")).toList();
      assertEquals(
          expected[i] == null
              ? List.of()
              : List.of(expected[i], expected[i].endsWith("-B") ? "phl=B" : "phl=I"),
          ph,
          words[i]);
    }
    // inflected forms match too
    String[] inflected = "Aktien der Deutschen Bank und des Deutsche Bank AGs".split(" ");
    assertEquals(1 << g.categories().indexOf("COMPANY"), g.phrase(inflected, 2, 2));
    assertEquals(3, g.phraseLength("Deutschen"));
    PreparedSentence pi = f.prepare(inflected, null);
    List<String> at = new ArrayList<>();
    f.positionContext(pi, 3, at);
    assertTrue(at.contains("ph=COMPANY-I"), at.toString());
    for (String[] forms :
        new String[][] {
          {"Europäisch", "Europäischen", "Europäischer", "Europäische", "Europäisches"},
          {"Kreuz", "Kreuzes", "Kreuze"},
          {"Putin", "Putins"},
          {"Rote", "Rotes", "Roten", "Roter"},
          {"Hormu", "Hormus"},
          {"Kiss", "Kiss"},
          {"AG", "AG"},
          {"Bayern", "Bayerns"}
        }) {
      for (String form : forms) {
        assertEquals(forms[0], Gazetteer.phraseForm(form), form);
      }
    }
    // without the group, no phrase features; the group without phrases is refused
    List<String> out = new ArrayList<>();
    NerFeatures without = new NerFeatures(g, Set.of());
    without.positionContext(without.prepare(words, null), 1, out);
    assertTrue(out.stream().noneMatch(x -> x.startsWith("ph")), out.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> new NerFeatures(NONE, FeatureGroup.of(Set.of(), FeatureGroup.PHRASES)));
  }

  @Test
  void nameKindsNeedTheLexiconGroup() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new NerFeatures(NONE, Set.of(FeatureGroup.NAME_KINDS)));
    assertThrows(IllegalArgumentException.class, () -> FeatureGroup.of(128));
    assertThrows(IllegalArgumentException.class, () -> FeatureGroup.of(4));
    // the bits of a model file: every group has its own, and they read back
    assertEquals(63, FeatureGroup.bits(EnumSet.allOf(FeatureGroup.class)));
    for (int bits = 0; bits < 64; bits++) {
      if ((bits & 4) == 0 || (bits & 1) != 0) {
        assertEquals(bits, FeatureGroup.bits(FeatureGroup.of(bits)));
      }
    }
    // the cluster group needs clusters, and clusters need the group
    assertThrows(
        IllegalArgumentException.class,
        () -> new NerFeatures(NONE, null, Set.of(FeatureGroup.CLUSTERS)));
    WordClusters c = WordClusters.of(new String[] {"Kiel"}, new int[] {2}, new int[][] {{1}}, "");
    assertThrows(IllegalArgumentException.class, () -> new NerFeatures(NONE, c, Set.of()));
  }

  @Test
  void clusterFeaturesOfTheWordItsNeighboursAndAGenitive() {
    WordClusters c = clusters();
    NerFeatures f = new NerFeatures(NONE, c, Set.of(FeatureGroup.CLUSTERS));
    String[] tokens = "Putins Kiel sagte DIENSTAG".split(" ");
    PreparedSentence p = f.prepare(tokens, null);
    List<String> out = new ArrayList<>();
    f.tokenContext(p, 0, out); // Putins: no cluster of its own, its base form's
    assertTrue(
        out.containsAll(
            List.of("c0=U", "c1=U", "c0-1=BOS", "c0+1=1", "c1+1=9", "c0+2=3", "gsc1=10")),
        out.toString());
    out.clear();
    f.tokenContext(p, 1, out);
    assertTrue(
        out.containsAll(
            List.of("c0=1", "c1=9", "c1=9|Xxx", "c0-1=U", "c0+1=3", "c0-2=BOS", "c0+2=0")),
        out.toString());
    out.clear();
    f.tokenContext(p, 3, out); // all capitals: the capitalised form's clusters
    assertTrue(out.containsAll(List.of("c0=0", "c1=13", "c0+1=EOS", "c0+2=EOS")), out.toString());
  }

  @Test
  void wordAndPositionFeaturesSplitTheTokenFeaturesAndTheWordPartDependsOnTheWordAlone() {
    Gazetteer g =
        new Gazetteer.Builder()
            .add("SURNAME", List.of("Putin", "Kowalski"))
            .add(Gazetteer.ORG_HEADS, List.of("hersteller"))
            .build();
    WordClusters c = clusters();
    NerFeatures f =
        new NerFeatures(g, c, FeatureGroup.of(FeatureGroup.DEFAULT, FeatureGroup.CLUSTERS));
    String[] a = "Putin sagte in Kiel , der UN-Autohersteller Putins schweige .".split(" ");
    String[] b = "Gestern schwieg Putin lange über Kiel".split(" ");
    PreparedSentence pa = f.prepare(a, null);
    PreparedSentence pb = f.prepare(b, null);
    for (int i = 0; i < a.length; i++) {
      List<String> all = new ArrayList<>();
      f.tokenContext(pa, i, all);
      List<String> split = new ArrayList<>();
      f.wordContext(pa, i, split);
      int words = split.size();
      f.positionContext(pa, i, split);
      assertTrue(words > 0 && words < split.size(), a[i]);
      assertEquals(all, split, a[i]); // the word's features first, then the position's
    }
    // the word part of Putin and Kiel is the same at another position in another sentence
    for (int[] at : new int[][] {{0, 2}, {3, 5}}) {
      List<String> x = new ArrayList<>();
      f.wordContext(pa, at[0], x);
      List<String> y = new ArrayList<>();
      f.wordContext(pb, at[1], y);
      assertEquals(x, y, a[at[0]]);
    }
  }

  @Test
  void numberedFeaturesAreTheNumbersOfTheNamesInTheSameOrder() {
    Gazetteer g =
        new Gazetteer.Builder()
            .add("SURNAME", List.of("Putin", "Kowalski"))
            .add("CITY", List.of("Kiel", "Peking"))
            .add(Gazetteer.ORG_HEADS, List.of("hersteller"))
            .addPhrases("CITY", List.of("Peking und Kiel"))
            .build();
    WordClusters c = clusters();
    // every name gets a number when first seen, except those the "model" does not know
    java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
    java.util.function.ToIntFunction<String> numbering =
        name -> name.startsWith("w+2=") ? -1 : numbers.computeIfAbsent(name, k -> numbers.size());
    Set<FeatureGroup> groups =
        FeatureGroup.of(
            FeatureGroup.DEFAULT, FeatureGroup.CLUSTERS, FeatureGroup.GUIDE, FeatureGroup.PHRASES);
    NerFeatures named = new NerFeatures(g, c, groups);
    NerFeatures numbered = new NerFeatures(g, c, groups, numbering::applyAsInt);
    assertThrows(IllegalStateException.class, named::numbers);
    String[][] sentences = {
      "Putin sagte in Kiel , der UN-Autohersteller Putins schweige .".split(" "),
      "Gestern schwieg Putin lange über Peking und Kiel".split(" "),
      {"Kiel"},
      {}
    };
    for (String[] tokens : sentences) {
      for (boolean guided : new boolean[] {false, true}) {
        PreparedSentence pn = named.prepare(tokens, null);
        PreparedSentence pi = numbered.prepare(tokens, null);
        if (guided) {
          String[] guide = new String[tokens.length];
          java.util.Arrays.fill(guide, "B-LOC");
          pn = pn.withGuide(guide);
          pi = pi.withGuide(guide);
        }
        FeatureNumbering.Numbers sink = numbered.numbers();
        for (int i = 0; i < tokens.length; i++) {
          List<String> names = new ArrayList<>();
          named.positionContext(pn, i, names);
          sink.count = 0;
          numbered.positionContext(pi, i, sink);
          int[] expected = names.stream().mapToInt(numbering).toArray();
          assertArrayEquals(
              expected,
              java.util.Arrays.copyOf(sink.ids, sink.count),
              String.join(" ", tokens) + " @" + i + " " + names);
          assertTrue(
              names.contains(
                  "w+2="
                      + (i + 2 < tokens.length
                          ? tokens[i + 2].toLowerCase(java.util.Locale.ROOT)
                          : "EOS")));
          // the word's own features too (the cluster tables' numbers are made without names)
          List<String> wordNames = new ArrayList<>();
          named.wordContext(pn, i, wordNames);
          sink.count = 0;
          numbered.wordContext(pi, i, sink);
          assertArrayEquals(
              wordNames.stream().mapToInt(numbering).toArray(),
              java.util.Arrays.copyOf(sink.ids, sink.count),
              String.join(" ", tokens) + " @" + i + " " + wordNames);
          assertTrue(
              wordNames.stream().anyMatch(n -> n.matches("c\\d=(\\d+|U)\\|.*")),
              wordNames.toString());
        }
      }
    }
  }

  @Test
  void aNeighboursFeaturesDependOnItsWordAloneAndSumUpToThePositionFeatures() {
    Gazetteer gazetteer =
        new Gazetteer.Builder()
            .add("CITY", List.of("Kiel"))
            .add(Gazetteer.ORG_HEADS, List.of("Konzern"))
            .addPhrases("GEO", List.of("in Kiel"))
            .build();
    NerFeatures f = new NerFeatures(gazetteer, clusters(), EnumSet.allOf(FeatureGroup.class));
    String[][] sentences = {
      "Putin sagte am Dienstag in Kiel , der Konzern Putin wachse .".split(" "),
      "Der Konzern Putin sagte in Kiel am Dienstag nichts".split(" "),
      "Putin".split(" ")
    };
    // word "Putin" (at 0, 8 and 2; 0) as each kind of neighbour: the same features wherever it is
    for (int offset : NerFeatures.NEIGHBOUR_OFFSETS) {
      List<String> first = null;
      for (String[] words : sentences) {
        PreparedSentence p = f.prepare(words, null);
        for (int j = 0; j < words.length; j++) {
          if (words[j].equals("Putin")) {
            List<String> out = new ArrayList<>();
            f.neighbourContext(p, j - offset, offset, new FeatureSink.Names(out));
            assertTrue(!out.isEmpty(), offset + " " + out);
            if (first == null) {
              first = out;
            }
            assertEquals(first, out, "offset " + offset + " in " + String.join(" ", words));
          }
        }
      }
      // beyond the edge: the same in every sentence
      List<String> edge = null;
      for (String[] words : sentences) {
        PreparedSentence p = f.prepare(words, null);
        List<String> out = new ArrayList<>();
        f.neighbourContext(
            p, offset < 0 ? 0 : words.length - 1, offset, new FeatureSink.Names(out));
        edge = edge == null ? out : edge;
        assertEquals(edge, out);
      }
    }
    // a token's position features are its local ones, its neighbours' and the guide's, once each
    PreparedSentence p = f.prepare(sentences[0], null).withGuide(new String[sentences[0].length]);
    for (int i = 0; i < sentences[0].length; i++) {
      List<String> all = new ArrayList<>();
      f.positionContext(p, i, all);
      List<String> parts = new ArrayList<>();
      FeatureSink sink = new FeatureSink.Names(parts);
      f.localContext(p, i, sink);
      for (int offset : NerFeatures.NEIGHBOUR_OFFSETS) {
        f.neighbourContext(p, i, offset, sink);
      }
      f.guideContext(p, i, sink);
      assertEquals(all, parts);
      assertTrue(all.contains(i > 0 ? "w-1=" + p.lower[i - 1] : "w-1=BOS"), all.toString());
    }
  }
}
