package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packed word table against a {@code HashMap}, and its bulk file form. */
class WordTableTest {
  @Test
  void findsTheFirstWordNotNumberedByItsIndex() {
    WordTable numbered = new WordTable.Builder().add("w=kiel", 0).add("w=peking", 1).build();
    assertEquals(-1, numbered.firstNotNumberedByIndex());
    WordTable off =
        new WordTable.Builder().add("w=kiel", 0).add("w=peking", 2).add("w=rom", 2).build();
    assertEquals(1, off.firstNotNumberedByIndex());
    assertEquals(-1, new WordTable.Builder().build().firstNotNumberedByIndex());
  }

  @Test
  void findsEveryWordAndNoOtherLikeAHashMap() {
    Random random = new Random(7);
    Map<String, Integer> expected = new HashMap<>();
    WordTable.Builder b = new WordTable.Builder(4); // grows past its first guess
    for (int i = 0; i < 20_000; i++) {
      String w = randomWord(random);
      if (expected.putIfAbsent(w, i) == null) {
        b.add(w, i);
      }
    }
    WordTable t = b.build();
    assertEquals(expected.size(), t.size());
    expected.forEach((w, v) -> assertEquals(v, t.get(w, -1), w));
    for (int i = 0; i < t.size(); i++) { // an index is the place in the order added, not the value
      assertEquals(i, t.index(t.word(i)));
    }
    for (int i = 0; i < 20_000; i++) {
      String w = randomWord(random);
      assertEquals(expected.getOrDefault(w, -1), t.get(w, -1), w);
      assertEquals(expected.containsKey(w), t.index(w) >= 0, w);
    }
    // same hash code, other words: "Aa" and "BB"; a prefix and an extension of a word
    WordTable h = new WordTable.Builder().add("Aa", 1).add("Kiel", 2).build();
    assertEquals(0, h.get("BB", 0));
    assertEquals(0, h.get("Kie", 0));
    assertEquals(0, h.get("Kieler", 0));
    assertEquals(0, h.get("", 0));
    assertEquals("Kiel", h.word(1));
    assertEquals(2, h.value(1));
  }

  @Test
  void aWordGivenInPartsIsFoundAsTheWholeWord() {
    Random random = new Random(3);
    String[] parts = {"", "a", "w-1w=", "köln", "|", "x|y", "😀", "EOS", "bos"};
    WordTable.Builder b = new WordTable.Builder();
    Map<String, Integer> all = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      String w =
          parts[random.nextInt(parts.length)]
              + parts[random.nextInt(parts.length)]
              + '|'
              + parts[random.nextInt(parts.length)];
      if (all.putIfAbsent(w, i) == null) {
        b.add(w, i);
      }
    }
    WordTable t = b.build();
    for (String p : parts) {
      for (String a : parts) {
        for (String c : parts) {
          for (char sep : new char[] {'|', '='}) {
            String whole = p + a + sep + c;
            assertEquals(t.get(whole, -1), t.get(p, a, sep, c, -1), whole);
            assertEquals(all.getOrDefault(whole, -1), t.get(p, a, sep, c, -1), whole);
            int i = t.index(p, a, sep, c);
            assertEquals(t.index(whole), i, whole);
            assertEquals(all.containsKey(whole) ? whole : null, i < 0 ? null : t.word(i));
          }
        }
      }
    }
  }

  @Test
  void wordsBeyondLatin1AndLatin1WordsOfTheSameHashCodeStayApart() throws IOException {
    String wide = "Łx";
    String narrow = null; // three Latin-1 chars with the same hash code
    for (int a = 0; a < 256 && narrow == null; a++) {
      for (int b = 0; b < 256 && narrow == null; b++) {
        int c = wide.hashCode() - 961 * a - 31 * b;
        if (c >= 0 && c < 256) {
          narrow = "" + (char) a + (char) b + (char) c;
        }
      }
    }
    assertEquals(wide.hashCode(), narrow.hashCode());
    for (String[] order : new String[][] {{wide, narrow}, {narrow, wide}}) {
      WordTable t =
          new WordTable.Builder().add(order[0], 1).add(order[1], 2).add("Łx|y", 3).build();
      for (WordTable table : new WordTable[] {t, roundTrip(t), t.inSlotOrder()}) {
        assertEquals(1, table.get(order[0], 0));
        assertEquals(2, table.get(order[1], 0));
        assertEquals(3, table.get("", "Łx", '|', "y", 0));
        assertEquals(0, table.get("", "Łx", '|', "z", 0));
        assertEquals(0, table.get("Ł", "x", '|', "", 0));
        assertEquals(0, table.get("Ły", 0));
        assertEquals(Set.of(wide, narrow, "Łx|y"), table.asSet());
      }
      assertEquals(order[1], t.word(1));
      assertThrows(
          IllegalArgumentException.class,
          () -> new WordTable.Builder().add(order[0], 1).add(order[1], 2).add(order[0], 3).build());
    }
  }

  @Test
  void manyWordsOfOneHashCodeAreToldApart() throws IOException {
    // "Aa" and "BB" share a hash code, so do all 4,096 words of twelve such pairs: the slots'
    // hash codes agree for every one of them, and only their text keeps them apart
    WordTable.Builder b = new WordTable.Builder();
    String[] words = new String[1 << 12];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int bit = 0; bit < 12; bit++) {
        w.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
      }
      words[i] = w.toString();
      assertEquals(words[0].hashCode(), words[i].hashCode());
      if (i % 2 == 0) { // every other word is in the table
        b.add(words[i], i);
      }
    }
    WordTable t = b.build();
    for (WordTable table : new WordTable[] {t, roundTrip(t), t.inSlotOrder()}) {
      for (int i = 0; i < words.length; i++) {
        assertEquals(i % 2 == 0 ? i : -1, table.get(words[i], -1), words[i]);
        // in parts: the first pair made "Aa", so the word or the one before it (in the table),
        // whose eleventh char is a 'B' whatever it was
        String a = words[i].substring(2, 10);
        String rest = words[i].substring(11);
        int whole = (i & ~1) | 1 << 5; // the word with its first pair "Aa" and its sixth "BB"
        assertEquals(
            words[i].charAt(11) == 'B' ? whole : -1, table.get("Aa", a, 'B', rest, -1), words[i]);
      }
    }
  }

  @Test
  void inSlotOrderKeepsEveryWordAndValue() {
    Random random = new Random(11);
    WordTable.Builder b = new WordTable.Builder();
    Map<String, Integer> all = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      String w = randomWord(random);
      if (all.putIfAbsent(w, i) == null) {
        b.add(w, i);
      }
    }
    WordTable sorted = b.build().inSlotOrder();
    assertEquals(all.size(), sorted.size());
    all.forEach((w, v) -> assertEquals(v, sorted.get(w, -1), w));
    assertEquals(all.keySet(), sorted.asSet());
    assertTrue(sorted.asSet().containsAll(all.keySet()));
    assertEquals(false, sorted.asSet().contains(7));
  }

  @Test
  void aWordAddedTwiceIsAnError() {
    WordTable.Builder b = new WordTable.Builder().add("Kiel", 1).add("Bonn", 2).add("Kiel", 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("Kiel"), e.getMessage());
  }

  @Test
  void writesAndReadsAnyStringsIncludingUnpairedSurrogates() throws IOException {
    String[] words = {"Kiel", "Köln", "Łódź", "\uD83D", "😀x", "", "a b", "Zürich"};
    WordTable.Builder b = new WordTable.Builder();
    for (int i = 0; i < words.length; i++) {
      b.add(words[i], i * 7 - 3);
    }
    for (WordTable t :
        new WordTable[] {
          b.build(),
          new WordTable.Builder().add("Köln", 1).add("Zürich", 2).build(), // Latin-1 only
          new WordTable.Builder(0).build()
        }) {
      WordTable read = roundTrip(t);
      assertEquals(t.size(), read.size());
      for (int i = 0; i < t.size(); i++) {
        assertEquals(t.word(i), read.word(i));
        assertEquals(t.value(i), read.get(t.word(i), Integer.MIN_VALUE));
      }
    }
  }

  @Test
  void aCorruptFileFailsWithAnIoError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new WordTable.Builder()
        .add("Kiel", 1)
        .add("Bonn", 2)
        .build()
        .write(new DataOutputStream(bytes));
    byte[] good = bytes.toByteArray();
    assertEquals(2, read(good).get("Bonn", 0));
    byte[] negative = good.clone();
    negative[4] = (byte) 0x80; // a negative word count
    assertThrows(IOException.class, () -> read(negative));
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 3);
    assertThrows(IOException.class, () -> read(cut));
    byte[] longWord = good.clone();
    longWord[12] = 9; // the first word's length: past the end of the text
    assertThrows(IOException.class, () -> read(longWord));
    // two words, but the first one's long length takes all five bytes of lengths
    ByteArrayOutputStream noSecondLength = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(noSecondLength);
    out.writeInt(-2); // the compact layout
    out.writeInt(2);
    out.writeInt(5);
    out.write(new byte[] {(byte) 255, 0, 0, 0, 4});
    out.writeInt(8);
    out.writeBytes("KielBonn");
    out.writeInt(0);
    WordTable.writeInts(out, new int[] {1, 2});
    IOException e = assertThrows(IOException.class, () -> read(noSecondLength.toByteArray()));
    assertTrue(e.getMessage().contains("word 1 has no length"), e.getMessage());
    byte[] wideChar = good.clone();
    wideChar[29] = 1; // one char beyond Latin-1: the bytes after it are no such char
    assertThrows(IOException.class, () -> read(wideChar));
  }

  @Test
  void readsTheFirstLayoutOfEarlierModelFiles() throws IOException {
    // word count, lengths, whether the text is Latin-1, its chars, the text, the values
    for (String[] words : new String[][] {{"Kiel", "Bonn"}, {"Łódź", "Köln"}}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(2);
      WordTable.writeInts(out, new int[] {4, 4});
      String text = words[0] + words[1];
      boolean latin1 = text.chars().allMatch(c -> c <= 0xFF);
      out.writeBoolean(latin1);
      out.writeInt(8);
      out.write(
          text.getBytes(
              latin1
                  ? java.nio.charset.StandardCharsets.ISO_8859_1
                  : java.nio.charset.StandardCharsets.UTF_16BE));
      WordTable.writeInts(out, new int[] {1, 2});
      WordTable t = read(bytes.toByteArray());
      assertEquals(2, t.size());
      assertEquals(words[0], t.word(0));
      assertEquals(1, t.get(words[0], 0));
      assertEquals(2, t.get(words[1], 0));
    }
  }

  private static WordTable roundTrip(WordTable t) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    t.write(new DataOutputStream(bytes));
    return read(bytes.toByteArray());
  }

  private static WordTable read(byte[] bytes) throws IOException {
    return WordTable.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  private static String randomWord(Random random) {
    int n = 1 + random.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // Latin-1 and beyond: Polish letters, and the halves of an emoji, paired or not
      String alphabet = "aäbKz-ßéłŁ\uD83D\uDE00";
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
