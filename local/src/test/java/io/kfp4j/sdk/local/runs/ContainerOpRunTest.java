package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.InputArgumentPath;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.task.SettingValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw container tasks on the engine's subprocess runner, whose image does not matter there: values, a file written
 * through {@code ContainerOp.outputPath} and read back through an {@link InputArgumentPath}, environment given at run
 * time; and the clear refusal of paths fixed in the image, which only a cluster can honour.
 */
class ContainerOpRunTest {

  private static PipelineGraph greetThenCount() {
    return Pipelines.builder("raw-containers").build(p -> {
      Param<String> who = p.param("who", String.class, "world");
      ContainerOp greet = ContainerOp.builder("greet").image("image-not-used-here").command("sh", "-c")
          .arguments("printf '%s\\n%s\\n' \"$0\" \"$GREETING\" > \"$1\"", Formatted.of("hello %s", who),
              ContainerOp.outputPath("greeting"))
          .build().env("GREETING", Formatted.of("bye %s", who));
      ContainerOp.builder("count").image("image-not-used-here").command("sh", "-c")
          .arguments("wc -l < \"$0\" | tr -d ' ' > \"$1\"; cat \"$2\" >> \"$1\"", InputArgumentPath.of(
              greet.output()), ContainerOp.outputPath("lines"), InputArgumentPath.of("constant file\n").named("note"))
          .build();
    });
  }

  @Test
  void runsAsSubprocesses(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(greetThenCount(),
        Map.of("who", "kfp4j"));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("hello kfp4j\nbye kfp4j\n", run.output("greet", "greeting"));
    assertEquals("2\nconstant file\n", run.output("count", "lines"));
  }

  @Test
  void anAnnotatedPipelineConfiguresItselfAndItsTasks(@TempDir Path root) {
    PipelineGraph graph = ConfiguredRawPipeline.spec();
    var settings = graph.settings();
    assertEquals(List.of("regcred"), settings.imagePullSecrets());
    assertEquals(3600L, settings.ttlSecondsAfterFinished());
    assertEquals(2, settings.parallelism());
    assertEquals(600L, settings.timeoutSeconds());
    assertEquals(Map.of("pool", "cpu"), settings.defaultNodeSelector());
    assertEquals(Map.of("nameservers", List.of("10.0.0.10")), settings.dnsConfig());
    var greet = graph.task("greet").orElseThrow().settings();
    assertEquals(new SettingValue.Reference(new ArgumentValue.ParameterRef("team")), greet.podLabelValues().get("team"));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of("team", "data"));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("hello data from data\n", run.output("greet", "text"));
  }

  @Test
  void refusesAnOutputAtAFixedPath(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("fixed-output").build(p -> ContainerOp.builder("flip").image("alpine")
        .command("sh", "-c").arguments("echo heads > /tmp/output").fileOutput("output", "/tmp/output").build());
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord flip = assertTask(run, "flip", TaskStatus.FAILED);
    assertTrue(flip.message().startsWith("writes output \"output\" at the fixed path /tmp/output (file_outputs), which"
        + " the local engine cannot collect per task; name the path on its command line instead"
        + " (ContainerOp.outputPath(\"output\")"), flip.message());
  }

  @Test
  void refusesAnInputAtAFixedPathTheCommandDoesNotName(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("fixed-input").build(p -> ContainerOp.builder("cat").image("alpine")
        .command("cat", "/tmp/inputs/text/data")
        .artifactArgument(InputArgumentPath.of("text").named("text")).build());
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    TaskRecord cat = assertTask(run, "cat", TaskStatus.FAILED);
    assertTrue(cat.message().startsWith("reads input \"text\" at the fixed path /tmp/inputs/text/data without naming"
        + " it on its command line (artifactArgument)"), cat.message());
  }
}
