package io.github.germannlp.internal.pos;

import java.util.Map;

/** German preposition + article contractions ({@code zum} = {@code zu dem}). */
public final class Contractions {
  private Contractions() {}

  private static final Map<String, String[]> SPLIT =
      Map.ofEntries(
          Map.entry("am", new String[] {"an", "dem"}),
          Map.entry("ans", new String[] {"an", "das"}),
          Map.entry("aufs", new String[] {"auf", "das"}),
          Map.entry("beim", new String[] {"bei", "dem"}),
          Map.entry("durchs", new String[] {"durch", "das"}),
          Map.entry("fürs", new String[] {"für", "das"}),
          Map.entry("hinterm", new String[] {"hinter", "dem"}),
          Map.entry("hinters", new String[] {"hinter", "das"}),
          Map.entry("im", new String[] {"in", "dem"}),
          Map.entry("ins", new String[] {"in", "das"}),
          Map.entry("übers", new String[] {"über", "das"}),
          Map.entry("überm", new String[] {"über", "dem"}),
          Map.entry("ums", new String[] {"um", "das"}),
          Map.entry("unterm", new String[] {"unter", "dem"}),
          Map.entry("unters", new String[] {"unter", "das"}),
          Map.entry("vom", new String[] {"von", "dem"}),
          Map.entry("vorm", new String[] {"vor", "dem"}),
          Map.entry("vors", new String[] {"vor", "das"}),
          Map.entry("zum", new String[] {"zu", "dem"}),
          Map.entry("zur", new String[] {"zu", "der"}));

  /**
   * True for a contraction such as {@code zum}, {@code im}, {@code Beim}.
   *
   * @param word a word; matched exactly or with its first letter lowered
   * @return whether {@link #split(String)} knows the word
   * @throws NullPointerException if {@code word} is null
   */
  public static boolean isContraction(String word) {
    return split(word) != null;
  }

  /**
   * The preposition and article a contraction stands for, or null.
   *
   * @param word a word; matched exactly or with its first letter lowered ({@code Zum} as {@code
   *     zum})
   * @return the two lowercase words, such as {@code [zu, dem]} for {@code zum}, in a new array, or
   *     null when the word is no contraction
   * @throws NullPointerException if {@code word} is null
   */
  public static String[] split(String word) {
    String[] s = SPLIT.get(word);
    if (s == null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      s = SPLIT.get(Character.toLowerCase(word.charAt(0)) + word.substring(1));
    }
    return s == null ? null : s.clone();
  }
}
