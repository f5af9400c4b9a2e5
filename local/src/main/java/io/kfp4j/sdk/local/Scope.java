package io.kfp4j.sdk.local;

import io.kfp4j.sdk.ir.GroupId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where in the loops a task instance runs: the item and index of every enclosing loop iteration, by loop id.
 *
 * @param items loop id to the current item (a JSON-like value)
 * @param indices loop id to the current index, outermost loop first
 */
record Scope(Map<GroupId, Object> items, Map<GroupId, Integer> indices) {
  static final Scope ROOT = new Scope(Map.of(), Map.of());

  Scope {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    indices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indices));
  }

  /** This scope inside one more loop iteration. */
  Scope enter(GroupId loop, int index, Object item) {
    Map<GroupId, Object> nextItems = new LinkedHashMap<>(items);
    Map<GroupId, Integer> nextIndices = new LinkedHashMap<>(indices);
    nextItems.put(loop, item);
    nextIndices.put(loop, index);
    return new Scope(nextItems, nextIndices);
  }

  /** The id of a task instance whose enclosing loops are {@code loops}: {@code add}, {@code add[2]}, {@code p[0][1]}. */
  String instanceId(String task, List<GroupId> loops) {
    return id(task, loops, false);
  }

  /**
   * The id of the task instances this scope reaches, with {@code [*]} for each loop not entered yet: what a skipped
   * group records for the iterations that never started ({@code print[*]}).
   */
  String skippedId(String task, List<GroupId> loops) {
    return id(task, loops, true);
  }

  private String id(String task, List<GroupId> loops, boolean wildcards) {
    StringBuilder id = new StringBuilder(task);
    for (GroupId loop : loops) {
      Integer index = indices.get(loop);
      if (index == null && !wildcards) {
        throw new IllegalStateException("task " + task + " is read outside its loop (" + loop + ")");
      }
      id.append('[').append(index == null ? "*" : index.toString()).append(']');
    }
    return id.toString();
  }
}
