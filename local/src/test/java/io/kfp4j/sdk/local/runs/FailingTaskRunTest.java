package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.EchoOp;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.ExplodeOp;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.SquareOp;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing task fails its run: its dependents are skipped, independent tasks finish, the exit handler runs,
 * and the record names the task, its exit code and the tail of its log.
 */
class FailingTaskRunTest {

  private static final ComponentDefinition BREAK = LocalTesting.shell("Break", """
      i=1
      while [ $i -le 30 ]; do echo "progress line $i"; i=$((i + 1)); done
      echo "cannot open $0: no such table" >&2
      exit 3
      """, "table", ">rows");

  private static final ComponentDefinition SLOW_OK = LocalTesting.shell("Slow ok",
      "sleep 0.5; printf done > \"$0\"", ">result");

  private static PipelineGraph pipeline() {
    return Pipelines.builder("failing").build(p -> {
      var cleanup = AddOp.add(Value.of(0.0), Value.of(0.0));
      ExitHandler.of(cleanup, () -> {
        var broken = BREAK.task(args("table", "sales"));
        var reader = AddOp.add(broken.<Double>outputNamed("rows").as(Double.class), Value.of(1.0));
        AddOp.add(reader.output(), Value.of(1.0));            // depends on it through reader
        AddOp.add(Value.of(5.0), Value.of(5.0)).after(broken); // depends on it by after(...)
        SLOW_OK.task(Map.of());                                 // independent, and slower than the failure
        AddOp.add(Value.of(2.0), Value.of(2.0));                 // independent
      });
    });
  }

  @Test
  void failureIsRecordedAndContained(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).withParallelism(4).run(pipeline(), Map.of());

    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertNotNull(run.record().finishedAt());
    TaskRecord broken = assertTask(run, "break", TaskStatus.FAILED);
    assertEquals(3, broken.exitCode(), describe(run));
    assertEquals(1, broken.attempts());
    assertTrue(broken.message().contains("exited with code 3"), describe(run));
    assertTrue(broken.logTail().contains("cannot open sales: no such table"), describe(run));
    assertTrue(broken.logTail().contains("progress line 30"), describe(run));
    assertTrue(!broken.logTail().contains("progress line 1\n"), "a tail, not the whole log: " + broken.logTail());
    assertTrue(run.record().message().contains("break") && run.record().message().contains("code 3"),
        "the run's message names the task and its exit code: " + run.record().message());

    // dependents skipped, through data and through after(...)
    assertTask(run, "add-2", TaskStatus.SKIPPED);
    assertTask(run, "add-3", TaskStatus.SKIPPED);
    assertTask(run, "add-4", TaskStatus.SKIPPED);
    // independent tasks finish, even the one that ends after the failure
    assertEquals("done", run.output("slow-ok", "result"));
    assertEquals("4.0", run.output("add-5", "Output"));
    TaskRecord slow = assertTask(run, "slow-ok", TaskStatus.SUCCEEDED);
    assertTrue(slow.finishedAt().isAfter(broken.finishedAt()), describe(run));
    // the exit handler ran, last
    TaskRecord cleanup = assertTask(run, "add", TaskStatus.SUCCEEDED);
    assertTrue(!cleanup.startedAt().isBefore(slow.finishedAt()), describe(run));

    // the stored record says the same
    RunRecord stored = new RunStore(root).find(run.record().id()).orElseThrow();
    assertEquals(RunStatus.FAILED, stored.status());
    assertEquals(3, stored.tasks().get("break").exitCode());
    assertTrue(stored.tasks().get("break").logTail().contains("no such table"));
    assertEquals(TaskStatus.SKIPPED, stored.tasks().get("add-3").status());
  }

  @Test
  void javaFailuresInProcess(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("java-failure").build(p -> {
      // text that is not an integer reaches square through an output (a parameter's text is checked before the run)
      Source<Integer> notANumber = EchoOp.echo(p.param("x", String.class)).output().as(Integer.class);
      var bad = SquareOp.square(notANumber);
      SquareOp.square(bad.output());
      var thrown = ExplodeOp.explode(Value.of("kaboom"));
      EchoOp.echo(thrown.output());
    });
    // "x" is not an integer: the entry refuses it (exit 2) naming the value; explode throws (exit 1)
    RunResult run = LocalTesting.runner(root).run(graph, Map.of("x", "not-a-number"));
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord bad = assertTask(run, "square", TaskStatus.FAILED);
    assertEquals(2, bad.exitCode(), describe(run));
    assertTrue(bad.logTail().contains("not-a-number"), describe(run));
    assertTask(run, "square-2", TaskStatus.SKIPPED);
    TaskRecord thrown = assertTask(run, "explode", TaskStatus.FAILED);
    assertEquals(1, thrown.exitCode(), describe(run));
    assertTrue(thrown.logTail().contains("IllegalStateException: kaboom"), describe(run));
    assertTask(run, "echo-2", TaskStatus.SKIPPED);
  }
}
