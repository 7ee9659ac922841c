package io.github.germannlp.lucene;

import io.github.germannlp.internal.tokenize.GermanTokenizer;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import io.github.germannlp.tokenize.Abbreviations;
import io.github.germannlp.tokenize.TokenScheme;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene {@link Tokenizer} that cuts German (news) text with the library's {@link
 * GermanTokenizer}: abbreviations ({@code z. B.}, {@code Dr.}), ordinals ({@code 4. November}),
 * dates, numbers, URLs, e-mail addresses, hashtags, gender forms ({@code Bürger*innen}) and emoji
 * stay whole; hyphenated compounds ({@code UN-Sicherheitsrats}) follow the {@link TokenScheme}.
 *
 * <p>Conventions, following Lucene's {@code StandardTokenizer}:
 *
 * <ul>
 *   <li>Punctuation tokens (quotation marks, brackets, commas, sentence-final marks, dashes,
 *       emoticons made of punctuation) are not emitted, and leave no position gap.
 *   <li>A period that belongs to a token (abbreviation, ordinal, initial: {@link
 *       TokenBuffer#OWN_PERIOD}) is not part of the term: {@code z.} gives the term {@code z},
 *       {@code 4.} gives {@code 4}, {@code z.B.} gives {@code z.B}. The offsets cover the term
 *       (without that period), so a query analyzed the same way matches whichever way it was
 *       written.
 *   <li>Tokens longer than {@link #getMaxTokenLength()} chars (default {@value
 *       #DEFAULT_MAX_TOKEN_LENGTH}) are dropped; their positions are counted.
 *   <li>Types: {@link #WORD}, {@link #NUM}, {@link #URL}, {@link #EMAIL}, {@link #HASHTAG}, {@link
 *       #MENTION}, {@link #EMOJI}, decided by a cheap look at the token's characters.
 * </ul>
 *
 * <p>The whole input is read into a reusable, growing char buffer on {@link #reset()} (the
 * library's tokenizer needs the context around a period to decide abbreviations and sentence ends),
 * which suits documents of ordinary size; the buffer is released after {@link #close()} when it
 * grew beyond one million chars.
 *
 * <p>Offsets pass through {@link #correctOffset(int)}, so char filters work.
 */
public final class GermanNewsTokenizer extends Tokenizer {
  /** Type of words and other tokens that contain letters. */
  public static final String WORD = "<WORD>";

  /** Type of numbers, dates, times (digits, no letters). */
  public static final String NUM = "<NUM>";

  /** Type of URLs ({@code https://…}, {@code www.…}). */
  public static final String URL = "<URL>";

  /** Type of e-mail addresses. */
  public static final String EMAIL = "<EMAIL>";

  /** Type of hashtags ({@code #tag}). */
  public static final String HASHTAG = "<HASHTAG>";

  /** Type of mentions ({@code @name}). */
  public static final String MENTION = "<MENTION>";

  /** Type of emoji and pictographic symbols. */
  public static final String EMOJI = "<EMOJI>";

  /** Type of punctuation; such tokens are never emitted, the constant only names the class. */
  public static final String PUNCT = "<PUNCT>";

  /** Default for {@link #setMaxTokenLength(int)}. */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;

  private static final int KEEP_BUFFER_LIMIT = 1 << 20;
  private static final int INITIAL_BUFFER = 4096;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final GermanTokenizer tokenizer;
  private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;

  private char[] buffer = new char[INITIAL_BUFFER];
  private int length;
  private TokenBuffer tokens;
  private int next;
  private int skippedPositions;

  /** A tokenizer with the {@link TokenScheme#NEWS} scheme and the German abbreviation table. */
  public GermanNewsTokenizer() {
    this(TokenScheme.NEWS);
  }

  /**
   * A tokenizer with the given scheme and the German abbreviation table.
   *
   * @param scheme how hyphenated compounds are cut
   * @throws NullPointerException if {@code scheme} is null
   */
  public GermanNewsTokenizer(TokenScheme scheme) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, scheme);
  }

  /**
   * A tokenizer with the given attribute factory and scheme.
   *
   * @param factory the factory of the token attributes, as for any Lucene {@link Tokenizer}
   * @param scheme how hyphenated compounds are cut
   * @throws NullPointerException if {@code scheme} is null
   */
  public GermanNewsTokenizer(AttributeFactory factory, TokenScheme scheme) {
    this(factory, new GermanTokenizer(scheme, Abbreviations.german()));
  }

  /**
   * A tokenizer around the given (immutable, shareable) {@link GermanTokenizer}: private, since
   * that class is internal.
   */
  private GermanNewsTokenizer(AttributeFactory factory, GermanTokenizer tokenizer) {
    super(factory);
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /**
   * Sets the maximum length in chars of an emitted token; longer tokens are dropped (their
   * positions counted). Set it before {@link #reset()}: it applies to every token emitted after the
   * call.
   *
   * @param maxTokenLength the longest term to emit, in UTF-16 chars (a token's own final period not
   *     counted)
   * @throws IllegalArgumentException if {@code maxTokenLength} is below 1
   */
  public void setMaxTokenLength(int maxTokenLength) {
    if (maxTokenLength < 1) {
      throw new IllegalArgumentException("maxTokenLength must be positive: " + maxTokenLength);
    }
    this.maxTokenLength = maxTokenLength;
  }

  /**
   * The maximum length of an emitted token.
   *
   * @return the length in chars set by {@link #setMaxTokenLength(int)}, {@value
   *     #DEFAULT_MAX_TOKEN_LENGTH} by default
   */
  public int getMaxTokenLength() {
    return maxTokenLength;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    while (true) {
      if (length == buffer.length) {
        buffer = ArrayUtil.grow(buffer, length + 1);
      }
      int n = input.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    tokens = new TokenBuffer(length);
    tokenizer.tokenize(buffer, 0, length, tokens);
    next = 0;
    skippedPositions = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (tokens == null) {
      return false;
    }
    while (next < tokens.size()) {
      int i = next++;
      int start = tokens.start(i);
      int end = tokens.end(i);
      if ((tokens.flags(i) & TokenBuffer.OWN_PERIOD) != 0
          && end - start > 1
          && buffer[end - 1] == '.') {
        end--;
      }
      String type = classify(buffer, start, end);
      if (type == PUNCT) {
        continue;
      }
      if (end - start > maxTokenLength) {
        skippedPositions++;
        continue;
      }
      termAtt.copyBuffer(buffer, start, end - start);
      offsetAtt.setOffset(correctOffset(start), correctOffset(end));
      posIncAtt.setPositionIncrement(1 + skippedPositions);
      skippedPositions = 0;
      typeAtt.setType(type);
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void close() throws IOException {
    super.close();
    tokens = null;
    if (buffer.length > KEEP_BUFFER_LIMIT) {
      buffer = new char[INITIAL_BUFFER];
    }
  }

  /**
   * The type of the token {@code a[start, end)}: {@link #PUNCT} when it has no letter, digit or
   * emoji, otherwise one of the other type constants.
   */
  static String classify(char[] a, int start, int end) {
    boolean letter = false;
    boolean digit = false;
    boolean emoji = false;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(a, i, end);
      i += Character.charCount(cp);
      int t = Character.getType(cp);
      if (Character.isLetter(cp)
          || t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK) {
        letter = true;
      } else if (Character.isDigit(cp)) {
        digit = true;
      } else if (isEmoji(cp, t)) {
        emoji = true;
      }
    }
    if (!letter && !digit) {
      return emoji ? EMOJI : PUNCT;
    }
    char first = a[start];
    if (letter && end - start > 1) {
      if (first == '#') {
        return HASHTAG;
      }
      if (first == '@') {
        return MENTION;
      }
      if (isUrl(a, start, end)) {
        return URL;
      }
      if (contains(a, start + 1, end, '@')) {
        return EMAIL;
      }
    }
    return letter ? WORD : NUM;
  }

  private static boolean isEmoji(int cp, int type) {
    if (cp >= 0x1F000 && cp <= 0x1FAFF) {
      return true; // emoji blocks, regional indicators, skin tones
    }
    return type == Character.OTHER_SYMBOL && cp >= 0x2300;
  }

  private static boolean isUrl(char[] a, int start, int end) {
    for (int i = start; i + 2 < end; i++) {
      if (a[i] == ':' && a[i + 1] == '/' && a[i + 2] == '/') {
        return true;
      }
    }
    return end - start > 4
        && (a[start] == 'w' || a[start] == 'W')
        && (a[start + 1] == 'w' || a[start + 1] == 'W')
        && (a[start + 2] == 'w' || a[start + 2] == 'W')
        && a[start + 3] == '.';
  }

  private static boolean contains(char[] a, int start, int end, char c) {
    for (int i = start; i < end; i++) {
      if (a[i] == c) {
        return true;
      }
    }
    return false;
  }
}
