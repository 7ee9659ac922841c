package io.github.germannlp.internal.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.postag.POSContextGenerator;
import org.junit.jupiter.api.Test;

/** {@link WordFeatures} gives the POS model's feature generator's own-word features, exactly. */
class WordFeaturesTest {
  private static final POSContextGenerator GENERATOR =
      PosWeights.bundledOrModel().factory().getPOSContextGenerator(0);

  /** The generator's features of the word alone, split at the sentence-position feature. */
  private static List<String> generator(String word) {
    return Arrays.asList(GENERATOR.getContext(0, new String[] {word}, new String[1], null));
  }

  private static List<String> ours(String word) {
    String[][] own = WordFeatures.of(word);
    List<String> out = new ArrayList<>(Arrays.asList(own[0]));
    out.add("S=begin");
    out.addAll(Arrays.asList(own[1]));
    return out;
  }

  @Test
  void theFeaturesOfEveryWordOfTheCorpusAndOfOddTokensAreTheGenerators() throws Exception {
    Set<String> words =
        new LinkedHashSet<>(
            List.of(
                "a",
                "A",
                "Ä",
                "ÄRGER",
                "E-Mails",
                "x@y.de",
                "„",
                "“",
                "...",
                "3.",
                "2020",
                "04.11.2025",
                "1,46",
                "16,85",
                "€",
                "%",
                "CO2",
                "UN-Sitz",
                "Bürger*innen",
                "Kölner:innen",
                "https://www.stadt-koeln.de/abstimmung",
                "#Köln",
                ":-)",
                "İstanbul",
                "ǅemal",
                "ß",
                "STRASSE",
                "\uD83D\uDE00",
                "\uD800",
                "ab\uDC00",
                "-",
                "—",
                "z.",
                "B.",
                "Mio.",
                "3:1",
                "1.200",
                "IBAN",
                "DE12",
                "McDonald's",
                "ﬁnden",
                "Ⅻ"));
    for (String file :
        List.of(
            "src/test/resources/example-article.txt",
            "src/test/resources/golden/texts.jsonl",
            "src/test/resources/categories/articles.jsonl")) {
      for (String w : Files.readString(Path.of(file), StandardCharsets.UTF_8).split("[\\s\"]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    Random random = new Random(7);
    String alphabet = "aZäÖß09.,-–'’/:@#*_+()\u0301\u00ad\u200bİıǅ\uD83D\uDE00\uD800x";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      words.add(w.toString());
    }
    for (String w : words) {
      assertEquals(generator(w), ours(w), w);
    }
  }

  @Test
  void lowerCodePointsIsOpenNlpsLowerCasing() {
    // final sigma, dotted capital I, title case, a supplementary capital (Deseret), unpaired
    // surrogates: each code point mapped alone, as OpenNLP does
    String alphabet = "aZÄßΣσİIǅ\uD801\uDC00\uD801\uDC28\uD800\uDC00x-1";
    Random random = new Random(11);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String word = w.toString();
      assertEquals(
          opennlp.tools.util.StringUtil.toLowerCase(word),
          WordFeatures.lowerCodePoints(word),
          word);
    }
    assertEquals("\uD801\uDC28σ", WordFeatures.lowerCodePoints("\uD801\uDC00Σ"));
    String lower = "schon klein";
    org.junit.jupiter.api.Assertions.assertSame(lower, WordFeatures.lowerCodePoints(lower));
  }
}
