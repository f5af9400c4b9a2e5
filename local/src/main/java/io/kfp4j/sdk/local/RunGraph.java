package io.kfp4j.sdk.local;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of a run's pipeline, as stored beside its record in {@code graph.json}: tasks, the edges between them
 * and the groups (loops, conditions, the exit handler's body) that hold them. What a viewer needs to draw the run.
 *
 * @param tasks every task, in creation order
 * @param edges data and ordering edges
 * @param groups every group but the root, parents before children
 */
public record RunGraph(List<Node> tasks, List<Edge> edges, List<Box> groups) {
  private static final int MAX_LABEL = 80;

  public RunGraph {
    tasks = List.copyOf(tasks);
    edges = List.copyOf(edges);
    groups = List.copyOf(groups);
  }

  /**
   * A task.
   *
   * @param name its name in the pipeline
   * @param component its component's name
   * @param group the innermost group holding it, or {@code null} at the top
   * @param exitTask whether it is the exit handler's task, which runs last whatever happened
   */
  public record Node(String name, String component, String group, boolean exitTask) {}

  /**
   * What flows into a task or group.
   *
   * @param from the producing task
   * @param output the output read, or {@code null} for an ordering edge ({@code after})
   * @param to the task or group that reads it
   * @param input the input it feeds; {@code items} for a loop's list, {@code condition} for a condition's
   *     operand, {@code null} for an ordering edge
   */
  public record Edge(String from, String output, String to, String input) {}

  /**
   * A group of tasks.
   *
   * @param name its name in the run, which nodes and edges refer to: the name KFP's UI shows for it, made by the
   *     engine from the group's id ({@code for-loop-2}, {@code condition-heads-1}, {@code exit-handler-1})
   * @param kind what it does
   * @param label what a reader sees: the condition, or what the loop runs over
   * @param parent the group holding it, or {@code null} at the top
   */
  public record Box(String name, Kind kind, String label, String parent) {}

  /** The kinds of group. */
  public enum Kind {
    /** Runs its members once per item. */
    LOOP,
    /** Runs its members when a comparison holds. */
    CONDITION,
    /** Members guarded by the exit task. */
    EXIT_HANDLER
  }

  /** The shape of a pipeline. */
  public static RunGraph of(PipelineGraph graph) {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    walk(graph, graph.root(), null, nodes, edges, boxes);
    graph.exitTask().ifPresent(exit -> {
      TaskNode task = graph.tasks().get(exit);
      nodes.add(new Node(exit, task.component().spec().nameOrDefault(), null, true));
      taskEdges(task, edges);
    });
    return new RunGraph(nodes, edges, boxes);
  }

  private static void walk(PipelineGraph graph, Group group, String parent, List<Node> nodes, List<Edge> edges,
      List<Box> boxes) {
    for (Member member : group.members()) {
      if (member instanceof Member.TaskMember t) {
        TaskNode task = graph.tasks().get(t.task());
        nodes.add(new Node(task.name(), task.component().spec().nameOrDefault(), parent, false));
        taskEdges(task, edges);
      } else if (member instanceof Group.Loop loop) {
        String over;
        if (loop.source() instanceof LoopSource.DynamicItems d) {
          operandEdges(d.list(), GroupNames.of(loop), "items", edges);
          over = text(graph, d.list());
        } else {
          LoopSource.StaticItems items = (LoopSource.StaticItems) loop.source();
          items.references().forEach(r -> operandEdges(r, GroupNames.of(loop), "items", edges));
          over = shorten(PythonJson.dumps(shown(graph, items.items())));
        }
        boxes.add(new Box(GroupNames.of(loop), Kind.LOOP, "for each item of " + over
            + (loop.parallelism() == null ? "" : ", " + loop.parallelism() + " at a time"), parent));
        walk(graph, loop, GroupNames.of(loop), nodes, edges, boxes);
      } else if (member instanceof Group.Conditional c) {
        Comparison cmp = c.condition();
        String name = GroupNames.of(c);
        operandEdges(cmp.left(), name, "condition", edges);
        operandEdges(cmp.right(), name, "condition", edges);
        boxes.add(new Box(name, Kind.CONDITION,
            "if " + text(graph, cmp.left()) + " " + cmp.operator().symbol() + " " + text(graph, cmp.right()), parent));
        walk(graph, c, name, nodes, edges, boxes);
      } else if (member instanceof Group.ExitHandler e) {
        boxes.add(new Box(GroupNames.of(e), Kind.EXIT_HANDLER, "exit handler: " + e.exitTask() + " runs after", parent));
        walk(graph, e, GroupNames.of(e), nodes, edges, boxes);
      }
    }
  }

  private static void taskEdges(TaskNode task, List<Edge> edges) {
    java.util.Set<String> reads = new java.util.HashSet<>();
    for (Map.Entry<String, ArgumentValue> argument : task.arguments().entrySet()) {
      for (ArgumentValue.OutputRef ref : ArgumentValue.outputRefs(argument.getValue())) {
        edges.add(new Edge(ref.task(), ref.output(), task.name(), argument.getKey()));
        reads.add(ref.task());
      }
    }
    for (String waited : task.waitsFor()) {
      if (reads.add(waited)) {
        edges.add(new Edge(waited, null, task.name(), null)); // read by a setting, or run after
      }
    }
  }

  private static void operandEdges(ArgumentValue value, String group, String input, List<Edge> edges) {
    ArgumentValue.outputRefs(value).forEach(ref -> edges.add(new Edge(ref.task(), ref.output(), group, input)));
  }

  /** Static items with each reference shown as text. */
  private static List<Object> shown(PipelineGraph graph, List<Object> items) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> map) {
        Map<Object, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof ArgumentValue a ? text(graph, a) : v));
        out.add(copy);
      } else {
        out.add(item instanceof ArgumentValue a ? text(graph, a) : item);
      }
    }
    return out;
  }

  private static String text(PipelineGraph graph, ArgumentValue value) {
    if (value instanceof ArgumentValue.Constant c) {
      return shorten(c.text());
    }
    if (value instanceof ArgumentValue.ParameterRef p) {
      return p.parameter();
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      return o.task() + "." + o.output();
    }
    if (value instanceof ArgumentValue.LoopItemRef l) {
      String loop = graph.group(l.loop()).map(GroupNames::of).orElse("loop");
      return loop + " item" + (l.field() == null ? "" : "." + l.field());
    }
    return shorten(String.join("", ((ArgumentValue.Template) value).parts().stream().map(p -> text(graph, p))
        .toList()));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 3) + "...";
  }
}
