package io.kfp4j.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Path;
import java.util.Map;

/** Runs pipelines on the local engine and checks what happened, with the whole run in every failure message. */
public final class Runs {
  private Runs() {}

  /** Runs the pipeline in-process, recording under {@code root}. */
  public static RunResult run(Path root, PipelineGraph graph, Map<String, ?> arguments) {
    return LocalRunner.create().withRoot(root).run(graph, arguments);
  }

  /** Asserts the run's status. */
  public static RunResult assertStatus(RunStatus status, RunResult run) {
    assertEquals(status, run.record().status(), describe(run));
    return run;
  }

  /** Asserts a task's status and returns its record. */
  public static TaskRecord assertTask(RunResult run, String id, TaskStatus status) {
    TaskRecord task = run.task(id).orElseGet(() -> fail("no task " + id + " in " + describe(run)));
    assertEquals(status, task.status(), "task " + id + " in " + describe(run));
    return task;
  }

  /** Asserts that {@code later} started once {@code earlier} had finished. */
  public static void assertRanAfter(RunResult run, String later, String earlier) {
    TaskRecord first = run.task(earlier).orElseThrow();
    TaskRecord second = run.task(later).orElseThrow();
    if (second.startedAt().isBefore(first.finishedAt())) {
      fail(later + " started at " + second.startedAt() + ", before " + earlier + " finished at " + first.finishedAt());
    }
  }

  /** The run, task by task, for assertion messages. */
  public static String describe(RunResult run) {
    StringBuilder out = new StringBuilder("run " + run.record().id() + " " + run.record().status() + " ("
        + run.record().message() + ")");
    for (TaskRecord t : run.record().tasks().values()) {
      out.append("\n  ").append(t.id()).append(": ").append(t.status()).append(", attempts ").append(t.attempts())
          .append(", outputs ").append(t.outputValues().keySet()).append(t.message() == null ? "" : ", " + t.message())
          .append(t.logTail() == null ? "" : "\n    log: " + t.logTail().replace("\n", "\n    log: "));
    }
    return out.toString();
  }
}
