package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordTypesTest {
  /** The example's slot: one of the few a process has, so made once. */
  static final WordTypes.Slot<Integer> LENGTH = WordTypes.newSlot();

  private static final WordTypes.Slot<String> UPPER = WordTypes.newSlot();

  @Test
  void theJavadocExampleRuns() {
    WordTypes types = new WordTypes(); // one per pipeline
    WordTypes.Type putin = types.of(new String[] {"Putin", "sagte"})[0];
    int length = putin.get(LENGTH, "Putin", String::length); // computed once per type
    assertEquals(5, length);
    assertEquals(5, types.of(new String[] {"Putin"})[0].get(LENGTH));
  }

  @Test
  void aSlotsValueIsComputedOnceAndKept() {
    WordTypes.Type xi = new WordTypes().of(new String[] {"Xi"})[0];
    int[] calls = {0};
    java.util.function.Function<String, String> upper =
        w -> {
          calls[0]++;
          return w.toUpperCase(java.util.Locale.ROOT);
        };
    assertEquals("XI", xi.get(UPPER, "Xi", upper));
    assertEquals("XI", xi.get(UPPER));
    assertEquals("XI", xi.get(UPPER, "Xi", upper)); // kept: not computed again
    assertEquals(1, calls[0]);
    xi.set(UPPER, "set"); // a value set is the one found
    assertEquals("set", xi.get(UPPER, "Xi", upper));
    assertEquals(1, calls[0]);
  }

  @Test
  void oneRecordPerWordTypeWithOneValuePerSlot() {
    WordTypes types = new WordTypes();
    // equal words of different string objects, as a tokenizer makes them
    WordTypes.Type[] records =
        types.of(new String[] {"Peking", new String("Peking"), "peking", "Li"});
    assertSame(records[0], records[1]);
    assertNotSame(records[0], records[2]);
    assertNull(records[0].get(LENGTH));
    records[0].set(LENGTH, 6);
    records[0].set(UPPER, "PEKING");
    records[2].set(LENGTH, 60);
    assertEquals(6, records[1].get(LENGTH));
    assertEquals("PEKING", records[1].get(UPPER));
    assertEquals(60, records[2].get(LENGTH));
    assertNull(records[3].get(UPPER));
    assertEquals(0, types.of(new String[0]).length);
    WordTypes other = new WordTypes(); // another pipeline's records are its own
    assertNull(other.of(new String[] {"Peking"})[0].get(LENGTH));
  }

  @Test
  void recordsAreOneAWord() {
    WordTypes.Type[] two = new WordTypes().of(new String[] {"Li", "Qiang"});
    WordTypes.requireOneEach(two, 2);
    WordTypes.requireOneEach(null, 5); // no records
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WordTypes.requireOneEach(two, 3));
    assertEquals("2 word types for 3 words", e.getMessage());
  }

  @Test
  void keepsAtMostItsCapacityOfWordTypes() {
    WordTypes types = new WordTypes();
    WordTypes.Type der = types.of(new String[] {"der"})[0];
    der.set(LENGTH, 3);
    for (int i = 0; i < 3 * WordTypes.CAPACITY; i++) {
      WordTypes.Type[] r = types.of(new String[] {"w" + i, "der"});
      assertSame(der, r[1], "a word in use keeps its record");
      assertTrue(types.size() <= WordTypes.CAPACITY, "size " + types.size());
    }
    assertEquals(3, types.of(new String[] {"der"})[0].get(LENGTH));
  }
}
