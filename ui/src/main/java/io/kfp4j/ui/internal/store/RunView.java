package io.kfp4j.ui.internal.store;

import io.kfp4j.sdk.local.RunGraph;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.ui.internal.graph.NodeState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A readable run as the pages show it: its record, its pipeline's shape, and its task records by pipeline task
 * (grouped once, since every node, panel and lineage look-up asks for them).
 */
public final class RunView {
  private final RunRecord run;
  private final RunGraph graph;
  private final boolean graphRecorded;
  private final Map<String, List<TaskRecord>> byTask = new LinkedHashMap<>();

  private RunView(RunRecord run, RunGraph graph, boolean graphRecorded) {
    this.run = run;
    this.graph = graph;
    this.graphRecorded = graphRecorded;
    run.tasks().values().forEach(r -> byTask.computeIfAbsent(taskOf(r), k -> new ArrayList<>()).add(r));
  }

  /** A run and its graph, as stored; without a graph, the tasks of the record with no edges. */
  public static RunView of(RunRecord run, java.util.Optional<RunGraph> graph) {
    if (graph.isPresent()) {
      return new RunView(run, graph.get(), true);
    }
    Map<String, RunGraph.Node> nodes = new LinkedHashMap<>();
    run.tasks().values().forEach(t -> nodes.putIfAbsent(taskOf(t), new RunGraph.Node(taskOf(t), t.component(), null,
        false)));
    return new RunView(run, new RunGraph(List.copyOf(nodes.values()), List.of(), List.of()), false);
  }

  /** The record. */
  public RunRecord run() {
    return run;
  }

  /** The pipeline's shape: from {@code graph.json}, or for runs recorded without one, the record's tasks. */
  public RunGraph graph() {
    return graph;
  }

  /** Whether the shape came from {@code graph.json}. */
  public boolean graphRecorded() {
    return graphRecorded;
  }

  /** The records of one pipeline task: one, or one per loop iteration. */
  public List<TaskRecord> recordsOf(String task) {
    return java.util.Collections.unmodifiableList(byTask.getOrDefault(task, List.of()));
  }

  /** The pipeline task a record belongs to (records the engine made on a failure may lack it: from the id). */
  private static String taskOf(TaskRecord r) {
    return r.task() == null || r.task().isEmpty() ? baseName(r.id()) : r.task();
  }

  /** Each pipeline task's state, for the graph. */
  public Map<String, NodeState> states() {
    Map<String, NodeState> states = new LinkedHashMap<>();
    for (RunGraph.Node node : graph.tasks()) {
      List<TaskRecord> records = recordsOf(node.name());
      if (!records.isEmpty()) {
        states.put(node.name(), state(records));
      }
    }
    return states;
  }

  /** The task's name without loop indices: {@code print[2][0]} is {@code print}. */
  public static String baseName(String taskId) {
    int bracket = taskId.indexOf('[');
    return bracket < 0 ? taskId : taskId.substring(0, bracket);
  }

  /** The loop indices of a task id: {@code [2][0]} for {@code print[2][0]}, empty outside loops. */
  public static String indices(String taskId) {
    int bracket = taskId.indexOf('[');
    return bracket < 0 ? "" : taskId.substring(bracket);
  }

  private static final List<TaskStatus> WORST_FIRST = List.of(TaskStatus.FAILED, TaskStatus.INTERRUPTED,
      TaskStatus.RUNNING, TaskStatus.CANCELLED, TaskStatus.PENDING, TaskStatus.SUCCEEDED, TaskStatus.CACHED, TaskStatus.SKIPPED);

  static NodeState state(List<TaskRecord> records) {
    if (records.size() == 1) {
      TaskRecord r = records.get(0);
      String status = r.status().name().toLowerCase(java.util.Locale.ROOT);
      return new NodeState(r.status(), status + (r.durationMillis() == null ? "" : " in " + Format.duration(r.durationMillis()))
          + (r.attempts() > 1 ? ", " + r.attempts() + " attempts" : ""));
    }
    Map<TaskStatus, Integer> counts = new LinkedHashMap<>();
    WORST_FIRST.forEach(s -> counts.put(s, 0));
    records.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    TaskStatus shown = WORST_FIRST.stream().filter(s -> counts.get(s) > 0).findFirst().orElse(TaskStatus.PENDING);
    Set<String> parts = new LinkedHashSet<>();
    counts.forEach((s, n) -> {
      if (n > 0) {
        parts.add(n + " " + s.name().toLowerCase(java.util.Locale.ROOT));
      }
    });
    return new NodeState(shown, records.size() + " iterations: " + String.join(", ", parts));
  }
}
