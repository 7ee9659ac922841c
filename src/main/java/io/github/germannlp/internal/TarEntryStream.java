package io.github.germannlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal reader of ustar archives: entry names and contents, in archive order. Enough for the
 * data sets this project reads (an npm package, the federal laws); not a general tar library.
 *
 * <pre>{@code
 * TarEntryStream tar = new TarEntryStream(in);
 * while (tar.next()) {
 *   byte[] content = tar.content();
 * }
 * }</pre>
 */
public final class TarEntryStream {
  private final InputStream in;
  private String name;
  private long size;

  /**
   * Reads the archive from {@code in} (not closed here).
   *
   * @param in the uncompressed tar stream, positioned at its first header; decompress a {@code
   *     .tar.gz} or {@code .tar.xz} before
   */
  public TarEntryStream(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the next entry; false at the end of the archive. Call {@link #content()} for each
   * entry before moving on, or the stream loses its place.
   *
   * @return true if a header was read, false at the archive's end marker or the end of the stream
   * @throws IOException if the stream cannot be read
   * @throws NumberFormatException if the header's size field is not an octal number
   */
  public boolean next() throws IOException {
    byte[] header = in.readNBytes(512);
    if (header.length < 512 || header[0] == 0) {
      return false;
    }
    name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "").strip();
    String octal = new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").strip();
    size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
    return true;
  }

  /**
   * The current entry's name.
   *
   * @return the name field of the entry's header (at most 100 characters; the ustar prefix field is
   *     not read), or null before the first {@link #next()}
   */
  public String name() {
    return name;
  }

  /**
   * The current entry's content (call once per entry).
   *
   * @return the entry's bytes, read in full (shorter only if the stream ends early)
   * @throws IOException if the stream cannot be read or the entry is larger than 2 GB
   */
  public byte[] content() throws IOException {
    if (size > Integer.MAX_VALUE) {
      throw new IOException("tar entry too large: " + name);
    }
    byte[] data = in.readNBytes((int) size);
    long pad = (512 - size % 512) % 512;
    in.readNBytes((int) pad);
    return data;
  }
}
