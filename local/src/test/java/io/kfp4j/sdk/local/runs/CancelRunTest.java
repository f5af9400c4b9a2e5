package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.HoldOp;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LocalRunner.start(...) runs in the background; Handle.cancel() stops the run: when it returns, the sleeping
 * task's processes are killed, nothing else started, and the record says CANCELLED.
 */
class CancelRunTest {

  @Test
  void cancelKillsTheRunningTaskAndStopsTheRest(@TempDir Path root) throws Exception {
    String marker = LocalTesting.marker("cancel");
    String queuedMarker = LocalTesting.marker("queued");
    PipelineGraph graph = Pipelines.builder("cancelled").build(p -> {
      var cleanup = AddOp.add(Value.of(0.0), Value.of(0.0));
      ExitHandler.of(cleanup, () -> {
        var sleeper = LocalTesting.SLEEPER.task(args("marker", marker, "seconds", "60"));
        AddOp.add(Value.of(1.0), Value.of(1.0)).after(sleeper);
        // independent, but waiting for the one engine thread
        LocalTesting.SLEEPER.task(args("marker", queuedMarker, "seconds", "60"));
      });
    });
    LocalRunner.Handle handle = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).withParallelism(1)
        .start(graph, Map.of());
    List<ProcessHandle> tree = LocalTesting.sleepingTree(marker);

    long start = System.nanoTime();
    handle.cancel();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 5000, "cancel took " + millis + " ms");

    // when cancel() returns, the run has stopped and its record says so
    RunRecord stored = new RunStore(root).find(handle.runId()).orElseThrow();
    assertEquals(RunStatus.CANCELLED, stored.status(), describe(stored));
    assertEquals(TaskStatus.CANCELLED, stored.tasks().get("sleeper").status(), describe(stored));
    stored.tasks().values().forEach(t -> assertTrue(t.status().isFinal(), "every task ends final: " + describe(stored)));
    List<ProcessHandle> alive = LocalTesting.awaitGone(tree, Duration.ofSeconds(1));
    assertTrue(alive.isEmpty(), "left behind: " + LocalTesting.show(alive));
    assertTrue(LocalTesting.processesWith(queuedMarker).isEmpty(), "the queued task never started");

    RunResult run = CompletableFuture.supplyAsync(handle::await).get(5, TimeUnit.SECONDS);
    assertEquals(RunStatus.CANCELLED, run.record().status(), describe(run));
    assertTask(run, "sleeper", TaskStatus.CANCELLED);
    assertNotEquals(TaskStatus.SUCCEEDED, run.task("add-2").map(t -> t.status()).orElse(TaskStatus.PENDING));
    assertNotEquals(TaskStatus.SUCCEEDED, run.task("add").map(t -> t.status()).orElse(TaskStatus.PENDING),
        "the exit handler does not run after a cancel");
    assertTrue(run.record().finishedAt() != null);
  }

  @Test
  void cancelAnInProcessTask(@TempDir Path root) throws Exception {
    PipelineGraph graph = Pipelines.builder("cancelled-in-process").build(p -> {
      var hold = HoldOp.hold(Value.of("long"), Value.of(60_000));
      HoldOp.hold(hold.output(), Value.of(10));
    });
    LocalRunner.Handle handle = LocalTesting.runner(root).start(graph, Map.of());
    LocalTesting.awaitRun(new RunStore(root), LocalTesting.taskIs("hold", TaskStatus.RUNNING), Duration.ofSeconds(10),
        "task hold running");
    handle.cancel();
    RunResult run = CompletableFuture.supplyAsync(handle::await).get(5, TimeUnit.SECONDS);
    assertEquals(RunStatus.CANCELLED, run.record().status(), describe(run));
    assertTask(run, "hold", TaskStatus.CANCELLED);
    assertNotEquals(TaskStatus.SUCCEEDED, run.task("hold-2").map(t -> t.status()).orElse(TaskStatus.PENDING));
  }

  @Test
  void cancelAfterTheEndChangesNothing(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("finished").build(p -> AddOp.add(Value.of(1.0), Value.of(1.0)));
    LocalRunner.Handle handle = LocalTesting.runner(root).start(graph, Map.of());
    RunResult run = handle.await();
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    handle.cancel();
    assertEquals(RunStatus.SUCCEEDED, new RunStore(root).find(handle.runId()).orElseThrow().status());
    assertEquals(RunStatus.SUCCEEDED, handle.await().record().status());
  }
}
