package io.github.germannlp.internal.furniture;

import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.furniture.Furniture.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the page furniture of a scraped German news page: the lines and pieces of lines that are
 * not the article but the page around it (player and sharing controls, reading time, byline and
 * date lines, photo credits, links to other articles, advertisement markers, a scraper's metadata
 * fields, datelines, and the lines of error-report, send-by-e-mail, comment and newsletter forms).
 *
 * <p>It works line by line. A line is furniture as a whole when it is a known kind of line (a
 * teaser such as {@code Newsblog zum Ukraine-Krieg: Alle Entwicklungen im Überblick}, a bare {@code
 * Anzeige}) or when nothing but control words ({@code Vorlesen}, {@code 0:00}, {@code Artikel
 * teilen}) is left once its furniture pieces ({@code Lesedauer: 2 Min.}, a byline with a date) are
 * taken out. Otherwise only the pieces are furniture: the credit at the end of a photo caption is,
 * the caption is not. Lines longer than {@value #MAX_LINE} characters are article text.
 *
 * <p>Time is linear in the length of the text. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Furniture> found = PageFurniture.german().find(text);
 * for (Furniture f : found) {
 *   System.out.println(f.kind() + ": " + text.substring(f.start(), f.end()));
 * }
 * }</pre>
 */
public final class PageFurniture {
  /** Lines longer than this are never furniture (and are not searched). */
  public static final int MAX_LINE = 600;

  private static final PageFurniture GERMAN = new PageFurniture();

  private static final String DATE = "\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})";
  private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?";

  /**
   * A piece of a line, with its kind; {@code mayMatch} is a quick test that every line the pattern
   * is found in passes, and {@code anchored} whether the pattern can only match at the line's start
   * ({@link #anchoredAtStart}).
   */
  private record Piece(Pattern pattern, Kind kind, Predicate<String> mayMatch, boolean anchored) {
    Piece(Pattern pattern, Kind kind) {
      this(pattern, kind, line -> true);
    }

    Piece(Pattern pattern, Kind kind, Predicate<String> mayMatch) {
      this(pattern, kind, mayMatch, anchoredAtStart(pattern.pattern()));
    }

    /** Whether the pattern is found in the line; tried only where it may be found. */
    boolean foundIn(String line) {
      return mayMatch.test(line) && first(pattern.matcher(line));
    }

    /**
     * The matcher's first match: for an anchored pattern, only at the start ({@code find} would try
     * every other position of the line too, each failing at once).
     */
    boolean first(Matcher m) {
      return anchored ? m.lookingAt() : m.find();
    }
  }

  /**
   * Whether every alternative at the top level of {@code regex} starts with {@code ^}, so that it
   * matches only at the start of the input (none of these patterns is compiled with {@code
   * MULTILINE}). False when unsure: then the pattern is searched for everywhere, which is always
   * right.
   */
  static boolean anchoredAtStart(String regex) {
    boolean atAlternative = true; // at the start of a top-level alternative
    int groups = 0;
    int classes = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (atAlternative && c != '^') {
        return false;
      }
      atAlternative = false;
      if (c == '\\') {
        i++; // an escaped char (or the letter of a class such as \\p{Lu}: its braces hold no |)
      } else if (classes > 0) {
        classes += c == '[' ? 1 : c == ']' ? -1 : 0;
      } else if (c == '[') {
        classes++;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++; // a ] first in a class is a literal
        }
      } else if (c == '(') {
        groups++;
      } else if (c == ')') {
        groups--;
      } else if (c == '|' && groups == 0) {
        atAlternative = true;
      }
    }
    return !atAlternative && groups == 0 && classes == 0;
  }

  private static final List<Piece> PIECES =
      List.of(
          new Piece(
              Pattern.compile(
                  "^(?:date|datum|Datum)\\s+\\d{4}-\\d{2}-\\d{2}"
                      + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?\\S*)?"),
              Kind.METADATA),
          new Piece(Pattern.compile("^(?:url|link|source)\\s+https?://\\S+"), Kind.METADATA),
          new Piece(
              Pattern.compile(
                  "^(?:Von|Ein Kommentar von|Ein Gastbeitrag von|Aus)\\s+"
                      + "[^\\n.!?]{1,80}?\\s"
                      + DATE
                      + "(?:\\s*(?:[-–,|]|um)?\\s*"
                      + TIME
                      + ")?"),
              Kind.BYLINE),
          new Piece(
              Pattern.compile(
                  "^(?:(?:Aktualisiert|Veröffentlicht|Erstellt|Zuletzt aktualisiert)"
                      + "(?:\\s+am)?:?\\s*|Stand:\\s*)?"
                      + DATE
                      + "\\s*(?:[-–,|]|um)?\\s*"
                      + TIME),
              Kind.METADATA),
          new Piece(
              Pattern.compile(
                  "(?:Lesedauer|Lesezeit)\\s*:?\\s*(?:ca\\.\\s*)?\\d+\\s*"
                      + "(?:Min\\.|Minuten|Min\\b|min\\b)"),
              Kind.READING_TIME,
              line -> line.contains("Lese")),
          new Piece(
              Pattern.compile(
                  "\\(\\s*(?:Quelle|Foto|Fotos|Bild|Bilder|Archivbild|Symbolbild"
                      + "|Grafik|Video|Credit|©)\\s*:?\\s*[^()\\n]{1,120}\\)"),
              Kind.CREDIT,
              line -> line.indexOf('(') >= 0),
          new Piece(
              Pattern.compile(
                  "^(?:Foto|Fotos|Bild|Quelle|Archivbild|Symbolbild)\\s*:\\s*"
                      + "[^\\n.!?]{1,100}$"),
              Kind.CREDIT),
          new Piece(
              Pattern.compile("©\\s*[^\\n.!?]{1,60}$"),
              Kind.CREDIT,
              line -> line.indexOf('©') >= 0),
          // a dateline: a place in capitals, or any place with an agency, before the first sentence
          // (FRANKFURT (dpa-AFX) -, BAD WINDSHEIM -, Bielefeld (ots) -, DAUN, 13.10.2015)
          new Piece(
              Pattern.compile(
                  "^\\p{Lu}[\\p{L}.\\-]*(?:[ /]\\p{Lu}[\\p{L}.\\-]*){0,3}\\s*"
                      + "\\((?:\\p{Ll}[\\p{Ll}/\\-]{1,15}|dpa-AFX(?: Analyser)?|AFP|Reuters|AP|KNA|SDA|APA"
                      + "|lifePR|fair-NEWS|openPR)\\)\\s*[-–.:]?"
                      + "|^\\p{Lu}{2,}(?:[ /\\-]\\p{Lu}{2,}){0,3}(?:\\s+[-–](?=\\s)|,(?=\\s*\\d))"),
              Kind.BYLINE));

  /** Lines that are furniture as a whole (tried on what is left once the pieces are out). */
  private static final List<Piece> LINES =
      List.of(
          // a byline without a date: "Von" and a name of two to four capitalised words, or an
          // agency, perhaps with a desk after a comma (Von Ivo Marusczyk, ARD-Studio Südamerika);
          // a headline such as "Von Mücken und Elefanten" has a lower-case word and stays
          new Piece(
              Pattern.compile(
                  "^(?:[Vv]on|VON)\\s+(?:(?:\\p{Lu}[\\p{L}'\\-]*\\.?\\s+){1,3}"
                      + "\\p{Lu}[\\p{L}'\\-]*\\.?|(?:dpa|afp|AFP|Reuters|reuters|AP|KNA|epd|dts|SID|APA)"
                      + "(?:[-/]\\p{L}+)?)(?:\\s*,\\s*[^\\n.!?]{1,50})?(?:\\s+[-–])?$"),
              Kind.BYLINE),
          new Piece(
              Pattern.compile(
                  "^(?:Hier sehen Sie|Sehen Sie hier|Hier können Sie|Im Video|Video:)"
                      + "\\s.{0,160}$"),
              Kind.TEASER),
          new Piece(
              Pattern.compile(
                  "^(?:Newsblog|News-Blog|Liveblog|Live-Blog|Newsticker|Liveticker"
                      + "|Live-Ticker|Ticker)\\b.{0,160}$"),
              Kind.TEASER),
          new Piece(
              Pattern.compile(
                  "^.{0,120}\\bAlle (?:Entwicklungen|Infos|Informationen|News"
                      + "|Neuigkeiten|Nachrichten) (?:im Überblick|im Newsblog|im Liveblog)\\b.{0,40}$"),
              Kind.TEASER,
              line -> line.contains("Alle ")),
          new Piece(
              Pattern.compile(
                  "^(?:Lesen Sie (?:auch|mehr|hier)|Mehr zum Thema|Auch interessant"
                      + "|Das könnte Sie (?:auch )?interessieren|Empfehlungen der Redaktion|Weitere Artikel"
                      + "|Mehr dazu|Zum (?:Artikel|Newsblog|Liveblog|Thema)|Jetzt (?:lesen|ansehen|anhören))"
                      + "\\b.{0,160}$"),
              Kind.TEASER),
          new Piece(
              Pattern.compile(
                  "^(?:Anzeige|ANZEIGE|Werbung|WERBUNG|Werbeanzeige|Sponsored"
                      + "|Gesponsert)\\s*[:|]?$"),
              Kind.ADVERTISEMENT),
          // forms: reporting an error, sending the article by e-mail, commenting, subscribing
          new Piece(
              Pattern.compile(
                  "^(?:Fehler melden|Sie haben einen Fehler gefunden\\?"
                      + "|Bitte markieren Sie die entsprechenden Wörter im Text\\..{0,120}"
                      + "|Mit nur zwei Klicks melden Sie den Fehler der Redaktion\\.)$"),
              Kind.CONTROLS),
          new Piece(
              Pattern.compile(
                  "^(?:\\p{Lu}\\s+)?(?:Diesen |Den )?Artikel (?:per (?:E-)?Mail )?"
                      + "(?:empfehlen|versenden|verschicken|weiterempfehlen)\\.?$"
                      + "|^Empfänger(?:-| )E-Mail$|^Tipp: mehrere E-Mail-?[Aa]dressen mit Komma\\s+trennen$"
                      + "|^Bitte tragen Sie den Code in das\\s+Eingabefeld ein\\.?$"
                      + "|^Tipp: das Bild anklicken,? um den Code neu zu generieren\\.?$"
                      + "|^(?:[Pp]ersönliche |Ihre )?Nachricht\\s*\\(?optional\\)?:?$"
                      + "|^(?:Drucken\\s+)?(?:Empfehlen\\s+)?Ihre (?:Mitteilung|Nachricht) an (?:uns|den Empfänger)"
                      + ":?$|^Ihre E-Mail-Adresse und die E-Mail-Adresse des Empfängers\\b.{0,400}$"),
              Kind.CONTROLS),
          new Piece(
              Pattern.compile(
                  "^(?:\\d+\\s+)?(?:Leser)?[Kk]ommentare?(?:\\s*\\(\\d+\\))?"
                      + "(?:\\s+Kommentar schreiben)?$|^(?:Kommentar schreiben|Keine Kommentare"
                      + "|Jetzt kommentieren|Kommentar verfassen)$|^(?:Die )?Kommentarfunktion\\b.{0,240}$"
                      + "|^.{0,40}\\b(?:[Aa]nmelden|[Rr]egistrieren|[Ee]inloggen)\\b.{0,40}\\bum\\b.{0,20}"
                      + "\\b(?:zu kommentieren|Kommentare)\\b.{0,120}$"
                      + "|^Sie sind (?:noch )?nicht (?:angemeldet|eingeloggt)\\b.{0,120}$"),
              Kind.CONTROLS,
              // each alternative holds one of these (the patterns with .{0,n} backtrack on long
              // lines)
              line ->
                  line.contains("ommentar")
                      || line.contains("ommentier")
                      || line.startsWith("Sie sind ")),
          new Piece(
              Pattern.compile(
                  "^Bleiben Sie (?:informiert|auf dem Laufenden)\\b.{0,200}$"
                      + "|^(?:Hier|Jetzt) (?:anmelden|registrieren|abonnieren)\\b.{0,40}\\bNewsletter\\b"
                      + ".{0,40}$|^.{0,60}\\bNewsletter\\b.{0,30}\\b(?:abonnieren|bestellen|kostenlos"
                      + "|anmelden)\\b.{0,60}$|^(?:Google Plus|Google\\+)$"),
              Kind.CONTROLS,
              line ->
                  line.contains("Newsletter")
                      || line.startsWith("Bleiben Sie ")
                      || line.startsWith("Google")));

  /** The patterns of pieces and of whole lines, each with whether it is anchored (for tests). */
  static Map<Pattern, Boolean> patterns() {
    Map<Pattern, Boolean> all = new LinkedHashMap<>();
    for (Piece p : PIECES) {
      all.put(p.pattern(), p.anchored());
    }
    for (Piece p : LINES) {
      all.put(p.pattern(), p.anchored());
    }
    return all;
  }

  /** Control words that make a line of control words furniture (not "Mehr" alone). */
  private static final Set<String> STRONG_CONTROL_WORDS =
      Set.of(
          "Vorlesen",
          "vorlesen",
          "Anhören",
          "anhören",
          "teilen",
          "Teilen",
          "folgen",
          "Folgen",
          "Drucken",
          "drucken",
          "Merken",
          "merken",
          "Kommentare",
          "Kommentieren",
          "kommentieren",
          "Facebook",
          "Twitter",
          "WhatsApp",
          "Telegram",
          "Pinterest",
          "LinkedIn",
          "Xing",
          "XING",
          "Flipboard",
          "Bluesky",
          "Mastodon",
          "Speichern",
          "speichern",
          "Lesezeichen",
          "Abonnieren",
          "abonnieren",
          "Newsletter",
          "Startseite",
          "Seitenanfang",
          "Abspielen",
          "kopieren",
          "Fotostrecke",
          "Bildergalerie",
          "Twittern",
          "twittern",
          "Empfehlen",
          "empfehlen");

  /** Control words that alone do not make a line furniture ("Mehr", "Artikel", "per"). */
  private static final Set<String> WEAK_CONTROL_WORDS =
      Set.of(
          "Artikel",
          "News",
          "Feedback",
          "Link",
          "E-Mail",
          "Mail",
          "X",
          "Threads",
          "Pocket",
          "Instagram",
          "Reddit",
          "Schließen",
          "Menü",
          "Suche",
          "Anmelden",
          "Zur",
          "zur",
          "Zurück",
          "zurück",
          "Weiter",
          "Mehr",
          "mehr",
          "Video",
          "Audio",
          "Podcast",
          "nach",
          "oben",
          "Nach",
          "Home",
          "Galerie",
          "Kopieren",
          "Link kopieren",
          "per");

  /** Words of player, sharing and navigation controls: the strong and the weak ones. */
  private static final Set<String> CONTROL_WORDS = union(STRONG_CONTROL_WORDS, WEAK_CONTROL_WORDS);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static final Pattern PLAYER_TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

  private PageFurniture() {}

  /**
   * The detector for German news pages.
   *
   * @return the shared, immutable detector with the built-in German word lists
   */
  public static PageFurniture german() {
    return GERMAN;
  }

  /**
   * The furniture of {@code text}, in text order, not overlapping, each stretch trimmed of white
   * space. Empty text gives an empty list.
   *
   * @param text a scraped page's text; read line by line
   * @return a new list of the furniture stretches, their offsets indexing into {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public List<Furniture> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    List<Furniture> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e && e - s <= MAX_LINE) {
        line(text, s, e, out);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** The furniture of the line {@code [s, e)} (trimmed, not empty), added to {@code out}. */
  private static void line(CharSequence text, int s, int e, List<Furniture> out) {
    String line = text.subSequence(s, e).toString();
    // pieces: found left to right, first pattern first; overlapping later matches are dropped
    List<Furniture> pieces = new ArrayList<>(2);
    boolean[] taken = null;
    for (Piece p : PIECES) {
      if (!p.mayMatch().test(line)) {
        continue;
      }
      Matcher m = p.pattern().matcher(line);
      for (boolean found = p.first(m); found; found = !p.anchored() && m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        if (taken == null) {
          taken = new boolean[line.length()];
        }
        boolean free = true;
        for (int i = m.start(); i < m.end() && free; i++) {
          free = !taken[i];
        }
        if (free) {
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
          pieces.add(new Furniture(s + m.start(), s + m.end(), p.kind()));
        }
      }
    }
    String rest = taken == null ? line : remainder(line, taken);
    String restTrimmed = rest.strip();
    if (restTrimmed.isEmpty()) {
      // strip() also takes the information separators U+001C-U+001F for white space, which
      // isSpace keeps as text: a line of only those has no pieces and is no furniture
      if (!pieces.isEmpty()) {
        out.add(new Furniture(s, e, pieces.get(0).kind()));
      }
      return;
    }
    for (Piece p : LINES) {
      if (p.foundIn(restTrimmed)) {
        out.add(new Furniture(s, e, p.kind()));
        return;
      }
    }
    if (onlyControls(restTrimmed)) {
      out.add(new Furniture(s, e, pieces.isEmpty() ? Kind.CONTROLS : pieces.get(0).kind()));
      return;
    }
    pieces.sort((a, b) -> Integer.compare(a.start(), b.start()));
    out.addAll(pieces);
  }

  /** The line with the taken characters replaced by spaces. */
  private static String remainder(String line, boolean[] taken) {
    char[] c = line.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (taken[i]) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  /** Whether every word of {@code rest} is a control word or a player time, one of them strong. */
  private static boolean onlyControls(String rest) {
    boolean strong = false;
    int i = 0;
    int n = rest.length();
    while (i < n) {
      while (i < n && isSeparator(rest.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !isSeparator(rest.charAt(j))) {
        j++;
      }
      if (j > i) {
        String word = rest.substring(i, j);
        if (STRONG_CONTROL_WORDS.contains(word)) {
          strong = true;
        } else if (!CONTROL_WORDS.contains(word) && !PLAYER_TIME.matcher(word).matches()) {
          return false;
        }
      }
      i = j;
    }
    return strong;
  }

  private static boolean isSeparator(char c) {
    return isSpace(c) || c == '|' || c == '·' || c == '•' || c == '/' || c == ',';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u2009'
        || c == '\f'
        || c == '\u000B'
        || Character.isSpaceChar(c);
  }
}
