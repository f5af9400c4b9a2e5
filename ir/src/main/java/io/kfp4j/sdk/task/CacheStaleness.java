package io.kfp4j.sdk.task;

import io.kfp4j.runtime.spec.MetadataSpec;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old a cached result of a task may be and still be reused: KFP's {@code max_cache_staleness}, an ISO-8601
 * duration such as {@code P30D} or {@code PT12H}. Zero ({@code P0D}, {@code PT0S}) is KFP v1's way to run a task
 * every time, and KFP v2's caching off. Years, months and weeks count as 365, 30 and 7 days, as KFP's cache server
 * reads them.
 *
 * @param text the duration as written
 * @param limit the age a reused result may have at most
 */
public record CacheStaleness(String text, Duration limit) {
  private static final Pattern ISO = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
  private static final long[] DAYS = {365, 30, 7, 1};

  /**
   * Reads a duration as KFP does.
   *
   * @throws IllegalArgumentException naming the text and how to write it, when it is not an ISO-8601 duration
   */
  public static CacheStaleness parse(String text) {
    String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    Matcher m = ISO.matcher(upper);
    if (!m.matches() || upper.equals("P") || upper.endsWith("T")) {
      throw new IllegalArgumentException("maxCacheStaleness \"" + text + "\" is not an ISO-8601 duration; write it"
          + " as KFP does: \"P30D\" (30 days), \"PT12H\" (12 hours), \"P1DT6H\", or \"P0D\" to run the task every time");
    }
    Duration limit = Duration.ZERO;
    for (int i = 0; i < DAYS.length; i++) {
      if (m.group(i + 1) != null) {
        limit = limit.plusDays(Math.multiplyExact(Long.parseLong(m.group(i + 1)), DAYS[i]));
      }
    }
    if (m.group(5) != null) {
      limit = limit.plusHours(Long.parseLong(m.group(5)));
    }
    if (m.group(6) != null) {
      limit = limit.plusMinutes(Long.parseLong(m.group(6)));
    }
    if (m.group(7) != null) {
      limit = limit.plusNanos(new java.math.BigDecimal(m.group(7)).movePointRight(9).longValueExact());
    }
    return new CacheStaleness(text, limit);
  }

  /**
   * The staleness a task of this component runs with, as KFP 1.8's compiler writes it: the task's own
   * {@code maxCacheStaleness}, else zero ({@code P0D}) for a {@linkplain MetadataSpec#isVolatile() volatile}
   * component, else none.
   */
  public static Optional<CacheStaleness> of(TaskSettings settings, MetadataSpec component) {
    Optional<CacheStaleness> own = settings.cacheStaleness();
    return own.isPresent() || !component.isVolatile() ? own : Optional.of(parse("P0D"));
  }

  /** Whether a cached result may never be reused: the task runs every time. */
  public boolean neverReuse() {
    return limit.isZero();
  }

  /** Whether a result stored this long ago may be reused. */
  public boolean allowsAge(Duration age) {
    return age.compareTo(limit) <= 0;
  }
}
