package io.kfp4j.sdk.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A finished run: its record and where its files are.
 *
 * @param record the run's record, as saved
 * @param runDir the run's folder
 */
public record RunResult(RunRecord record, Path runDir) {

  /** Whether the run succeeded. */
  public boolean succeeded() {
    return record.status() == RunStatus.SUCCEEDED;
  }

  /** A task's record by id ({@code add}, {@code print-msg[2]}). */
  public Optional<TaskRecord> task(String id) {
    return Optional.ofNullable(record.tasks().get(id));
  }

  /**
   * The text of a task's output.
   *
   * @throws IllegalArgumentException naming the task and output when there is no such text
   */
  public String output(String taskId, String output) {
    TaskRecord task = task(taskId).orElseThrow(() -> new IllegalArgumentException("run " + record.id()
        + " has no task \"" + taskId + "\"; its tasks are: " + String.join(", ", record.tasks().keySet())));
    String text = task.outputValues().get(output);
    if (text == null) {
      throw new IllegalArgumentException("task \"" + taskId + "\" of run " + record.id() + " has no text output \""
          + output + "\" (status " + task.status() + (task.outputs().containsKey(output)
              ? "; the output is a large or binary file at " + task.outputs().get(output) : "") + ")");
    }
    return text;
  }
}
