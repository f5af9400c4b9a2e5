package io.kfp4j.sdk;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A group while its body runs: its id, the tasks and groups created in it so far, and how build errors name it
 * ({@link #describe()}): by what the pipeline's author wrote, since no target has named it yet.
 */
final class GroupFrame {
  private static final int MAX_DESCRIPTION = 60;

  final GroupId id;
  final List<Object> members = new ArrayList<>();
  String label;
  Comparison condition;
  String over;
  LoopSource loopSource;
  Integer itemOrdinal;
  Integer parallelism;
  Task<?> exitTask;
  String graphName;
  Map<String, ArgumentValue> graphArguments;
  final List<Task<?>> afterTasks = new ArrayList<>();
  final List<GroupId> afterGroups = new ArrayList<>();

  GroupFrame(GroupId id) {
    this.id = id;
  }

  /**
   * The group as its author knows it: {@code the ParallelFor over [1, 2]}, {@code the Condition "heads"},
   * {@code the Condition on output "Output" of task "flip-coin" == heads}, {@code the ExitHandler}.
   */
  String describe() {
    return switch (id.kind()) {
      case ROOT -> "the pipeline's top level";
      case LOOP -> "the ParallelFor over " + over;
      case CONDITION -> "the Condition " + (label != null ? "\"" + label + "\"" : over);
      case EXIT_HANDLER -> "the ExitHandler";
      case GRAPH -> "graph component \"" + graphName + "\"";
    };
  }

  /**
   * A graph component calling itself from inside its own call, while the pipeline is built.
   *
   * @param graph the enclosing call it repeats
   * @param arguments input name to value
   * @param afterTasks tasks it waits for
   * @param afterGroups graph calls it waits for
   */
  record Recursion(GroupFrame graph, Map<String, ArgumentValue> arguments, List<Task<?>> afterTasks,
      List<GroupId> afterGroups) {}

  /** Whether a task was created inside this group, at any depth. */
  boolean holds(Task<?> task) {
    for (Object member : members) {
      if (member == task || member instanceof GroupFrame g && g.holds(task)) {
        return true;
      }
    }
    return false;
  }

  /** What a source is, for messages: {@code pipeline parameter "n"}, {@code output "out" of task "make"}, ... */
  static String describe(Object source) {
    if (source instanceof Param<?> p) {
      return "pipeline parameter \"" + p.name() + "\"";
    }
    if (source instanceof Output<?> o) {
      return o.toString();
    }
    if (source instanceof LoopItem<?> item) {
      return "the loop item" + (item.field() == null ? "" : "'s field \"" + item.field() + "\"");
    }
    if (source instanceof Formatted) {
      return "formatted text";
    }
    Object value = source instanceof Value<?> v ? v.value() : source;
    if (value instanceof String s) {
      return shorten(s);
    }
    try {
      return shorten(PythonJson.dumps(value));
    } catch (RuntimeException notJson) {
      return shorten(String.valueOf(value));
    }
  }

  /** Text cut to a length a message can hold. */
  static String shorten(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 3) + "...";
  }
}
