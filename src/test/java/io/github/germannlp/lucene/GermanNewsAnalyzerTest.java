package io.github.germannlp.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

public class GermanNewsAnalyzerTest extends BaseTokenStreamTestCase {

  public void testCompoundWithHyphenAbbreviationOrdinal() throws Exception {
    String text = "Der UN-Sicherheitsrats tagt z. B. am 4. November.";
    try (Analyzer a = new GermanNewsAnalyzer()) {
      assertTokenStreamContents(
          a.tokenStream("f", text),
          new String[] {
            "un-sicherheitsrat", "sicherheitsrat", "sicherheit", "rat", "tagt", "z", "b", "4",
            "novemb"
          },
          new int[] {4, 4, 4, 4, 23, 28, 31, 37, 40},
          new int[] {22, 22, 22, 22, 27, 29, 32, 38, 48},
          null,
          // "Der" and "am" are stop words: gaps
          new int[] {2, 0, 0, 0, 1, 1, 1, 2, 1},
          null,
          text.length());
    }
  }

  public void testLinkingElementQuotesUrl() throws Exception {
    String text = "Der Sanktionsdruck steigt, „sagt“ er: https://www.tagesschau.de/A.html";
    try (Analyzer a = new GermanNewsAnalyzer()) {
      assertTokenStreamContents(
          a.tokenStream("f", text),
          new String[] {
            "sanktionsdruck", "sanktion", "druck", "steigt", "sagt", "https://www.tagesschau.de/a.html"
          },
          new int[] {4, 4, 4, 19, 28, 38},
          new int[] {18, 18, 18, 25, 32, 70},
          new String[] {"<WORD>", "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<URL>"},
          new int[] {2, 0, 0, 1, 1, 2},
          null,
          text.length());
    }
  }

  public void testKeywordTypesNotStemmed() throws Exception {
    try (Analyzer a = new GermanNewsAnalyzer()) {
      assertAnalyzesTo(a, "@user a@b.de #Wahlen", new String[] {"@user", "a@b.de", "#wahlen"});
    }
  }

  public void testCompoundParts() {
    assertEquals(List.of("Sanktion", "druck"), CompoundPartsFilter.parts("Sanktionsdruck"));
    assertEquals(
        List.of("Sicherheitsrats", "Sicherheit", "rats"),
        CompoundPartsFilter.parts("UN-Sicherheitsrats"));
    assertEquals(List.of("Regierung", "Chef"), CompoundPartsFilter.parts("Regierungs-Chef"));
    assertEquals(List.of(), CompoundPartsFilter.parts("Russland"));
    assertEquals(List.of(), CompoundPartsFilter.parts("Haus"));
    assertEquals("Sanktion", CompoundPartsFilter.stripLinkingS("Sanktions"));
    assertEquals("Universität", CompoundPartsFilter.stripLinkingS("Universitäts"));
    assertEquals("Wirtschaft", CompoundPartsFilter.stripLinkingS("Wirtschafts"));
    assertEquals("Bundes", CompoundPartsFilter.stripLinkingS("Bundes"));
    assertEquals("Bus", CompoundPartsFilter.stripLinkingS("Bus"));
    assertEquals("Kreis", CompoundPartsFilter.stripLinkingS("Kreis"));
  }

  public void testNormalize() {
    try (Analyzer a = new GermanNewsAnalyzer()) {
      assertEquals(new BytesRef("strasse"), a.normalize("f", "Straße"));
      assertEquals(new BytesRef("uber"), a.normalize("f", "ÜBER"));
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = new GermanNewsAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws Exception {
    try (Analyzer a = new GermanNewsAnalyzer()) {
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  /**
   * "Sanktion" is searched as the term its analyzer makes of it. GermanNewsAnalyzer finds the
   * compound (Sanktionsdruck) through its parts and the plural through stemming; GermanAnalyzer
   * finds only the plural, as the compound is one opaque term for it.
   */
  public void testSearchFindsCompounds() throws Exception {
    String[] docs = {
      "Der Sanktionsdruck auf Russland steigt.", "Neue Sanktionen gegen China.", "Das Wetter ist gut."
    };
    try (Analyzer ours = new GermanNewsAnalyzer();
        Analyzer lucene = new GermanAnalyzer()) {
      assertEquals(List.of(0, 1), search(ours, docs, "Sanktion"));
      List<Integer> theirs = search(lucene, docs, "Sanktion");
      assertEquals(List.of(1), theirs);
      assertTrue(theirs.size() < 2);
    }
  }

  private static List<Integer> search(Analyzer analyzer, String[] docs, String word)
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < docs.length; i++) {
          Document d = new Document();
          d.add(new TextField("body", docs[i], Field.Store.NO));
          d.add(new org.apache.lucene.document.StoredField("id", i));
          w.addDocument(d);
        }
      }
      List<String> terms = analyze(analyzer, word);
      assertEquals(1, terms.size());
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        List<Integer> ids = new ArrayList<>();
        for (ScoreDoc sd : s.search(new TermQuery(new Term("body", terms.get(0))), 10).scoreDocs) {
          ids.add(s.storedFields().document(sd.doc).getField("id").numericValue().intValue());
        }
        ids.sort(null);
        return ids;
      }
    }
  }

  private static List<String> analyze(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }
}
