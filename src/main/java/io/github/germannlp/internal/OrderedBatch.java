package io.github.germannlp.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A function applied to the elements of a stream on a pool of threads, the results in the elements'
 * order: the inputs are taken lazily, at most four per thread are in flight, and the pool's daemon
 * threads end with the stream (or after a second of idleness when it is abandoned). A function's
 * exception is thrown, as it was thrown, when its result is reached.
 */
public final class OrderedBatch {
  private OrderedBatch() {}

  /**
   * The results of {@code f} on the inputs, in their order.
   *
   * @param inputs the inputs, consumed once; closed when the result is closed
   * @param f the function, safe to call from several threads at once
   * @param threads the pool's size, at least 2 (one thread is better served by {@link Stream#map})
   * @param threadName the threads' name, numbered
   * @param <T> the inputs' type
   * @param <R> the results' type
   * @return a sequential, ordered stream of the results
   */
  public static <T, R> Stream<R> map(
      Stream<T> inputs, Function<T, R> f, int threads, String threadName) {
    Objects.requireNonNull(f, "f");
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, threadName + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    Iterator<R> results = new InOrder<>(inputs.sequential().iterator(), f, pool, 4 * threads);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              pool.shutdownNow();
              inputs.close();
            });
  }

  /** The results of the inputs submitted to a pool, in the inputs' order. */
  private static final class InOrder<T, R> implements Iterator<R> {
    private final Iterator<T> inputs;
    private final Function<T, R> f;
    private final ThreadPoolExecutor pool;
    private final int window;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

    InOrder(Iterator<T> inputs, Function<T, R> f, ThreadPoolExecutor pool, int window) {
      this.inputs = inputs;
      this.f = f;
      this.pool = pool;
      this.window = window;
    }

    private void fill() {
      while (pending.size() < window && inputs.hasNext()) {
        T input = inputs.next();
        pending.add(pool.submit(() -> f.apply(input)));
      }
      if (pending.isEmpty()) {
        pool.shutdown();
      }
    }

    @Override
    public boolean hasNext() {
      fill();
      return !pending.isEmpty();
    }

    @Override
    public R next() {
      fill();
      Future<R> next = pending.poll();
      if (next == null) {
        throw new NoSuchElementException();
      }
      try {
        return next.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
        throw new CancellationException("interrupted while waiting for a result");
      } finally {
        fill();
      }
    }
  }
}
