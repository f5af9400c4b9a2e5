package io.kfp4j.sdk.local.runs;

import io.kfp4j.annotations.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only Java components of the engine tests; the processor generates their factories from the test sources. */
public final class LocalComponents {
  private LocalComponents() {}

  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

  /**
   * The numbers from 0 to {@code n - 1}.
   *
   * @param n how many numbers
   * @return the numbers, as a JSON array
   */
  @Component
  public static List<Integer> numbersBelow(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /**
   * The square of a number.
   *
   * @param x the number
   * @return x times x
   */
  @Component
  public static int square(int x) {
    return x * x;
  }

  /**
   * Holds for a while and counts how many holds overlap in this JVM (in-process runs only).
   *
   * @param label any text, returned
   * @param millis how long to hold
   * @return the label
   * @throws InterruptedException when the run is cancelled
   */
  @Component
  public static String hold(String label, int millis) throws InterruptedException {
    int now = RUNNING.incrementAndGet();
    MOST_AT_ONCE.accumulateAndGet(now, Math::max);
    try {
      Thread.sleep(millis);
    } finally {
      RUNNING.decrementAndGet();
    }
    return label;
  }

  /**
   * Returns its input unchanged.
   *
   * @param text any text
   * @return the same text
   */
  @Component
  public static String echo(String text) {
    return text;
  }

  /**
   * Always throws.
   *
   * @param message the message of the exception
   * @return never
   */
  @Component
  public static String explode(String message) {
    throw new IllegalStateException(message);
  }

  /** Forgets what earlier runs of {@link #hold} saw. */
  static void resetHolds() {
    RUNNING.set(0);
    MOST_AT_ONCE.set(0);
  }

  /** The most {@link #hold} calls that ran at once since the last reset. */
  static int mostHoldsAtOnce() {
    return MOST_AT_ONCE.get();
  }
}
