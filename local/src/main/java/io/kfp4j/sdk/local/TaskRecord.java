package io.kfp4j.sdk.local;

import java.time.Instant;
import java.util.Map;

/**
 * What happened to one task of a run (one iteration, inside loops).
 *
 * @param id the task's id in the run: its name, with loop indices ({@code add}, {@code print-msg[2]})
 * @param task the task's name in the pipeline
 * @param component the component's name
 * @param status where it stands
 * @param attempts how many times it was started
 * @param startedAt when it first started, or {@code null}
 * @param finishedAt when it finished, or {@code null}
 * @param inputs input name to the value given (files: their path)
 * @param outputs output name to its file
 * @param outputValues output name to its text, for small text outputs
 * @param exitCode the last attempt's exit code, or {@code null}
 * @param message why it failed or was skipped, or {@code null}
 * @param logTail the last lines of its log, or {@code null}
 * @param cachedFrom for a {@link TaskStatus#CACHED} task, the earlier task whose outputs it reused, when known
 */
public record TaskRecord(String id, String task, String component, TaskStatus status, int attempts, Instant startedAt,
    Instant finishedAt, Map<String, String> inputs, Map<String, String> outputs, Map<String, String> outputValues,
    Integer exitCode, String message, String logTail, CacheOrigin cachedFrom) {

  /**
   * The task that first computed a cached result.
   *
   * @param run its run's id
   * @param task its id in that run
   */
  public record CacheOrigin(String run, String task) {}

  /** A task that has not started. */
  static TaskRecord pending(String id, String task, String component) {
    return new TaskRecord(id, task, component, TaskStatus.PENDING, 0, null, null, Map.of(), Map.of(), Map.of(), null,
        null, null, null);
  }

  /** How long it ran, in milliseconds, or {@code null}. */
  public Long durationMillis() {
    return startedAt == null || finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
  }

  TaskRecord with(TaskStatus newStatus, String newMessage) {
    return new TaskRecord(id, task, component, newStatus, attempts, startedAt,
        newStatus.isFinal() ? Instant.now() : finishedAt, inputs, outputs, outputValues, exitCode, newMessage, logTail,
        cachedFrom);
  }

  /** Started: running its first attempt, on these inputs. */
  TaskRecord started(Map<String, String> givenInputs) {
    return new TaskRecord(id, task, component, TaskStatus.RUNNING, 0, Instant.now(), null, givenInputs, Map.of(),
        Map.of(), null, null, null, null);
  }

  /** Running attempt {@code number}; what the last attempt left is kept until this one ends. */
  TaskRecord attempt(int number) {
    return new TaskRecord(id, task, component, TaskStatus.RUNNING, number, startedAt, null, inputs, outputs,
        outputValues, exitCode, message, null, null);
  }

  /** Succeeded (or cached), now, with its output files, their small texts and, for a cache hit, its origin. */
  TaskRecord succeeded(TaskStatus status, Map<String, String> files, Map<String, String> texts, Integer code,
      String note, CacheOrigin origin) {
    return new TaskRecord(id, task, component, status, attempts, startedAt, Instant.now(), inputs, files, texts, code,
        note, null, origin);
  }

  /** Failed, now, with the last attempt's exit code, why, and the end of its log. */
  TaskRecord failed(Integer code, String why, String tail) {
    return new TaskRecord(id, task, component, TaskStatus.FAILED, attempts, startedAt, Instant.now(), inputs, outputs,
        outputValues, code, why, tail, null);
  }

  /** The task in a line: {@code add-2 SUCCEEDED Output=19.0}, or its status, exit code and why. */
  @Override
  public String toString() {
    return RunSummary.line(this);
  }
}
