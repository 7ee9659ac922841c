package io.github.germannlp.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value loaded on first use and then shared, for bundled resources (tables, dictionaries).
 * Thread-safe.
 *
 * <p>Unlike a holder class, a failed load is not cached as a broken class: the loader's own
 * exception (an {@link IllegalStateException} naming the missing resource, an {@link
 * java.io.UncheckedIOException} for one that cannot be read) reaches the caller, and the next call
 * tries again and fails the same way, instead of an {@link ExceptionInInitializerError} followed by
 * {@link NoClassDefFoundError}s. Internal to the library; not part of its API.
 *
 * <pre>{@code
 * private static final Lazy<Set<String>> STOP = new Lazy<>(Features::loadStopWords);
 * ... STOP.get() ...
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> loader;
  private volatile T value;

  /**
   * A value that the loader will supply on the first call of {@link #get()}.
   *
   * @param loader supplies the value, never null; called until it returns without throwing
   * @throws NullPointerException if {@code loader} is null
   */
  public Lazy(Supplier<? extends T> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * The value, loaded on the first call.
   *
   * @return the shared value
   * @throws RuntimeException whatever the loader throws; a later call tries again
   * @throws NullPointerException if the loader returns null
   */
  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(loader.get(), "the loader returned null");
          value = v;
        }
      }
    }
    return v;
  }
}
