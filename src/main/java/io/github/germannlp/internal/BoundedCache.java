package io.github.germannlp.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe cache of at most about {@code capacity} entries, for values that are cheap to
 * recompute but worth keeping for keys that repeat (the word types of running text). It keeps two
 * generations of half the capacity each: new entries go to the young one, and when it is full the
 * old one is dropped and the young one becomes old. A key found in the old generation moves to the
 * young one, so keys in use (the frequent words) survive every turn and only those not asked for
 * during a whole generation are lost. There is no bookkeeping per entry on the hot path, and the
 * bound holds however many distinct keys arrive (at most {@code capacity} entries, rounded up to an
 * even number, plus two per concurrent writer).
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

  /** The entries a generation holds before the young one becomes old. */
  private final int generation;

  private volatile ConcurrentHashMap<K, V> young = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();

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
    this.generation = (capacity + 1) / 2;
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
    ConcurrentHashMap<K, V> y = young;
    V v = y.get(key);
    if (v == null) {
      v = old.get(key);
      if (v == null) {
        v = compute.apply(key);
      }
      if (y.size() >= generation) {
        y = turn(y);
      }
      V first = y.putIfAbsent(key, v);
      if (first != null) {
        v = first;
      }
    }
    return v;
  }

  /**
   * Drops the old generation and makes the full young one old, unless another thread did so since
   * {@code full} was read; returns the young generation now.
   */
  private synchronized ConcurrentHashMap<K, V> turn(ConcurrentHashMap<K, V> full) {
    if (young == full) {
      ConcurrentHashMap<K, V> dropped = old;
      dropped.clear(); // reused: emptied first, so it is empty when it becomes young
      old = full;
      young = dropped;
    }
    return young;
  }

  /**
   * The number of cached entries.
   *
   * @return the entries cached now, in both generations
   */
  public int size() {
    return young.size() + old.size();
  }

  /**
   * The bound given at construction.
   *
   * @return the capacity given; the cache keeps at most that many entries (rounded up to an even
   *     number)
   */
  public int capacity() {
    return capacity;
  }
}
