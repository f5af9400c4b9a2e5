package io.kfp4j.sdk.local;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.GroupId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where in the loops a task instance runs: the item and index of every enclosing loop iteration, by loop id, and
 * the depth of every enclosing recursive graph component's call, by its id, with the values its recursive call gave.
 *
 * @param items loop id to the current item (a JSON-like value)
 * @param indices loop id to the current index, and recursive graph call id to the current depth (0 for the first
 *     call), outermost first
 * @param bindings for a recursive call's level, each argument of the first call to the value that stands for it
 *     here, read in the scope of the level that made the call
 */
record Scope(Map<GroupId, Object> items, Map<GroupId, Integer> indices, Map<ArgumentValue, Binding> bindings) {
  static final Scope ROOT = new Scope(Map.of(), Map.of());

  Scope {
    items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
    indices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indices));
    bindings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
  }

  /** A scope without bindings. */
  Scope(Map<GroupId, Object> items, Map<GroupId, Integer> indices) {
    this(items, indices, Map.of());
  }

  /**
   * A value standing for an argument of a graph component's first call, one recursion level down.
   *
   * @param value the value the recursive call gave
   * @param scope where it is read: the level that made the call
   */
  record Binding(ArgumentValue value, Scope scope) {}

  /**
   * This scope one level deeper into a recursive graph call: {@code depth} as its index, and each argument of the
   * first call ({@code first}) bound to the value the recursive call gave for the same input, read in this scope.
   */
  Scope recurse(GroupId graph, int depth, Map<String, ArgumentValue> first, Map<String, ArgumentValue> given) {
    Map<GroupId, Integer> nextIndices = new LinkedHashMap<>(indices);
    nextIndices.put(graph, depth);
    Map<ArgumentValue, Binding> next = new LinkedHashMap<>(bindings);
    first.forEach((input, outer) -> {
      ArgumentValue value = given.get(input);
      if (value != null) {
        next.put(outer, new Binding(value, this));
      }
    });
    return new Scope(items, nextIndices, next);
  }

  /** This scope inside one more loop iteration. */
  Scope enter(GroupId loop, int index, Object item) {
    Map<GroupId, Object> nextItems = new LinkedHashMap<>(items);
    Map<GroupId, Integer> nextIndices = new LinkedHashMap<>(indices);
    nextItems.put(loop, item);
    nextIndices.put(loop, index);
    return new Scope(nextItems, nextIndices, bindings);
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
