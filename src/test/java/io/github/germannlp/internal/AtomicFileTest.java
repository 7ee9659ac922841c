package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all. */
class AtomicFileTest {
  @Test
  void aFailedWriteLeavesTheFileBeforeItAndNothingElse(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("sub/model.bin");
    AtomicFile.write(out, o -> o.write(new byte[] {1, 2, 3}));
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFile.write(
                    out,
                    o -> {
                      o.write(new byte[] {9, 9});
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", e.getMessage());
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList()); // no temporary file left
    }
    AtomicFile.writePath(out, tmp -> Files.write(tmp, new byte[] {4}));
    assertArrayEquals(new byte[] {4}, Files.readAllBytes(out));
  }
}
