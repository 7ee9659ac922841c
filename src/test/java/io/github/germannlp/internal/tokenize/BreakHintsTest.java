package io.github.germannlp.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BreakHintsTest {
  @Test
  void removesSoftHyphensAndZeroWidthSpaces() {
    assertEquals("Umweltausschusses", BreakHints.remove("Umwelt\u00ADaus\u00ADschus\u00ADses"));
    assertEquals("Zwangsmaßnahme", BreakHints.remove("Zwangs\u200Bmaßnahme"));
  }

  @Test
  void otherWordsAreReturnedAsTheyAre() {
    String word = "Sanktions-Druck";
    assertSame(word, BreakHints.remove(word));
    String hintsOnly = "\u00AD\u200B";
    assertSame(hintsOnly, BreakHints.remove(hintsOnly));
    assertThrows(NullPointerException.class, () -> BreakHints.remove(null));
  }
}
