package io.kfp4j.sdk.client;

import io.kfp4j.runtime.Kfp4jException;
import java.time.Duration;

/**
 * A run that did not finish within the time given to {@link KfpClient#waitForRunCompletion} (or the v2 client's): kfp's "Run timeout"
 * ({@link Kfp4jException.Kind#RUN_FAILED}, with the facts {@code run} and {@code option} {@code timeout}).
 */
public final class RunTimeoutException extends Kfp4jException {
  private static final long serialVersionUID = 1L;
  private final String runId;
  private final String lastStatus;

  /**
   * @param runId the run's id
   * @param lastStatus its status (v1) or state (v2) at the last poll, or {@code null}
   * @param timeout how long was waited
   */
  public RunTimeoutException(String runId, String lastStatus, Duration timeout) {
    super(Kind.RUN_FAILED, "Run timeout: run " + runId + " is still " + (lastStatus == null ? "not started"
        : lastStatus) + " after " + timeout.toSeconds() + " s", "wait longer or look at it in the KFP UI",
        facts(Fact.RUN, runId, Fact.OPTION, "timeout"), null);
    this.runId = runId;
    this.lastStatus = lastStatus;
  }

  /** The run's id. */
  public String runId() {
    return runId;
  }

  /** The run's status at the last poll, or {@code null}. */
  public String lastStatus() {
    return lastStatus;
  }
}
