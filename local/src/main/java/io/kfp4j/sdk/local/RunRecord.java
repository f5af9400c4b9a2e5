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
 * @param pidStartTicks the engine process's start time ({@code /proc/<pid>/stat} field 22), so that a later process
 *     reusing its pid is not taken for it; {@code null} where unknown (records written before it was kept)
 */
public record RunRecord(String id, String name, String pipeline, String experiment, Map<String, String> parameters,
    RunStatus status, String runner, long pid, Instant startedAt, Instant finishedAt, String message,
    Map<String, TaskRecord> tasks, Long pidStartTicks) {

  /** A record without the engine's start time. */
  public RunRecord(String id, String name, String pipeline, String experiment, Map<String, String> parameters,
      RunStatus status, String runner, long pid, Instant startedAt, Instant finishedAt, String message,
      Map<String, TaskRecord> tasks) {
    this(id, name, pipeline, experiment, parameters, status, runner, pid, startedAt, finishedAt, message, tasks, null);
  }

  /** How long it ran, in milliseconds, or {@code null} while running. */
  public Long durationMillis() {
    return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
  }

  /**
   * This record as a reader sees it: a run whose engine is gone reads as interrupted, and so do its tasks that were
   * pending or running. The engine is gone when its pid is not alive, is a zombie not yet reaped, or belongs to a
   * later process (another start time).
   */
  public RunRecord asSeenNow() {
    if (status == RunStatus.RUNNING && !engineAlive()) {
      Map<String, TaskRecord> seen = new java.util.LinkedHashMap<>();
      tasks.forEach((taskId, t) -> seen.put(taskId, t.status().isFinal() ? t
          : t.with(TaskStatus.INTERRUPTED, "the engine stopped while the task " + (t.status() == TaskStatus.RUNNING
              ? "ran; its processes were stopped with it" : "waited to start"))));
      return new RunRecord(id, name, pipeline, experiment, parameters, RunStatus.INTERRUPTED, runner, pid, startedAt,
          finishedAt, "the engine (pid " + pid + ") stopped while the run was in progress", seen, pidStartTicks);
    }
    return this;
  }

  /** Whether the engine that writes this record still runs (the same process: pid and start time). */
  boolean engineAlive() {
    return ProcStat.stillRunning(pid, pidStartTicks == null ? -1 : pidStartTicks);
  }

  /** The run in a few lines: id, pipeline, status, and per task its status and short outputs or why it failed. */
  @Override
  public String toString() {
    return RunSummary.of(this);
  }
}
