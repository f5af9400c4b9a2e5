package io.kfp4j.sdk.result;

import io.kfp4j.runtime.yaml.LoadedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A finished run whose task outputs can be read: what the generated {@code XxxOp.result(run, taskId)} takes, and
 * {@code run.results("square", SquareOp::result)} for every iteration of a task in loops. The local engine's
 * {@code RunResult} is one.
 */
public interface RunOutputs {

  /**
   * The outputs of one task instance that succeeded (or was cached).
   *
   * @param taskId the task's id in the run: its name ({@code add-2}), with its loop indices inside loops
   *     ({@code square[1]}, {@code add[0][1]})
   * @param component the component the caller expects the task to run (a generated factory passes its own)
   * @throws IllegalArgumentException when the run has no such task (the message lists its task ids), or the task
   *     runs another component (the message names both)
   * @throws IllegalStateException when the task did not succeed (the message gives its status and why)
   */
  TaskOutputs outputsOf(String taskId, LoadedComponent component);

  /**
   * The outputs of every instance of a pipeline task, in iteration order ({@code square[0]}, {@code square[1]}, ...,
   * numerically; for nested loops the outer index first); a task outside loops has one.
   *
   * @param task the task's name in the pipeline ({@code square}), without indices
   * @param component the component the caller expects the task to run (a generated factory passes its own)
   * @throws IllegalArgumentException when the run has no task of that name, or it runs another component
   * @throws IllegalStateException when an instance did not succeed (read the others one by one with
   *     {@link #outputsOf})
   */
  default List<TaskOutputs> iterationsOf(String task, LoadedComponent component) {
    List<TaskOutputs> outputs = new ArrayList<>();
    for (String id : iterationIds(task)) {
      outputs.add(outputsOf(id, component));
    }
    return outputs;
  }

  /**
   * The ids of every instance of a pipeline task, in iteration order ({@code square[0]}, {@code square[1]}, ...,
   * numerically; for nested loops the outer index first); a task outside loops has its own name alone.
   *
   * @param task the task's name in the pipeline ({@code square}), without indices
   * @throws IllegalArgumentException when the run has no task of that name (the message lists its tasks)
   */
  List<String> iterationIds(String task);

  /**
   * Every instance of a pipeline task read by a generated factory's {@code result}, in iteration order:
   * {@code List<Double> squares = run.results("square", SquareOp::result)}.
   *
   * @param task the task's name in the pipeline ({@code square}), without indices
   * @param result how one instance is read: {@code XxxOp::result}
   * @throws IllegalArgumentException when the run has no task of that name, or it runs another component
   * @throws IllegalStateException when an instance did not succeed (read the others one by one with
   *     {@code result} and {@link #iterationIds})
   */
  default <T> List<T> results(String task, BiFunction<RunOutputs, String, T> result) {
    List<T> values = new ArrayList<>();
    for (String id : iterationIds(task)) {
      values.add(result.apply(this, id));
    }
    return values;
  }
}
