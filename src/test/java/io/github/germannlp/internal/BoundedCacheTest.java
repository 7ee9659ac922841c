package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
  @Test
  void computesOncePerKeyAndReturnsTheCachedValue() {
    AtomicInteger calls = new AtomicInteger();
    BoundedCache<String, String> cache = new BoundedCache<>(10);
    String first = cache.get("Sanktion", k -> new String(k + calls.incrementAndGet()));
    String second = cache.get("Sanktion", k -> new String(k + calls.incrementAndGet()));
    assertSame(first, second);
    assertEquals(1, calls.get());
    assertEquals(1, cache.size());
  }

  @Test
  void neverHoldsMoreThanItsCapacityHoweverManyKeysArrive() {
    BoundedCache<Integer, Integer> cache = new BoundedCache<>(100);
    for (int i = 0; i < 10_000; i++) {
      assertEquals(i * 2, cache.get(i, k -> k * 2));
      assertTrue(cache.size() <= 100, "size " + cache.size());
    }
    assertEquals(100, cache.capacity());
  }

  @Test
  void keysInUseSurviveWhileNewKeysComeAndGo() {
    AtomicInteger computed = new AtomicInteger();
    BoundedCache<String, String> cache = new BoundedCache<>(100);
    for (int i = 0; i < 10_000; i++) {
      cache.get("w" + i, k -> k); // a word seen once
      if (i % 20 == 0) { // a frequent word, asked once in every 20 new ones
        assertEquals("der", cache.get("der", k -> computed.incrementAndGet() > 0 ? k : null));
      }
      assertTrue(cache.size() <= 100, "size " + cache.size());
    }
    assertEquals(1, computed.get(), "the frequent word was computed again");
    AtomicInteger rare = new AtomicInteger(); // one asked less often than a generation turns
    for (int i = 0; i < 10_000; i++) {
      cache.get("v" + i, k -> k);
      if (i % 200 == 0) {
        cache.get("selten", k -> rare.incrementAndGet() > 0 ? k : null);
      }
    }
    assertEquals(50, rare.get());
  }

  @Test
  void racingThreadsAllGetTheFirstCachedValueAndTheBoundHolds() throws Exception {
    BoundedCache<Integer, Object> cache = new BoundedCache<>(64);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> seen = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        seen.add(pool.submit(() -> cache.get(7, k -> new Object())));
      }
      Object first = seen.get(0).get();
      for (Future<Object> f : seen) {
        assertSame(first, f.get());
      }
      List<Future<?>> fill = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100_000;
        fill.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20_000; i++) {
                    cache.get(base + i, k -> k);
                  }
                }));
      }
      for (Future<?> f : fill) {
        f.get();
      }
      assertTrue(cache.size() <= 64 + 2 * 4, "size " + cache.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsACapacityBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, String>(0));
  }
}
