package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.GoldenComponents.cut;
import static io.kfp4j.sdk.v2.Goldens.assertSameSpec;
import static io.kfp4j.sdk.v2.Goldens.compiled;
import static io.kfp4j.sdk.v2.Goldens.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Importer;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.PipelineBuildException;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP's goldens with {@code dsl.importer}, rewritten with kfp4j's {@link Importer}: equal to KFP 2's output as data,
 * apart from {@code sdkVersion}; and what an importer cannot take, refused.
 */
class ImporterGoldensTest {

  @Test
  void pipelineWithImporter() {
    String golden = "pipeline_with_importer.yaml";
    ComponentDefinition train = cut(golden, "comp-train");
    PipelineGraph graph = Pipelines.builder("pipeline-with-importer").build(p -> {
      Param<String> dataset2 = p.param("dataset2", String.class, "gs://ml-pipeline-playground/shakespeare2.txt");
      Importer importer1 = Importer.of(Value.of("gs://ml-pipeline-playground/shakespeare1.txt"), "system.Dataset")
          .reimport(false).metadata(Map.of("key", "value"));
      ComponentTask train1 = train.task(Map.of("dataset", importer1.output()));
      Condition.when(train1.<String>outputNamed("scalar").eq("123"), () -> {
        Importer importer2 = Importer.of(dataset2, "Dataset").reimport(true);
        train.task(Map.of("dataset", importer2.output()));
      });
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void pipelineWithImporterAndGoogleType() {
    String golden = "pipeline_with_importer_and_gcpc_types.yaml";
    ComponentDefinition consumer = ComponentDefinition.fromText("""
        name: consumer_op
        inputs:
          - {name: dataset, type: google.VertexDataset}
        implementation:
          container:
            image: dummy
            command:
            - cmd
            args:
            - {inputPath: dataset}
        """);
    PipelineGraph graph = Pipelines.builder("pipeline-with-importer-and-gcpc-type").build(p -> {
      Importer importer1 = Importer.of(Value.of("gs://ml-pipeline-playground/shakespeare1.txt"),
          "google.VertexDataset").reimport(false).metadata(Map.of("key", "value"));
      consumer.task(Map.of("dataset", importer1.output()));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void pipelineWithGoogleArtifactTypes() {
    String golden = "pipeline_with_google_artifact_type.yaml";
    ComponentDefinition producer = cut(golden, "comp-model-producer");
    ComponentDefinition consumer = cut(golden, "comp-model-consumer");
    PipelineGraph graph = Pipelines.builder("pipeline-with-google-types").build(p -> {
      ComponentTask produced = producer.task(Map.of());
      Importer importer = Importer.of(Value.of("gs://ml-pipeline-playground/shakespeare1.txt"), "google.VertexDataset")
          .schemaVersion("0.0.0").reimport(false).metadata(Map.of("key", "value"));
      consumer.task(Map.of("model", produced.outputNamed("model"), "dataset", importer.output()));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void modelcar() {
    String golden = "critical/modelcar.yaml";
    ComponentDefinition build = cut(golden, "comp-build-model-car");
    ComponentDefinition list = cut(golden, "comp-get-model-files-list");
    PipelineGraph graph = Pipelines.builder("pipeline-with-modelcar-model").build(p -> {
      Param<String> modelUri = p.param("model_uri", String.class, "oci://registry.domain.local/modelcar:test");
      build.task(Map.of()).caching(false);
      Importer importer = Importer.of(modelUri, "system.Model");
      list.task(Map.of("input_model", importer.output())).caching(false);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void pipelineWithDynamicImporterMetadata() {
    String golden = "pipeline_with_dynamic_importer_metadata.yaml";
    String artifactUri = "gs://ml-pipeline-playground/shakespeare1.txt";
    String imageUri = "us-docker.pkg.dev/vertex-ai/prediction/tf2-gpu.2-5:latest";
    ComponentDefinition makeName = cut(golden, "comp-make-name");
    PipelineGraph graph = Pipelines.builder("pipeline-with-importer").build(p -> {
      Param<String> name = p.param("name", String.class, "default-name");
      Param<Long> intInput = p.param("int_input", Long.class, "1");
      Param<String> inputArtifactUri = p.param("pipeline_input_artifact_uri", String.class, artifactUri);
      Param<String> inputImageUri = p.param("pipeline_input_image_uri", String.class, imageUri);
      Importer.of(inputArtifactUri, "Dataset").reimport(false).metadata(ordered(
          "name", List.of(name, "alias-name"),
          "containerSpec", Map.of("imageUri", inputImageUri)));
      ComponentTask made = makeName.task(Map.of("name", Value.of("a-different-name")));
      Importer.of(Value.of(artifactUri), "Dataset").reimport(false).metadata(ordered(
          "name", Formatted.of("prefix-%s", made.output()),
          "list-of-data", List.of(made.output(), name, intInput),
          made.output(), made.output(),
          name, imageUri,
          "containerSpec", Map.of("imageUri", imageUri)));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void metadataReadInsideAConditionReachesItsDagAndTheUriInputIsShared() {
    ComponentDefinition makeName = cut("pipeline_with_dynamic_importer_metadata.yaml", "comp-make-name");
    PipelineGraph graph = Pipelines.builder("metadata-in-condition").build(p -> {
      Param<String> uri = p.param("uri", String.class, "gs://b/d.csv");
      Param<String> owner = p.param("owner", String.class, "me");
      ComponentTask made = makeName.task(Map.of("name", owner));
      Condition.when(owner.eq("me"), () -> Importer.of(uri, "Dataset")
          .metadata(ordered("source", uri, "by", made.output())));
    });
    ObjectNode spec = compiled(graph);
    ObjectNode task = (ObjectNode) spec.at("/components/comp-condition-1/dag/tasks/importer");
    assertEquals("pipelinechannel--uri", task.at("/inputs/parameters/uri/componentInputParameter").asText());
    assertEquals("pipelinechannel--make-name-Output", task.at("/inputs/parameters/metadata/componentInputParameter")
        .asText());
    assertFalse(task.at("/inputs/parameters").has("metadata-2"), task.toString());
    assertEquals("{{$.inputs.parameters['uri']}}",
        spec.at("/deploymentSpec/executors/exec-importer/importer/metadata/source").asText());
    assertEquals("{{$.inputs.parameters['metadata']}}",
        spec.at("/deploymentSpec/executors/exec-importer/importer/metadata/by").asText());
    assertEquals("make-name", spec.at("/root/dag/tasks/condition-1/dependentTasks/0").asText());
  }

  @Test
  void metadataThatReadsAnArtifactIsRefused() {
    PipelineGraph graph = Pipelines.builder("metadata-artifact").build(p -> {
      Importer first = Importer.of(Value.of("gs://b/a"), "Dataset");
      Importer.of(Value.of("gs://b/b"), "Dataset").metadata(Map.of("from", first.output()));
    });
    V2CompileException e = assertThrows(V2CompileException.class, () -> compiled(graph));
    assertTrue(e.getMessage().startsWith("pipeline \"metadata-artifact\", task \"importer-2\", metadata: reads an"
        + " artifact"), e.getMessage());
  }

  /** A map in the order given (KFP names the values metadata reads in that order). */
  private static Map<Object, Object> ordered(Object... pairs) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void anUpstreamOutputIsTheUriAndADisplayNameShows() {
    ComponentDefinition train = cut("pipeline_with_importer.yaml", "comp-train");
    PipelineGraph graph = Pipelines.builder("uri-from-a-task").build(p -> {
      ComponentTask first = train.task(Map.of("dataset", Importer.of(Value.of("s3://bucket/a.csv"), "Dataset")
          .output()));
      Importer named = Importer.of("import-model", first.outputNamed("scalar"), "system.Model")
          .displayName("Import the model");
      train.task(Map.of("dataset", named.output().as(io.kfp4j.sdk.Artifact.class)));
    });
    ObjectNode spec = compiled(graph);
    ObjectNode task = (ObjectNode) spec.at("/root/dag/tasks/import-model");
    assertEquals("train", task.at("/inputs/parameters/uri/taskOutputParameter/producerTask").asText());
    assertEquals("scalar", task.at("/inputs/parameters/uri/taskOutputParameter/outputParameterKey").asText());
    assertEquals("Import the model", task.at("/taskInfo/name").asText());
    assertEquals("comp-import-model", task.at("/componentRef/name").asText());
    ObjectNode executor = (ObjectNode) spec.at("/deploymentSpec/executors/exec-import-model/importer");
    assertEquals("uri", executor.at("/artifactUri/runtimeParameter").asText());
    assertEquals("system.Model", executor.at("/typeSchema/schemaTitle").asText());
    assertFalse(executor.has("reimport"));
    assertFalse(executor.has("metadata"));
    assertEquals("system.Model", spec.at("/components/comp-import-model/outputDefinitions/artifacts/artifact"
        + "/artifactType/schemaTitle").asText());
  }

  @Test
  void aV1DatasetInputTakesAnImportedSystemDataset() {
    ComponentDefinition train = ComponentDefinition.fromText("name: train\n"
        + "inputs: [{name: dataset, type: Dataset}]\n"
        + "implementation: {container: {image: alpine, command: [wc, -l, {inputPath: dataset}]}}\n");
    PipelineGraph graph = Pipelines.builder("v1-input").build(p -> {
      Importer again = Importer.of("import-again", Value.of("gs://b/d.csv"), "Dataset").reimport(true);
      train.task(Map.of("dataset", again.output()));
    });
    ObjectNode spec = compiled(graph);
    assertEquals("import-again", spec.at("/root/dag/tasks/train/inputs/artifacts/dataset/taskOutputArtifact"
        + "/producerTask").asText());
    assertEquals("system.Dataset", spec.at("/components/comp-train/inputDefinitions/artifacts/dataset/artifactType"
        + "/schemaTitle").asText());
    assertEquals("gs://b/d.csv", spec.at("/deploymentSpec/executors/exec-import-again/importer/artifactUri/constant")
        .asText());
    assertTrue(spec.at("/deploymentSpec/executors/exec-import-again/importer/reimport").asBoolean());
  }

  @Test
  void aTypeOtherThanTheInputsIsRefusedWhenThePipelineIsBuilt() {
    ComponentDefinition train = cut("pipeline_with_importer.yaml", "comp-train");
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("wrong-type")
        .build(p -> train.task(Map.of("dataset", Importer.of(Value.of("gs://b/m"), "system.Model").output()))));
    assertTrue(e.getMessage().contains("input \"dataset\"") && e.getMessage().contains("system.Model"),
        e.getMessage());
  }

  @Test
  void badArtifactTypesMetadataAndSettingsAreRefusedNamingTheImporter() {
    PipelineBuildException type = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("bad-type")
        .build(p -> Importer.of(Value.of("gs://b/x"), "not a type")));
    assertTrue(type.getMessage().contains("pipeline \"bad-type\", importer \"importer\", artifact type")
        && type.getMessage().contains("system.Dataset"), type.getMessage());
    PipelineBuildException metadata = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("bad-meta")
        .build(p -> Importer.of(Value.of("gs://b/x"), "Dataset").metadata(Map.of("when", new Object()))));
    assertTrue(metadata.getMessage().contains("importer \"importer\", metadata: when: a Object is not a metadata"
        + " value"), metadata.getMessage());
    PipelineBuildException version = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("bad-v")
        .build(p -> Importer.of(Value.of("gs://b/x"), "Dataset").schemaVersion("latest")));
    assertTrue(version.getMessage().contains("importer \"importer\", schema version: \"latest\" is not a version"),
        version.getMessage());
    PipelineGraph withMemory = Pipelines.builder("importer-settings").build(p ->
        Importer.of(Value.of("gs://b/x"), "Dataset").memoryLimit("1Gi"));
    V2CompileException settings = assertThrows(V2CompileException.class, () -> compiled(withMemory));
    assertTrue(settings.getMessage().startsWith("pipeline \"importer-settings\", task \"importer\" is an importer")
        && settings.getMessage().contains("remove its other settings"), settings.getMessage());
  }

  @Test
  void aConstantForAnArtifactInputNamesTheImporterAsTheFix() {
    ComponentDefinition v1 = ComponentDefinition.fromText("""
        name: consume
        inputs:
        - {name: data, type: Dataset}
        implementation:
          container: {image: alpine, command: [cat, {inputPath: data}]}
        """);
    V2CompileException e = assertThrows(V2CompileException.class, () -> compiled(Pipelines.builder("constant-file")
        .build(p -> v1.task(Map.of("data", Value.of("gs://b/d.csv"))))));
    assertTrue(e.getMessage().contains("Importer.of(Value.of(\"gs://...\"), \"system.Dataset\").output()")
        && e.getMessage().contains("compile for the Argo target"), e.getMessage());
    ComponentDefinition v2Only = cut("pipeline_with_importer.yaml", "comp-train");
    V2CompileException v2 = assertThrows(V2CompileException.class, () -> compiled(Pipelines.builder("constant-v2")
        .build(p -> v2Only.task(Map.of("dataset", Value.of("gs://b/d.csv"))))));
    assertTrue(v2.getMessage().contains("with an importer") && !v2.getMessage().contains("Argo"), v2.getMessage());
  }
}
