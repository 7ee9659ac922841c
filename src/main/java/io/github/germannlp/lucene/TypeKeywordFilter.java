package io.github.germannlp.lucene;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks tokens of the given types as keywords, so that stemmers and {@link CompoundPartsFilter}
 * leave them alone: {@link GermanNewsAnalyzer} protects URLs, e-mail addresses, mentions and
 * hashtags this way ({@code @user} would otherwise be stemmed to {@code @us}).
 */
public final class TypeKeywordFilter extends KeywordMarkerFilter {
  /** The types {@link GermanNewsAnalyzer} protects. */
  public static final Set<String> NON_WORD_TYPES =
      Set.of(
          GermanNewsTokenizer.URL,
          GermanNewsTokenizer.EMAIL,
          GermanNewsTokenizer.MENTION,
          GermanNewsTokenizer.HASHTAG);

  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Set<String> types;

  /**
   * Marks tokens whose type is in {@code types} (copied).
   *
   * @param input the token stream whose tokens carry a {@code TypeAttribute}, such as a {@link
   *     GermanNewsTokenizer}
   * @param types the token types to protect, such as {@link #NON_WORD_TYPES}
   * @throws NullPointerException if {@code types} or one of its elements is null
   */
  public TypeKeywordFilter(TokenStream input, Set<String> types) {
    super(input);
    this.types = Set.copyOf(types);
  }

  @Override
  protected boolean isKeyword() {
    return types.contains(typeAtt.type());
  }
}
