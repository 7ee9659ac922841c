package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void aFailedLoadThrowsTheLoadersOwnErrorEveryTimeUntilItSucceeds() {
    AtomicBoolean present = new AtomicBoolean(false);
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy =
        new Lazy<>(
            () -> {
              calls.incrementAndGet();
              if (!present.get()) {
                throw new IllegalStateException("resource missing: /x/table.tsv");
              }
              return "table";
            });
    IllegalStateException first = assertThrows(IllegalStateException.class, lazy::get);
    assertEquals("resource missing: /x/table.tsv", first.getMessage());
    // not an ExceptionInInitializerError, then NoClassDefFoundError: the same typed error again
    assertThrows(IllegalStateException.class, lazy::get);
    present.set(true);
    assertEquals("table", lazy.get());
    assertEquals("table", lazy.get());
    assertEquals(3, calls.get(), "loaded once after the first success");
  }

  @Test
  void aNullValueIsAnError() {
    assertThrows(NullPointerException.class, () -> new Lazy<String>(() -> null).get());
    assertThrows(NullPointerException.class, () -> new Lazy<String>(null));
  }

  @Test
  void threadsShareOneValue() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Lazy<Object> lazy =
        new Lazy<>(
            () -> {
              calls.incrementAndGet();
              return new Object();
            });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        got.add(pool.submit(lazy::get));
      }
      Object one = got.get(0).get();
      for (Future<Object> f : got) {
        assertSame(one, f.get());
      }
      assertEquals(1, calls.get());
    } finally {
      pool.shutdown();
    }
  }
}
