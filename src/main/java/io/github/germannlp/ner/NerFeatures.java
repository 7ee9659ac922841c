package io.github.germannlp.ner;

import java.util.List;
import java.util.Locale;

/**
 * The features of one token for the entity model, the same at training and at run time: the
 * word and its neighbours (lower-cased), word shapes, prefixes and suffixes, length, whether it
 * is capitalised inside the sentence, the previous tags, conjunctions of its word lists with its
 * shape and neighbours,
 * gazetteer lists of the word, of its genitive base form ({@code Chinas} → {@code China}) and of
 * the parts of a hyphenated compound ({@code UN-Sicherheitsrat}), and of its neighbours.
 */
final class NerFeatures {
  private final Gazetteer gazetteer;
  private final String[] categoryNames;

  NerFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.categoryNames = gazetteer.categories().toArray(new String[0]);
  }

  /** A sentence's tokens with what every feature of them needs, computed once. */
  static final class Prepared {
    final String[] tokens;
    final String[] lower;
    final String[] shapes;

    Prepared(String[] tokens) {
      this.tokens = tokens;
      this.lower = new String[tokens.length];
      this.shapes = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        shapes[i] = shape(tokens[i]);
      }
    }
  }

  /**
   * The context of token {@code i}.
   *
   * @param sentence the sentence's tokens, prepared
   * @param tags the tags decided so far (only {@code tags[0..i)} is read)
   * @param out receives the features (cleared first)
   */
  void context(Prepared sentence, String[] tags, int i, List<String> out) {
    out.clear();
    tokenContext(sentence, i, out);
    tagContext(sentence, i, i > 0 ? tags[i - 1] : "BOS", i > 1 ? tags[i - 2] : "BOS", out);
  }

  /** The features that depend on the previous tags, appended to {@code out}. */
  static void tagContext(Prepared sentence, int i, String p1, String p2, List<String> out) {
    out.add("p1=" + p1);
    out.add("p2p1=" + p2 + '|' + p1);
    out.add("p1s=" + p1 + '|' + sentence.shapes[i]);
  }

  /** The features of token {@code i} that do not depend on tags, appended to {@code out}. */
  void tokenContext(Prepared sentence, int i, List<String> out) {
    String[] tokens = sentence.tokens;
    String[] lower = sentence.lower;
    String w = tokens[i];
    String lw = lower[i];
    out.add("w=" + lw);
    out.add("w-1=" + at(lower, i - 1));
    out.add("w+1=" + at(lower, i + 1));
    out.add("w-2=" + at(lower, i - 2));
    out.add("w+2=" + at(lower, i + 2));
    out.add("w-1w=" + at(lower, i - 1) + '|' + lw);
    out.add("ww+1=" + lw + '|' + at(lower, i + 1));
    String shape = sentence.shapes[i];
    out.add("s=" + shape);
    out.add("s-1=" + (i > 0 ? sentence.shapes[i - 1] : "BOS"));
    out.add("s+1=" + (i + 1 < tokens.length ? sentence.shapes[i + 1] : "EOS"));
    int n = lw.length();
    for (int k = 1; k <= 4 && k < n; k++) {
      out.add("pre" + k + '=' + lw.substring(0, k));
      out.add("suf" + k + '=' + lw.substring(n - k));
    }
    if (i == 0) {
      out.add("first");
    }
    if (n > 5) {
      out.add("pre5=" + lw.substring(0, 5));
      out.add("suf5=" + lw.substring(n - 5));
    }
    if (i > 0 && Character.isUpperCase(w.charAt(0))) {
      out.add("capmid"); // capitalised inside the sentence: a noun or a name
    }
    out.add("len=" + Math.min(n, 12));
    gazetteer(w, "g", out);
    int mask = gazetteer.lookup(w); // the word's lists, with its shape and its neighbours
    out.add("sg=" + shape + '|' + mask);
    out.add("w-1g=" + at(lower, i - 1) + '|' + mask);
    out.add("gw+1=" + mask + '|' + at(lower, i + 1));
    if (n > 3 && (w.endsWith("s") || w.endsWith("'"))) {
      gazetteer(w.substring(0, w.length() - 1), "gs", out); // genitive: Chinas, Grass'
    }
    int hyphen = w.indexOf('-');
    if (hyphen > 0 && hyphen < w.length() - 1) {
      String head = w.substring(0, hyphen);
      String tail = w.substring(w.lastIndexOf('-') + 1);
      out.add("h0=" + head.toLowerCase(Locale.ROOT));
      out.add("hN=" + tail.toLowerCase(Locale.ROOT));
      out.add("hs=" + shape(head) + '-' + shape(tail));
      gazetteer(head, "hg0", out);
      gazetteer(tail, "hgN", out);
    }
    if (i > 0) {
      gazetteer(tokens[i - 1], "g-1", out);
    }
    if (i + 1 < tokens.length) {
      gazetteer(tokens[i + 1], "g+1", out);
    }
  }

  private void gazetteer(String word, String prefix, List<String> out) {
    int mask = gazetteer.lookup(word);
    while (mask != 0) {
      int bit = Integer.numberOfTrailingZeros(mask);
      out.add(prefix + '=' + categoryNames[bit]);
      mask &= mask - 1;
    }
  }

  private static String at(String[] a, int i) {
    return i < 0 ? "BOS" : i >= a.length ? "EOS" : a[i];
  }

  /** Word shape: X for upper, x for lower, d for digit, runs longer than two collapsed. */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(Math.min(w.length(), 8));
    char prev = 0;
    int run = 0;
    for (int i = 0; i < w.length() && sb.length() < 8; i++) {
      char c = w.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : c;
      if (k == prev) {
        if (++run >= 2) {
          continue;
        }
      } else {
        run = 0;
      }
      sb.append(k);
      prev = k;
    }
    return sb.toString();
  }
}
