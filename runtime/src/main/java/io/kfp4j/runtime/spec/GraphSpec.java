package io.kfp4j.runtime.spec;

import java.util.Map;

/**
 * A graph of tasks, each running another component.
 *
 * @param tasks the tasks by id, in file order
 * @param outputValues the graph's outputs: output name to the argument that supplies it
 */
public record GraphSpec(Map<String, TaskSpec> tasks, Map<String, Argument> outputValues) {
  public GraphSpec {
    tasks = Frozen.map(tasks);
    outputValues = Frozen.map(outputValues);
  }
}
