package io.kfp4j.sdk.local;

/** Where a task stands in a run. */
public enum TaskStatus {
  /** Not started yet. */
  PENDING,
  /** Running now. */
  RUNNING,
  /** Finished with exit code 0. */
  SUCCEEDED,
  /** Reused a cached result. */
  CACHED,
  /** Failed after its last attempt. */
  FAILED,
  /** Not run: an upstream task failed, or its condition did not hold. */
  SKIPPED,
  /** Stopped because the run was cancelled. */
  CANCELLED,
  /** Pending or running when its engine died; its processes were stopped with the engine. */
  INTERRUPTED;

  /** Whether the task will not change any more. */
  public boolean isFinal() {
    return this != PENDING && this != RUNNING;
  }

  /** Whether downstream tasks may read its outputs. */
  public boolean isSuccess() {
    return this == SUCCEEDED || this == CACHED;
  }
}
