package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.WordTable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists that feed the entity model: for each single word, the lists it is on (surname, city,
 * country, well-known organisation, title, …), as a small bit mask. Multi-word entries contribute
 * each capitalised word. Immutable and thread-safe once built.
 */
public final class Gazetteer {
  /**
   * The category of lower-case nouns that name a kind of organisation ({@code konzern}); the entity
   * features match them at the end of words ({@code Autohersteller}).
   */
  public static final String ORG_HEADS = "ORGHEAD";

  /** The category of lower-case nouns that name a person's role ({@code sprecher}), as above. */
  public static final String PERSON_HEADS = "PERHEAD";

  private final List<String> categories;

  /** Each word's mask, packed: a gazetteer holds hundreds of thousands of words. */
  private final WordTable masks;

  private Gazetteer(List<String> categories, WordTable masks) {
    this.categories = List.copyOf(categories);
    this.masks = masks;
  }

  /**
   * The category names, in bit order.
   *
   * @return an unmodifiable list, category {@code i} being bit {@code 1 << i} of {@link
   *     #lookup(String)}; at most 31 names
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * The lists a word is on.
   *
   * @param word a single word, compared case-sensitively
   * @return the bit mask of the categories {@code word} is on (bit i = category i), 0 if none
   */
  public int lookup(String word) {
    return masks.get(word, 0);
  }

  /**
   * Number of distinct words.
   *
   * @return the number of words with a non-zero mask
   */
  public int size() {
    return masks.size();
  }

  /**
   * Builds a gazetteer; not thread-safe.
   *
   * <pre>{@code
   * Gazetteer g = new Gazetteer.Builder()
   *     .add("CITY", List.of("Berlin", "Frankfurt am Main"))
   *     .add("ORG", List.of("Siemens"))
   *     .build();
   * g.lookup("Frankfurt"); // 1: CITY
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, Collection<String>> lists = new LinkedHashMap<>();

    /**
     * Adds entries (single or multi-word names) to a category. A category gets the next free bit
     * the first time it is named; adding to it again extends its list.
     *
     * @param category the category's name, such as {@code CITY}
     * @param entries names; a one-word entry is listed as it is, a longer one with each of its
     *     capitalised words ({@code Frankfurt am Main}: {@code Frankfurt}, {@code Main})
     * @return this builder
     * @throws NullPointerException if {@code entries} is null
     */
    public Builder add(String category, Collection<String> entries) {
      lists.computeIfAbsent(category, c -> new ArrayList<>()).addAll(entries);
      return this;
    }

    /**
     * Builds the gazetteer. At most 31 categories.
     *
     * @return a new, immutable gazetteer of the entries added so far
     * @throws IllegalArgumentException if more than 31 categories were added
     */
    public Gazetteer build() {
      if (lists.size() > 31) {
        throw new IllegalArgumentException("at most 31 categories");
      }
      List<String> cats = new ArrayList<>(lists.keySet());
      Map<String, Integer> masks = new LinkedHashMap<>();
      for (int c = 0; c < cats.size(); c++) {
        int bit = 1 << c;
        for (String entry : lists.get(cats.get(c))) {
          String[] words = entry.strip().split("\\s+");
          for (String w : words) {
            // a one-word entry as it is; of a longer name, its capitalised words
            if (!w.isEmpty() && (words.length == 1 || Character.isUpperCase(w.charAt(0)))) {
              masks.merge(w, bit, (x, y) -> x | y);
            }
          }
        }
      }
      WordTable.Builder table = new WordTable.Builder(masks.size());
      masks.forEach(table::add);
      return new Gazetteer(cats, table.build());
    }
  }

  public void write(DataOutputStream out) throws IOException {
    writeCategories(out);
    out.writeInt(masks.size());
    for (int i = 0; i < masks.size(); i++) {
      out.writeUTF(masks.word(i));
      out.writeInt(masks.value(i));
    }
  }

  /**
   * Writes the gazetteer with its words packed ({@link WordTable#write}) in the order that loads
   * fastest ({@link WordTable#inSlotOrder}), for model files.
   */
  public void writePacked(DataOutputStream out) throws IOException {
    writeCategories(out);
    masks.inSlotOrder().write(out);
  }

  /** Reads a gazetteer written by {@link #writePacked}. */
  public static Gazetteer readPacked(DataInputStream in) throws IOException {
    return new Gazetteer(readCategories(in), WordTable.read(in));
  }

  private void writeCategories(DataOutputStream out) throws IOException {
    out.writeInt(categories.size());
    for (String c : categories) {
      out.writeUTF(c);
    }
  }

  private static List<String> readCategories(DataInputStream in) throws IOException {
    int nc = in.readInt();
    if (nc < 0 || nc > 31) {
      throw new IOException("corrupt gazetteer: " + nc + " categories");
    }
    List<String> cats = new ArrayList<>(nc);
    for (int i = 0; i < nc; i++) {
      cats.add(in.readUTF());
    }
    return cats;
  }

  public static Gazetteer read(DataInputStream in) throws IOException {
    List<String> cats = readCategories(in);
    int n = in.readInt();
    if (n < 0 || n > 10_000_000) {
      throw new IOException("corrupt gazetteer: " + n + " words");
    }
    WordTable.Builder masks = new WordTable.Builder(n);
    for (int i = 0; i < n; i++) {
      masks.add(in.readUTF(), in.readInt());
    }
    try {
      return new Gazetteer(cats, masks.build());
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt gazetteer: " + e.getMessage(), e);
    }
  }
}
