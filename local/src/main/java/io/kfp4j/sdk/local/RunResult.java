package io.kfp4j.sdk.local;

import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.result.RunOutputs;
import io.kfp4j.sdk.result.TaskOutputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A finished run: its record and where its files are. Read a task's outputs typed through its generated factory
 * ({@code double sum = AddOp.result(run, "add-2").output()}), or as text by name ({@link #output}).
 *
 * @param record the run's record, as saved
 * @param runDir the run's folder
 */
public record RunResult(RunRecord record, Path runDir) implements RunOutputs {

  /** Whether the run succeeded. */
  public boolean succeeded() {
    return record.status() == RunStatus.SUCCEEDED;
  }

  /**
   * This run, when it succeeded; for tests: {@code RunResult run = runner.run(spec, args).assertSucceeded()}.
   *
   * @throws AssertionError when it did not, with the run's summary and the end of each failed task's log
   */
  public RunResult assertSucceeded() {
    if (!succeeded()) {
      throw new AssertionError("expected the run to succeed, but it is " + record.status() + ":\n"
          + RunSummary.withLogs(record) + "\nrun folder: " + runDir);
    }
    return this;
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

  @Override
  public TaskOutputs outputsOf(String taskId, LoadedComponent component) {
    return new RunOutputLookup(record, runDir).outputsOf(taskId, component);
  }

  @Override
  public List<String> iterationIds(String task) {
    return new RunOutputLookup(record, runDir).iterationIds(task);
  }

  /** The run in a few lines (see {@link RunRecord#toString}) and its folder. */
  @Override
  public String toString() {
    return record + "\n  folder: " + runDir;
  }
}
