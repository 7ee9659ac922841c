package io.github.germannlp.internal.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerSourcesTest {
  private static final GermanLexicon LEXICON = GermanLexicon.get();

  private static List<String> words(String... entries) {
    return GazetteerSources.distinctiveWords(List.of(entries), LEXICON);
  }

  @Test
  void aOneWordEntryIsListedAsItIs() {
    // the list's author decided: Allianz is the insurer, though also a common noun
    assertEquals(List.of("Allianz", "Nato"), words("Allianz", " Nato "));
  }

  @Test
  void aLongerNameGivesOnlyTheWordsThatMarkItByThemselves() {
    assertEquals(List.of("Hormus"), words("Straße von Hormus"));
    // international is an adjective
    assertEquals(List.of("Amnesty"), words("Amnesty International"));
    // the first name the lexicon does not know; the surname it knows as a name already
    assertEquals(List.of("Wolodymyr"), words("Wolodymyr Selenskyj"));
  }

  @Test
  void commonWordsAndKnownPlacesOfALongerNameAreLeftOut() {
    assertEquals(List.of(), words("Deutsche Bank"));
    assertEquals(List.of(), words("Die Zeit"));
    assertEquals(List.of(), words("Borussia Dortmund"));
    assertEquals(List.of(), words("Schwarzes Meer"));
  }

  @Test
  void everyBundledNameListHasItsHeaderAndNoRepeatedOrPaddedLine() throws java.io.IOException {
    assertEquals(7, GazetteerSources.NAME_LISTS.length); // the seven lists the model is built with
    for (String[] nameList : GazetteerSources.NAME_LISTS) {
      String list = nameList[1];
      try (var in = GazetteerSources.class.getResourceAsStream(list)) {
        String first = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        first = first.substring(0, first.indexOf('\n'));
        assertTrue(
            first.startsWith("# ") && first.endsWith("(hand-made for this project, Apache-2.0)"),
            list + ": " + first);
      }
      List<String> lines = GazetteerSources.resourceLines(list);
      assertTrue(lines.size() > 400, list + ": " + lines.size() + " names");
      Set<String> seen = new HashSet<>();
      for (String line : lines) {
        assertEquals(line.strip(), line, list + ": padded line");
        assertTrue(seen.add(line), list + ": repeated " + line);
      }
    }
  }
}
