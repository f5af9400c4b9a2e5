package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditions, true and false, nested, on task outputs and parameters, run for real. */
class ConditionRunTest {

  /**
   * {@code add} = a + 4; when it is > 10: {@code add-2} = add + 100, inside which {@code add-3} runs when add-2 < 50
   * and {@code add-4} when add-2 == 111.0; when add < 10: {@code add-5}, and inside it {@code add-6} (always true).
   * A shell task runs when the parameter {@code mode} is "loud".
   */
  private static PipelineGraph nested() {
    ComponentDefinition say = LocalTesting.shell("Say", "printf '%s' \"$0\" > \"$1\"", "text", ">said");
    return Pipelines.builder("nested-conditions").build(p -> {
      var a = p.param("a", Double.class);
      var mode = p.param("mode", String.class, "quiet");
      var sum = AddOp.add(a, Value.of(4.0));
      Condition.when("big", sum.output().gt(10.0), () -> {
        var bigger = AddOp.add(sum.output(), Value.of(100.0));
        Condition.when("small", bigger.output().lt(50), () -> AddOp.add(bigger.output(), Value.of(1.0)));
        Condition.when("exact", bigger.output().eq(111.0), () -> AddOp.add(bigger.output(), Value.of(1.0)));
      });
      Condition.when("tiny", sum.output().lt(10.0), () -> {
        var other = AddOp.add(sum.output(), Value.of(-1.0));
        Condition.when("always", other.output().ne("never"), () -> AddOp.add(other.output(), Value.of(-1.0)));
      });
      Condition.when("loud", mode.eq("loud"), () -> say.task(args("text", "LOUD")));
    });
  }

  @Test
  void outerTrueInnerTrueAndFalse(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).run(nested(), Map.of("a", 7.0));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("11.0", run.output("add", "Output"));
    assertEquals("111.0", run.output("add-2", "Output"));
    assertTrue(assertTask(run, "add-3", TaskStatus.SKIPPED).message().contains("was false"), describe(run));
    assertEquals("112.0", run.output("add-4", "Output"));
    // the false outer condition skips everything inside it, nested condition included
    assertTask(run, "add-5", TaskStatus.SKIPPED);
    assertTask(run, "add-6", TaskStatus.SKIPPED);
    assertTask(run, "say", TaskStatus.SKIPPED);
  }

  @Test
  void outerFalseAndTheOtherBranch(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).run(nested(), Map.of("a", 1.0, "mode", "loud"));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("5.0", run.output("add", "Output"));
    assertTask(run, "add-2", TaskStatus.SKIPPED);
    assertTask(run, "add-3", TaskStatus.SKIPPED);
    assertTask(run, "add-4", TaskStatus.SKIPPED);
    assertEquals("4.0", run.output("add-5", "Output"));
    assertEquals("3.0", run.output("add-6", "Output"));
    assertEquals("LOUD", run.output("say", "said"));
  }
}
