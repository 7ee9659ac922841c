package io.github.germannlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the word lists bundled with the library: UTF-8 text, one entry a line, in the order the
 * file gives them. White space around an entry is dropped; blank lines and lines starting with
 * {@code #} are skipped. An entry may stand only once. Hold the result in a {@link Lazy}, so that
 * each list is read once.
 *
 * <pre>{@code
 * private static final Lazy<Set<String>> STOP_NOUNS =
 *     new Lazy<>(() -> WordLists.load(TopicExtractor.class, "stop-nouns-de.txt"));
 * }</pre>
 */
public final class WordLists {
  private WordLists() {}

  /**
   * A list of single words.
   *
   * @param owner the class the resource's name is relative to, as for {@link
   *     Class#getResourceAsStream(String)}
   * @param resource the resource, such as {@code "stop-nouns-de.txt"}
   * @return an unmodifiable set of the words, iterated in the file's order
   * @throws IllegalStateException if the resource is missing; the message names it
   * @throws IllegalArgumentException if a word holds white space or stands twice; the message names
   *     the resource and the line
   * @throws UncheckedIOException if the resource is not UTF-8 or cannot be read
   */
  public static Set<String> load(Class<?> owner, String resource) {
    Set<String> words = new LinkedHashSet<>();
    read(
        owner,
        resource,
        (r, entry) -> {
          for (int i = 0; i < entry.length(); i++) {
            if (Character.isWhitespace(entry.charAt(i))) {
              throw r.error("white space in a word: " + entry);
            }
          }
          if (!words.add(entry)) {
            throw r.error("listed twice: " + entry);
          }
        });
    return Collections.unmodifiableSet(words);
  }

  /**
   * A list of entries of one or more words, such as names ({@code Frankfurt am Main}) or legal
   * forms ({@code GmbH & Co. KG}), the words separated by single spaces.
   *
   * @param owner the class the resource's name is relative to, as for {@link
   *     Class#getResourceAsStream(String)}
   * @param resource the resource
   * @return an unmodifiable list of the entries, in the file's order
   * @throws IllegalStateException if the resource is missing; the message names it
   * @throws IllegalArgumentException if an entry has other white space between its words than one
   *     space, or stands twice; the message names the resource and the line
   * @throws UncheckedIOException if the resource is not UTF-8 or cannot be read
   */
  public static List<String> loadLines(Class<?> owner, String resource) {
    List<String> entries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    read(
        owner,
        resource,
        (r, entry) -> {
          for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || entry.charAt(i + 1) == ' ')) {
              throw r.error("words not separated by one space: " + entry);
            }
          }
          if (!seen.add(entry)) {
            throw r.error("listed twice: " + entry);
          }
          entries.add(entry);
        });
    return Collections.unmodifiableList(entries);
  }

  /** What is done with each entry. */
  private interface EntryHandler {
    void accept(LineReader reader, String entry);
  }

  private static void read(Class<?> owner, String resource, EntryHandler handler) {
    String name =
        resource.startsWith("/")
            ? resource.substring(1)
            : owner.getPackageName().replace('.', '/') + "/" + resource;
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled list missing from the classpath: " + name);
    }
    try (LineReader r = LineReader.of(in, "classpath:" + name)) {
      for (String line = r.next(); line != null; line = r.next()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          handler.accept(r, entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
