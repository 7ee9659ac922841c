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
 * each capitalised word. Some lists also keep their names of several words whole, as phrases
 * ({@link Builder#addPhrases}): <i>Straße von Hormus</i>, <i>Deutsche Bank</i>, which the entity
 * features match on a sentence's tokens ({@link #phrase}), in their inflected forms too (<i>der
 * Deutschen Bank</i>; {@link #phraseForm}). Immutable and thread-safe once built.
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

  private static final WordTable NO_PHRASES = new WordTable.Builder().build();

  /**
   * The phrases' categories, each phrase the {@link #phraseForm}s of its words joined by one space;
   * empty for none.
   */
  private final WordTable phrases;

  /**
   * The most words of a phrase that starts with a word, by the first word's {@link #phraseForm}.
   */
  private final WordTable phraseStarts;

  private Gazetteer(
      List<String> categories, WordTable masks, WordTable phrases, WordTable phraseStarts) {
    this.categories = List.copyOf(categories);
    this.masks = masks;
    this.phrases = phrases;
    this.phraseStarts = phraseStarts;
  }

  /** A table of the words and values, in the map's order. */
  private static WordTable tableOf(Map<String, Integer> values) {
    WordTable.Builder b = new WordTable.Builder(values.size());
    values.forEach(b::add);
    return b.build();
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
   * Whether the gazetteer holds phrases ({@link Builder#addPhrases}).
   *
   * @return true if it holds at least one phrase
   */
  public boolean hasPhrases() {
    return phrases.size() > 0;
  }

  /**
   * The most words of a phrase that begins with {@code word} (or another form of it, {@link
   * #phraseForm}).
   *
   * @param word a single word, compared case-sensitively
   * @return the length in words of the longest phrase beginning with it, 0 if none does
   */
  public int phraseLength(String word) {
    return phraseLengthOfForm(phraseForm(word));
  }

  /** As {@link #phraseLength}, for a word already in its {@link #phraseForm}. */
  int phraseLengthOfForm(String form) {
    return phraseStarts.get(form, 0);
  }

  /**
   * The form of a word that phrases are matched and stored in, so that a phrase is found in its
   * inflected forms too: without a final <i>-s</i> (not after another <i>s</i>), then without a
   * final <i>-n</i>, <i>-r</i> or <i>-m</i> after an <i>e</i>, then without a final <i>e</i>, each
   * only while four letters or more stay. <i>Europäischen</i>, <i>Europäischer</i> and
   * <i>Europäische</i> all become {@code Europäisch}, <i>Kreuzes</i> {@code Kreuz}, <i>Putins</i>
   * {@code Putin}; <i>Rotes</i> and <i>Roten</i> {@code Rote}.
   *
   * @param w a word
   * @return its matched form, {@code w} itself when nothing is cut
   */
  static String phraseForm(String w) {
    int n = w.length();
    if (n >= 4 && w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's') {
      n--;
    }
    if (n >= 5) {
      char c = w.charAt(n - 1);
      if ((c == 'n' || c == 'r' || c == 'm') && w.charAt(n - 2) == 'e') {
        n--;
      }
    }
    if (n >= 5 && w.charAt(n - 1) == 'e') {
      n--;
    }
    return n == w.length() ? w : w.substring(0, n);
  }

  /**
   * The lists that hold a phrase, in any of its inflected forms ({@link #phraseForm}).
   *
   * @param words the phrase's words, from {@code words[from]}
   * @param from the first word
   * @param count the number of words, at least two
   * @return the bit mask of the categories that hold the phrase as a whole, 0 if none
   */
  public int phrase(String[] words, int from, int count) {
    return phrases.get(joined(words, from, count, true), 0);
  }

  /** As {@link #phrase}, for words already in their {@link #phraseForm}s. */
  int phraseOfForms(String[] forms, int from, int count) {
    return phrases.get(joined(forms, from, count, false), 0);
  }

  /** The words joined by one space, each first put in its phrase form if {@code toForms}. */
  private static String joined(String[] words, int from, int count, boolean toForms) {
    StringBuilder b = new StringBuilder(count * 10);
    for (int k = from; k < from + count; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(toForms ? phraseForm(words[k]) : words[k]);
    }
    return b.toString();
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
    private final Map<String, Collection<String>> phrases = new LinkedHashMap<>();

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
     * Keeps the entries of two or more words whole, as phrases of a category, beside the words they
     * add with {@link #add}: a phrase is matched only as the whole sequence of its words ({@link
     * Gazetteer#phrase}). Entries of one word are left out here. A category named here for the
     * first time gets its bit as in {@link #add}.
     *
     * <pre>{@code
     * Gazetteer g = new Gazetteer.Builder()
     *     .addPhrases("GEO", List.of("Straße von Hormus", "Rotes Meer", "Elbe"))
     *     .build();
     * g.phraseLength("Straße");                                   // 3
     * g.phrase(new String[] {"die", "Straße", "von", "Hormus"}, 1, 3); // 1: GEO
     * g.lookup("Straße");                                         // 0: not a word of the list
     * }</pre>
     *
     * @param category the category's name
     * @param entries names, each its words separated by white space
     * @return this builder
     * @throws NullPointerException if {@code entries} is null
     */
    public Builder addPhrases(String category, Collection<String> entries) {
      lists.computeIfAbsent(category, c -> new ArrayList<>());
      phrases.computeIfAbsent(category, c -> new ArrayList<>()).addAll(entries);
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
      Map<String, Integer> whole = new LinkedHashMap<>();
      Map<String, Integer> starts = new LinkedHashMap<>();
      phrases.forEach(
          (category, entries) -> {
            int bit = 1 << cats.indexOf(category);
            for (String entry : entries) {
              String[] words = entry.strip().split("\\s+");
              if (words.length > 1) {
                for (int k = 0; k < words.length; k++) {
                  words[k] = phraseForm(words[k]);
                }
                whole.merge(String.join(" ", words), bit, (x, y) -> x | y);
                starts.merge(words[0], words.length, Math::max);
              }
            }
          });
      return new Gazetteer(cats, tableOf(masks), tableOf(whole), tableOf(starts));
    }
  }

  /**
   * Writes the gazetteer in the layout of model files before version 5, which has no phrases.
   *
   * @throws IllegalStateException if the gazetteer holds phrases
   */
  public void write(DataOutputStream out) throws IOException {
    if (hasPhrases()) {
      throw new IllegalStateException("the unpacked layout holds no phrases");
    }
    writeCategories(out);
    out.writeInt(masks.size());
    for (int i = 0; i < masks.size(); i++) {
      out.writeUTF(masks.word(i));
      out.writeInt(masks.value(i));
    }
  }

  /**
   * Writes the gazetteer with its words packed ({@link WordTable#write}) in the order that loads
   * fastest ({@link WordTable#inSlotOrder}), for model files; the phrases follow when it has any (a
   * model with {@link FeatureGroup#PHRASES}).
   */
  public void writePacked(DataOutputStream out) throws IOException {
    writeCategories(out);
    masks.inSlotOrder().write(out);
    if (hasPhrases()) {
      phrases.inSlotOrder().write(out);
      phraseStarts.inSlotOrder().write(out);
    }
  }

  /**
   * Reads a gazetteer written by {@link #writePacked}.
   *
   * @param phrases whether phrases follow the words (the model has {@link FeatureGroup#PHRASES})
   */
  public static Gazetteer readPacked(DataInputStream in, boolean phrases) throws IOException {
    List<String> cats = readCategories(in);
    WordTable words = WordTable.read(in);
    if (!phrases) {
      return new Gazetteer(cats, words, NO_PHRASES, NO_PHRASES);
    }
    WordTable whole = WordTable.read(in);
    WordTable starts = WordTable.read(in);
    if (whole.size() == 0 || starts.size() == 0 || starts.size() > whole.size()) {
      throw new IOException(
          "corrupt gazetteer: " + whole.size() + " phrases, " + starts.size() + " first words");
    }
    return new Gazetteer(cats, words, whole, starts);
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
      return new Gazetteer(cats, masks.build(), NO_PHRASES, NO_PHRASES);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt gazetteer: " + e.getMessage(), e);
    }
  }
}
