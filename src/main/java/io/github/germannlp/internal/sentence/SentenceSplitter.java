package io.github.germannlp.internal.sentence;

import io.github.germannlp.internal.tokenize.FunctionWords;
import io.github.germannlp.internal.tokenize.TokenBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Finds sentence boundaries between the tokens of a {@link TokenBuffer} filled by {@link
 * io.github.germannlp.internal.tokenize.GermanTokenizer}, using what the tokenizer already decided
 * and recorded in the token flags (a period that belongs to an abbreviation or ordinal is no
 * sentence end; where line breaks stand; which tokens are final marks, quotes, capitalised) and the
 * layout of the text.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A blank line always ends a sentence (paragraphs, headlines, page furniture).
 *   <li>A single line break ends a sentence when the next line starts like a sentence (capital,
 *       digit, quote, bracket, bullet) and the line does not end in a comma, hyphen or opener —
 *       unless the text is hard-wrapped prose (detected from its line lengths), where only a short
 *       line (a heading, a paragraph's last line) ends there.
 *   <li>A sentence-final mark ({@code . ! ? … ...}, runs like {@code ?!}, an abbreviation that may
 *       end a sentence such as {@code usw.}) ends a sentence together with the closing quotes and
 *       brackets attached to it, when the next token starts like a sentence.
 * </ol>
 *
 * <p>Stateless, immutable and thread-safe.
 *
 * <pre>{@code
 * char[] text = "Putin traf Xi. Beide lächelten.".toCharArray();
 * TokenBuffer tokens = new TokenBuffer(text.length);
 * GermanTokenizer tokenizer = new GermanTokenizer(TokenScheme.NEWS, Abbreviations.german());
 * tokenizer.tokenize(text, 0, text.length, tokens);
 * int[] ends = new SentenceSplitter().split(text, tokens);   // [4, 7]: tokens 0-3 and 4-6
 * }</pre>
 */
public final class SentenceSplitter {
  private static final double WRAPPED_FULL_LINE = 0.7;
  private static final int MAX_CLOSERS = 4;
  private static final int LAYOUT_SAMPLE_CHARS = 1 << 16;
  private static final double WRAPPED_SHORT_LINE = 0.6;

  /** Creates a splitter. */
  public SentenceSplitter() {}

  /**
   * Splits the tokens of {@code text} into sentences.
   *
   * @param text the whole text the tokens were cut from; its line breaks and line lengths are read
   * @param tokens the tokens of {@code text} with the flags {@link
   *     io.github.germannlp.internal.tokenize.GermanTokenizer} set; boundaries are only sought
   *     where the flags allow one, so a buffer without flags (from {@link TokenBuffer#of(int[],
   *     int[], int)}) makes one sentence
   * @return the exclusive end token index of each sentence, in order; the last is {@code
   *     tokens.size()}; empty when there are no tokens
   * @throws NullPointerException if {@code text} or {@code tokens} is null
   */
  public int[] split(char[] text, TokenBuffer tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    int size = tokens.size();
    if (size == 0) {
      return new int[0];
    }
    int[] ends = new int[Math.max(4, size / 12 + 4)];
    int count = 0;
    Layout layout = null;
    // the tokenizer's flags say where a boundary is possible; other gaps are skipped cheaply
    int next = tokens.flags(0);
    for (int k = 0; k < size - 1; k++) {
      int here = next;
      next = tokens.flags(k + 1);
      boolean boundary;
      if ((next & TokenBuffer.PARAGRAPH_BEFORE) != 0) {
        boundary = true;
      } else if ((next & TokenBuffer.LINE_BEFORE) != 0) {
        boundary = false;
        if (!isContinuation(text, tokens, k) && startsLine(text, tokens, k + 1)) {
          if (layout == null) {
            layout = Layout.of(text);
          }
          boundary = !layout.wrapped || layout.isShortLine(text, tokens.end(k));
        }
        if (!boundary && (here & MAY_END) != 0) {
          boundary = endsSentence(text, tokens, k) && startsSentence(text, tokens, k + 1);
        }
      } else if ((here & MAY_END) != 0) {
        boundary = endsSentence(text, tokens, k) && startsSentence(text, tokens, k + 1);
        if (!boundary && (next & MAY_START) != 0) {
          boundary = functionWordStarts(text, tokens, k);
        }
      } else if ((next & MAY_START) != 0) {
        boundary = functionWordStarts(text, tokens, k);
      } else {
        continue;
      }
      if (boundary) {
        if (count == ends.length) {
          ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = k + 1;
      }
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count + 1);
    }
    ends[count++] = size;
    return Arrays.copyOf(ends, count);
  }

  /** Flags of a token that may end a sentence, itself or through the closers after it. */
  private static final int MAY_END =
      TokenBuffer.FINAL | TokenBuffer.ABBREVIATION_MAY_END | TokenBuffer.CLOSING;

  /** Flags of a token that may start a sentence without punctuation before it. */
  private static final int MAY_START = TokenBuffer.CAPITALIZED | TokenBuffer.OPENING;

  /** Token k+1 (after white space) is a capitalised function word starting a sentence. */
  private static boolean functionWordStarts(char[] a, TokenBuffer t, int k) {
    return t.start(k + 1) > t.end(k)
        && startsWithFunctionWord(a, t, k + 1)
        && (isClauseColon(a, t, k) || unpunctuatedBoundary(a, t, k));
  }

  /**
   * A capitalised function word ({@code Wir}, {@code Leider}, {@code Über}) after a content word
   * starts a new sentence even without punctuation: German capitalises such words only at the start
   * of a sentence. Not where the function word begins a name after a noun ({@code Partei Die
   * Linke}).
   */
  private static boolean startsWithFunctionWord(char[] a, TokenBuffer t, int k) {
    if ((t.flags(k) & TokenBuffer.OPENING) != 0 && k + 1 < t.size() && t.start(k + 1) == t.end(k)) {
      k++; // an opening quote before the word
    }
    int s = t.start(k);
    return isUpperCase(a[s]) && FunctionWords.isCapitalized(a, s, t.end(k) - s);
  }

  /**
   * A colon or semicolon after a lowercase word ends a clause; a capitalised function word after it
   * starts a sentence of its own ({@code … zufrieden: Die Nationen …}). After a noun or name the
   * colon introduces a label's content and does not split ({@code Lesedauer: 2 Min.}).
   */
  private static boolean isClauseColon(char[] a, TokenBuffer t, int k) {
    int s = t.start(k);
    if (t.end(k) - s != 1 || (a[s] != ':' && a[s] != ';') || k == 0) {
      return false;
    }
    if ((t.flags(k + 1) & TokenBuffer.OPENING) != 0) {
      return false; // Er fragte: „Wann kommst du?“ — direct speech belongs to the sentence
    }
    int p = t.start(k - 1);
    return t.end(k - 1) == s
        && Character.isLowerCase(a[p])
        && !FunctionWords.isLowercasePrepositionOrArticle(a, p, s - p);
  }

  private static boolean unpunctuatedBoundary(char[] a, TokenBuffer t, int k) {
    int s = t.start(k);
    int e = t.end(k);
    char last = a[e - 1];
    boolean wordLike =
        Character.isLetterOrDigit(last)
            || last == ')'
            || last == '"'
            || last == '\u201C'
            || last == '\'';
    if (!wordLike || (t.flags(k) & TokenBuffer.OPENING) != 0) {
      return false;
    }
    if (Character.isLowerCase(a[s]) && FunctionWords.isLowercasePrepositionOrArticle(a, s, e - s)) {
      return false; // "von Die Linke": a title or name follows a preposition or article
    }
    if (Character.isUpperCase(a[s])
        && hasLowerCase(a, s, e)
        && k + 2 < t.size()
        && Character.isUpperCase(a[t.start(k + 2)])) {
      return false; // "Partei Die Linke"
    }
    if (FunctionWords.isCapitalized(a, s, e - s)) {
      return false; // "Die Die"? two function words in a row: a title
    }
    return true;
  }

  private static boolean hasLowerCase(char[] a, int s, int e) {
    for (int j = s + 1; j < e; j++) {
      if (Character.isLowerCase(a[j])) {
        return true;
      }
    }
    return false;
  }

  /** Token k can end a sentence: a final mark, possibly followed by attached closers. */
  private static boolean endsSentence(char[] a, TokenBuffer t, int k) {
    char last = a[t.end(k) - 1];
    if (isLetterOrDigit(last) || attachedFollows(a, t, k)) {
      return false; // most tokens: a word; or the sentence goes on through closers and marks
    }
    int p = k;
    int limit = Math.max(0, k - MAX_CLOSERS);
    while (p > limit && (t.flags(p) & TokenBuffer.CLOSING) != 0 && t.start(p) == t.end(p - 1)) {
      p--; // bounded, so that a run of closers costs linear time
    }
    return isFinalMark(a, t, p) || (t.flags(p) & TokenBuffer.ABBREVIATION_MAY_END) != 0;
  }

  /** {@link Character#isUpperCase(char)} with an ASCII fast path (called once per token). */
  private static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLetterOrDigit(char)} with an ASCII fast path. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      char l = (char) (c | 0x20);
      return (l >= 'a' && l <= 'z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** A closer, another final mark or a comma-like mark is attached right after token k. */
  private static boolean attachedFollows(char[] a, TokenBuffer t, int k) {
    int next = k + 1;
    if (next >= t.size() || t.start(next) != t.end(k)) {
      return false;
    }
    if ((t.flags(next) & TokenBuffer.CLOSING) != 0 || isFinalMark(a, t, next)) {
      return true;
    }
    char c = a[t.start(next)];
    return c == ',' || c == ';' || c == ':' || c == '-';
  }

  private static boolean isFinalMark(char[] a, TokenBuffer t, int k) {
    return (t.flags(k) & TokenBuffer.FINAL) != 0;
  }

  private static boolean startsSentence(char[] a, TokenBuffer t, int k) {
    int s = t.start(k);
    char c = a[s];
    if (Character.isLowerCase(c)) {
      return false;
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    if ((t.flags(k) & TokenBuffer.OPENING) != 0) {
      return true;
    }
    return switch (c) {
      case ',', ';', ':', ')', ']', '}', '.', '!', '?', '%', '\u2026' -> false;
      default -> true;
    };
  }

  private static boolean startsLine(char[] a, TokenBuffer t, int k) {
    char c = a[t.start(k)];
    if (Character.isLowerCase(c)) {
      return false;
    }
    return switch (c) {
      case ',', ';', ')', ']', '}', '.', '%' -> false;
      default -> true;
    };
  }

  private static boolean isContinuation(char[] a, TokenBuffer t, int k) {
    if ((t.flags(k) & TokenBuffer.OPENING) != 0) {
      return true;
    }
    char last = a[t.end(k) - 1];
    return last == ','
        || last == ';'
        || last == '-'
        || last == '\u2013'
        || last == '&'
        || last == '/';
  }

  /** Whether single line breaks are layout (hard-wrapped prose) rather than boundaries. */
  private static final class Layout {
    final boolean wrapped;
    final int width;

    private Layout(boolean wrapped, int width) {
      this.wrapped = wrapped;
      this.width = width;
    }

    static Layout of(char[] a) {
      // lengths of lines that are followed by a non-empty line (lines inside paragraphs), from a
      // sample at the start of the text: enough to tell wrapped prose, and cheap on long texts
      int max = 0;
      int inner = 0;
      int lineStart = 0;
      int prevLen = -1;
      int[] hist = new int[201];
      int end = Math.min(a.length, LAYOUT_SAMPLE_CHARS);
      for (int j = 0; j <= end; j++) {
        if (j == end || a[j] == '\n') {
          int len = trimmedLength(a, lineStart, j);
          if (prevLen > 0 && len > 0) {
            hist[Math.min(prevLen, 200)]++;
            inner++;
            max = Math.max(max, prevLen);
          }
          prevLen = len;
          lineStart = j + 1;
        }
      }
      if (inner < 3 || max > 160) {
        return new Layout(false, max);
      }
      int full = 0;
      int threshold = (int) Math.ceil(max * WRAPPED_FULL_LINE);
      for (int len = threshold; len <= 200; len++) {
        full += hist[len];
      }
      return new Layout(full * 2 >= inner, max);
    }

    boolean isShortLine(char[] a, int pos) {
      int s = pos;
      while (s > 0 && a[s - 1] != '\n') {
        s--;
      }
      int e = pos;
      while (e < a.length && a[e] != '\n') {
        e++;
      }
      return trimmedLength(a, s, e) < width * WRAPPED_SHORT_LINE;
    }

    private static int trimmedLength(char[] a, int s, int e) {
      while (s < e && Character.isWhitespace(a[s])) {
        s++;
      }
      while (e > s && Character.isWhitespace(a[e - 1])) {
        e--;
      }
      return e - s;
    }
  }
}
