package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.examples.samples.VisualizationSampleOps.ConfusionVisualizationOp;
import io.kfp4j.examples.samples.VisualizationSampleOps.MarkdownVisualizationOp;
import io.kfp4j.examples.samples.VisualizationSampleOps.RocVisualizationOp;
import io.kfp4j.examples.samples.VisualizationSampleOps.TableVisualizationOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link VisualizationSample}: each task writes one visualization in KFP's {@code mlpipeline-ui-metadata} format. */
class VisualizationSampleTest {
  @Test
  void compilesTheMetadataToKfpsArtifact(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(VisualizationPipeline.spec(), dir);
    for (String task : List.of("markdown-visualization", "table-visualization", "roc-visualization",
        "confusion-visualization")) {
      assertEquals(List.of("mlpipeline-ui-metadata"), workflow.outputArtifacts(task), task);
    }
  }

  @Test
  void writesEachKindOfVisualization(@TempDir Path root) throws Exception {
    RunResult run = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, VisualizationPipeline.spec(), Map.of()));

    JsonNode markdown = only(MarkdownVisualizationOp.result(run, "markdown-visualization"));
    assertEquals("markdown", markdown.get("type").asText());
    assertEquals("inline", markdown.get("storage").asText());
    assertTrue(markdown.get("source").asText().startsWith("# Markdown from a Java component"));

    JsonNode table = only(TableVisualizationOp.result(run, "table-visualization"));
    assertEquals("[\"threshold\",\"precision\",\"recall\"]", table.get("header").toString());
    assertEquals(List.of("0.3,0.5555555555555556,0.8333333333333334", "0.5,0.6666666666666666,0.6666666666666666",
        "0.7,0.75,0.5"), table.get("source").asText().lines().toList());

    JsonNode roc = only(RocVisualizationOp.result(run, "roc-visualization"));
    List<double[]> points = roc.get("source").asText().lines()
        .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
    assertEquals(13, points.size());
    assertEquals(List.of(0.0, 0.0), List.of(points.get(0)[0], points.get(0)[1]));
    assertEquals(List.of(1.0, 1.0), List.of(points.get(12)[0], points.get(12)[1]));
    for (int i = 1; i < points.size(); i++) {
      assertTrue(points.get(i)[0] >= points.get(i - 1)[0] && points.get(i)[1] >= points.get(i - 1)[1],
          "the curve only rises and moves right, at point " + i);
    }

    JsonNode matrix = only(ConfusionVisualizationOp.result(run, "confusion-visualization"));
    assertEquals("[\"cat\",\"dog\",\"bird\"]", matrix.get("labels").toString());
    List<String> rows = matrix.get("source").asText().lines().toList();
    assertEquals(9, rows.size());
    assertEquals("cat,cat,38", rows.get(0));
    assertEquals(130, rows.stream().mapToLong(r -> Long.parseLong(r.split(",")[2])).sum());
  }

  /** A task's one visualization, from its {@code mlpipeline_ui_metadata} file, checked to be in a version 1 file. */
  private static JsonNode only(Path file) throws Exception {
    JsonNode metadata = new ObjectMapper().readTree(Files.readString(file));
    assertEquals(1, metadata.get("version").asInt(), file.toString());
    assertEquals(1, metadata.get("outputs").size(), file.toString());
    return metadata.get("outputs").get(0);
  }
}
