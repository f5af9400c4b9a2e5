package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KFP v2 container components (taken from KFP's v2 goldens) run on the engine's subprocess runner: parameters,
 * an output parameter's file, an artifact written and read back by path; a Python-function component, which only
 * KFP v2's executor can run, fails its task naming the component, the placeholder and the fix.
 */
class V2ComponentRunTest {
  private static final Path CORPUS = Path.of("../runtime/src/test/resources/v2-components");

  private static ComponentDefinition load(String file) {
    return ComponentDefinition.load(CORPUS.resolve(file));
  }

  @Test
  void containerComponentsRunAndPassParametersAndArtifacts(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("v2-containers").build(p -> {
      Param<String> text = p.param("text", String.class, "hello");
      var producer = load("producer.yaml").task(args("input_text", text));
      var write = load("write_text.yaml").task(args("text", producer.outputNamed("output_value")));
      load("cat_artifact.yaml").task(args("input_gcs", write.outputNamed("output_gcs")));
      load("optional_inputs.yaml").task(args("required_input", text, "optional_input_1", Value.of("one")));
    });
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of("text", "kfp4j"));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("kfp4j, this is an output parameter\n", run.output("producer", "output_value"));
    assertEquals("kfp4j, this is an output parameter\n\n", run.output("component1", "output_gcs"));
    assertTask(run, "component2", TaskStatus.SUCCEEDED);
  }

  @Test
  void aPythonFunctionComponentFailsItsTaskNamingThePlaceholderAndTheFix(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("v2-python").build(p ->
        load("py_add_numbers.yaml").task(args("a", Value.of(1), "b", Value.of(2))));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord task = assertTask(run, "add-numbers", TaskStatus.FAILED);
    assertTrue(task.message().startsWith("Component \"add-numbers\": deploymentSpec.executors.exec-add-numbers"
        + ".container.args[1]: v2-only placeholder {{$}} is not supported by the v1 toolchain; this KFP v2 component"
        + " runs only on KFP v2: compile the pipeline for KFP v2"), task.message());
  }
}
