package io.github.germannlp.internal.ner.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small DFKI SmartData files for tests, in the corpus's Avro JSON encoding. */
public final class SmartDataFixture {
  private SmartDataFixture() {}

  /** A concept mention of {@code type} over {@code [start, end)}. */
  public static String mention(int start, int end, String type) {
    return """
        {
          "id" : "c/x",
          "span" : {
            "start" : %d,
            "end" : %d,
            "attributes" : null
          },
          "type" : "%s",
          "normalizedValue" : { "string" : "ignored" },
          "refids" : null,
          "attributes" : { "map" : { "annotatorId" : "A" } },
          "provenance" : { "array" : [ { "annotator" : "A", "score" : { "float" : 1.0 } } ] }
        }"""
        .formatted(start, end, type);
  }

  /** A document with its text and concept mentions. */
  public static String document(String id, String text, String... mentions) {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return """
        {
          "id" : "%s",
          "raw" : "<Document>{ \\"not\\" : [ parsed ] }</Document>",
          "text" : {
            "string" : "%s"
          },
          "uri" : null,
          "tokens" : null,
          "conceptMentions" : {
            "array" : [ %s ]
          },
          "relationMentions" : { "array" : [ ] },
          "docType" : null
        }
        """
        .formatted(id, escaped, String.join(", ", mentions));
  }

  /** Writes {@code content} gzip-compressed to {@code file}. */
  public static Path writeGz(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
