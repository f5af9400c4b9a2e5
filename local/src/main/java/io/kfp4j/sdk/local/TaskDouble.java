package io.kfp4j.sdk.local;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A stand-in for a task in tests: instead of running the component, produce outputs from the task's inputs.
 * It matches tasks by task name ({@code add-2}) or by component name ({@code Add}); a double that matches no task
 * of the pipeline is an error, never a silent real run.
 *
 * @param match the task or component name it replaces
 * @param outputs input name to text, to output name to text
 */
public record TaskDouble(String match, Function<Map<String, String>, Map<String, String>> outputs) {
  public TaskDouble {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(outputs, "outputs");
  }

  /** Replaces a task by fixed outputs. */
  public static TaskDouble fixed(String match, Map<String, String> outputs) {
    Map<String, String> copy = Map.copyOf(outputs);
    return new TaskDouble(match, inputs -> copy);
  }

  /** Replaces a task by a function of its inputs. */
  public static TaskDouble of(String match, Function<Map<String, String>, Map<String, String>> outputs) {
    return new TaskDouble(match, outputs);
  }
}
