package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
  private static final String DIR = "io/github/germannlp/internal/wordlists/";

  @Test
  void wordsInTheFilesOrderWithoutCommentsBlankLinesAndSurroundingSpace() {
    Set<String> words = WordLists.load(WordListsTest.class, "wordlists/words.txt");
    assertEquals(List.of("Zebra", "Apfel", "Mitte"), List.copyOf(words));
    assertTrue(words.contains("Apfel"));
    assertThrows(UnsupportedOperationException.class, () -> words.add("Birne"));
  }

  @Test
  void anAbsoluteNameReadsTheSameList() {
    assertEquals(
        WordLists.load(WordListsTest.class, "wordlists/words.txt"),
        WordLists.load(WordLists.class, "/" + DIR + "words.txt"));
  }

  @Test
  void aMissingListNamesTheResource() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> WordLists.load(WordListsTest.class, "wordlists/no-such-list.txt"));
    assertTrue(e.getMessage().contains(DIR + "no-such-list.txt"), e.getMessage());
    e =
        assertThrows(
            IllegalStateException.class,
            () -> WordLists.loadLines(WordListsTest.class, "wordlists/no-such-list.txt"));
    assertTrue(e.getMessage().contains(DIR + "no-such-list.txt"), e.getMessage());
  }

  @Test
  void aWordWithWhiteSpaceNamesResourceAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WordLists.load(WordListsTest.class, "wordlists/space-in-word.txt"));
    assertTrue(e.getMessage().contains(DIR + "space-in-word.txt:3"), e.getMessage());
    assertTrue(e.getMessage().contains("Drei Vier"), e.getMessage());
  }

  @Test
  void aWordListedTwiceNamesResourceAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WordLists.load(WordListsTest.class, "wordlists/twice.txt"));
    assertTrue(e.getMessage().contains(DIR + "twice.txt:3"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WordLists.loadLines(WordListsTest.class, "wordlists/twice.txt"));
    assertTrue(e.getMessage().contains(DIR + "twice.txt:3"), e.getMessage());
  }

  @Test
  void linesMayHoldWordsSeparatedByOneSpace() {
    List<String> lines = WordLists.loadLines(WordListsTest.class, "wordlists/lines.txt");
    assertEquals(List.of("GmbH & Co. KG", "AG", "Frankfurt am Main"), lines);
    assertThrows(UnsupportedOperationException.class, () -> lines.add("SE"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WordLists.loadLines(WordListsTest.class, "wordlists/double-space.txt"));
    assertTrue(e.getMessage().contains(DIR + "double-space.txt:2"), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8NameResourceAndLine() {
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> WordLists.load(WordListsTest.class, "wordlists/not-utf8.txt"));
    assertTrue(e.getMessage().contains(DIR + "not-utf8.txt:2"), e.getMessage());
  }
}
