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
 *   <li>{@link CompoundPartsFilter}, at index time only (see below): compounds also yield their
 *       parts at the same position ({@code Sanktionsdruck} → {@code Sanktionsdruck}, {@code
 *       Sanktion}, {@code druck});
 *   <li>{@link LowerCaseFilter};
 *   <li>{@link StopFilter} with Lucene's German stop words ({@link
 *       GermanAnalyzer#getDefaultStopSet()}) unless other stop words are given;
 *   <li>{@link GermanNormalizationFilter} ({@code ä} → {@code a}, {@code ß} → {@code ss}, …);
 *   <li>{@link GermanLightStemFilter}: a stand-in for the library's lemmatizer ({@link
 *       io.github.germannlp.internal.pos.Lemmatizer}), which may replace this step in a later
 *       version (terms indexed with this version will change then: reindex).
 * </ol>
 *
 * <p>{@link #normalize(String, TokenStream) Normalization} (used by query parsers for wildcard,
 * prefix, fuzzy and range terms) lowercases and applies {@link GermanNormalizationFilter}.
 *
 * <h2>Index time and query time</h2>
 *
 * <p>Compound parts belong in the index only. Given to a query parser, the same chain turns the
 * query {@code Sicherheitsrat} into {@code sicherheitsrat}, {@code sicherheit} and {@code rat} at
 * one position, any of which matches, so that <i>Der Rat der Stadt tagte</i> is found. Hence two
 * configurations of the same chain, which differ only in step 2:
 *
 * <ul>
 *   <li>{@link #forIndexing()}: compound parts added; for the {@code IndexWriterConfig}. The index
 *       then holds {@code sanktionsdruck}, {@code sanktion} and {@code druck} for
 *       <i>Sanktionsdruck</i>.
 *   <li>{@link #forQueries()}: no compound parts; for the query parser (or any {@link
 *       org.apache.lucene.util.QueryBuilder}). A query term is then the whole word, which matches
 *       the indexed whole words and the indexed parts alike: {@code Sanktion} finds
 *       <i>Sanktionen</i> and <i>Sanktionsdruck</i>, {@code Sicherheitsrat} finds
 *       <i>UN-Sicherheitsrat</i> but not a text with only <i>Rat</i>. Phrase queries work too, as
 *       the parts stand at the position of their compound.
 * </ul>
 *
 * <p>Lucene uses the index analyzer at query time unless told otherwise, so pass {@link
 * #forQueries()} explicitly wherever queries are built. Example (the query parser is Lucene's
 * classic {@code QueryParser} of {@code lucene-queryparser}):
 *
 * <pre>{@code
 * import org.apache.lucene.analysis.Analyzer;
 * import org.apache.lucene.document.Document;
 * import org.apache.lucene.document.Field;
 * import org.apache.lucene.document.TextField;
 * import org.apache.lucene.index.DirectoryReader;
 * import org.apache.lucene.index.IndexWriter;
 * import org.apache.lucene.index.IndexWriterConfig;
 * import org.apache.lucene.queryparser.classic.QueryParser;
 * import org.apache.lucene.search.IndexSearcher;
 * import org.apache.lucene.search.Query;
 * import org.apache.lucene.store.ByteBuffersDirectory;
 * import org.apache.lucene.store.Directory;
 *
 * try (Directory directory = new ByteBuffersDirectory();
 *     Analyzer indexing = GermanNewsAnalyzer.forIndexing();
 *     Analyzer queries = GermanNewsAnalyzer.forQueries()) {
 *   try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexing))) {
 *     for (String text : List.of("Der UN-Sicherheitsrat tagte.", "Der Rat der Stadt tagte.")) {
 *       Document doc = new Document();
 *       doc.add(new TextField("body", text, Field.Store.YES));
 *       writer.addDocument(doc);
 *     }
 *   }
 *   try (DirectoryReader reader = DirectoryReader.open(directory)) {
 *     Query query = new QueryParser("body", queries).parse("Sicherheitsrat");
 *     int hits = new IndexSearcher(reader).count(query); // 1: the UN-Sicherheitsrat only
 *   }
 * }
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
   * The index-time chain, equal to {@link #forIndexing()}: {@link TokenScheme#NEWS}, Lucene's
   * German stop words, compound parts. Use {@link #forQueries()} to parse queries against an index
   * written with it.
   */
  public GermanNewsAnalyzer() {
    this(TokenScheme.NEWS, GermanAnalyzer.getDefaultStopSet(), true);
  }

  /**
   * A chain with the given token scheme, stop words (copied; matched after lowercasing, so give
   * them lowercase) and whether compound parts are added. An index written with {@code
   * compoundParts} true is searched with an analyzer of the same scheme and stop words and {@code
   * compoundParts} false.
   *
   * @param scheme how hyphenated compounds are cut ({@link TokenScheme#UD} indexes {@code
   *     Ukraine-Krieg} as two terms)
   * @param stopWords the words to drop, lowercase; {@link CharArraySet#EMPTY_SET} keeps all
   * @param compoundParts whether {@link CompoundPartsFilter} adds the parts of compounds: true to
   *     index, false to analyze queries
   * @throws NullPointerException if {@code scheme} or {@code stopWords} is null
   */
  public GermanNewsAnalyzer(TokenScheme scheme, CharArraySet stopWords, boolean compoundParts) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.stopWords =
        CharArraySet.unmodifiableSet(CharArraySet.copy(Objects.requireNonNull(stopWords)));
    this.compoundParts = compoundParts;
  }

  /**
   * The index-time configuration: {@link TokenScheme#NEWS}, Lucene's German stop words, compound
   * parts added as extra terms. Give it to the {@code IndexWriterConfig}; equal to {@code new
   * GermanNewsAnalyzer()}.
   *
   * @return a new analyzer, to be closed by the caller
   */
  public static GermanNewsAnalyzer forIndexing() {
    return new GermanNewsAnalyzer(TokenScheme.NEWS, GermanAnalyzer.getDefaultStopSet(), true);
  }

  /**
   * The query-time configuration for an index written with {@link #forIndexing()}: the same chain
   * without compound parts, so that the query {@code Sicherheitsrat} is the one term {@code
   * sicherheitsrat} and does not match a text with only <i>Rat</i>. Give it to the query parser.
   *
   * @return a new analyzer, to be closed by the caller
   */
  public static GermanNewsAnalyzer forQueries() {
    return new GermanNewsAnalyzer(TokenScheme.NEWS, GermanAnalyzer.getDefaultStopSet(), false);
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
   * @return true if the chain includes {@link CompoundPartsFilter} (the index-time configuration),
   *     false for the query-time one
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
