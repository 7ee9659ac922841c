package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrefetchTest {
  private static boolean wanted(String line) {
    return Prefetch.wanted(line.isEmpty() ? new String[0] : line.split(" "));
  }

  @Test
  void analyzeWithEveryLayerOfTheBundledModelsIsPrefetched() {
    assertTrue(wanted("analyze a.txt")); // json by default
    assertTrue(wanted("analyze --format json a.txt"));
    assertTrue(wanted("analyze --format=conll a.txt b.txt"));
    assertTrue(wanted("analyze a.txt --threads 2 --format conllu"));
    assertTrue(wanted("analyze --dictionary names.tsv --format json a.txt"));
    assertTrue(wanted("analyze -- --format text")); // two files after "--"
  }

  @Test
  void runsThatNeedFewerOrOtherModelsAreNot() {
    assertFalse(wanted(""));
    assertFalse(wanted("analyze --format text a.txt")); // tokens and sentences only
    assertFalse(wanted("analyze --format tokens a.txt"));
    assertFalse(wanted("analyze --format json --steps tokens,pos a.txt"));
    assertFalse(wanted("analyze --format json --steps=entities a.txt"));
    assertFalse(wanted("analyze --format json --models dir a.txt"));
    assertFalse(wanted("analyze --format json --help"));
    assertFalse(wanted("topics --format json a.txt"));
    assertFalse(wanted("evaluate entities dev.tsv"));
  }
}
