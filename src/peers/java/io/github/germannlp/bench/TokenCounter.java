package io.github.germannlp.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tokens processed, shared by the benchmarks: JMH reports the field as a rate ({@code tokens} per
 * second) next to the operations per second in Throughput mode, summed over threads.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class TokenCounter {
  /** Tokens counted in the current iteration. */
  public long tokens;

  /** Starts each iteration at zero. */
  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }
}
