package io.kfp4j.sdk.ir;

import java.util.Objects;

/**
 * The stable, target-neutral id of a group: its kind and its place in the order the pipeline created its groups.
 * Each target names groups its own way from it (the Argo compiler writes {@code for-loop-4}); references to a group,
 * such as {@link ArgumentValue.LoopItemRef}, hold its id.
 *
 * <p>The ordinal is the pipeline-wide group counter's value when the group was created, counting from 1, as KFP v1
 * counts: conditions, loops, graph components' calls and the exit handler share one counter, and a loop over a static list counts its item
 * just before itself ({@link Group.Loop#itemOrdinal()}). Ordinals are unique in a pipeline; the root alone has 0.
 *
 * @param kind what the group does
 * @param ordinal its place in the creation order: 0 for the root, 1 or more for the others
 */
public record GroupId(Kind kind, int ordinal) {
  /** The root's id: the whole pipeline. */
  public static final GroupId ROOT = new GroupId(Kind.ROOT, 0);

  /** What a group does. */
  public enum Kind {
    /** The whole pipeline. */
    ROOT,
    /** Runs its members when a comparison holds. */
    CONDITION,
    /** Runs its members once per item. */
    LOOP,
    /** Members guarded by the exit task. */
    EXIT_HANDLER,
    /** A call of a graph component: its members run as one unit, called like a task. */
    GRAPH
  }

  public GroupId {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.ROOT ? ordinal != 0 : ordinal < 1) {
      throw new IllegalArgumentException(kind == Kind.ROOT ? "the root's ordinal is 0, not " + ordinal
          : "a " + kind + " group's ordinal is 1 or more, not " + ordinal);
    }
  }
  // Written out: a record's generated equals and hashCode set up method handles on first use, a cost the kfp4j
  // command pays at start-up (BENCHMARKS.md, "The kfp4j command's start-up").
  @Override
  public boolean equals(Object o) {
    return o instanceof GroupId other && kind == other.kind && ordinal == other.ordinal;
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + ordinal;
  }


  /** The id of a condition created {@code ordinal}-th. */
  public static GroupId condition(int ordinal) {
    return new GroupId(Kind.CONDITION, ordinal);
  }

  /** The id of a loop created {@code ordinal}-th. */
  public static GroupId loop(int ordinal) {
    return new GroupId(Kind.LOOP, ordinal);
  }

  /** The id of a graph component's call created {@code ordinal}-th. */
  public static GroupId graph(int ordinal) {
    return new GroupId(Kind.GRAPH, ordinal);
  }

  /** The id of an exit handler created {@code ordinal}-th. */
  public static GroupId exitHandler(int ordinal) {
    return new GroupId(Kind.EXIT_HANDLER, ordinal);
  }
}
