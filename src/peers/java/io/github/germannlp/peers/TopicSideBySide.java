package io.github.germannlp.peers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Token;
import io.github.germannlp.internal.ner.train.SmartDataCorpus;
import io.github.germannlp.internal.topic.BackgroundStatistics;
import io.github.germannlp.topic.Topic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The topic side-by-side of the README: for the first {@code N} news documents of the SmartData
 * train split (top-level documents whose id is a URL and whose text has 800 to 8,000 characters, in
 * file order, not chosen by hand), the top five of
 *
 * <ul>
 *   <li>this library ({@code Document.topics()});
 *   <li>a plain TF-IDF baseline on the same background statistics: every lemma of a word token that
 *       is not a Lucene German stop word, raw count × the same IDF;
 *   <li>Lucene's {@code MoreLikeThis} interesting terms ({@code GermanAnalyzer}, an index of all
 *       SmartData train documents, default settings but min doc freq 1).
 * </ul>
 *
 * <p>Writes a Markdown table to standard output. An optional third argument {@code offset} skips
 * the first {@code offset} selected documents (default 0): {@code 60 20} gives documents 21 to 80,
 * a development set apart from the 20 judged in the README. An optional fourth argument names a
 * file that receives each document's text and the three lists as JSON lines, for blind judging with
 * {@code scripts/topic_judging.py}.
 *
 * <pre>
 * mvn -B -q -Ppeers -DskipTests test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/cp-peers.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp-peers.txt) \
 *   io.github.germannlp.peers.TopicSideBySide ../shared/data/ner/smartdata/train.json.gz 20
 * </pre>
 */
public final class TopicSideBySide {
  private TopicSideBySide() {}

  record Doc(String id, String text) {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/ner/smartdata/train.json.gz");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int offset = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    // optional: the documents and the three lists as JSON lines, for blind judging
    // (scripts/topic_judging.py)
    Path jsonOut = args.length > 3 ? Path.of(args[3]) : null;
    JsonGenerator json =
        jsonOut == null
            ? null
            : new JsonFactory()
                .createGenerator(Files.newBufferedWriter(jsonOut, StandardCharsets.UTF_8))
                .setRootValueSeparator(new SerializedString("\n"));
    List<Doc> all = read(file);
    List<Doc> chosen = new ArrayList<>();
    int seen = 0;
    for (Doc d : all) {
      if (d.id().startsWith("http")
          && !d.id().contains("twitter.com")
          && d.text().length() >= 800
          && d.text().length() <= 8000) {
        if (seen++ < offset) {
          continue; // the first offset selected documents are skipped (held out)
        }
        chosen.add(d);
        if (chosen.size() == n) {
          break;
        }
      }
    }
    GermanNlp nlp = GermanNlp.standard();
    BackgroundStatistics bg = BackgroundStatistics.bundled();
    CharArraySet stop = GermanAnalyzer.getDefaultStopSet();

    GermanAnalyzer analyzer = new GermanAnalyzer();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Doc d : all) {
        org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
        ld.add(new TextField("body", d.text(), Field.Store.NO));
        w.addDocument(ld);
      }
    }
    DirectoryReader reader = DirectoryReader.open(dir);
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {"body"});
    mlt.setMinDocFreq(1);

    System.out.println(
        "| # | document (first line) | german-nlp top 5 | TF-IDF top 5 |"
            + " MoreLikeThis top 5 |");
    System.out.println("| --- | --- | --- | --- | --- |");
    int k = offset + 1;
    for (Doc d : chosen) {
      Document doc = nlp.analyze(d.text());
      List<String> ours = new ArrayList<>();
      for (Topic t : doc.topics()) {
        if (ours.size() < 5) {
          ours.add(t.label());
        }
      }
      Map<String, Integer> tf = new HashMap<>();
      for (Token t : doc.tokens()) {
        String lemma = t.lemma();
        if (lemma != null
            && lemma.length() > 1
            && Character.isLetter(lemma.charAt(0))
            && !stop.contains(t.text().toLowerCase(java.util.Locale.ROOT))
            && !stop.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
          tf.merge(lemma, 1, Integer::sum);
        }
      }
      List<String> tfidf =
          tf.entrySet().stream()
              .sorted(
                  (a, b) -> {
                    int r =
                        Double.compare(
                            b.getValue() * bg.idf(b.getKey()), a.getValue() * bg.idf(a.getKey()));
                    return r != 0 ? r : a.getKey().compareTo(b.getKey());
                  })
              .limit(5)
              .map(Map.Entry::getKey)
              .toList();
      String[] terms = mlt.retrieveInterestingTerms(new StringReader(d.text()), "body");
      List<String> mltTop = List.of(terms).subList(0, Math.min(5, terms.length));
      String first = d.text().strip().lines().findFirst().orElse("").replace("|", "/");
      if (first.length() > 70) {
        first = first.substring(0, 70) + "…";
      }
      if (json != null) {
        json.writeStartObject();
        json.writeNumberField("n", k);
        json.writeStringField("id", d.id());
        json.writeStringField("text", d.text());
        for (Map.Entry<String, List<String>> list :
            Map.of("ours", ours, "tfidf", tfidf, "mlt", mltTop).entrySet()) {
          json.writeArrayFieldStart(list.getKey());
          for (String item : list.getValue()) {
            json.writeString(item);
          }
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      System.out.printf(
          "| %d | %s | %s | %s | %s |%n",
          k++, first, String.join(", ", ours), String.join(", ", tfidf), String.join(", ", mltTop));
    }
    if (json != null) {
      json.writeRaw('\n');
      json.close();
    }
  }

  /** The documents of a SmartData file: their ids and texts. */
  static List<Doc> read(Path file) throws IOException {
    List<Doc> out = new ArrayList<>();
    for (SmartDataCorpus.Text d : SmartDataCorpus.readTexts(file)) {
      if (d.id() != null && d.text() != null) {
        out.add(new Doc(d.id(), d.text()));
      }
    }
    return out;
  }
}
