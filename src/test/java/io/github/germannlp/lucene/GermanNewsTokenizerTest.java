package io.github.germannlp.lucene;

import io.github.germannlp.tokenize.TokenScheme;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class GermanNewsTokenizerTest extends BaseTokenStreamTestCase {

  private static Analyzer tokenizerOnly(TokenScheme scheme) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new GermanNewsTokenizer(scheme));
      }
    };
  }

  public void testAbbreviationOrdinalQuotes() throws Exception {
    String text = "Er sagte z. B. am 4. November: „Nein!“";
    try (Analyzer a = tokenizerOnly(TokenScheme.NEWS)) {
      assertTokenStreamContents(
          a.tokenStream("f", text),
          new String[] {"Er", "sagte", "z", "B", "am", "4", "November", "Nein"},
          new int[] {0, 3, 9, 12, 15, 18, 21, 32},
          new int[] {2, 8, 10, 13, 17, 19, 29, 36},
          new String[] {
            "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<NUM>", "<WORD>", "<WORD>"
          },
          new int[] {1, 1, 1, 1, 1, 1, 1, 1},
          null,
          text.length());
    }
  }

  public void testHyphenCompoundUrlEmoji() throws Exception {
    String text = "Der UN-Sicherheitsrats tagt (siehe https://www.un.org/de) 😀";
    try (Analyzer a = tokenizerOnly(TokenScheme.NEWS)) {
      assertTokenStreamContents(
          a.tokenStream("f", text),
          new String[] {
            "Der", "UN-Sicherheitsrats", "tagt", "siehe", "https://www.un.org/de", "😀"
          },
          new int[] {0, 4, 23, 29, 35, 58},
          new int[] {3, 22, 27, 34, 56, 60},
          new String[] {"<WORD>", "<WORD>", "<WORD>", "<WORD>", "<URL>", "<EMOJI>"},
          new int[] {1, 1, 1, 1, 1, 1},
          null,
          text.length());
    }
    try (Analyzer a = tokenizerOnly(TokenScheme.UD)) {
      assertAnalyzesTo(a, "UN-Sicherheitsrats", new String[] {"UN", "Sicherheitsrats"});
    }
  }

  public void testOnlyPunctuation() throws Exception {
    try (Analyzer a = tokenizerOnly(TokenScheme.NEWS)) {
      assertAnalyzesTo(a, "„…“ – (!)", new String[0]);
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  public void testMaxTokenLengthKeepsPositions() throws Exception {
    GermanNewsTokenizer t = new GermanNewsTokenizer();
    t.setMaxTokenLength(5);
    t.setReader(new StringReader("kurz Riesenwort kurz"));
    assertTokenStreamContents(
        t,
        new String[] {"kurz", "kurz"},
        new int[] {0, 16},
        new int[] {4, 20},
        new int[] {1, 2},
        20);
  }

  public void testCharFilterOffsets() throws Exception {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    b.add("&amp;", "&");
    NormalizeCharMap map = b.build();
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new GermanNewsTokenizer());
          }

          @Override
          protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            CharFilter f = new MappingCharFilter(map, reader);
            return f;
          }
        };
    assertTokenStreamContents(
        a.tokenStream("f", "Bund &amp; Länder"),
        new String[] {"Bund", "Länder"},
        new int[] {0, 11},
        new int[] {4, 17},
        null,
        null,
        null,
        17);
    a.close();
  }

  public void testReuse() throws Exception {
    Tokenizer t = new GermanNewsTokenizer();
    t.setReader(new StringReader("Erster Text."));
    assertTokenStreamContents(t, new String[] {"Erster", "Text"});
    t.setReader(new StringReader("Zweiter, längerer Text!"));
    assertTokenStreamContents(t, new String[] {"Zweiter", "längerer", "Text"});
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = tokenizerOnly(TokenScheme.NEWS)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = tokenizerOnly(TokenScheme.UD)) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws Exception {
    try (Analyzer a = tokenizerOnly(TokenScheme.NEWS)) {
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
