package io.github.germannlp.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe cache of at most about {@code capacity} entries, for values that are cheap to
 * recompute but worth keeping for keys that repeat (the word types of running text). When it is
 * full it is emptied rather than evicted entry by entry: there is no bookkeeping on the hot path,
 * and the bound holds however many distinct keys arrive (at most {@code capacity} entries plus one
 * per concurrent writer).
 *
 * <pre>{@code
 * BoundedCache<String, Integer> lengths = new BoundedCache<>(1 << 15);
 * int n = lengths.get("Sanktionsdruck", String::length);
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BoundedCache<K, V> {
  private final int capacity;
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

  /**
   * A cache of at most about {@code capacity} entries.
   *
   * @param capacity the bound, at least 1
   * @throws IllegalArgumentException if {@code capacity} is below 1
   */
  public BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The value cached for {@code key}, or the one {@code compute} gives for it, which is then
   * cached. When threads race on one key, each may compute it, and all get the value that was
   * cached first.
   *
   * @param key the key, not null
   * @param compute the value of a key, never null
   * @return the cached value, or the newly computed one
   */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V v = map.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (map.size() >= capacity) {
        map.clear();
      }
      V first = map.putIfAbsent(key, v);
      if (first != null) {
        v = first;
      }
    }
    return v;
  }

  /**
   * The number of cached entries.
   *
   * @return the entries cached now; drops to 0 whenever the cache fills up and is emptied
   */
  public int size() {
    return map.size();
  }

  /**
   * The bound given at construction.
   *
   * @return the capacity at which the cache is emptied
   */
  public int capacity() {
    return capacity;
  }
}
