package io.kfp4j.sdk.ir;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A member of a group: a task, another group, or a graph component calling itself again. */
public sealed interface Member permits Group, Member.TaskMember, Member.RecursiveCall {

  /** A task, by name. @param task the task's name */
  record TaskMember(String task) implements Member {}

  /**
   * A graph component calling itself from inside its own call ({@link Group.Graph}), as KFP's recursive
   * {@code @dsl.graph_component}: when it runs, the graph's members run again, one level deeper, with these
   * arguments standing for the enclosing call's. It has no members and no id of its own; it is always inside a
   * {@link Group.Conditional} inside that call, whose comparison ends the recursion.
   *
   * @param graph the id of the enclosing call of the same graph component
   * @param arguments input name to the value given at this call, for the same inputs as the enclosing call's
   * @param after names of tasks it waits for besides those its arguments read
   * @param afterGroups ids of graph components' calls it waits for
   */
  record RecursiveCall(GroupId graph, Map<String, ArgumentValue> arguments, List<String> after,
      List<GroupId> afterGroups) implements Member {
    public RecursiveCall {
      Objects.requireNonNull(graph, "graph");
      if (graph.kind() != GroupId.Kind.GRAPH) {
        throw new IllegalArgumentException("a recursive call calls a graph component, not " + graph);
      }
      arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
      after = List.copyOf(after);
      afterGroups = List.copyOf(afterGroups);
    }
  }
}
