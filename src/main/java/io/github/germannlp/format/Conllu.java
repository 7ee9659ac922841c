package io.github.germannlp.format;

import io.github.germannlp.Document;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.ner.EntityMention;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes a {@link Document} in the CoNLL-U format of Universal Dependencies: tokens, lemmas,
 * Universal POS tags, entity tags and character offsets, without morphology or syntax. Stateless
 * and thread-safe.
 *
 * <p>Each sentence is a {@code # sent_id = N} line (N counts from 1, or from the number given), a
 * {@code # text = …} line, one line per token and a blank line. A token line has the ten
 * tab-separated columns ID (1, 2, … in each sentence), FORM, LEMMA, UPOS, XPOS, FEATS, HEAD,
 * DEPREL, DEPS and MISC; XPOS to DEPS are always {@code _} (the columns are separated by one tab,
 * shown as spaces here):
 *
 * <pre>
 * # sent_id = 5
 * # text = Außenministerin Miriam Lorenz (l.) empfängt ihren französischen Amtskollegen …
 * 1  Außenministerin  Außenministerin  NOUN   _  _  _  _  _  End=216|NER=O|Start=201
 * 2  Miriam           Miriam           PROPN  _  _  _  _  _  End=223|NER=B-PER|Start=217
 * 3  Lorenz           Lorenz           PROPN  _  _  _  _  _  End=230|NER=I-PER|Start=224
 * 4  (                (                PUNCT  _  _  _  _  _  End=232|NER=O|SpaceAfter=No|Start=231
 * 5  l.               l.               X      _  _  _  _  _  End=234|NER=O|SpaceAfter=No|Start=232
 * 6  )                )                PUNCT  _  _  _  _  _  End=235|NER=O|Start=234
 * </pre>
 *
 * <ul>
 *   <li>FORM is the token's text, LEMMA its lemma ({@code _} without the {@link Layer#LEMMA}
 *       layer). A contraction keeps its composite lemma ({@code im}: {@code in+der}): the tokens
 *       are the library's, no multi-word token lines split them into syntactic words.
 *   <li>UPOS is the Universal POS tag, {@code _} without the {@link Layer#POS} layer. A composite
 *       tag such as {@code ADP+DET} (a contraction) is not one of the seventeen tags: UPOS has its
 *       first part ({@code ADP}) and MISC the whole as {@code CompositeUpos=ADP+DET}.
 *   <li>MISC holds {@code Key=Value} pairs separated by {@code |}, keys in alphabetical order:
 *       {@code CompositeUpos} (see above), {@code End} and {@code Start} (the token's offsets in
 *       the document's text, plus the offset given, the end exclusive), {@code NER} (with the
 *       {@link Layer#ENTITIES} layer, on every token: {@code B-}<i>type</i> on the first token of a
 *       mention, {@code I-}<i>type</i> on the others, {@code O} outside mentions) and {@code
 *       SpaceAfter=No} where the next token follows without white space.
 *   <li>The {@code # text} line is the sentence's forms joined as {@code SpaceAfter} says, one
 *       space wherever the text has white space between two tokens (so that it matches the tokens,
 *       as CoNLL-U requires); the offsets give the original spacing.
 *   <li>No field holds a tab or a line break: in FORM, LEMMA and the {@code # text} line, tabs,
 *       line breaks and other control characters become a space (the offsets keep pointing at the
 *       original characters); spaces are kept, as in the text (the library's tokenizer cuts no
 *       token with white space in it; tokens given to {@link
 *       io.github.germannlp.GermanNlp#analyzeTokens} may have one). A form or lemma that would be
 *       empty or blank is {@code _}. In a MISC value, {@code |} becomes {@code _}.
 * </ul>
 */
public final class Conllu {
  private Conllu() {}

  /**
   * The CoNLL-U of a document, its sentences numbered from 1.
   *
   * @param doc the document to write
   * @return the sentences, each ending with a blank line; empty for a document without tokens
   * @throws NullPointerException if {@code doc} is null
   */
  public static String toConllu(Document doc) {
    Objects.requireNonNull(doc, "doc");
    StringWriter out = new StringWriter(doc.text().length() * 6 + 64);
    try {
      write(doc, 0, 1, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes the CoNLL-U of a document, its sentences numbered from 1 and its offsets as they are.
   * The writer is neither flushed nor closed.
   *
   * @param doc the document to write
   * @param out where to write it
   * @throws IOException if {@code out} cannot be written
   * @throws NullPointerException if {@code doc} or {@code out} is null
   */
  public static void write(Document doc, Writer out) throws IOException {
    write(doc, 0, 1, out);
  }

  /**
   * Writes the CoNLL-U of a document that is one piece of a longer text: its offsets are shifted by
   * the piece's place in that text and its sentences numbered on from those before it. The writer
   * is neither flushed nor closed.
   *
   * @param doc the document to write
   * @param offset added to every {@code Start} and {@code End}: where the document's text begins in
   *     the longer text (0 for a document on its own)
   * @param firstSentenceId the {@code sent_id} of the document's first sentence (1 for a document
   *     on its own); the others follow one by one
   * @param out where to write it
   * @throws IOException if {@code out} cannot be written
   * @throws NullPointerException if {@code doc} or {@code out} is null
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public static void write(Document doc, int offset, int firstSentenceId, Writer out)
      throws IOException {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(out, "out");
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset: " + offset);
    }
    String[] ner = doc.has(Layer.ENTITIES) ? bioTags(doc) : null;
    StringBuilder text = new StringBuilder();
    for (Sentence s : doc.sentences()) {
      out.write("# sent_id = ");
      out.write(Long.toString((long) firstSentenceId + s.index()));
      out.write('\n');
      text.setLength(0);
      for (int t = s.firstToken(), e = s.endToken(); t < e; t++) {
        Token token = doc.token(t);
        text.append(column(token.text()));
        if (t + 1 < e && token.spaceAfter()) {
          text.append(' ');
        }
      }
      out.write("# text = ");
      out.write(text.toString());
      out.write('\n');
      for (int t = s.firstToken(), e = s.endToken(); t < e; t++) {
        token(doc.token(t), t - s.firstToken() + 1, offset, ner == null ? null : ner[t], out);
      }
      out.write('\n');
    }
  }

  private static void token(Token token, int id, int offset, String ner, Writer out)
      throws IOException {
    String upos = token.upos();
    int plus = upos == null ? -1 : upos.indexOf('+');
    out.write(Integer.toString(id));
    out.write('\t');
    out.write(column(token.text()));
    out.write('\t');
    out.write(token.lemma() == null ? "_" : column(token.lemma()));
    out.write('\t');
    out.write(
        upos == null ? "_" : column(plus > 0 ? upos.substring(0, plus) : upos).replace(' ', '_'));
    out.write("\t_\t_\t_\t_\t_\t");
    // MISC, keys in alphabetical order
    if (plus > 0) {
      out.write("CompositeUpos=");
      out.write(value(upos));
      out.write('|');
    }
    out.write("End=");
    out.write(Long.toString((long) offset + token.end()));
    if (ner != null) {
      out.write("|NER=");
      out.write(value(ner));
    }
    if (!token.spaceAfter()) {
      out.write("|SpaceAfter=No");
    }
    out.write("|Start=");
    out.write(Long.toString((long) offset + token.start()));
    out.write('\n');
  }

  /** One BIO tag per token of the document, {@code O} outside every mention. */
  private static String[] bioTags(Document doc) {
    String[] tags = new String[doc.tokenCount()];
    Arrays.fill(tags, "O");
    for (EntityMention m : doc.mentions()) {
      for (int t = m.firstToken(); t < m.endToken(); t++) {
        tags[t] = (t == m.firstToken() ? "B-" : "I-") + m.type();
      }
    }
    return tags;
  }

  /**
   * {@code s} as a FORM or LEMMA: {@link #field}, and {@code _} for what would be empty or blank.
   */
  static String column(String s) {
    String f = field(s);
    return f.isBlank() ? "_" : f;
  }

  /** {@code s} with each tab, line break and other control character replaced by a space. */
  static String field(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (breaksLine(s.charAt(i))) {
        StringBuilder b = new StringBuilder(s);
        for (int j = i; j < b.length(); j++) {
          if (breaksLine(b.charAt(j))) {
            b.setCharAt(j, ' ');
          }
        }
        return b.toString();
      }
    }
    return s;
  }

  /** A MISC value: {@link #field} with {@code |}, which separates the pairs, as {@code _}. */
  private static String value(String s) {
    return field(s).replace('|', '_');
  }

  /** Control characters (tab, line feed, …, NEL) and Unicode line and paragraph separators. */
  private static boolean breaksLine(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
