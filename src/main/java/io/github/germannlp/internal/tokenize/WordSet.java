package io.github.germannlp.internal.tokenize;

/**
 * A small, case-sensitive, immutable set of short words, looked up over a region of a {@code
 * char[]} without allocation. Built for closed-class word tables that are probed once per token: a
 * 64k-bit filter on (length, first and last char) rejects almost every other word with one memory
 * access; the rest is checked in an open-addressing table.
 */
final class WordSet {
  private final long[] filter = new long[1 << 10]; // 65,536 bits
  private final char[][] slots;
  private final int mask;
  private final int maxLength;

  WordSet(String... words) {
    int size = Integer.highestOneBit(Math.max(4, words.length) * 8);
    slots = new char[size][];
    mask = size - 1;
    int max = 0;
    for (String w : words) {
      char[] c = w.toCharArray();
      max = Math.max(max, c.length);
      int f = filterIndex(c, 0, c.length);
      filter[f >>> 6] |= 1L << f;
      int i = hash(c, 0, c.length) & mask;
      while (slots[i] != null && !equals(slots[i], c, 0, c.length)) {
        i = (i + 1) & mask;
      }
      slots[i] = c;
    }
    maxLength = max;
  }

  boolean contains(char[] a, int start, int len) {
    if (len == 0 || len > maxLength) {
      return false;
    }
    int f = filterIndex(a, start, len);
    if ((filter[f >>> 6] & (1L << f)) == 0) {
      return false;
    }
    int i = hash(a, start, len) & mask;
    char[] slot;
    while ((slot = slots[i]) != null) {
      if (equals(slot, a, start, len)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private static int filterIndex(char[] a, int start, int len) {
    return ((a[start] * 31 + a[start + len - 1]) * 31 + len) & 0xFFFF;
  }

  private static int hash(char[] a, int start, int len) {
    int h = len * 31 + a[start];
    h = h * 31 + a[start + len - 1];
    if (len > 2) {
      h = h * 31 + a[start + 1];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static boolean equals(char[] slot, char[] a, int start, int len) {
    if (slot.length != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (slot[k] != a[start + k]) {
        return false;
      }
    }
    return true;
  }
}
