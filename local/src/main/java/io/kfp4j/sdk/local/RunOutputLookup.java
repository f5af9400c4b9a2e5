package io.kfp4j.sdk.local;

import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.result.TaskOutputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the task records behind a typed read of a run's outputs ({@code AddOp.result(run, "add-2")}) and says what is
 * wrong when they cannot be read: no such task (with the run's tasks), a task of another component, a task that did
 * not succeed.
 */
final class RunOutputLookup {
  /** Most task names listed in a message. */
  private static final int MAX_LISTED = 20;

  private final RunRecord run;
  private final Path runDir;

  RunOutputLookup(RunRecord run, Path runDir) {
    this.run = run;
    this.runDir = runDir;
  }

  /** The outputs of one task instance, checked. */
  TaskOutputs outputsOf(String taskId, LoadedComponent component) {
    TaskRecord task = run.tasks().get(taskId);
    if (task == null) {
      List<TaskRecord> iterations = instancesOf(taskId);
      String hint = iterations.isEmpty() || iterations.size() == 1 && iterations.get(0).id().equals(taskId) ? ""
          : "; task \"" + taskId + "\" runs in a loop: give an iteration's id (" + span(iterations)
              + ") or read them all with run.results(\"" + taskId + "\", XxxOp::result)";
      throw new IllegalArgumentException(where() + " has no task \"" + taskId + "\"" + hint + "; its tasks are: "
          + listing());
    }
    return checked(task, component);
  }

  /** The ids of every instance of a pipeline task, in iteration order. */
  List<String> iterationIds(String taskName) {
    List<TaskRecord> instances = instancesOf(taskName);
    if (instances.isEmpty()) {
      throw new IllegalArgumentException(where() + " has no task named \"" + taskName + "\"; its tasks are: "
          + listing());
    }
    return instances.stream().map(TaskRecord::id).toList();
  }

  private TaskOutputs checked(TaskRecord task, LoadedComponent component) {
    String ran = orEmpty(task.component());
    String expected = component.spec().nameOrDefault();
    if (!ran.isEmpty() && !ran.equals(expected)) {
      throw new IllegalArgumentException("task \"" + task.id() + "\" of " + where() + " runs component \"" + ran
          + "\", not \"" + expected + "\"; read it through the factory of \"" + ran + "\"");
    }
    if (!task.status().isSuccess()) {
      throw new IllegalStateException("task \"" + task.id() + "\" of " + where() + " did not succeed: "
          + task.status() + (task.exitCode() == null || task.exitCode() == 0 ? "" : ", exit code " + task.exitCode())
          + (task.message() == null ? "" : ": " + RunSummary.cut(task.message(), RunSummary.MAX_MESSAGE))
          + (task.status() == TaskStatus.FAILED ? "; its log: "
              + RunStore.taskDir(runDir, task.id()).resolve(RunStore.LOG_FILE) : ""));
    }
    Map<String, Path> files = new LinkedHashMap<>();
    task.outputs().forEach((name, file) -> files.put(name, Path.of(file)));
    return new TaskOutputs(run.id(), task.id(), component, files);
  }

  /** The records of a pipeline task: the task itself, or its iterations in order. */
  private List<TaskRecord> instancesOf(String taskName) {
    return run.tasks().values().stream()
        .filter(t -> orEmpty(t.task()).equals(taskName) || t.id().equals(taskName)
            || orEmpty(t.task()).isEmpty() && t.id().startsWith(taskName + "["))
        .sorted(Comparator.comparing(t -> indices(t.id()), RunOutputLookup::compareIndices))
        .toList();
  }

  /** The loop indices of a task id: {@code add[1][10]} gives [1, 10]; a skipped group's {@code [*]} is -1. */
  private static List<Integer> indices(String id) {
    List<Integer> out = new ArrayList<>();
    int open = id.indexOf('[');
    while (open >= 0) {
      int close = id.indexOf(']', open);
      if (close < 0) {
        break;
      }
      String index = id.substring(open + 1, close);
      out.add(index.equals("*") ? -1 : parse(index));
      open = id.indexOf('[', close);
    }
    return out;
  }

  private static int parse(String index) {
    try {
      return Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int compareIndices(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The run's tasks, a loop's iterations as one entry ({@code square[0] ... square[3] (4)}). */
  private String listing() {
    Map<String, List<TaskRecord>> byTask = new LinkedHashMap<>();
    for (TaskRecord task : run.tasks().values()) {
      String name = orEmpty(task.task());
      byTask.computeIfAbsent(name.isEmpty() ? task.id() : name, k -> new ArrayList<>()).add(task);
    }
    List<String> entries = new ArrayList<>();
    for (Map.Entry<String, List<TaskRecord>> task : byTask.entrySet()) {
      List<TaskRecord> instances = task.getValue().stream()
          .sorted(Comparator.comparing(t -> indices(t.id()), RunOutputLookup::compareIndices)).toList();
      entries.add(instances.size() == 1 ? instances.get(0).id() : span(instances));
    }
    if (entries.isEmpty()) {
      return "none";
    }
    String listed = String.join(", ", entries.subList(0, Math.min(MAX_LISTED, entries.size())));
    return entries.size() > MAX_LISTED ? listed + ", ... (" + entries.size() + " in all)" : listed;
  }

  private static String span(List<TaskRecord> instances) {
    return instances.size() == 1 ? instances.get(0).id()
        : instances.get(0).id() + " ... " + instances.get(instances.size() - 1).id() + " (" + instances.size() + ")";
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private String where() {
    return "run " + run.id() + " (pipeline \"" + run.pipeline() + "\")";
  }
}
