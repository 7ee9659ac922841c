package io.github.germannlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/**
 * What the current thread allocates, for tests that guard against allocation per word: the bytes a
 * call on a long input allocates beyond the same call on a short one, divided by the extra words.
 */
public final class ThreadAllocations {
  private ThreadAllocations() {}

  /**
   * The bytes {@code longer} allocates per unit beyond {@code shorter}, each run {@code calls}
   * times after once to warm their caches.
   *
   * @param shorter the call on the short input
   * @param longer the call on the long one
   * @param extraUnits how many more words (or tokens) the long input has
   * @param calls how many times each call runs while counted
   * @return bytes a unit
   * @throws org.opentest4j.TestAbortedException if this JVM does not count a thread's bytes
   */
  public static double perExtraUnit(Runnable shorter, Runnable longer, int extraUnits, int calls) {
    assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
            && t.isThreadAllocatedMemorySupported()
            && t.isThreadAllocatedMemoryEnabled(),
        "this JVM does not count a thread's allocated bytes");
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    shorter.run(); // the caches filled
    longer.run();
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int c = 0; c < calls; c++) {
      shorter.run();
    }
    long once = threads.getCurrentThreadAllocatedBytes() - before;
    before = threads.getCurrentThreadAllocatedBytes();
    for (int c = 0; c < calls; c++) {
      longer.run();
    }
    long more = threads.getCurrentThreadAllocatedBytes() - before;
    return (more - once) / (double) calls / extraUnits;
  }
}
