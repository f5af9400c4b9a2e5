package io.kfp4j.sdk.client.v2;

import io.kfp4j.sdk.client.Trigger;
import java.util.Objects;

/**
 * What {@link KfpV2Client#createRecurringRun} schedules: the runs of a {@link RunRequest} (its name, experiment,
 * pipeline and parameters), started on a trigger.
 *
 * <pre>{@code
 * RecurringRunRequest nightly = new RecurringRunRequest(run, Trigger.cron("0 0 2 * * *", null, null), 1, true, null);
 * }</pre>
 *
 * @param run the runs to start
 * @param trigger when to start them
 * @param maxConcurrency how many may run at once, 1 to 10
 * @param enabled whether the schedule starts enabled
 * @param noCatchup {@code true} to start only the latest missed run after a pause, {@code null} for the server's way
 */
public record RecurringRunRequest(RunRequest run, Trigger trigger, int maxConcurrency, boolean enabled,
    Boolean noCatchup) {
  /**
   * @throws IllegalArgumentException for a concurrency outside 1 to 10
   */
  public RecurringRunRequest {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(trigger, "trigger");
    if (maxConcurrency < 1 || maxConcurrency > 10) {
      throw new IllegalArgumentException("recurring run " + run.displayName() + ": maxConcurrency must be 1 to 10, was "
          + maxConcurrency);
    }
  }
}
