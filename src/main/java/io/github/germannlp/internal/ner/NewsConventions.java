package io.github.germannlp.internal.ner;

import io.github.germannlp.internal.Lazy;
import io.github.germannlp.internal.WordLists;
import io.github.germannlp.internal.pos.GermanLexicon;
import java.util.Set;

/**
 * Conventions of news text that the statistical model is not left to guess, applied to a sentence's
 * tags after decoding:
 *
 * <ul>
 *   <li><b>Datelines.</b> A sentence that opens with one to three capitalised words, an optional
 *       agency credit in brackets and a dash before a capitalised word is a dateline: {@code Kiel –
 *       Die Landesregierung …}, {@code Straßburg (AFP) – …}, {@code BERLIN (dpa) -}, {@code
 *       München/Hamburg (dpa/lby) –}. Its words name a place ({@code LOC}) and the agency an
 *       organisation ({@code ORG}). With a credit that is always so; without one, the words are
 *       taken for a place only when they are a single word that the lexicon knows as no common word
 *       (a town it knows, or one it does not know at all), and the model did not call it an
 *       organisation.
 *   <li><b>Agency credits.</b> A news agency ({@code dpa}, {@code AFP}, {@code Reuters}, …; the
 *       list {@code news-agencies.txt}) in brackets, after a slash, or after {@code Foto:}, {@code
 *       Quelle:} or {@code ©} is an organisation.
 *   <li><b>Dates.</b> A weekday or month name alone, in any case ({@code DIENSTAG}, {@code Mai}),
 *       is no name; inside a longer name it stays ({@code Erster Mai} is the model's call).
 * </ul>
 *
 * Thread-safe; the list is loaded once.
 */
final class NewsConventions {
  private static final Lazy<Set<String>> AGENCIES =
      new Lazy<>(() -> WordLists.load(NewsConventions.class, "news-agencies.txt"));
  private static final Set<String> CREDIT_CUES =
      Set.of("(", "/", "Foto:", "Fotos:", "Foto", "Quelle:", "Quelle", "©", "Bild:", "Bild");
  private static final int MAX_PLACE_WORDS = 3;

  /** Weekdays and months, lower-case. */
  private static final Set<String> CALENDAR =
      Set.of(
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonnabend",
          "sonntag",
          "januar",
          "jänner",
          "februar",
          "märz",
          "april",
          "mai",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "dezember");

  private NewsConventions() {}

  /**
   * Whether a token is a news agency of the list, or several joined by slashes ({@code dpa/AFP}).
   *
   * @param token a token
   * @return true for a listed agency
   */
  static boolean isAgency(String token) {
    if (AGENCIES.get().contains(token)) {
      return true;
    }
    if (token.indexOf('/') <= 0) {
      return false;
    }
    for (String part : token.split("/")) {
      if (!AGENCIES.get().contains(part) && !isRegionalDesk(part)) {
        return false;
      }
    }
    return true;
  }

  /** dpa's regional desks after a slash: {@code dpa/lby}, {@code dpa/lnw}. */
  private static boolean isRegionalDesk(String part) {
    return part.length() == 3
        && part.charAt(0) == 'l'
        && part.chars().allMatch(Character::isLowerCase);
  }

  /**
   * Applies both conventions to one sentence's tags, in place.
   *
   * @param tokens the sentence's tokens
   * @param tags their BIO tags, changed where a convention applies
   */
  static void apply(String[] tokens, String[] tags) {
    dateline(tokens, tags);
    for (int i = 0; i < tokens.length; i++) {
      if (tags[i].startsWith("B-")
          && (i + 1 == tokens.length || !tags[i + 1].startsWith("I-"))
          && CALENDAR.contains(tokens[i].toLowerCase(java.util.Locale.ROOT))) {
        tags[i] = "O"; // DIENSTAG, Montag: a date, as a single word never a name
      }
    }
    for (int i = 0; i < tokens.length; i++) {
      if ("O".equals(tags[i])
          && isAgency(tokens[i])
          && i > 0
          && (CREDIT_CUES.contains(tokens[i - 1])
              || tokens[i - 1].equals(":") && i > 1 && CREDIT_CUES.contains(tokens[i - 2]))) {
        tags[i] = "B-ORG";
      }
    }
  }

  private static void dateline(String[] tokens, String[] tags) {
    int n = tokens.length;
    int k = 0; // place words
    while (k < n && k < MAX_PLACE_WORDS && isPlaceWord(tokens[k])) {
      k++;
    }
    if (k == 0) {
      return;
    }
    int i = k;
    int agencyFrom = -1;
    int agencyTo = -1;
    if (i < n && tokens[i].equals("(")) {
      int j = i + 1;
      while (j < n && (isAgency(tokens[j]) || tokens[j].equals("/") || isRegionalDesk(tokens[j]))) {
        j++;
      }
      if (j == i + 1 || j >= n || !tokens[j].equals(")")) {
        return;
      }
      agencyFrom = i + 1;
      agencyTo = j;
      i = j + 1;
    }
    if (i + 1 >= n || !isDash(tokens[i]) || !startsUpperOrDigit(tokens[i + 1])) {
      return;
    }
    if (agencyFrom < 0) {
      if (k > 1 || tags[0].endsWith("ORG") || !unknownOrName(tokens[0])) {
        return;
      }
    }
    for (int t = 0; t < k; t++) {
      tags[t] = t == 0 ? "B-LOC" : "I-LOC";
    }
    if (k < n && tags[k].startsWith("I-")) {
      tags[k] = "O"; // the span the model had ended with the place
    }
    for (int t = agencyFrom; t >= 0 && t < agencyTo; t++) {
      if (isAgency(tokens[t])) {
        tags[t] = "B-ORG";
      }
    }
  }

  /** A capitalised word, or words joined by slashes ({@code München/Hamburg}). */
  private static boolean isPlaceWord(String token) {
    if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    for (String part : token.split("/")) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        return false;
      }
      for (int c = 0; c < part.length(); c++) {
        char ch = part.charAt(c);
        if (!Character.isLetter(ch) && ch != '-' && ch != '.') {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the lexicon knows a word only as a name, or not at all (not {@code Befehl}). */
  private static boolean unknownOrName(String token) {
    GermanLexicon lexicon = GermanLexicon.get();
    for (String part : token.split("/")) {
      String w =
          part.length() > 1 && Character.isUpperCase(part.charAt(1))
              ? part.charAt(0) + part.substring(1).toLowerCase(java.util.Locale.ROOT)
              : part;
      for (GermanLexicon.Reading r : lexicon.readings(w)) {
        if (!r.tag().startsWith("EIG:")) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isDash(String token) {
    return token.equals("–") || token.equals("—") || token.equals("-") || token.equals("--");
  }

  private static boolean startsUpperOrDigit(String token) {
    char c = token.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }
}
