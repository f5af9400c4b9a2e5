package io.kfp4j.sdk.task;

import java.util.Set;

/**
 * How often and when a failed task is retried, as KFP's {@code set_retry}.
 *
 * @param limit retries after the first attempt
 * @param policy {@code Always}, {@code OnError}, {@code OnFailure}, {@code OnTransientError}, or {@code null}
 * @param backoffDuration the first wait, e.g. {@code "1m"}, or {@code null}
 * @param backoffFactor the growth of the wait, or {@code null}
 * @param backoffMaxDuration the longest wait, or {@code null}
 */
public record Retry(int limit, String policy, String backoffDuration, Integer backoffFactor, String backoffMaxDuration) {
  private static final Set<String> POLICIES = Set.of("Always", "OnError", "OnFailure", "OnTransientError");

  public Retry {
    if (limit < 0) {
      throw new IllegalArgumentException("retry limit must be 0 or more, not " + limit);
    }
    if (policy != null && !POLICIES.contains(policy)) {
      throw new IllegalArgumentException("retry policy must be one of " + String.join(", ", POLICIES.stream().sorted().toList())
          + ", not \"" + policy + "\"");
    }
  }

  /** Retries up to {@code limit} times on any failure. */
  public static Retry times(int limit) {
    return new Retry(limit, null, null, null, null);
  }
}
