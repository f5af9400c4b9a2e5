package io.kfp4j.sdk.local;

import java.time.Instant;
import java.util.Map;

/**
 * One run of a pipeline, as stored in its {@code run.json}.
 *
 * @param id the run's id
 * @param name the run's name
 * @param pipeline the pipeline's name
 * @param experiment the experiment it belongs to ({@code Default} unless given)
 * @param parameters parameter name to the value used
 * @param status where it stands
 * @param runner how tasks ran ({@code in-process}, {@code subprocess}, {@code docker})
 * @param pid the engine's process id, to tell a dead engine's run ({@link RunStatus#INTERRUPTED})
 * @param startedAt when it started
 * @param finishedAt when it finished, or {@code null}
 * @param message why it failed, or {@code null}
 * @param tasks task id to its record, in the order tasks were reached
 */
public record RunRecord(String id, String name, String pipeline, String experiment, Map<String, String> parameters,
    RunStatus status, String runner, long pid, Instant startedAt, Instant finishedAt, String message,
    Map<String, TaskRecord> tasks) {

  /** How long it ran, in milliseconds, or {@code null} while running. */
  public Long durationMillis() {
    return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
  }

  /** This record as a reader sees it: a run whose engine process is gone reads as interrupted. */
  public RunRecord asSeenNow() {
    if (status == RunStatus.RUNNING && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false) {
      return new RunRecord(id, name, pipeline, experiment, parameters, RunStatus.INTERRUPTED, runner, pid, startedAt,
          finishedAt, "the engine (pid " + pid + ") stopped while the run was in progress", tasks);
    }
    return this;
  }

  /** The run in a few lines: id, pipeline, status, and per task its status and short outputs or why it failed. */
  @Override
  public String toString() {
    return RunSummary.of(this);
  }
}
