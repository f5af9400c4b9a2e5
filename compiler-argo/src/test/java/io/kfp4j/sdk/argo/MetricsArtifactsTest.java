package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task's metrics and UI metadata on the wire as KFP 1.8.22 writes them: artifacts named {@code mlpipeline-metrics}
 * and {@code mlpipeline-ui-metadata} without the task prefix, ahead of the task's other outputs (in the order the
 * command line gives their paths), and no output parameter for them. (An authored Java component's: the processor's
 * {@code ReportPortsTest}.)
 */
class MetricsArtifactsTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> outputsOf(PipelineGraph graph, String template) {
    Map<String, Object> workflow = Goldens.compileChecked(graph);
    return (Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>) workflow.get("spec"))
        .get("templates")).stream().filter(t -> t.get("name").equals(template)).findFirst().orElseThrow()
        .get("outputs");
  }

  private static Map<String, Object> artifact(String name, String path) {
    return Map.of("name", name, "path", path);
  }

  /** What KFP 1.8.22 compiles this component to (its {@code _is_legacy_output_name} and {@code _op_to_template}). */
  @Test
  void legacyNamesInYamlAsKfpWritesThem() {
    ComponentDefinition train = ComponentDefinition.fromText("""
        name: Train
        outputs:
        - {name: mlpipeline_metrics, type: Metrics}
        - {name: MLPipeline UI metadata, type: UI metadata}
        - {name: model}
        implementation:
          container:
            image: busybox
            command: [sh, -c, 'true', {outputPath: model}, {outputPath: mlpipeline_metrics},
              {outputPath: MLPipeline UI metadata}]
        """);
    Map<String, Object> outputs = outputsOf(Pipelines.builder("train").build(p -> train.task(Map.of())), "train");
    assertEquals(Map.of("artifacts", List.of(
            artifact("mlpipeline-metrics", "/tmp/outputs/mlpipeline_metrics/data"),
            artifact("mlpipeline-ui-metadata", "/tmp/outputs/MLPipeline_UI_metadata/data"),
            artifact("train-model", "/tmp/outputs/model/data"))), outputs);
  }

  /** KFP removes metrics and UI metadata from a task's outputs: another task cannot take them. */
  @Test
  void anotherTaskCannotTakeTheMetrics() {
    ComponentDefinition train = ComponentDefinition.fromText("""
        name: Train
        outputs:
        - {name: mlpipeline_metrics, type: Metrics}
        implementation:
          container: {image: busybox, command: [sh, -c, 'true', {outputPath: mlpipeline_metrics}]}
        """);
    ComponentDefinition show = ComponentDefinition.fromText("""
        name: Show
        inputs:
        - {name: metrics}
        implementation:
          container: {image: busybox, command: [cat, {inputPath: metrics}]}
        """);
    PipelineGraph graph = Pipelines.builder("reports").build(p -> {
      var trained = train.task(Map.of());
      show.task(Map.of("metrics", trained.outputNamed("mlpipeline_metrics")));
    });
    CompileException e = assertThrows(CompileException.class, () -> Compiler.compile(graph));
    assertEquals("pipeline \"reports\", task \"show\", input \"metrics\": output \"mlpipeline_metrics\" of task"
        + " \"train\" is KFP's mlpipeline-metrics artifact, which KFP shows in its UI and passes to no other task;"
        + " write what the other task needs to an output of another name", e.getMessage());
  }
}
