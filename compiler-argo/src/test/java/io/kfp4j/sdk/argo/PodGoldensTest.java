package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.NodeRequirement;
import io.kfp4j.sdk.task.Toleration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KFP's compiler goldens about the pod of a raw op (the environment KFP adds to a pod labelled
 * {@code add-pod-env}, a preemptible node pool with a GPU and retries), rewritten with {@link ContainerOp} and
 * compared with KFP's output as parsed data without metadata.
 */
class PodGoldensTest {
  private static final String DIR = "kfp-compiler-goldens/";

  /** add_pod_env.py: a pod labelled {@code add-pod-env: 'true'} gets KFP's pod environment. */
  @Test
  void addPodEnv() {
    PipelineGraph graph = Pipelines.builder("Test adding pod env").description("Test adding pod env")
        .build(p -> ContainerOp.builder("echo").image("library/bash").command("sh", "-c")
            .arguments("echo $KFP_POD_NAME").build()
            .podLabel("add-pod-env", "true"));
    Goldens.assertMatches(DIR + "add_pod_env.yaml", graph);
  }

  /** KFP's sample preemptible_tpu_gpu.py: {@code gcp.use_preemptible_nodepool()}, an NVIDIA GPU, 5 retries. */
  @Test
  void preemptibleNodePoolWithGpu() {
    PipelineGraph graph = Pipelines.builder("pipeline-flip-coin").description("shows how to use dsl.Condition.")
        .build(p -> ContainerOp.builder("Flip").image("python:alpine3.6").command("sh", "-c")
            .arguments("python -c \"import random; result = 'heads' if random.randint(0,1) == 0 else 'tails';"
                + " print(result)\" | tee /tmp/output")
            .fileOutput("output", "/tmp/output").build()
            .preemptibleNodePool(false)
            .gpuLimit(1, "nvidia").retry(5));
    Goldens.assertMatches(DIR + "preemptible_tpu_gpu.yaml", graph);
  }

  /** The hard constraint of {@code use_preemptible_nodepool}, beside a preference: both terms, checked by Argo's schema. */
  @Test
  @SuppressWarnings("unchecked")
  void requiredAndPreferredNodesCompileAsKubernetesWritesThem() {
    PipelineGraph graph = Pipelines.builder("nodes").build(p -> ContainerOp.builder("run").image("alpine").build()
        .preemptibleNodePool(Toleration.of("spot", "yes", "NoExecute"), true)
        .preferNodes(10, NodeRequirement.exists("ssd"), new NodeRequirement("cores", "Gt", List.of("8"))));
    Map<String, Object> template = (Map<String, Object>) ((List<Object>) ((Map<String, Object>)
        Goldens.compileChecked(graph).get("spec")).get("templates")).get(1);
    assertEquals(Map.of("nodeAffinity", Map.of(
        "requiredDuringSchedulingIgnoredDuringExecution", Map.of("nodeSelectorTerms", List.of(Map.of(
            "matchExpressions", List.of(Map.of("key", "cloud.google.com/gke-preemptible", "operator", "In",
                "values", List.of("true")))))),
        "preferredDuringSchedulingIgnoredDuringExecution", List.of(Map.of("weight", 10, "preference", Map.of(
            "matchExpressions", List.of(Map.of("key", "ssd", "operator", "Exists"),
                Map.of("key", "cores", "operator", "Gt", "values", List.of("8")))))))), template.get("affinity"));
    assertEquals(List.of(Map.of("effect", "NoExecute", "key", "spot", "operator", "Equal", "value", "yes")),
        template.get("tolerations"));
  }
}
