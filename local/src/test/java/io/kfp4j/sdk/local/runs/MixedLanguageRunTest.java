package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's Python {@code add} (KFP's own YAML, loaded as a file, run with the host's python3) and the Java
 * {@code add} (the kfp4j launcher) in one pipeline: python add(a, 4) -> java add(that, b) -> python add(that, 0.5).
 */
class MixedLanguageRunTest {

  private static PipelineGraph mixed() {
    ComponentDefinition python = LocalTesting.pythonAdd();
    return Pipelines.builder("mixed-addition").build(p -> {
      var a = p.param("a", Double.class);
      var b = p.param("b", Double.class);
      ComponentTask first = python.task(args("a", a, "b", 4.0));
      var second = AddOp.add(first.<Double>output(), b);
      python.task(args("a", second.output(), "b", 0.5));
    });
  }

  @Test
  void pythonAndJavaAsSubprocesses(@TempDir Path root) throws Exception {
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(mixed(), Map.of("a", 7.0, "b", 8.0));

    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("subprocess", run.record().runner());
    assertEquals(Map.of("a", "7.0", "b", "8.0"), run.record().parameters());
    // Python's str(float), then the Java launcher's Float, then Python again
    assertEquals("11.0", run.output("add", "Output"));
    assertEquals("19.0", run.output("add-2", "Output"));
    assertEquals("19.5", run.output("add-3", "Output"));
    assertEquals(3, run.record().tasks().size(), describe(run));

    TaskRecord python = assertTask(run, "add", TaskStatus.SUCCEEDED);
    assertEquals(Map.of("a", "7.0", "b", "4.0"), python.inputs());
    assertEquals(0, python.exitCode());
    TaskRecord java = assertTask(run, "add-2", TaskStatus.SUCCEEDED);
    assertEquals(Map.of("a", "11.0", "b", "8.0"), java.inputs(), "the Java task reads the Python task's text as is");
    TaskRecord pythonAgain = assertTask(run, "add-3", TaskStatus.SUCCEEDED);
    assertEquals(Map.of("a", "19.0", "b", "0.5"), pythonAgain.inputs());
    for (TaskRecord t : run.record().tasks().values()) {
      assertEquals("Add", t.component());
      assertEquals(1, t.attempts());
      assertTrue(t.durationMillis() != null && t.durationMillis() >= 0, describe(run));
      Path output = Path.of(t.outputs().get("Output"));
      assertTrue(output.startsWith(run.runDir()), output + " lies in the run folder");
      assertEquals(t.outputValues().get("Output"), Files.readString(output));
    }
    // the order of the chain: each task started after the one it reads finished
    assertTrue(!java.startedAt().isBefore(python.finishedAt()), describe(run));
    assertTrue(!pythonAgain.startedAt().isBefore(java.finishedAt()), describe(run));

    // the stored record says the same
    var stored = LocalTesting.runner(root).store().find(run.record().id()).orElseThrow();
    assertEquals(RunStatus.SUCCEEDED, stored.status());
    assertEquals("19.5", stored.tasks().get("add-3").outputValues().get("Output"));
  }

  @Test
  void inProcessRunsTheJavaTaskInTheJvmAndPythonAsAProcess(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).run(mixed(), Map.of("a", 1.5, "b", 2.0));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("in-process", run.record().runner());
    assertEquals("5.5", run.output("add", "Output"));
    assertEquals("7.5", run.output("add-2", "Output"));
    assertEquals("8.0", run.output("add-3", "Output"));
  }

  @Test
  void pythonRejectsWhatIsNotAFloat(@TempDir Path root) {
    // proves the Python program really ran: argparse's error reaches the record
    ComponentDefinition python = LocalTesting.pythonAdd();
    PipelineGraph graph = Pipelines.builder("python-error")
        .build(p -> python.task(args("a", p.param("a", Object.class), "b", 4.0)));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of("a", "seven"));
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord add = assertTask(run, "add", TaskStatus.FAILED);
    assertEquals(2, add.exitCode(), describe(run));
    assertTrue(add.logTail().contains("argument --a: invalid float value: 'seven'"), describe(run));
  }
}
