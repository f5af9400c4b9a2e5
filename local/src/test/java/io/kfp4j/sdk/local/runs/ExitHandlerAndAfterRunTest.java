package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit handler runs last, after success and after failure; after(...) orders tasks that pass no data. */
class ExitHandlerAndAfterRunTest {

  /** Appends its text as a line to a journal file, after an optional pause; exits with the given code. */
  private static final ComponentDefinition NOTE = LocalTesting.shell("Note",
      "sleep \"$2\"; echo \"$1\" >> \"$0\"; echo \"noted $1\"; exit \"$3\"", "journal", "text", "pause", "code");

  private static PipelineGraph guarded(Path journal, int failingCode) {
    return Pipelines.builder("guarded").build(p -> {
      var cleanup = NOTE.task(args("journal", journal.toString(), "text", "cleanup", "pause", "0", "code", "0"));
      ExitHandler.of(cleanup, () -> {
        var first = NOTE.task(args("journal", journal.toString(), "text", "first", "pause", "0.3", "code", "0"));
        NOTE.task(args("journal", journal.toString(), "text", "second", "pause", "0", "code",
            Integer.toString(failingCode))).after(first);
      });
    });
  }

  @Test
  void exitTaskRunsLastAfterSuccess(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal.txt");
    RunResult run = LocalTesting.runner(root).run(guarded(journal, 0), Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals(List.of("first", "second", "cleanup"), Files.readAllLines(journal));
    TaskRecord cleanup = assertTask(run, "note", TaskStatus.SUCCEEDED);
    TaskRecord second = assertTask(run, "note-3", TaskStatus.SUCCEEDED);
    assertFalse(cleanup.startedAt().isBefore(second.finishedAt()), describe(run));
  }

  @Test
  void exitTaskRunsAfterFailure(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal.txt");
    RunResult run = LocalTesting.runner(root).run(guarded(journal, 4), Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertEquals(List.of("first", "second", "cleanup"), Files.readAllLines(journal));
    assertEquals(4, assertTask(run, "note-3", TaskStatus.FAILED).exitCode());
    assertTask(run, "note", TaskStatus.SUCCEEDED);
    assertTrue(run.record().message().contains("note-3"), describe(run));
  }

  @Test
  void afterOrdersTasksThatPassNoData(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal.txt");
    PipelineGraph graph = Pipelines.builder("ordered").build(p -> {
      var slow = NOTE.task(args("journal", journal.toString(), "text", "slow", "pause", "0.4", "code", "0"));
      var java = AddOp.add(Value.of(1.0), Value.of(2.0)).after(slow);
      NOTE.task(args("journal", journal.toString(), "text", "fast", "pause", "0", "code", "0")).after(java);
      // no after: runs at once, beside the slow one
      NOTE.task(args("journal", journal.toString(), "text", "free", "pause", "0", "code", "0"));
    });
    RunResult run = LocalTesting.runner(root).withParallelism(4).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals(List.of("free", "slow", "fast"), Files.readAllLines(journal));
    TaskRecord slow = assertTask(run, "note", TaskStatus.SUCCEEDED);
    TaskRecord java = assertTask(run, "add", TaskStatus.SUCCEEDED);
    TaskRecord fast = assertTask(run, "note-2", TaskStatus.SUCCEEDED);
    assertFalse(java.startedAt().isBefore(slow.finishedAt()), describe(run));
    assertFalse(fast.startedAt().isBefore(java.finishedAt()), describe(run));
    assertTrue(assertTask(run, "note", TaskStatus.SUCCEEDED).logTail() == null, "no log tail for a success");
  }

  @Test
  void afterAFailedTaskSkips(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal.txt");
    PipelineGraph graph = Pipelines.builder("ordered-failure").build(p -> {
      var broken = NOTE.task(args("journal", journal.toString(), "text", "broken", "pause", "0", "code", "1"));
      NOTE.task(args("journal", journal.toString(), "text", "never", "pause", "0", "code", "0")).after(broken);
    });
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertTask(run, "note-2", TaskStatus.SKIPPED);
    assertEquals(List.of("broken"), Files.readAllLines(journal));
  }
}
