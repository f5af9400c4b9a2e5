package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Importer} as the pipeline graph holds it, and its mistakes. */
class ImporterTest {
  private static final ComponentDefinition SAY = ComponentDefinition.fromText("""
      name: say
      outputs: [{name: said, type: String}]
      implementation: {container: {image: alpine, command: [sh, -c, 'echo hi > $0', {outputPath: said}]}}
      """);

  @Test
  void anImporterIsATaskWithItsImportInTheGraph() {
    PipelineGraph graph = Pipelines.builder("imports").build(p -> {
      Param<String> owner = p.param("owner", String.class, "me");
      ComponentTask say = SAY.task(Map.of());
      Map<Object, Object> metadata = new LinkedHashMap<>();
      metadata.put("owner", owner);
      metadata.put(say.outputNamed("said"), List.of(1, true, Formatted.of("by-%s", owner)));
      Importer.of(Value.of("gs://b/d.csv"), "Dataset").metadata(metadata);
      Importer.of(say.outputNamed("said"), "google.VertexModel").reimport(true).after(say);
    });
    TaskNode first = graph.task("importer").orElseThrow();
    assertEquals(new ArtifactImport("system.Dataset", "0.0.1", false, first.importer().metadata()), first.importer());
    assertEquals(new ArgumentValue.Constant("gs://b/d.csv"), first.arguments().get("uri"));
    assertEquals(List.of(new ArgumentValue.ParameterRef("owner"), new ArgumentValue.OutputRef("say", "said")),
        first.importer().references().subList(0, 2));
    assertEquals(List.of("say"), first.upstream(), "an importer waits for the tasks its metadata reads");
    assertTrue(first.importer().metadata().get("owner") instanceof SettingValue.Reference);
    TaskNode second = graph.task("importer-2").orElseThrow();
    assertTrue(second.importer().reimport());
    assertEquals("google.VertexModel", second.importer().schemaTitle());
    assertEquals(List.of("say"), second.after());
    assertFalse(graph.task("say").orElseThrow().importer() != null);
  }

  @Test
  void mistakesNameTheImporter() {
    IllegalStateException outside = assertThrows(IllegalStateException.class,
        () -> Importer.of(Value.of("gs://b/d.csv"), "Dataset"));
    assertTrue(outside.getMessage().startsWith("Importer can only be used while a pipeline is being built"),
        outside.getMessage());
    PipelineBuildException noUri = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("no-uri")
        .build(p -> Importer.of(null, "Dataset")));
    assertEquals("pipeline \"no-uri\", importer \"importer\": no URI; give the artifact's URI as a Value, a Param or"
        + " another task's Output", noUri.getMessage());
    ComponentDefinition read = ComponentDefinition.fromText("""
        name: read
        inputs: [{name: data, type: Dataset}]
        implementation: {container: {image: alpine, command: [cat, {inputPath: data}]}}
        """);
    PipelineBuildException wrongType = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("types")
        .build(p -> read.task(Map.of("data", Importer.of(Value.of("gs://b/m"), "Model").output()))));
    assertTrue(wrongType.getMessage().contains("output \"artifact\" of task \"importer\" has type system.Model, but"
        + " the input takes Dataset"), wrongType.getMessage());
  }
}
