package io.kfp4j.sdk.local;

/** Runs one attempt of a task. */
interface TaskRunner {

  /** How it ended: an exit code, or a timeout. @param exitCode the exit code @param timedOut whether it was killed */
  record Outcome(int exitCode, boolean timedOut) {}

  /**
   * Runs the invocation to its end (or its timeout), writing its output to {@link Invocation#log()}.
   *
   * @throws InterruptedException when the run is cancelled; the runner stops what it started first
   */
  Outcome run(Invocation invocation) throws InterruptedException;

  /**
   * Whether tasks run in their component's image, as on a cluster: their command stays as written (the image holds
   * java and the classpath) and their volumes are mounted. Only the Docker runner does.
   */
  default boolean runsInImage() {
    return false;
  }

  /** Waits for what the runner still does after the run's last task (by default nothing). */
  default void finish() throws InterruptedException {}
}
