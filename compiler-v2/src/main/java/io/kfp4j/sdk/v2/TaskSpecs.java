package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.task.CacheStaleness;
import io.kfp4j.sdk.task.Retry;
import io.kfp4j.sdk.task.TaskSettings;

/** The parts of a task spec that come from its settings: {@code taskInfo}, {@code cachingOptions}, {@code retryPolicy}. */
final class TaskSpecs {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final long MAX_BACKOFF_SECONDS = 3600;

  private TaskSpecs() {}

  /** Display name, caching (KFP writes {@code enableCache: true}, and {@code {}} when off) and retries. */
  static void applySettings(ObjectNode taskSpec, String taskName, TaskSettings settings, String where) {
    taskSpec.putObject("taskInfo").put("name", settings.displayName() != null ? settings.displayName() : taskName);
    ObjectNode caching = taskSpec.putObject("cachingOptions");
    if (settings.caching() && !neverReused(settings)) {
      caching.put("enableCache", true);
    }
    if (settings.retry() != null) {
      taskSpec.set("retryPolicy", retryPolicy(settings.retry(), where));
    }
  }

  /**
   * Whether the task's cached results may never be reused: a zero {@code maxCacheStaleness} ({@code P0D}, {@code
   * PT0S}), KFP v1's way to run a task every time, which is KFP v2's caching off.
   */
  static boolean neverReused(TaskSettings settings) {
    return settings.cacheStaleness().map(CacheStaleness::neverReuse).orElse(false);
  }

  /**
   * KFP 2's {@code RetryPolicy.to_proto}: every field written, defaults filled in (no wait, factor 2, at most an hour),
   * durations in seconds.
   */
  static ObjectNode retryPolicy(Retry retry, String where) {
    ObjectNode policy = F.objectNode();
    long backoff = retry.backoffDuration() == null ? 0 : seconds(retry.backoffDuration(), where);
    long max = retry.backoffMaxDuration() == null ? MAX_BACKOFF_SECONDS : seconds(retry.backoffMaxDuration(), where);
    policy.put("backoffDuration", backoff + "s");
    policy.put("backoffFactor", retry.backoffFactor() == null ? 2.0 : retry.backoffFactor().doubleValue());
    policy.put("backoffMaxDuration", Math.min(max, MAX_BACKOFF_SECONDS) + "s");
    policy.put("maxRetryCount", retry.limit());
    return policy;
  }

  /** {@code convert_duration_to_seconds}: a number and one unit (s, m, h, d, w); a bare number is seconds. */
  static long seconds(String duration, String where) {
    var m = java.util.regex.Pattern.compile("([0-9]+)\\s*([a-zA-Z]*)").matcher(duration.replace(" ", ""));
    if (!m.matches()) {
      throw new V2CompileException(where + ": the retry duration \"" + duration + "\" is not one number and one unit;"
          + " KFP v2 takes durations such as 30s, 5m, 1h, 2d or 1w");
    }
    long value = Long.parseLong(m.group(1));
    String unit = m.group(2).isEmpty() ? "s" : m.group(2).substring(0, 1);
    return switch (unit) {
      case "s" -> value;
      case "m" -> value * 60;
      case "h" -> value * 3600;
      case "d" -> value * 86_400;
      case "w" -> value * 604_800;
      default -> throw new V2CompileException(where + ": the retry duration \"" + duration + "\" has unit \""
          + m.group(2) + "\"; KFP v2 takes s, m, h, d or w");
    };
  }
}
