package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.calc.AdditionPipeline;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.EchoOp;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.ExplodeOp;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.SquareOp;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import io.kfp4j.testcomponents.GreetingsOps.GreetOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong uses of the typed results, each with a message that says what is wrong and what there is instead; and the
 * short summary a run prints in a failed assertion.
 */
class TypedResultsMistakesTest {

  private static RunResult addition(Path root) {
    return LocalTesting.runner(root).run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0)).assertSucceeded();
  }

  /** A task that throws, one that reads it (skipped), and one that succeeds. */
  private static RunResult failing(Path root) {
    PipelineGraph graph = Pipelines.builder("explosive").build(p -> {
      var thrown = ExplodeOp.explode(Value.of("kaboom"));
      EchoOp.echo(thrown.output());
      AddOp.add(Value.of(1.0), Value.of(2.0));
    });
    return LocalTesting.runner(root).run(graph, Map.of());
  }

  @Test
  void anUnknownTaskIdListsTheTasksOfTheRun(@TempDir Path root) {
    RunResult run = addition(root);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddOp.result(run, "add-3"));
    assertEquals("run " + run.record().id() + " (pipeline \"addition-pipeline\") has no task \"add-3\"; its tasks"
        + " are: add, add-2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> run.results("sum", AddOp::result));
    assertEquals("run " + run.record().id() + " (pipeline \"addition-pipeline\") has no task named \"sum\"; its"
        + " tasks are: add, add-2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> run.iterationIds("add-3"));
    assertEquals("run " + run.record().id() + " (pipeline \"addition-pipeline\") has no task named \"add-3\"; its"
        + " tasks are: add, add-2", e.getMessage());
  }

  @Test
  void aLoopTaskWithoutItsIndexSaysHowToNameAnIteration(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("squares").build(p ->
        ParallelFor.each(List.of(1, 2, 3), x -> SquareOp.square(x)));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of()).assertSucceeded();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SquareOp.result(run, "square"));
    assertEquals("run " + run.record().id() + " (pipeline \"squares\") has no task \"square\"; task \"square\" runs"
        + " in a loop: give an iteration's id (square[0] ... square[2] (3)) or read them all with"
        + " run.results(\"square\", XxxOp::result); its tasks are: square[0] ... square[2] (3)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SquareOp.result(run, "square[3]"));
    assertTrue(e.getMessage().contains("has no task \"square[3]\"; its tasks are: square[0] ... square[2] (3)"),
        e.getMessage());
  }

  @Test
  void aTaskOfAnotherComponentNamesBoth(@TempDir Path root) {
    RunResult run = addition(root);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GreetOp.result(run, "add"));
    assertEquals("task \"add\" of run " + run.record().id() + " (pipeline \"addition-pipeline\") runs component"
        + " \"Add\", not \"Greet\"; read it through the factory of \"Add\"", e.getMessage());
  }

  @Test
  void aTaskThatDidNotSucceedGivesItsStatusAndWhy(@TempDir Path root) {
    RunResult run = failing(root);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExplodeOp.result(run, "explode"));
    String where = "task \"explode\" of run " + run.record().id() + " (pipeline \"explosive\") did not succeed: ";
    assertTrue(e.getMessage().startsWith(where + "FAILED, exit code 1: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; its log: " + RunStore.taskDir(run.runDir(), "explode")
        .resolve(RunStore.LOG_FILE)), e.getMessage());
    assertTrue(Files.isRegularFile(RunStore.taskDir(run.runDir(), "explode").resolve(RunStore.LOG_FILE)));

    e = assertThrows(IllegalStateException.class, () -> EchoOp.result(run, "echo"));
    assertTrue(e.getMessage().startsWith("task \"echo\" of run " + run.record().id() + " (pipeline \"explosive\")"
        + " did not succeed: SKIPPED: "), e.getMessage());
    // the task that succeeded reads as usual
    assertEquals(3.0, AddOp.result(run, "add"));
  }

  @Test
  void anOutputWhoseFileIsGoneSaysSo(@TempDir Path root) throws Exception {
    RunResult run = addition(root);
    Path file = Path.of(run.task("add-2").orElseThrow().outputs().get("Output"));
    Files.delete(file);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AddOp.result(run, "add-2"));
    assertEquals("output \"Output\" of task \"add-2\" (Add) of run " + run.record().id() + ": its file " + file
        + " is gone (was the run's folder deleted or cleaned?)", e.getMessage());
  }

  @Test
  void aRunPrintsAsAFewLines(@TempDir Path root) {
    RunResult run = addition(root);
    assertEquals("run " + run.record().id() + " of pipeline \"addition-pipeline\": SUCCEEDED\n"
        + "  parameters: a=7.0, b=8.0\n"
        + "  add    SUCCEEDED  Output=11.0\n"
        + "  add-2  SUCCEEDED  Output=19.0", run.record().toString());
    assertEquals(run.record() + "\n  folder: " + run.runDir(), run.toString());
    assertEquals("add-2 SUCCEEDED Output=19.0", run.task("add-2").orElseThrow().toString());
  }

  @Test
  void assertSucceededShowsTheSummaryAndTheFailedTasksLog(@TempDir Path root) {
    RunResult run = failing(root);
    AssertionError e = assertThrows(AssertionError.class, run::assertSucceeded);
    String message = e.getMessage();
    List<String> lines = message.lines().toList();
    assertEquals("expected the run to succeed, but it is FAILED:", lines.get(0));
    assertTrue(lines.get(1).startsWith("run " + run.record().id() + " of pipeline \"explosive\": FAILED ("), message);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  explode  FAILED     exit 1, ")), message);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  echo     SKIPPED    ")), message);
    assertTrue(lines.contains("  add      SUCCEEDED  Output=3.0"), message);
    assertTrue(lines.contains("log of explode (last lines):"), message);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  | ") && l.contains("IllegalStateException: kaboom")),
        message);
    assertEquals("run folder: " + run.runDir(), lines.get(lines.size() - 1));
    assertTrue(lines.size() <= 20, "a few lines, not " + lines.size() + ":\n" + message);
    assertTrue(lines.stream().allMatch(l -> l.length() <= 240), message);
  }

  @Test
  void aLargeRunIsCutAndLongValuesToo(@TempDir Path root) {
    String longName = "x".repeat(300);
    PipelineGraph graph = Pipelines.builder("many").build(p -> {
      GreetOp.greet(Value.of(longName));
      ParallelFor.each(IntStream.range(0, 40).boxed().toList(), x -> SquareOp.square(x));
    });
    RunResult run = LocalTesting.runner(root).run(graph, Map.of()).assertSucceeded();
    assertEquals("Hello, " + longName + ".", GreetOp.result(run, "greet"));
    String summary = run.record().toString();
    List<String> lines = summary.lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  greet") && l.endsWith("Output=Hello, "
        + "x".repeat(30) + "...")), summary);
    assertEquals("  ... and 16 more tasks (16 succeeded, 0 did not)", lines.get(lines.size() - 1), summary);
    assertEquals(1 + 25 + 1, lines.size(), summary);
  }
}
