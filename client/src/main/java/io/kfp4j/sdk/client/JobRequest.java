package io.kfp4j.sdk.client;

import java.util.Objects;

/**
 * What {@link KfpClient#createJob} submits, as kfp's {@code create_recurring_run}: the runs to start (a
 * {@link RunRequest}: name, pipeline source, parameters, experiment, service account, caching), when to start them,
 * and kfp's defaults for the rest: at most 1 run at a time, catch-up left to the server, enabled. Immutable; built
 * with {@link #builder} (or {@link #of} for the defaults), changed with {@link #toBuilder()} or a {@code withX}.
 *
 * <pre>{@code
 * JobRequest nightly = JobRequest.builder(RunRequest.builder("nightly").pipelinePackage(compiled).build(),
 *     Trigger.cron("0 0 2 * * *", null, null)).maxConcurrency(2).noCatchup(true).build();
 * }</pre>
 */
public final class JobRequest {
  private final RunRequest run;
  private final String description;
  private final Trigger trigger;
  private final int maxConcurrency;
  private final Boolean noCatchup;
  private final boolean enabled;

  private JobRequest(Builder b) {
    this.run = b.run;
    this.description = b.description;
    this.trigger = b.trigger;
    this.maxConcurrency = b.maxConcurrency;
    this.noCatchup = b.noCatchup;
    this.enabled = b.enabled;
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
    return builder(run, trigger).build();
  }

  /** A builder holding {@link #of}'s defaults. */
  public static Builder builder(RunRequest run, Trigger trigger) {
    return new Builder(run, trigger);
  }

  /** A builder holding this request, to change a part of it. */
  public Builder toBuilder() {
    return new Builder(run, trigger).description(description).maxConcurrency(maxConcurrency).noCatchup(noCatchup)
        .enabled(enabled);
  }

  /** The same request with a description. */
  public JobRequest withDescription(String text) {
    return toBuilder().description(text).build();
  }

  /** The same request with another max concurrency (1 to 10). */
  public JobRequest withMaxConcurrency(int max) {
    return toBuilder().maxConcurrency(max).build();
  }

  /** The same request with kfp's {@code no_catchup} set ({@code null} leaves it out). */
  public JobRequest withNoCatchup(Boolean value) {
    return toBuilder().noCatchup(value).build();
  }

  /** The same request, enabled or not. */
  public JobRequest withEnabled(boolean value) {
    return toBuilder().enabled(value).build();
  }

  /** The runs to start. */
  public RunRequest run() {
    return run;
  }

  /** The description, or {@code null}. */
  public String description() {
    return description;
  }

  /** When to start runs. */
  public Trigger trigger() {
    return trigger;
  }

  /** At most this many runs at a time, 1 to 10. */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /** kfp's {@code no_catchup}; {@code null} to leave it out of the body, as kfp does by default. */
  public Boolean noCatchup() {
    return noCatchup;
  }

  /** Whether the recurring run starts enabled. */
  public boolean enabled() {
    return enabled;
  }

  /** Builds a {@link JobRequest}. */
  public static final class Builder {
    private final RunRequest run;
    private final Trigger trigger;
    private String description;
    private int maxConcurrency = 1;
    private Boolean noCatchup;
    private boolean enabled = true;

    private Builder(RunRequest run, Trigger trigger) {
      this.run = Objects.requireNonNull(run, "run");
      this.trigger = Objects.requireNonNull(trigger, "trigger");
    }

    /** A description (default none). */
    public Builder description(String text) {
      description = text;
      return this;
    }

    /** At most this many runs at a time, 1 to 10 (default 1). */
    public Builder maxConcurrency(int max) {
      maxConcurrency = max;
      return this;
    }

    /** kfp's {@code no_catchup}; {@code null} (the default) leaves it to the server. */
    public Builder noCatchup(Boolean value) {
      noCatchup = value;
      return this;
    }

    /** Whether it starts enabled (default yes). */
    public Builder enabled(boolean value) {
      enabled = value;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException without exactly one schedule, or with a max concurrency outside 1 to 10
     */
    public JobRequest build() {
      return new JobRequest(this);
    }
  }
}
