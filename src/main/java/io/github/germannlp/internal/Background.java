package io.github.germannlp.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own and joined later: a model read beside another. The
 * thread is a daemon, so work nobody joins does not keep the JVM alive.
 *
 * <pre>{@code
 * FutureTask<Gazetteer> words = Background.start("gazetteer", () -> Gazetteer.readPacked(in));
 * // ... read the rest on this thread ...
 * Gazetteer gazetteer = Background.join(words);
 * }</pre>
 */
public final class Background {
  private Background() {}

  /**
   * Starts {@code work} on a new daemon thread.
   *
   * @param name the thread's name, as thread dumps and profilers show it
   * @param work what to compute
   * @return the running work, for {@link #join}
   */
  public static <T> FutureTask<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return task;
  }

  /**
   * The result of the work, waited for. An interrupt while waiting does not stop the wait (the work
   * is loading something the caller needs); the thread's interrupt status is set again after it.
   *
   * @param task work from {@link #start}
   * @return its result
   * @throws Exception what the work threw, as it threw it (not wrapped)
   */
  public static <T> T join(FutureTask<T> task) throws Exception {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
