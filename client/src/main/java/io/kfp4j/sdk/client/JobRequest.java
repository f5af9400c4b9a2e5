package io.kfp4j.sdk.client;

import java.util.Objects;

/**
 * What {@link KfpClient#createJob} submits, as kfp's {@code create_recurring_run}: the runs to start (a
 * {@link RunRequest}: name, pipeline source, parameters, experiment, service account, caching), when to start them,
 * and kfp's defaults for the rest: at most 1 run at a time, catch-up left to the server, enabled.
 *
 * <pre>{@code
 * JobRequest nightly = JobRequest.of(RunRequest.builder("nightly").pipelinePackage(compiled).experimentId(exp.id()).build(),
 *     Trigger.cron("0 0 2 * * *", null, null)).withMaxConcurrency(2).withNoCatchup(true);
 * }</pre>
 *
 * @param maxConcurrency 1 to 10
 * @param noCatchup {@code null} to leave it out of the body, as kfp does by default
 */
public record JobRequest(RunRequest run, String description, Trigger trigger, int maxConcurrency, Boolean noCatchup,
    boolean enabled) {

  public JobRequest {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(trigger, "trigger");
    if ((trigger.cronSchedule() == null) == (trigger.periodicSchedule() == null)) {
      throw new IllegalArgumentException("recurring run '" + run.name() + "' needs either a cron schedule or an"
          + " interval");
    }
    if (maxConcurrency < 1 || maxConcurrency > 10) {
      throw new IllegalArgumentException("the max concurrency of recurring run '" + run.name() + "' must be 1 to 10,"
          + " was " + maxConcurrency);
    }
  }

  /** A recurring run with kfp's defaults: no description, max concurrency 1, no_catchup unset, enabled. */
  public static JobRequest of(RunRequest run, Trigger trigger) {
    return new JobRequest(run, null, trigger, 1, null, true);
  }

  public JobRequest withDescription(String text) {
    return new JobRequest(run, text, trigger, maxConcurrency, noCatchup, enabled);
  }

  public JobRequest withMaxConcurrency(int max) {
    return new JobRequest(run, description, trigger, max, noCatchup, enabled);
  }

  public JobRequest withNoCatchup(Boolean value) {
    return new JobRequest(run, description, trigger, maxConcurrency, value, enabled);
  }

  public JobRequest withEnabled(boolean value) {
    return new JobRequest(run, description, trigger, maxConcurrency, noCatchup, value);
  }
}
