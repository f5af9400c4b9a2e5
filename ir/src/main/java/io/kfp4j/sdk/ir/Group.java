package io.kfp4j.sdk.ir;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of the pipeline's tree: the root, a condition, a loop, the exit handler's body or a graph component's call. Groups carry no target's
 * names: each is known by its {@link GroupId}, and each compiler or engine names it its own way.
 */
public sealed interface Group extends Member {

  /** The group's id, unique in the pipeline. */
  GroupId id();

  /** Its tasks and subgroups, in the order they were created. */
  List<Member> members();

  /** The whole pipeline (its id is {@link GroupId#ROOT}). @param members its members */
  record Root(List<Member> members) implements Group {
    public Root {
      members = List.copyOf(members);
    }

    @Override
    public GroupId id() {
      return GroupId.ROOT;
    }
  }

  /**
   * Runs its members when the comparison holds.
   *
   * @param id its id, of kind {@link GroupId.Kind#CONDITION}
   * @param label the name the pipeline's author gave the condition, as given, or {@code null}
   * @param condition the comparison
   * @param members the members
   */
  record Conditional(GroupId id, String label, Comparison condition, List<Member> members) implements Group {
    public Conditional {
      requireKind(id, GroupId.Kind.CONDITION);
      Objects.requireNonNull(condition, "condition");
      members = List.copyOf(members);
    }
  }

  /**
   * Runs its members once per item.
   *
   * @param id its id, of kind {@link GroupId.Kind#LOOP}
   * @param source what the loop iterates over
   * @param itemOrdinal for a loop over a static list, where its item falls in the pipeline-wide creation order (KFP
   *     v1 counts the item just before the loop, and names the item after it); {@code null} when the items come
   *     when the pipeline runs
   * @param parallelism how many iterations may run at once, or {@code null} for no limit
   * @param members the members
   */
  record Loop(GroupId id, LoopSource source, Integer itemOrdinal, Integer parallelism, List<Member> members)
      implements Group {
    public Loop {
      requireKind(id, GroupId.Kind.LOOP);
      Objects.requireNonNull(source, "source");
      if ((source instanceof LoopSource.StaticItems) != (itemOrdinal != null)) {
        throw new IllegalArgumentException("a loop over a static list has an item ordinal, and only such a loop: "
            + id + " over " + source.getClass().getSimpleName() + " with item ordinal " + itemOrdinal);
      }
      if (itemOrdinal != null && itemOrdinal < 1) {
        throw new IllegalArgumentException("an item ordinal is 1 or more, not " + itemOrdinal);
      }
      if (parallelism != null && parallelism < 1) {
        throw new IllegalArgumentException("a loop's parallelism is 1 or more, not " + parallelism);
      }
      members = List.copyOf(members);
    }
  }

  /**
   * The members guarded by the pipeline's exit task, which runs whatever happens to them.
   *
   * @param id its id, of kind {@link GroupId.Kind#EXIT_HANDLER}
   * @param exitTask the exit task's name
   * @param members the guarded members
   */
  record ExitHandler(GroupId id, String exitTask, List<Member> members) implements Group {
    public ExitHandler {
      requireKind(id, GroupId.Kind.EXIT_HANDLER);
      Objects.requireNonNull(exitTask, "exitTask");
      members = List.copyOf(members);
    }
  }

  /**
   * One call of a graph component (KFP's {@code @dsl.graph_component}): its members run as one unit that is called
   * like a task, waited for as a whole, and may call the graph component again ({@link Member.RecursiveCall}).
   *
   * <p>As in KFP, the members read the call's arguments directly: a task inside that reads the value given to
   * input {@code x} holds the same {@link ArgumentValue} as {@code arguments.get("x")}. A recursive call gives new
   * values for those same inputs, which stand for the first call's values wherever the members read them.
   *
   * @param id its id, of kind {@link GroupId.Kind#GRAPH}
   * @param name the graph component's name as its author gave it ({@code flip_component})
   * @param arguments input name to the value given at this call (a parameter, a task output or a loop item), in
   *     the graph component's input order
   * @param after names of tasks the call waits for besides those whose outputs its members read
   * @param afterGroups ids of other graph components' calls it waits for
   * @param members the members
   */
  record Graph(GroupId id, String name, Map<String, ArgumentValue> arguments, List<String> after,
      List<GroupId> afterGroups, List<Member> members) implements Group {
    public Graph {
      requireKind(id, GroupId.Kind.GRAPH);
      Objects.requireNonNull(name, "name");
      arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
      after = List.copyOf(after);
      afterGroups = List.copyOf(afterGroups);
      members = List.copyOf(members);
    }

    /** Whether a member, at any depth, calls this graph component again. */
    public boolean recursive() {
      return calls(this, id);
    }

    private static boolean calls(Group group, GroupId graph) {
      for (Member member : group.members()) {
        if (member instanceof Member.RecursiveCall call && call.graph().equals(graph)
            || member instanceof Group g && calls(g, graph)) {
          return true;
        }
      }
      return false;
    }
  }

  private static void requireKind(GroupId id, GroupId.Kind kind) {
    Objects.requireNonNull(id, "id");
    if (id.kind() != kind) {
      throw new IllegalArgumentException("a " + kind + " group needs an id of that kind, not " + id);
    }
  }
}
