package io.github.germannlp.internal.compound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.germannlp.lucene.CompoundPartsFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundCoreTest {
  private static final CompoundCore ASCII =
      new CompoundCore(CompoundCore.germanSplitter(), 6, CompoundCore.ASCII_HYPHEN);
  private static final CompoundCore ALL =
      new CompoundCore(CompoundCore.germanSplitter(), 8, CompoundCore.HYPHENS);

  @Test
  void piecesAreCutAtTheCoresHyphensEmptyOnesLeftOut() {
    assertEquals(List.of("UN", "Sicherheitsrats"), ASCII.pieces("UN-Sicherheitsrats"));
    assertEquals(List.of("a", "b"), ASCII.pieces("-a--b-"));
    assertEquals(List.of(), ASCII.pieces("---"));
    assertEquals(List.of("UN\u2010Sicherheitsrats"), ASCII.pieces("UN\u2010Sicherheitsrats"));
    assertEquals(List.of("UN", "Sicherheitsrats"), ALL.pieces("UN\u2010Sicherheitsrats"));
    assertEquals(List.of("UN", "Sicherheitsrats"), ALL.pieces("UN\u2011Sicherheitsrats"));
  }

  @Test
  void onlyPiecesWithinTheLimitsAreSplit() {
    assertEquals(List.of("Sanktion", "druck"), ASCII.split("Sanktionsdruck"));
    assertEquals(List.of("Eis", "zeit"), ASCII.split("Eiszeit")); // 7 chars: split
    assertNull(ALL.split("Eiszeit")); // shorter than 8
    assertNull(ASCII.split("x".repeat(CompoundCore.MAX_WORD_LENGTH + 1)));
  }

  @Test
  void theSplitterAndTheLuceneFilterShareOneDictionary() {
    assertSame(CompoundCore.germanSplitter(), CompoundPartsFilter.defaultSplitter());
  }
}
