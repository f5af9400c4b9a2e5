package io.kfp4j.sdk.local;

/** Where a run stands. */
public enum RunStatus {
  /** The engine is running it. */
  RUNNING,
  /** Every task succeeded, was cached or was skipped by a condition. */
  SUCCEEDED,
  /** A task failed. */
  FAILED,
  /** Stopped by the user (Ctrl-C) or by the caller. */
  CANCELLED,
  /** The engine died while running it; what finished is recorded. */
  INTERRUPTED;

  /** Whether the run will not change any more. */
  public boolean isFinal() {
    return this != RUNNING;
  }
}
