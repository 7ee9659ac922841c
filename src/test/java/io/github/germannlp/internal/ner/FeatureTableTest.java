package io.github.germannlp.internal.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureTableTest {
  @Test
  void aPrefixedTableIsNumberedByItsNamesAndMakesEachNameOnce() {
    Map<String, Integer> known = Map.of("c0-1=17", 4, "c0-1=U", 9);
    FeatureNumbering numbering = new FeatureNumbering(name -> known.getOrDefault(name, -1));
    FeatureTable t = numbering.table("c0-1", '=', new String[] {"17", "18", null, "U"});
    assertArrayEquals(new int[] {4, -1, -1, 9}, t.ids);
    assertEquals(4, t.size());
    assertEquals("c0-1=17", t.name(0));
    assertSame(t.name(0), t.name(0), "a name is made once");
    assertNull(t.name(2));
    assertEquals("18", t.value(1));
  }

  @Test
  void aTableOfWholeNamesGivesThemAsTheyAre() {
    String[] names = {"first", "capmid"};
    FeatureTable t = new FeatureNumbering(null).table(names);
    assertSame(names[1], t.name(1));
    assertNull(t.ids, "features used as names only are not numbered");
    FeatureTable categories = new FeatureNumbering(null).table("g", List.of("CITY", "ORG"));
    assertEquals("g=ORG", categories.name(1));
  }
}
