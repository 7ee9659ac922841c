package io.github.germannlp.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles as JSON lines, {@code {"id": …, "category": …, "text": …}} one a line, with
 * jackson-core (kept in a class of its own so that readers of other formats work without it on the
 * class path). The reader behind {@code LabelledArticles}, {@code categorize --input jsonl} and
 * {@code topics}.
 *
 * <pre>{@code
 * for (JsonLines.Line line : JsonLines.read(reader, "feed.jsonl", false)) {
 *   String id = line.id() != null ? line.id() : "feed.jsonl:" + line.number();
 * }
 * }</pre>
 */
public final class JsonLines {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonLines() {}

  /**
   * One parsed line: its number (1-based) and fields, null where absent.
   *
   * @param number the line number, from 1
   * @param id the {@code id} (a string or an integer), or null
   * @param category the {@code category}, or null
   * @param text the {@code text}, never null
   */
  public record Line(int number, String id, String category, String text) {}

  /**
   * Reads {@code {"category": "…", "text": "…", "id": "…"}} objects, one a line; blank lines are
   * skipped, other fields ignored.
   *
   * @param in the lines to read, to the end (not closed); a byte order mark before the first line
   *     is skipped
   * @param source a name for the input, such as its file name, used in error messages
   * @param requireCategory whether a missing {@code category} is an error
   * @return the parsed lines in input order, one per non-blank line
   * @throws IOException naming {@code source} and the line for a malformed line
   */
  public static List<Line> read(BufferedReader in, String source, boolean requireCategory)
      throws IOException {
    List<Line> lines = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        lines.add(parse(number, line, requireCategory));
      } catch (JsonProcessingException e) {
        throw new IOException(
            source + ":" + number + ": malformed JSON: " + e.getOriginalMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IOException(source + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return lines;
  }

  private static Line parse(int number, String line, boolean requireCategory) throws IOException {
    String id = null;
    String category = null;
    String text = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "id" -> {
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
              throw new IllegalArgumentException("\"id\" must be a string or an integer");
            }
            id = p.getText();
          }
          case "category" -> category = string(p, value, name);
          case "text" -> text = string(p, value, name);
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value on the line");
      }
    }
    if (text == null) {
      throw new IllegalArgumentException("no \"text\" field");
    }
    if (requireCategory && (category == null || category.isBlank())) {
      throw new IllegalArgumentException(
          category == null ? "no \"category\" field" : "blank \"category\"");
    }
    return new Line(number, id, category, text);
  }

  private static String string(JsonParser p, JsonToken value, String name) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return p.getText();
  }
}
