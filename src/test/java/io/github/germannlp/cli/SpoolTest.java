package io.github.germannlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The spool that keeps a long input's entities and furniture while its sentences are written. */
class SpoolTest {
  @Test
  void aSpoolKeepsSmallTextInMemoryAndLargeTextInATemporaryFileItDeletes() throws IOException {
    StringBuilder expected = new StringBuilder();
    Path file;
    try (Spool spool = new Spool(1000)) {
      for (int i = 0; i < 300; i++) {
        String s = "{\"text\":\"Kiel " + i + " ä\"},";
        spool.write(s);
        expected.append(s);
        if (i == 10) {
          assertNull(spool.file(), "still in memory");
        }
      }
      file = spool.file();
      assertTrue(file != null && Files.exists(file));
      StringBuilder copied = new StringBuilder();
      spool.copyTo((c, n) -> copied.append(c, 0, n));
      assertEquals(expected.toString(), copied.toString());
    }
    assertFalse(Files.exists(file), "deleted on close");
    try (Spool small = new Spool(1000)) {
      small.write("klein");
      StringBuilder copied = new StringBuilder();
      small.copyTo((c, n) -> copied.append(c, 0, n));
      assertEquals("klein", copied.toString());
      assertNull(small.file());
    }
  }
}
