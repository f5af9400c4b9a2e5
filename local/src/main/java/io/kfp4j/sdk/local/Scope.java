package io.kfp4j.sdk.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in the loops a task instance runs: the item and index of every enclosing loop iteration.
 *
 * @param items loop group name to the current item (a JSON-like value)
 * @param indices loop group name to the current index, outermost loop first
 */
record Scope(Map<String, Object> items, Map<String, Integer> indices) {
  static final Scope ROOT = new Scope(Map.of(), Map.of());

  Scope {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    indices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indices));
  }

  /** This scope inside one more loop iteration. */
  Scope enter(String loop, int index, Object item) {
    Map<String, Object> nextItems = new LinkedHashMap<>(items);
    Map<String, Integer> nextIndices = new LinkedHashMap<>(indices);
    nextItems.put(loop, item);
    nextIndices.put(loop, index);
    return new Scope(nextItems, nextIndices);
  }

  /** The id of a task instance whose enclosing loops are {@code loops}: {@code add}, {@code add[2]}, {@code p[0][1]}. */
  String instanceId(String task, java.util.List<String> loops) {
    return id(task, loops, false);
  }

  /**
   * The id of the task instances this scope reaches, with {@code [*]} for each loop not entered yet: what a skipped
   * group records for the iterations that never started ({@code print[*]}).
   */
  String skippedId(String task, java.util.List<String> loops) {
    return id(task, loops, true);
  }

  private String id(String task, java.util.List<String> loops, boolean wildcards) {
    StringBuilder id = new StringBuilder(task);
    for (String loop : loops) {
      Integer index = indices.get(loop);
      if (index == null && !wildcards) {
        throw new IllegalStateException("task " + task + " is read outside its loop " + loop);
      }
      id.append('[').append(index == null ? "*" : index.toString()).append(']');
    }
    return id.toString();
  }
}
