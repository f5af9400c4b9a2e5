package io.kfp4j.sdk.ir;

import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.task.TaskSettings;
import java.util.List;
import java.util.Map;

/**
 * One task of a pipeline.
 *
 * @param name the task's unique name ({@code add}, {@code add-2}), also its Argo template name
 * @param component the component it runs, with digest and origin
 * @param arguments input name to argument, for the inputs given (defaults are the component's business)
 * @param settings resources, retries, caching and the rest
 * @param after names of tasks it must wait for besides those whose outputs it reads
 */
public record TaskNode(String name, LoadedComponent component, Map<String, ArgumentValue> arguments,
    TaskSettings settings, List<String> after) {
  public TaskNode {
    arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    after = List.copyOf(after);
  }

  /** The tasks whose outputs this task reads, in argument order, without repeats. */
  public List<String> upstream() {
    java.util.LinkedHashSet<String> tasks = new java.util.LinkedHashSet<>();
    arguments.values().forEach(a -> collect(a, tasks));
    return List.copyOf(tasks);
  }

  private static void collect(ArgumentValue value, java.util.Set<String> into) {
    if (value instanceof ArgumentValue.OutputRef o) {
      into.add(o.task());
    } else if (value instanceof ArgumentValue.Template t) {
      t.parts().forEach(p -> collect(p, into));
    }
  }
}
