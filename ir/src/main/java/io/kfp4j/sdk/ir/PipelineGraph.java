package io.kfp4j.sdk.ir;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole pipeline, checked and immutable.
 *
 * @param name the pipeline's name as given ({@code "Addition pipeline"})
 * @param description what it does, or {@code null}
 * @param pipelineRoot where its artifacts go, or {@code null}
 * @param parameters its parameters, in declaration order
 * @param tasks its tasks by name, in creation order (which is a valid execution order)
 * @param root the tree of groups
 * @param settings pipeline-wide settings
 */
public record PipelineGraph(String name, String description, String pipelineRoot, List<PipelineParameter> parameters,
    Map<String, TaskNode> tasks, Group.Root root, PipelineSettings settings) {

  public PipelineGraph {
    parameters = List.copyOf(parameters);
    tasks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tasks));
  }

  /** A task by name. */
  public Optional<TaskNode> task(String taskName) {
    return Optional.ofNullable(tasks.get(taskName));
  }

  /** The exit handler's task, if the pipeline has one. */
  public Optional<String> exitTask() {
    return root.members().stream().filter(m -> m instanceof Group.ExitHandler)
        .map(m -> ((Group.ExitHandler) m).exitTask()).findFirst();
  }
}
