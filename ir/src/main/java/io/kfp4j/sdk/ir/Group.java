package io.kfp4j.sdk.ir;

import java.util.List;

/** A node of the pipeline's tree: the root, a condition, a loop or the exit handler's body. */
public sealed interface Group extends Member {

  /** The group's name, unique in the pipeline ({@code condition-heads-1}, {@code for-loop-2}, ...). */
  String name();

  /** Its tasks and subgroups, in the order they were created. */
  List<Member> members();

  /** The whole pipeline. @param name the pipeline's sanitized name @param members its members */
  record Root(String name, List<Member> members) implements Group {
    public Root {
      members = List.copyOf(members);
    }
  }

  /** Runs its members when the comparison holds. */
  record Conditional(String name, Comparison condition, List<Member> members) implements Group {
    public Conditional {
      members = List.copyOf(members);
    }
  }

  /**
   * Runs its members once per item.
   *
   * @param name the group's name
   * @param itemName the name of the item parameter ({@code loop-item-param-1} or {@code <list>-loop-item})
   * @param source what the loop iterates over
   * @param parallelism how many iterations may run at once, or {@code null} for no limit
   * @param members the members
   */
  record Loop(String name, String itemName, LoopSource source, Integer parallelism, List<Member> members)
      implements Group {
    public Loop {
      members = List.copyOf(members);
    }
  }

  /** The members guarded by the pipeline's exit task, which runs whatever happens to them. */
  record ExitHandler(String name, String exitTask, List<Member> members) implements Group {
    public ExitHandler {
      members = List.copyOf(members);
    }
  }
}
