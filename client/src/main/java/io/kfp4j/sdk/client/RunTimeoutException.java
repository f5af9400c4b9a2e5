package io.kfp4j.sdk.client;

import java.time.Duration;

/** A run that did not finish within the time given to {@link KfpClient#waitForRunCompletion}: kfp's "Run timeout". */
public final class RunTimeoutException extends RuntimeException {
  private final String runId;
  private final String lastStatus;

  RunTimeoutException(String runId, String lastStatus, Duration timeout) {
    super("Run timeout: run " + runId + " is still " + (lastStatus == null ? "not started" : lastStatus) + " after "
        + timeout.toSeconds() + " s; wait longer (--timeout) or look at it in the KFP UI");
    this.runId = runId;
    this.lastStatus = lastStatus;
  }

  public String runId() {
    return runId;
  }

  /** The run's status at the last poll, or {@code null}. */
  public String lastStatus() {
    return lastStatus;
  }
}
