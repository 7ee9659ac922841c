package io.github.germannlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class BackgroundTest {
  @Test
  void joinGivesTheResultOrTheExceptionAsThrown() throws Exception {
    assertEquals("Kiel", Background.join(Background.start("t", () -> "Kiel")));
    IOException io = new IOException("cut off");
    assertSame(io, assertThrows(IOException.class, () -> Background.join(fail(io))));
    IllegalStateException unchecked = new IllegalStateException("bad");
    assertSame(
        unchecked,
        assertThrows(IllegalStateException.class, () -> Background.join(fail(unchecked))));
    OutOfMemoryError error = new OutOfMemoryError("full");
    assertSame(error, assertThrows(OutOfMemoryError.class, () -> Background.join(fail(error))));
  }

  @Test
  void anInterruptWhileWaitingIsKeptForAfterTheResult() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    FutureTask<String> task =
        Background.start(
            "t",
            () -> {
              go.await();
              return "done";
            });
    Thread.currentThread().interrupt();
    Thread release = new Thread(go::countDown);
    release.start();
    try {
      assertEquals("done", Background.join(task));
      assertTrue(Thread.interrupted()); // clears it for the next test
    } finally {
      release.join();
    }
  }

  private static FutureTask<Object> fail(Throwable t) {
    return Background.start(
        "t",
        () -> {
          if (t instanceof Exception e) {
            throw e;
          }
          throw (Error) t;
        });
  }
}
