package io.kfp4j.sdk.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run in a few lines, for {@code toString} and failed assertions: run id, pipeline and status, then one line per
 * task with its status and short outputs (or why it did not succeed). Long values are cut, and a large run shows
 * its first tasks and every task that did not succeed, up to a limit.
 */
final class RunSummary {
  /** Longest output value shown, in characters. */
  static final int MAX_VALUE = 40;
  /** Longest message shown, in characters. */
  static final int MAX_MESSAGE = 160;
  /** Most task lines of each kind (succeeded, did not succeed) shown. */
  static final int MAX_TASKS = 25;
  /** Most log lines shown per failed task. */
  static final int MAX_LOG_LINES = 10;
  /** Most failed tasks whose log is shown. */
  static final int MAX_LOGS = 3;

  private RunSummary() {}

  /** The run's summary. */
  static String of(RunRecord run) {
    StringBuilder out = new StringBuilder("run ").append(run.id()).append(" of pipeline \"").append(run.pipeline())
        .append("\": ").append(run.status());
    if (run.message() != null) {
      out.append(" (").append(cut(run.message(), MAX_MESSAGE)).append(')');
    }
    if (run.parameters() != null && !run.parameters().isEmpty()) {
      out.append("\n  parameters: ").append(pairs(run.parameters()));
    }
    List<TaskRecord> tasks = run.tasks() == null ? List.of() : List.copyOf(run.tasks().values());
    int width = Math.min(30, tasks.stream().mapToInt(t -> t.id().length()).max().orElse(0));
    int succeeded = 0;
    int others = 0;
    int hiddenSucceeded = 0;
    int hiddenOthers = 0;
    for (TaskRecord task : tasks) {
      boolean success = task.status() != null && task.status().isSuccess();
      if (success ? succeeded++ >= MAX_TASKS : others++ >= MAX_TASKS) {
        if (success) {
          hiddenSucceeded++;
        } else {
          hiddenOthers++;
        }
        continue;
      }
      out.append("\n  ").append(pad(task.id(), width)).append("  ").append(pad(String.valueOf(task.status()), 9));
      String details = details(task);
      if (!details.isEmpty()) {
        out.append("  ").append(details);
      }
    }
    if (hiddenSucceeded + hiddenOthers > 0) {
      out.append("\n  ... and ").append(hiddenSucceeded + hiddenOthers).append(" more tasks (").append(hiddenSucceeded)
          .append(" succeeded, ").append(hiddenOthers).append(" did not)");
    }
    return out.toString();
  }

  /** The summary, then the end of each failed task's log: what a failed assertion on the run shows. */
  static String withLogs(RunRecord run) {
    StringBuilder out = new StringBuilder(of(run));
    int shown = 0;
    for (TaskRecord task : run.tasks().values()) {
      if (task.status() != TaskStatus.FAILED || task.logTail() == null || task.logTail().isBlank()) {
        continue;
      }
      if (shown++ == MAX_LOGS) {
        out.append("\n(the logs of further failed tasks are in the run's folder)");
        break;
      }
      List<String> lines = task.logTail().lines().toList();
      out.append("\nlog of ").append(task.id()).append(" (last lines):");
      for (String line : lines.subList(Math.max(0, lines.size() - MAX_LOG_LINES), lines.size())) {
        out.append("\n  | ").append(cut(line, 200));
      }
    }
    return out.toString();
  }

  /** One task in a line: {@code add-2 SUCCEEDED Output=19.0}. */
  static String line(TaskRecord task) {
    String details = details(task);
    return task.id() + " " + task.status() + (details.isEmpty() ? "" : " " + details);
  }

  /** A task's outputs when it succeeded; else its exit code and message. */
  private static String details(TaskRecord task) {
    List<String> parts = new ArrayList<>();
    if (task.attempts() > 1) {
      parts.add(task.attempts() + " attempts");
    }
    if (task.status() != null && task.status().isSuccess()) {
      if (task.outputs() != null) {
        task.outputs().keySet().forEach(name -> parts.add(name + "=" + shortValue(task, name)));
      }
    } else {
      if (task.exitCode() != null && task.exitCode() != 0) {
        parts.add("exit " + task.exitCode());
      }
      if (task.message() != null) {
        parts.add(cut(task.message(), MAX_MESSAGE));
      }
    }
    return String.join(", ", parts);
  }

  private static String shortValue(TaskRecord task, String output) {
    String text = task.outputValues() == null ? null : task.outputValues().get(output);
    return text == null ? "(file)" : cut(text, MAX_VALUE);
  }

  private static String pairs(Map<String, String> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(k + "=" + cut(String.valueOf(v), MAX_VALUE)));
    return String.join(", ", parts);
  }

  /** Text on one line, at most {@code max} characters ({@code ...} when cut). */
  static String cut(String text, int max) {
    String flat = text.strip().replace("\r", "").replace("\n", "\\n");
    return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
