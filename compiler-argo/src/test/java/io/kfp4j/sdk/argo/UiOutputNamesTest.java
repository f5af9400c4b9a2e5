package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outputs whose names KFP 1.8.22 reads as its metrics and UI metadata ({@code _is_legacy_output_name}: lower case,
 * every other character but letters and digits a dash) become plain artifacts named {@code mlpipeline-metrics} and
 * {@code mlpipeline-ui-metadata}; the names that Python and Java parameters give, with underscores, included.
 */
class UiOutputNamesTest {

  @Test
  @SuppressWarnings("unchecked")
  void underscoresSpacesAndCaseAreKfpsLegacyNames() {
    ComponentDefinition reporter = ComponentDefinition.fromText("""
        name: Reporter
        outputs:
        - {name: mlpipeline_ui_metadata}
        - {name: MLPipeline Metrics}
        - {name: mlpipeline_metrics_2}
        implementation:
          container:
            image: busybox
            command: [sh, -c, 'true', {outputPath: mlpipeline_ui_metadata}, {outputPath: MLPipeline Metrics},
              {outputPath: mlpipeline_metrics_2}]
        """);
    PipelineGraph graph = Pipelines.builder("reports").build(p -> reporter.task(Map.of()));
    Map<String, Object> workflow = Goldens.compileChecked(graph);
    Map<String, Object> template = ((List<Map<String, Object>>) ((Map<String, Object>) workflow.get("spec"))
        .get("templates")).stream().filter(t -> t.get("name").equals("reporter")).findFirst().orElseThrow();
    Map<String, Object> outputs = (Map<String, Object>) template.get("outputs");
    assertEquals(List.of(
        Map.of("name", "mlpipeline-ui-metadata", "path", "/tmp/outputs/mlpipeline_ui_metadata/data"),
        Map.of("name", "mlpipeline-metrics", "path", "/tmp/outputs/MLPipeline_Metrics/data"),
        Map.of("name", "reporter-mlpipeline_metrics_2", "path", "/tmp/outputs/mlpipeline_metrics_2/data")),
        outputs.get("artifacts"));
  }
}
