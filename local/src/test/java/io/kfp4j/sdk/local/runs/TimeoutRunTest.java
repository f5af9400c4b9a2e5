package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.HoldOp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task past its timeout is killed, process tree and all, and fails with a message that says so. */
class TimeoutRunTest {

  @Test
  void killsTheSleepingProcessTree(@TempDir Path root) throws Exception {
    String marker = LocalTesting.marker("timeout");
    PipelineGraph graph = Pipelines.builder("timeout").build(p ->
        LocalTesting.SLEEPER.task(args("marker", marker, "seconds", "60")).timeout(Duration.ofSeconds(2)));
    long start = System.nanoTime();
    LocalRunner.Handle handle = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).start(graph, Map.of());
    CompletableFuture<RunResult> result = CompletableFuture.supplyAsync(handle::await);

    List<ProcessHandle> tree = LocalTesting.sleepingTree(marker);
    RunResult run = result.get(15, TimeUnit.SECONDS);
    long seconds = (System.nanoTime() - start) / 1_000_000_000;

    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord task = assertTask(run, "sleeper", TaskStatus.FAILED);
    assertTrue(task.message().contains("timed out after 2 s"), describe(run));
    assertTrue(task.logTail().contains("sleeps for 60 s") && !task.logTail().contains("woke up"), describe(run));
    assertTrue(seconds < 6, "the run ended " + seconds + " s after it started, not soon after the 2 s timeout");
    assertTrue(task.durationMillis() >= 1900, describe(run));
    List<ProcessHandle> alive = LocalTesting.awaitGone(tree, Duration.ofSeconds(2));
    assertTrue(alive.isEmpty(), "left behind: " + LocalTesting.show(alive));
    assertTrue(LocalTesting.processesWith(marker).isEmpty(), "left behind: " + LocalTesting.show(LocalTesting.processesWith(marker)));
  }

  @Test
  void inProcessTaskIsInterrupted(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("timeout-in-process").build(p ->
        HoldOp.hold(Value.of("long"), Value.of(60_000)).timeout(Duration.ofSeconds(1)));
    long start = System.nanoTime();
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertTrue(assertTask(run, "hold", TaskStatus.FAILED).message().contains("timed out after 1 s"), describe(run));
    assertTrue(millis < 5000, "ended after " + millis + " ms");
  }
}
