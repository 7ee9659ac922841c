package io.github.germannlp.lucene;

import io.github.germannlp.tokenize.TokenScheme;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;

/**
 * A Lucene {@link Analyzer} for German news text, built on the library's tokenizer:
 *
 * <ol>
 *   <li>{@link GermanNewsTokenizer}: abbreviations, ordinals, dates, URLs stay whole; punctuation
 *       is dropped; URLs, e-mail addresses, mentions and hashtags are marked as keywords ({@link
 *       TypeKeywordFilter}) so that the stemmer leaves them whole;
 *   <li>{@link CompoundPartsFilter}: compounds also yield their parts at the same position ({@code
 *       Sanktionsdruck} → {@code Sanktionsdruck}, {@code Sanktion}, {@code druck});
 *   <li>{@link LowerCaseFilter};
 *   <li>{@link StopFilter} with Lucene's German stop words ({@link
 *       GermanAnalyzer#getDefaultStopSet()}) unless other stop words are given;
 *   <li>{@link GermanNormalizationFilter} ({@code ä} → {@code a}, {@code ß} → {@code ss}, …);
 *   <li>{@link GermanLightStemFilter}: a stand-in for the library's lemmatizer ({@link
 *       io.github.germannlp.pos.Lemmatizer}), which may replace this step in a later version
 *       (terms indexed with this version will change then: reindex).
 * </ol>
 *
 * <p>{@link #normalize(String, TokenStream) Normalization} (used by query parsers for wildcard,
 * prefix, fuzzy and range terms) lowercases and applies {@link GermanNormalizationFilter}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * try (Analyzer analyzer = new GermanNewsAnalyzer();
 *     IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
 *   Document doc = new Document();
 *   doc.add(new TextField("body", "Der Sanktionsdruck auf Russland steigt.", Field.Store.YES));
 *   writer.addDocument(doc);
 * }
 * // "body" now holds, among others, the terms "sanktionsdruck", "sanktion", "druck", "russland"
 * }</pre>
 *
 * <p>The configuration is immutable; like every Lucene analyzer, an instance may be shared by
 * threads (token stream components are reused per thread), and should be closed when done.
 */
public final class GermanNewsAnalyzer extends Analyzer {
  private final TokenScheme scheme;
  private final CharArraySet stopWords;
  private final boolean compoundParts;

  /**
   * The default chain: {@link TokenScheme#NEWS}, Lucene's German stop words, compound parts.
   * Equal to {@code new GermanNewsAnalyzer(TokenScheme.NEWS, GermanAnalyzer.getDefaultStopSet(),
   * true)}.
   */
  public GermanNewsAnalyzer() {
    this(TokenScheme.NEWS, GermanAnalyzer.getDefaultStopSet(), true);
  }

  /**
   * A chain with the given token scheme, stop words (copied; matched after lowercasing, so give
   * them lowercase) and whether compound parts are added.
   *
   * @param scheme how hyphenated compounds are cut ({@link TokenScheme#UD} indexes {@code
   *     Ukraine-Krieg} as two terms)
   * @param stopWords the words to drop, lowercase; {@link CharArraySet#EMPTY_SET} keeps all
   * @param compoundParts whether {@link CompoundPartsFilter} adds the parts of compounds
   * @throws NullPointerException if {@code scheme} or {@code stopWords} is null
   */
  public GermanNewsAnalyzer(TokenScheme scheme, CharArraySet stopWords, boolean compoundParts) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.stopWords =
        CharArraySet.unmodifiableSet(CharArraySet.copy(Objects.requireNonNull(stopWords)));
    this.compoundParts = compoundParts;
  }

  /**
   * The token scheme.
   *
   * @return the scheme given to the constructor
   */
  public TokenScheme scheme() {
    return scheme;
  }

  /**
   * The stop words.
   *
   * @return an unmodifiable copy of the stop words given to the constructor
   */
  public CharArraySet stopWords() {
    return stopWords;
  }

  /**
   * Whether compound parts are added.
   *
   * @return true if the chain includes {@link CompoundPartsFilter}
   */
  public boolean compoundParts() {
    return compoundParts;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    GermanNewsTokenizer source = new GermanNewsTokenizer(scheme);
    TokenStream result = new TypeKeywordFilter(source, TypeKeywordFilter.NON_WORD_TYPES);
    if (compoundParts) {
      result = new CompoundPartsFilter(result);
    }
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, stopWords);
    result = new GermanNormalizationFilter(result);
    result = new GermanLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    result = new GermanNormalizationFilter(result);
    return result;
  }
}
