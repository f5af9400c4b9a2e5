package io.kfp4j.sdk.client.internal;

import io.kfp4j.sdk.client.RunTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for a run: polls it until it has finished, or the time is up. */
public final class RunPolling {
  private RunPolling() {}

  /**
   * Polls every {@code interval} (never past the deadline) until {@code finished} holds, and returns the last answer.
   *
   * @param status the run's status in an answer, for the timeout's message ({@code null}: not started)
   * @throws RunTimeoutException when the run has not finished after the timeout, or the wait is interrupted
   */
  public static <T> T until(String runId, Duration timeout, Duration interval, Supplier<T> poll,
      Predicate<T> finished, Function<T, String> status) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T answer = poll.get();
      if (finished.test(answer)) {
        return answer;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new RunTimeoutException(runId, status.apply(answer), timeout);
      }
      try {
        Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left / 1_000_000 + 1)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunTimeoutException(runId, status.apply(answer), timeout);
      }
    }
  }
}
