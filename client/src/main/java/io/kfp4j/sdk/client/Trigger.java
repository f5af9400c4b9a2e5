package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code apiTrigger}: what starts a recurring run's runs, either a cron schedule or a fixed interval, each between an
 * optional start and end time (RFC 3339 text, as the server writes it).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Trigger(CronSchedule cronSchedule, PeriodicSchedule periodicSchedule) {

  /**
   * {@code apiCronSchedule}.
   *
   * @param cron the cron expression as KFP's scheduler reads it (six fields, seconds first: {@code 0 0 * * * *})
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CronSchedule(String startTime, String endTime, String cron) {}

  /**
   * {@code apiPeriodicSchedule}.
   *
   * @param intervalSecond seconds between runs, as text (the Swagger type is an int64 string)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PeriodicSchedule(String startTime, String endTime, String intervalSecond) {}

  /** A cron trigger; {@code start} and {@code end} may be {@code null}. */
  public static Trigger cron(String cron, Instant start, Instant end) {
    Objects.requireNonNull(cron, "cron");
    return new Trigger(new CronSchedule(text(start), text(end), cron), null);
  }

  /** An interval trigger of at least one second; {@code start} and {@code end} may be {@code null}. */
  public static Trigger every(Duration interval, Instant start, Instant end) {
    if (interval.getSeconds() < 1) {
      throw new IllegalArgumentException("a recurring run's interval must be at least 1 second, was " + interval);
    }
    return new Trigger(null, new PeriodicSchedule(text(start), text(end), String.valueOf(interval.getSeconds())));
  }

  private static String text(Instant time) {
    return time == null ? null : time.toString();
  }
}
