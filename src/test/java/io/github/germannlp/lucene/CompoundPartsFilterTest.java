package io.github.germannlp.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class CompoundPartsFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(CharArraySet keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(
            t, new CompoundPartsFilter(new SetKeywordMarkerFilter(t, keywords)));
      }
    };
  }

  public void testPartsAtSamePosition() throws Exception {
    try (Analyzer a = analyzer(CharArraySet.EMPTY_SET)) {
      assertAnalyzesTo(
          a,
          "Sanktionsdruck Haus Regierungs-Chef",
          new String[] {
            "Sanktionsdruck", "Sanktion", "druck", "Haus", "Regierungs-Chef", "Regierung", "Chef"
          },
          new int[] {0, 0, 0, 15, 20, 20, 20},
          new int[] {14, 14, 14, 19, 35, 35, 35},
          new int[] {1, 0, 0, 1, 1, 0, 0});
    }
  }

  public void testKeywordsAndNonWordsUntouched() throws Exception {
    try (Analyzer a = analyzer(new CharArraySet(java.util.List.of("Sanktionsdruck"), false))) {
      assertAnalyzesTo(
          a,
          "Sanktionsdruck 2025-11-04 Sanktionsdruck2",
          new String[] {"Sanktionsdruck", "2025-11-04", "Sanktionsdruck2"});
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = analyzer(CharArraySet.EMPTY_SET)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
