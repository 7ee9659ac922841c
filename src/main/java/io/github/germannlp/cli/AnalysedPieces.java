package io.github.germannlp.cli;

import io.github.germannlp.Document;
import io.github.germannlp.internal.ChunkReader;
import io.github.germannlp.internal.OrderedBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The pieces of one input ({@link ChunkReader}), each with its document: read and analysed one at a
 * time as they are asked for ({@link #live}), or all at once, ahead, on another thread ({@link
 * #ahead}), for small files while the command writes the ones before. Either way the pieces, their
 * documents and the problem that ended the input are the same.
 */
final class AnalysedPieces {
  /** Files up to this size are analysed ahead; larger ones piece by piece, in bounded memory. */
  static final long AHEAD_BYTES = 1 << 16;

  /** A piece of an input: its text, where it starts in the input, and its document. */
  record Piece(String text, int base, Document doc) {}

  private final String file;
  private final ChunkReader chunks;
  private final Function<String, Document> analyse;
  private final Iterator<Piece> replay;
  private String problem;

  /** The reader of a live input that counts its malformed UTF-8; null if replayed or unknown. */
  private final Inputs.Decoded decoded;

  /** A replayed input's malformed UTF-8 sequences, counted when it was read ahead. */
  private final long malformed;

  private AnalysedPieces(
      String file,
      ChunkReader chunks,
      Function<String, Document> analyse,
      Iterator<Piece> replay,
      String problem,
      Inputs.Decoded decoded,
      long malformed) {
    this.file = file;
    this.chunks = chunks;
    this.analyse = analyse;
    this.replay = replay;
    this.problem = problem;
    this.decoded = decoded;
    this.malformed = malformed;
  }

  /**
   * The pieces of {@code reader}, read and analysed as {@link #next} asks for them.
   *
   * @param file the input's name, for problems
   */
  static AnalysedPieces live(
      String file, Reader reader, int chunkChars, Function<String, Document> analyse) {
    return new AnalysedPieces(
        file,
        new ChunkReader(reader, chunkChars),
        analyse,
        null,
        null,
        reader instanceof Inputs.Decoded d ? d : null,
        0);
  }

  /**
   * The next piece, read and analysed now or ahead.
   *
   * @return the next piece, or null after the last one or when reading failed ({@link #problem})
   */
  Piece next() {
    if (replay != null) {
      return replay.hasNext() ? replay.next() : null;
    }
    if (problem != null) {
      return null;
    }
    String part;
    try {
      part = chunks.next();
    } catch (IOException e) {
      problem = file + ": cannot read: " + e.getMessage() + " (the rest of it skipped)";
      return null;
    }
    if (part == null) {
      return null;
    }
    if (chunks.base() + part.length() > Integer.MAX_VALUE) {
      problem =
          file
              + ": longer than "
              + Integer.MAX_VALUE
              + " chars, the most whose offsets this output holds (the rest of it skipped)";
      return null;
    }
    return new Piece(part, (int) chunks.base(), analyse.apply(part));
  }

  /** What ended the input early, once {@link #next} has returned null; null if nothing did. */
  String problem() {
    return problem;
  }

  /**
   * The malformed UTF-8 sequences of the input read as U+FFFD ({@link Inputs#warn}), once {@link
   * #next} has returned null; 0 for a reader that does not count them.
   */
  long malformed() {
    return decoded != null ? decoded.malformed() : malformed;
  }

  /**
   * An input as the command reaches it: analysed ahead ({@code ahead}), found unreadable ahead
   * ({@code failed}), or neither, to be opened and read live then.
   */
  record Input(String file, AnalysedPieces ahead, Main.InputException failed) {}

  /**
   * The inputs in order: with {@code threads} above 1 and more than one input, regular files up to
   * {@link #AHEAD_BYTES} are read and analysed on a pool of that many threads, a few inputs ahead
   * of the caller; the others (standard input, large files) are left to be read live when they are
   * reached. Close the stream to stop the pool.
   */
  static Stream<Input> inputs(
      List<String> files,
      InputStream stdin,
      int chunkChars,
      Function<String, Document> analyse,
      int threads) {
    if (threads < 2 || files.size() < 2) {
      return files.stream().map(file -> new Input(file, null, null));
    }
    return OrderedBatch.map(
        files.stream(),
        file -> ahead(file, stdin, chunkChars, analyse),
        threads,
        "german-nlp analyze");
  }

  /** A small file read and analysed now; any other input left to be read live. */
  private static Input ahead(
      String file, InputStream stdin, int chunkChars, Function<String, Document> analyse) {
    if (!small(file)) {
      return new Input(file, null, null);
    }
    Reader reader;
    try {
      reader = Inputs.open(file, stdin);
    } catch (Main.InputException e) {
      return new Input(file, null, e);
    }
    try (reader) {
      return new Input(file, drain(live(file, reader, chunkChars, analyse)), null);
    } catch (IOException e) { // closing it failed, as the command's own close would
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a file is a regular file small enough to analyse ahead. */
  private static boolean small(String file) {
    if ("-".equals(file)) {
      return false;
    }
    try {
      Path p = Path.of(file);
      return Files.isRegularFile(p) && Files.size(p) <= AHEAD_BYTES;
    } catch (IOException | RuntimeException e) {
      return false; // opened as usual, which reports the problem
    }
  }

  /** All pieces of {@code live}, analysed now, to be replayed. */
  private static AnalysedPieces drain(AnalysedPieces live) {
    List<Piece> pieces = new ArrayList<>(1);
    for (Piece p; (p = live.next()) != null; ) {
      pieces.add(p);
    }
    return new AnalysedPieces(
        live.file, null, null, pieces.iterator(), live.problem(), null, live.malformed());
  }
}
