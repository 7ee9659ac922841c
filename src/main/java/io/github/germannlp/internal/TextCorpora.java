package io.github.germannlp.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The unlabeled text files of the data folder, opened one way for every builder that derives
 * statistics from them (word frequencies, name contexts, word clusters, topic background): the
 * federal-law archive ({@code .tar.xz} of Markdown files), line-based {@code .xz} text (the
 * Bundestag speeches) and {@code .gz} text (<i>Effi Briest</i>). A missing file fails with its
 * path.
 */
public final class TextCorpora {
  private TextCorpora() {}

  /** Takes one text; returns whether to go on. */
  public interface TextAction {
    /**
     * Takes one text.
     *
     * @param text the text
     * @return whether to go on with the next
     * @throws IOException if the action fails
     */
    boolean accept(String text) throws IOException;
  }

  /** Takes one line. */
  public interface LineAction {
    /**
     * Takes one line.
     *
     * @param line the line, without its line break
     * @throws IOException if the action fails
     */
    void accept(String line) throws IOException;
  }

  /**
   * The Markdown files of a law archive, as written (front matter included), in archive order,
   * until {@code action} returns false.
   *
   * @param tarXz the archive, such as {@code text/bundestag-gesetze-md.tar.xz}
   * @param action takes each file's text
   * @throws IOException if the archive is missing or unreadable
   */
  public static void forEachLaw(Path tarXz, TextAction action) throws IOException {
    try (InputStream in = new XZInputStream(new BufferedInputStream(open(tarXz), 1 << 16))) {
      TarEntryStream tar = new TarEntryStream(in);
      while (tar.next()) {
        byte[] content = tar.content();
        if (tar.name().endsWith(".md")
            && !action.accept(new String(content, StandardCharsets.UTF_8))) {
          return;
        }
      }
    }
  }

  /**
   * A Markdown text without its YAML front matter (a first block between {@code ---} lines).
   *
   * @param md the text
   * @return the text after the front matter, or the text if it has none
   */
  public static String withoutFrontMatter(String md) {
    if (!md.startsWith("---")) {
      return md;
    }
    int end = md.indexOf("\n---", 3);
    return end < 0 ? md : md.substring(end + 4);
  }

  /**
   * The lines of an {@code .xz} text file, in order.
   *
   * @param xz the file, UTF-8 inside
   * @param action takes each line
   * @throws IOException if the file is missing or unreadable
   */
  public static void forEachLine(Path xz, LineAction action) throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new XZInputStream(new BufferedInputStream(open(xz), 1 << 16)),
                StandardCharsets.UTF_8),
            1 << 16)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        action.accept(line);
      }
    }
  }

  /**
   * The whole text of a {@code .gz} file.
   *
   * @param gz the file, UTF-8 inside
   * @return its text
   * @throws IOException if the file is missing or unreadable
   */
  public static String gzipText(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(open(gz), 1 << 16)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("text corpus not found: " + file);
    }
    return Files.newInputStream(file);
  }
}
