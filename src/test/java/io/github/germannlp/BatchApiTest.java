package io.github.germannlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.germannlp.internal.JsonLines;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Many texts on several threads, a reader's text, and a long text in pieces. */
class BatchApiTest {
  private static final GermanNlp NLP = GermanNlp.standard();

  /** The fixture articles, of varied length, with a few repeated and one very long. */
  static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    Path articles = Path.of("src/test/resources/categories/articles.jsonl");
    try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
      for (JsonLines.Line line : JsonLines.read(in, articles.toString(), true)) {
        texts.add(line.text());
      }
    }
    texts.add(Files.readString(Path.of("src/test/resources/example-article.txt")).repeat(20));
    texts.add("");
    texts.add("Angela Merkel besuchte Paris.");
    List<String> all = new ArrayList<>();
    List<String> reversed = new ArrayList<>(texts);
    java.util.Collections.reverse(reversed);
    for (int i = 0; i < 4; i++) {
      all.addAll(i % 2 == 0 ? texts : reversed);
    }
    return all;
  }

  /** Everything a document holds, as one comparable string. */
  static String signature(Document d) {
    StringBuilder b = new StringBuilder(d.text().length() + "|");
    for (Token t : d.tokens()) {
      b.append(t.start())
          .append(' ')
          .append(t.end())
          .append(' ')
          .append(t.upos())
          .append(' ')
          .append(t.lemma())
          .append(' ')
          .append(t.compoundParts())
          .append(';');
    }
    for (Sentence s : d.sentences()) {
      b.append(s.firstToken()).append('-').append(s.endToken()).append(';');
    }
    for (EntityMention m : d.mentions()) {
      b.append(m).append(';');
    }
    for (Topic t : d.topics()) {
      b.append(t).append(';');
    }
    return b.append(d.entities()).append(d.furniture()).toString();
  }

  @Test
  void severalThreadsGiveTheDocumentsOfOneInInputOrder() throws IOException {
    List<String> texts = texts();
    List<String> expected = texts.stream().map(NLP::analyze).map(BatchApiTest::signature).toList();
    for (int threads : new int[] {1, 2, 4}) {
      try (Stream<Document> docs = NLP.analyzeAll(texts.stream(), threads)) {
        List<Document> out = docs.toList();
        assertEquals(texts.size(), out.size());
        for (int i = 0; i < out.size(); i++) {
          assertEquals(texts.get(i), out.get(i).text(), "order, " + threads + " threads");
          assertEquals(expected.get(i), signature(out.get(i)), i + ", " + threads + " threads");
        }
      }
    }
  }

  @Test
  void theStreamIsLazyAndBounded() {
    AtomicInteger taken = new AtomicInteger();
    Stream<String> endless =
        Stream.generate(
            () -> {
              taken.incrementAndGet();
              return "Der Bundestag tagt in Berlin.";
            });
    try (Stream<Document> docs = NLP.analyzeAll(endless, 2)) {
      assertEquals(10, docs.limit(10).count());
    }
    assertTrue(taken.get() <= 10 + 4 * 2 + 1, "texts taken ahead: " + taken.get());
  }

  @Test
  void closingTheStreamEndsItsThreads() throws Exception {
    try (Stream<Document> docs = NLP.analyzeAll(Stream.generate(() -> "Kurz."), 3)) {
      Iterator<Document> it = docs.iterator();
      it.next();
      assertTrue(batchThreads() > 0);
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (batchThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, batchThreads(), "threads left after close");
  }

  private static long batchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("german-nlp-batch-") && t.isAlive())
        .count();
  }

  @Test
  void aNullTextThrowsWhereItIsAndTheDocumentsBeforeItAreGiven() {
    List<String> texts = new ArrayList<>(List.of("Eins.", "Zwei.", "Drei."));
    texts.add(null);
    texts.add("Fünf.");
    List<String> seen = new ArrayList<>();
    try (Stream<Document> docs = NLP.analyzeAll(texts.stream(), 2)) {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> docs.forEach(d -> seen.add(d.text())));
      assertTrue(e.getMessage().contains("text"), e.getMessage());
    }
    assertEquals(List.of("Eins.", "Zwei.", "Drei."), seen);
    assertThrows(IllegalArgumentException.class, () -> NLP.analyzeAll(Stream.of("x"), 0));
    assertThrows(NullPointerException.class, () -> NLP.analyzeAll(null, 2));
  }

  @Test
  void aReadersTextIsAnalysedAsTheString() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/example-article.txt"));
    assertEquals(signature(NLP.analyze(text)), signature(NLP.analyze(new StringReader(text))));
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] c, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThrows(IOException.class, () -> NLP.analyze(broken));
  }

  @Test
  void aLongTextInPiecesKeepsItsTokensAndOffsets() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      b.append("Absatz ")
          .append(i)
          .append(": Wladimir Putin traf in Peking Xi Jinping. Die ")
          .append("Gespräche dauerten bis zum Abend.\n\n");
    }
    String text = b.toString();
    Document whole = NLP.analyze(text);
    List<String> expected = whole.tokens().stream().map(t -> t.start() + ":" + t.text()).toList();
    List<GermanNlp.Chunk> chunks = NLP.analyzeChunked(new StringReader(text), 2000).toList();
    assertTrue(chunks.size() > 5, "pieces: " + chunks.size());
    List<String> pieced = new ArrayList<>();
    int sentences = 0;
    for (GermanNlp.Chunk c : chunks) {
      assertTrue(c.document().text().length() <= 4 * 2000);
      for (Token t : c.document().tokens()) {
        pieced.add((c.offset() + t.start()) + ":" + t.text());
        assertEquals(
            t.text(), text.substring((int) c.offset() + t.start(), (int) c.offset() + t.end()));
      }
      sentences += c.document().sentenceCount();
    }
    assertEquals(expected, pieced);
    assertEquals(whole.sentenceCount(), sentences);
    assertEquals(
        whole.mentions().size(),
        chunks.stream().mapToInt(c -> c.document().mentions().size()).sum());

    assertEquals(
        List.of(0L),
        NLP.analyzeChunked(new StringReader(""), 10)
            .map(GermanNlp.Chunk::offset)
            .collect(Collectors.toList()));
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] c, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThrows(UncheckedIOException.class, () -> NLP.analyzeChunked(broken, 100).findFirst());
    assertThrows(
        IllegalArgumentException.class, () -> NLP.analyzeChunked(new StringReader("x"), 0));
  }
}
