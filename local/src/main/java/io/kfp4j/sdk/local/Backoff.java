package io.kfp4j.sdk.local;

import io.kfp4j.sdk.task.Retry;
import java.time.Duration;

/** The wait before a retry, as Argo computes it from a retry strategy's backoff. */
final class Backoff {
  private Backoff() {}

  /** The wait before retry number {@code retry} (1 for the first retry); zero without a backoff. */
  static Duration before(Retry retry, int attempt) {
    if (retry == null || retry.backoffDuration() == null) {
      return Duration.ZERO;
    }
    Duration wait = parse(retry.backoffDuration());
    int factor = retry.backoffFactor() == null ? 1 : retry.backoffFactor();
    for (int i = 1; i < attempt; i++) {
      wait = wait.multipliedBy(factor);
    }
    if (retry.backoffMaxDuration() != null) {
      Duration max = parse(retry.backoffMaxDuration());
      if (wait.compareTo(max) > 0) {
        wait = max;
      }
    }
    return wait;
  }

  /** {@code "10"} (seconds), {@code "500ms"}, {@code "30s"}, {@code "2m"}, {@code "1h"}. */
  static Duration parse(String text) {
    String t = text.strip();
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      char unit = t.charAt(t.length() - 1);
      if (Character.isDigit(unit)) {
        return Duration.ofSeconds(Long.parseLong(t));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (unit) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new NumberFormatException(text);
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("invalid backoff duration \"" + text + "\"; write it as 30s, 2m, 1h or 500ms");
    }
  }
}
