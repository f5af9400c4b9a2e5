package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resource templates of each action, as KFP 1.8.22 writes a ResourceOp's, valid against Argo's schema. */
class ResourceTemplatesTest {

  @Test
  void aPatchWritesEveryOptionAndItsOutputsSorted() {
    PipelineGraph graph = Pipelines.builder("patching").build(p -> {
      Param<String> replicas = p.param("replicas", String.class, "2");
      ResourceOp.named("scale").action("patch").mergeStrategy("merge")
          .manifestYaml("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
              + "spec: {replicas: '${n}', paused: false, minReadySeconds: 5}\n", Map.of("n", replicas))
          .successCondition("status.readyReplicas > 1").failureCondition("status.unavailableReplicas > 3")
          .setOwnerReference(false).flags("--v=2").attributeOutput("ready", "{.status.readyReplicas}").build();
    });
    Map<String, Object> template = template(Goldens.compileChecked(graph), "scale");
    assertEquals(Map.of("action", "patch", "mergeStrategy", "merge",
        "successCondition", "status.readyReplicas > 1", "failureCondition", "status.unavailableReplicas > 3",
        "setOwnerReference", false, "flags", List.of("--v=2"),
        "manifest", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  minReadySeconds: 5\n"
            + "  paused: false\n  replicas: '{{inputs.parameters.replicas}}'\n"), template.get("resource"));
    assertEquals(Map.of("parameters", List.of(Map.of("name", "replicas"))), template.get("inputs"));
    assertEquals(Map.of("parameters", List.of(
        Map.of("name", "scale-manifest", "valueFrom", Map.of("jsonPath", "{}")),
        Map.of("name", "scale-name", "valueFrom", Map.of("jsonPath", "{.metadata.name}")),
        Map.of("name", "scale-ready", "valueFrom", Map.of("jsonPath", "{.status.readyReplicas}")))),
        template.get("outputs"));
  }

  @Test
  void aDeleteHasKfpsFlagsAndNoOutputs() {
    PipelineGraph graph = Pipelines.builder("deleting").build(p -> ResourceOp.named("delete-secret")
        .action("delete").manifest(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", "s")))
        .build());
    Map<String, Object> template = template(Goldens.compileChecked(graph), "delete-secret");
    assertEquals(Map.of("action", "delete", "flags", List.of("--wait=false"),
        "manifest", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"), template.get("resource"));
    assertFalse(template.containsKey("outputs"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(Map<String, Object> workflow, String name) {
    for (Object t : (List<Object>) ((Map<String, Object>) workflow.get("spec")).get("templates")) {
      if (name.equals(((Map<String, Object>) t).get("name"))) {
        return (Map<String, Object>) t;
      }
    }
    throw new AssertionError("no template " + name);
  }
}
