package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.K8sTestPipelines.plain;
import static io.kfp4j.sdk.v2.K8sTestPipelines.producing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.PipelineScope;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The goldens' {@code platforms} documents, rebuilt from the same pipelines written with the Java DSL, equal KFP's as
 * parsed data; each executor config also parses strictly as {@code kfp_kubernetes.KubernetesExecutorConfig}.
 */
class KubernetesPlatformGoldenTest {
  private static final ObjectMapper YAML = new YAMLMapper();

  @Test
  void secretsAsEnvFromAParameterAConstantAndAnOutput() {
    PipelineGraph graph = build("pipeline-secret-env", p -> {
      Param<String> secret = p.param("secret_parm", String.class, "test-secret-1");
      ComponentTask task = plain("comp").task(Map.of());
      task.envFromSecret("USER_NAME", secret, "username");
      task.envFromSecret("PASSWORD_VAR1", "test-secret-2", "password");
      ComponentTask task2 = producing("generate-secret-name", "some_output").task(Map.of());
      task.envFromSecret("PASSWORD_VAR2", task2.outputNamed("some_output"), "password");
    });
    assertPlatforms("critical/pipeline_with_secret_as_env.yaml", graph);
    assertEquals(List.of("generate-secret-name"), graph.tasks().get("comp").upstream());
  }

  @Test
  void aSecretAsVolumeNamedByAParameter() {
    assertPlatforms("pipeline_with_secret_as_volume.yaml", build("pipeline-secret-volume", p -> {
      Param<String> secret = p.param("secret_param", String.class, "test-secret-1");
      plain("comp").task(Map.of()).mountSecret("my-vol", secret, "/mnt/my_vol");
    }));
  }

  @Test
  void anExistingClaimNamedByAParameter() {
    assertPlatforms("pvc_mount.yaml", build("pvc-mount-pipeline", p -> {
      Param<String> pvc = p.param("pvc_name", String.class);
      ComponentTask producer = plain("producer").task(Map.of()).mountClaim("data", pvc, "/data");
      plain("consumer").task(Map.of()).after(producer).mountClaim("data", pvc, "/data");
    }));
  }

  @Test
  void aClaimNamedByATasksOutput() {
    Consumer<PipelineScope> pipeline = p -> {
      ComponentTask pvc = producing("createpvc", "name").task(Map.of());
      ComponentTask producer = plain("producer").task(Map.of()).mountClaim("data", pvc.outputNamed("name"), "/data");
      plain("consumer").task(Map.of()).after(producer).mountClaim("data", pvc.outputNamed("name"), "/data");
    };
    assertPlatforms("pipeline_with_volume.yaml", build("pipeline-with-volume", pipeline));
    assertPlatforms("pipeline_with_volume_no_cache.yaml", build("pipeline-with-volume", pipeline));
  }

  @Test
  void podLabelsAnnotationsAndFieldPathsAsEnv() {
    assertPlatforms("create_pod_metadata_complex.yaml", build("pipeline-with-pod-metadata", p -> {
      ComponentDefinition validate = plain("validate-pod-metadata");
      validate.task(Map.of()).caching(false)
          .podLabel("task-label-1", "label-1").podLabel("task-label-2", "label-2")
          .podAnnotation("task-annotation", "annotation")
          .envFromField("POD_TASK_ANNOTATION", "metadata.annotations['task-annotation']")
          .envFromField("POD_TASK_LABEL_1", "metadata.labels['task-label-1']")
          .envFromField("POD_TASK_LABEL_2", "metadata.labels['task-label-2']");
      validate.task(Map.of()).caching(false)
          .podAnnotation("task-annotation-1", "annotation-1").podAnnotation("task-annotation-2", "annotation-2")
          .envFromField("POD_TASK_ANNOTATION_1", "metadata.annotations['task-annotation-1']")
          .envFromField("POD_TASK_ANNOTATION_2", "metadata.annotations['task-annotation-2']");
      plain("validate-no-pod-metadata").task(Map.of()).caching(false);
    }));
  }

  @Test
  void podMetadataOfFiveTasks() {
    assertPlatforms("critical/pipeline_with_pod_metadata.yaml", build("pipeline-with-pod-metadata", p -> {
      plain("validate-pod-metadata-task-a").task(Map.of()).caching(false)
          .podLabel("task-label-1", "label-1").podLabel("task-label-2", "label-2")
          .podAnnotation("task-annotation", "annotation")
          .envFromField("POD_TASK_ANNOTATION", "metadata.annotations['task-annotation']")
          .envFromField("POD_TASK_LABEL_1", "metadata.labels['task-label-1']")
          .envFromField("POD_TASK_LABEL_2", "metadata.labels['task-label-2']");
      ComponentTask b = plain("validate-pod-metadata-task-b").task(Map.of()).caching(false);
      for (int i = 1; i <= 4; i++) {
        b.podAnnotation("task-annotation-" + i, "annotation-" + i);
      }
      for (int i = 1; i <= 3; i++) {
        b.podLabel("task-label-" + i, "label-" + i);
      }
      for (int i = 1; i <= 4; i++) {
        b.envFromField("POD_TASK_ANNOTATION_" + i, "metadata.annotations['task-annotation-" + i + "']");
      }
      for (int i = 1; i <= 3; i++) {
        b.envFromField("POD_TASK_LABEL_" + i, "metadata.labels['task-label-" + i + "']");
      }
      ComponentTask c = plain("validate-pod-metadata-task-c").task(Map.of()).caching(false)
          .podAnnotation("task-annotation-1", "annotation-1").podAnnotation("task-annotation-2", "annotation-2");
      c.envFromField("POD_TASK_ANNOTATION_1", "metadata.annotations['task-annotation-1']")
          .envFromField("POD_TASK_ANNOTATION_2", "metadata.annotations['task-annotation-2']");
      ComponentTask d = plain("validate-pod-metadata-task-d").task(Map.of()).caching(false);
      for (int i = 1; i <= 3; i++) {
        d.podLabel("task-label-" + i, "label-" + i);
      }
      for (int i = 1; i <= 3; i++) {
        d.envFromField("POD_TASK_LABEL_" + i, "metadata.labels['task-label-" + i + "']");
      }
      plain("validate-no-pod-metadata").task(Map.of()).caching(false)
          .envFromField("POD_TASK_ANNOTATION", "metadata.annotations['task-annotation']")
          .envFromField("POD_TASK_ANNOTATION_1", "metadata.annotations['task-annotation-1']")
          .envFromField("POD_TASK_LABEL", "metadata.labels['task-label']")
          .envFromField("POD_TASK_LABEL_1", "metadata.labels['task-label-1']");
    }));
  }

  static PipelineGraph build(String name, Consumer<PipelineScope> body) {
    return Pipelines.builder(name).build(body::accept);
  }

  /** Our platforms document for the graph, each task's executor labelled {@code exec-<task>} as in these goldens. */
  static ObjectNode ours(PipelineGraph graph) {
    KubernetesPlatform k8s = new KubernetesPlatform(graph.name(), graph.settings());
    Map<String, ObjectNode> executors = new LinkedHashMap<>();
    for (TaskNode node : graph.tasks().values()) {
      ObjectNode config = k8s.executorConfig(node, ParameterSpecs.ROOT_DAG);
      StrictPipelineSpec.kubernetesExecutorConfig(config);
      executors.put("exec-" + node.name(), config);
    }
    return KubernetesPlatform.document(executors);
  }

  private static void assertPlatforms(String golden, PipelineGraph graph) {
    JsonNode expected = platformDocument(KfpV2Goldens.read(golden));
    assertTrue(expected.path("platforms").path("kubernetes").path("deploymentSpec").path("executors").size() > 0,
        golden + " has executor configs");
    assertEquals(expected, ours(graph), golden);
  }

  static JsonNode platformDocument(String yaml) {
    try (var parser = new YAMLFactory().createParser(yaml)) {
      List<JsonNode> docs = new ArrayList<>();
      YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
      return docs.get(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
