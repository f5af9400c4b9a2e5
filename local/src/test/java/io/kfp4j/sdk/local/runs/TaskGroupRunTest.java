package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task runs in a process group of its own: what it leaves running in the background ends when it ends, as a pod
 * ends with its main container, and its process is forgotten once it ended.
 */
class TaskGroupRunTest {
  private static final ComponentDefinition DETACH = LocalTesting.shell("Detach",
      "sh -c 'sleep 60; :' \"$0\" & echo \"left $0 running\"; echo done > \"$1\"", "marker", ">out");

  @Test
  void whatATaskLeavesInItsGroupEndsWithIt(@TempDir Path root) {
    String marker = LocalTesting.marker("detached");
    PipelineGraph graph = Pipelines.builder("detach").build(p -> DETACH.task(args("marker", marker)));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    List<ProcessHandle> left = LocalTesting.awaitGone(LocalTesting.processesWith(marker), Duration.ofSeconds(5));
    assertTrue(left.isEmpty(), "still running after its task ended: " + LocalTesting.show(left));
    assertTrue(!Files.exists(run.runDir().resolve("processes/detach.json")), "the ended task's process is forgotten");
  }
}
