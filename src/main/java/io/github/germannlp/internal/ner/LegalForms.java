package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The legal forms that end company names ({@code Brenntag AG}, {@code Maple Bank GmbH}, {@code
 * Ferratum Oyj}, {@code Dr. Oetker GmbH & Co. KG}): a name with its legal form and the name without
 * it are one organisation. Stateless and thread-safe.
 *
 * <pre>{@code
 * LegalForms.strip("Brenntag AG");             // "Brenntag"
 * LegalForms.strip("Brenntag");                // null
 * LegalForms.start(List.of("Maple", "Bank", "GmbH")); // 2
 * }</pre>
 */
public final class LegalForms {
  /** The forms as tokens, the longer before those they end with. */
  private static final Lazy<List<List<String>>> FORMS =
      new Lazy<>(
          () -> {
            List<List<String>> forms = new ArrayList<>();
            for (String form : WordLists.loadLines(LegalForms.class, "legal-forms-de.txt")) {
              forms.add(List.of(form.split(" ")));
            }
            return List.copyOf(forms);
          });

  private LegalForms() {}

  /**
   * Where the legal form at the end of a name's words begins, or -1 when the name does not end with
   * one or is nothing but one.
   *
   * @param words the name's tokens, such as {@code [Dr., Oetker, GmbH, &, Co., KG]}; compared
   *     case-sensitively
   * @return the index of the legal form's first word (at least 1), or -1
   */
  public static int start(List<String> words) {
    for (List<String> form : FORMS.get()) {
      int at = words.size() - form.size();
      if (at >= 1 && words.subList(at, words.size()).equals(form)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The name without the legal form it ends with, its words joined by single spaces; null when it
   * ends with none.
   *
   * @param name a company name; split on white space
   * @return the name without its legal form, or null when it has none or is one
   * @throws NullPointerException if {@code name} is null
   */
  public static String strip(String name) {
    List<String> words = Arrays.asList(name.strip().split("\\s+"));
    int at = start(words);
    return at < 0 ? null : String.join(" ", words.subList(0, at));
  }
}
