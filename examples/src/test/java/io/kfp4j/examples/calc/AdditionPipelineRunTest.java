package io.kfp4j.examples.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.examples.calc.CalcOps.AddOp;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's addition pipeline runs on the embedded engine: a=7, b=8 gives 11 then 19, read as doubles through the
 * generated {@code AddOp}.
 */
class AdditionPipelineRunTest {

  @Test
  void inProcess(@TempDir Path root) {
    RunResult run = LocalRunner.create().withRoot(root).run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), run.record().toString());
    assertEquals(11.0, AddOp.result(run, "add"));
    assertEquals(19.0, AddOp.result(run, "add-2"));
    assertTrue(Files.isRegularFile(run.runDir().resolve("run.json")));
  }

  @Test
  void asSubprocessesWithTheLauncher(@TempDir Path root) {
    RunResult run = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS)
        .run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), run.record().toString());
    assertEquals(19.0, AddOp.result(run, "add-2"));
  }

  @Test
  void defaultsAndCaching(@TempDir Path root) {
    LocalRunner runner = LocalRunner.create().withRoot(root);
    RunResult first = runner.run(AdditionPipeline.spec(), Map.of());
    assertEquals(12.0, AddOp.result(first, "add-2"));
    RunResult second = runner.run(AdditionPipeline.spec(), Map.of());
    assertEquals(TaskStatus.CACHED, second.task("add").orElseThrow().status());
    assertEquals(12.0, AddOp.result(second, "add-2"));
    RunResult third = runner.withCaching(false).run(AdditionPipeline.spec(), Map.of());
    assertEquals(TaskStatus.SUCCEEDED, third.task("add").orElseThrow().status());
  }

  @Test
  void testDoubles(@TempDir Path root) {
    RunResult run = LocalRunner.create().withRoot(root)
        .withDouble(TaskDouble.of("add", in -> Map.of("Output", "100")))
        .run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(100.0, AddOp.result(run, "add"));
    assertEquals(108.0, AddOp.result(run, "add-2"));
  }
}
