package io.kfp4j.runtime.spec;

import java.util.Map;

/**
 * One task of a graph component.
 *
 * @param componentRef the component the task runs
 * @param arguments input name to argument
 * @param isEnabled the condition under which the task runs, or {@code null} for always
 * @param executionOptions retry and caching options, or {@code null}
 * @param annotations free-form annotations
 */
public record TaskSpec(
    ComponentReference componentRef,
    Map<String, Argument> arguments,
    Predicate isEnabled,
    ExecutionOptions executionOptions,
    Map<String, Object> annotations) {

  public TaskSpec {
    arguments = Frozen.map(arguments);
    annotations = Frozen.treeMap(annotations);
  }
}
