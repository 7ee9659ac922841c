package io.github.germannlp.category;

import io.github.germannlp.internal.JsonLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a user's labelled articles, in one of two formats:
 *
 * <ul>
 *   <li>JSON lines (UTF-8): one object a line, {@code {"category": "Sport", "text": "…"}}, with an
 *       optional {@code "id"} (string or integer); other fields are ignored, blank lines skipped.
 *       Needs {@code com.fasterxml.jackson.core:jackson-core} on the class path (an optional
 *       dependency of this library).
 *   <li>A folder: {@code DIR/<category>/*.txt}, one article a file (UTF-8), the sub-folder's name
 *       its category; the article's id is {@code <category>/<file name>}. Other files and deeper
 *       folders are ignored.
 * </ul>
 *
 * <pre>{@code
 * List<LabelledArticle> articles = LabelledArticles.read(Path.of("articles.jsonl"));
 * }</pre>
 *
 * <p>Malformed input fails with an {@link IOException} whose message names the file and, for JSON
 * lines, the line ({@code articles.jsonl:17: no "category" field}).
 */
public final class LabelledArticles {
  private LabelledArticles() {}

  /**
   * Reads a folder ({@link #readFolder}) or a JSON-lines file ({@link #readJsonLines}).
   *
   * @param path a folder of category sub-folders, or any other path as a JSON-lines file
   * @return the articles, unmodifiable, in file or folder order
   * @throws IOException if the path is missing, unreadable, malformed or holds no article
   */
  public static List<LabelledArticle> read(Path path) throws IOException {
    return Files.isDirectory(path) ? readFolder(path) : readJsonLines(path);
  }

  /**
   * Reads a JSON-lines file; the id of a line without {@code "id"} is {@code file:line}.
   *
   * @param file a UTF-8 JSON-lines file
   * @return the articles, unmodifiable, in file order; categories stripped of surrounding white
   *     space
   * @throws IOException if the file is missing or unreadable, a line is malformed (the message
   *     names the file and line) or the file holds no article
   */
  public static List<LabelledArticle> readJsonLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readJsonLines(in, file.toString());
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8", e);
    }
  }

  /**
   * Reads JSON lines from a reader; {@code source} names it in messages and ids.
   *
   * @param reader the JSON lines, read to the end (not closed)
   * @param source a name for the input, such as its file name; also the prefix of generated ids
   * @return the articles, unmodifiable, in input order
   * @throws IOException if a line is malformed or there is no article
   */
  public static List<LabelledArticle> readJsonLines(Reader reader, String source)
      throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<LabelledArticle> articles = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(in, source, true)) {
      articles.add(
          new LabelledArticle(
              line.id() != null ? line.id() : source + ":" + line.number(),
              line.category().strip(),
              line.text()));
    }
    if (articles.isEmpty()) {
      throw new IOException(source + ": no labelled articles");
    }
    return List.copyOf(articles);
  }

  /**
   * Reads {@code dir/<category>/*.txt}; folders and files in name order. Folders whose names start
   * with a period are skipped.
   *
   * @param dir the folder holding one sub-folder per category
   * @return the articles, unmodifiable, with ids {@code <category>/<file name>}
   * @throws IOException if the folder is missing or unreadable, a file is not UTF-8, or there is no
   *     article
   */
  public static List<LabelledArticle> readFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such folder");
    }
    List<LabelledArticle> articles = new ArrayList<>();
    for (Path categoryDir : sorted(dir)) {
      if (!Files.isDirectory(categoryDir)) {
        continue;
      }
      String category = categoryDir.getFileName().toString();
      if (category.startsWith(".") || category.isBlank()) {
        continue;
      }
      for (Path f : sorted(categoryDir)) {
        if (!Files.isRegularFile(f) || !f.getFileName().toString().endsWith(".txt")) {
          continue;
        }
        String text;
        try {
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
          throw new IOException(f + ": not UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        articles.add(new LabelledArticle(category + "/" + f.getFileName(), category, text));
      }
    }
    if (articles.isEmpty()) {
      throw new IOException(dir + ": no labelled articles (expected DIR/<category>/*.txt)");
    }
    return List.copyOf(articles);
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
