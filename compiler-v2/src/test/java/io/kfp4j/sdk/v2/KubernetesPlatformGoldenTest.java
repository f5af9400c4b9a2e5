package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.GoldenComponents.cut;
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
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.Value;
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
      ComponentTask task = cut("critical/pipeline_with_secret_as_env.yaml", "comp-comp").task(Map.of());
      task.envFromSecret("USER_NAME", secret, "username");
      task.envFromSecret("PASSWORD_VAR1", "test-secret-2", "password");
      ComponentTask task2 = cut("critical/pipeline_with_secret_as_env.yaml", "comp-generate-secret-name")
          .task(Map.of());
      task.envFromSecret("PASSWORD_VAR2", task2.outputNamed("some_output"), "password");
    });
    assertWholeFile("critical/pipeline_with_secret_as_env.yaml", graph);
    assertEquals(List.of("generate-secret-name"), graph.tasks().get("comp").upstream());
  }

  @Test
  void aSecretAsVolumeNamedByAParameter() {
    assertWholeFile("pipeline_with_secret_as_volume.yaml", build("pipeline-secret-volume", p -> {
      Param<String> secret = p.param("secret_param", String.class, "test-secret-1");
      cut("pipeline_with_secret_as_volume.yaml", "comp-comp").task(Map.of())
          .mountSecret("my-vol", secret, "/mnt/my_vol");
    }));
  }

  @Test
  void anExistingClaimNamedByAParameter() {
    assertWholeFile("pvc_mount.yaml", build("pvc-mount-pipeline", p -> {
      Param<String> pvc = p.param("pvc_name", String.class);
      ComponentTask producer = cut("pvc_mount.yaml", "comp-producer").task(Map.of()).mountClaim("data", pvc, "/data");
      cut("pvc_mount.yaml", "comp-consumer").task(Map.of()).after(producer).mountClaim("data", pvc, "/data");
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
    String golden = "create_pod_metadata_complex.yaml";
    assertWholeFile(golden, build("pipeline-with-pod-metadata", p -> {
      ComponentDefinition validate = cut(golden, "comp-validate-pod-metadata");
      Map<String, Source<?>> a = checks(Map.of("annotation", 1, "label", 2));
      // its first annotation check reads POD_TASK_ANNOTATION, without a number
      a.put("annotation_path_1", Value.of("POD_TASK_ANNOTATION"));
      a.put("annotation_exp_val_1", Value.of("annotation"));
      validate.task(a).caching(false)
          .podLabel("task-label-1", "label-1").podLabel("task-label-2", "label-2")
          .podAnnotation("task-annotation", "annotation")
          .envFromField("POD_TASK_ANNOTATION", "metadata.annotations['task-annotation']")
          .envFromField("POD_TASK_LABEL_1", "metadata.labels['task-label-1']")
          .envFromField("POD_TASK_LABEL_2", "metadata.labels['task-label-2']");
      validate.task(checks(Map.of("annotation", 2))).caching(false)
          .podAnnotation("task-annotation-1", "annotation-1").podAnnotation("task-annotation-2", "annotation-2")
          .envFromField("POD_TASK_ANNOTATION_1", "metadata.annotations['task-annotation-1']")
          .envFromField("POD_TASK_ANNOTATION_2", "metadata.annotations['task-annotation-2']");
      cut(golden, "comp-validate-no-pod-metadata").task(Map.of("annotation_path", Value.of("POD_TASK_ANNOTATION"),
          "label_path", Value.of("POD_TASK_LABEL"))).caching(false);
    }));
  }

  @Test
  void podMetadataOfFiveTasks() {
    String golden = "critical/pipeline_with_pod_metadata.yaml";
    assertWholeFile(golden, build("pipeline-with-pod-metadata", p -> {
      Map<String, Source<?>> a = checks(Map.of("label", 2));
      a.put("annotation_path", Value.of("POD_TASK_ANNOTATION"));
      a.put("annotation_exp_val", Value.of("annotation"));
      cut(golden, "comp-validate-pod-metadata-task-a").task(a).caching(false)
          .podLabel("task-label-1", "label-1").podLabel("task-label-2", "label-2")
          .podAnnotation("task-annotation", "annotation")
          .envFromField("POD_TASK_ANNOTATION", "metadata.annotations['task-annotation']")
          .envFromField("POD_TASK_LABEL_1", "metadata.labels['task-label-1']")
          .envFromField("POD_TASK_LABEL_2", "metadata.labels['task-label-2']");
      ComponentTask b = cut(golden, "comp-validate-pod-metadata-task-b")
          .task(checks(Map.of("annotation", 4, "label", 3))).caching(false);
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
      ComponentTask c = cut(golden, "comp-validate-pod-metadata-task-c")
          .task(checks(Map.of("annotation", 2))).caching(false)
          .podAnnotation("task-annotation-1", "annotation-1").podAnnotation("task-annotation-2", "annotation-2");
      c.envFromField("POD_TASK_ANNOTATION_1", "metadata.annotations['task-annotation-1']")
          .envFromField("POD_TASK_ANNOTATION_2", "metadata.annotations['task-annotation-2']");
      ComponentTask d = cut(golden, "comp-validate-pod-metadata-task-d")
          .task(checks(Map.of("label", 3))).caching(false);
      for (int i = 1; i <= 3; i++) {
        d.podLabel("task-label-" + i, "label-" + i);
      }
      for (int i = 1; i <= 3; i++) {
        d.envFromField("POD_TASK_LABEL_" + i, "metadata.labels['task-label-" + i + "']");
      }
      cut(golden, "comp-validate-no-pod-metadata").task(Map.of()).caching(false)
          .envFromField("POD_TASK_ANNOTATION", "metadata.annotations['task-annotation']")
          .envFromField("POD_TASK_ANNOTATION_1", "metadata.annotations['task-annotation-1']")
          .envFromField("POD_TASK_LABEL", "metadata.labels['task-label']")
          .envFromField("POD_TASK_LABEL_1", "metadata.labels['task-label-1']");
    }));
  }

  /**
   * The validating components' arguments: for {@code annotation} to 2, {@code annotation_path_1: POD_TASK_ANNOTATION_1,
   * annotation_exp_val_1: annotation-1, annotation_path_2: ...}, the same for {@code label}.
   */
  private static Map<String, Source<?>> checks(Map<String, Integer> counts) {
    Map<String, Source<?>> args = new java.util.TreeMap<>();
    counts.forEach((kind, n) -> {
      for (int i = 1; i <= n; i++) {
        args.put(kind + "_path_" + i, Value.of("POD_TASK_" + kind.toUpperCase(java.util.Locale.ROOT) + "_" + i));
        args.put(kind + "_exp_val_" + i, Value.of(kind + "-" + i));
      }
    });
    return args;
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

  /** The platforms document as {@link #assertPlatforms}, then the whole compiled file equal to the golden's. */
  private static void assertWholeFile(String golden, PipelineGraph graph) {
    assertPlatforms(golden, graph);
    Goldens.assertSameFile(golden, graph);
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
