package io.kfp4j.sdk.ir;

import java.util.List;
import java.util.Objects;

/**
 * A node of the pipeline's tree: the root, a condition, a loop or the exit handler's body. Groups carry no target's
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

  private static void requireKind(GroupId id, GroupId.Kind kind) {
    Objects.requireNonNull(id, "id");
    if (id.kind() != kind) {
      throw new IllegalArgumentException("a " + kind + " group needs an id of that kind, not " + id);
    }
  }
}
