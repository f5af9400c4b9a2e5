package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema check is real: KFP's own goldens pass it, broken workflows do not. */
class WorkflowSchemaTest {

  @Test
  void kfpsOwnOutputIsValid() {
    assertTrue(WorkflowSchema.problems(Goldens.load("kfp-sdk-outputs/add_pipeline.yaml")).isEmpty());
    assertTrue(WorkflowSchema.problems(Goldens.load("kfp-sdk-outputs/task_options_pipeline.yaml")).isEmpty());
  }

  @Test
  void brokenWorkflowsFail() {
    Map<String, Object> wrongTypes = Map.of("apiVersion", "argoproj.io/v1alpha1", "kind", "Workflow",
        "metadata", Map.of("generateName", "x-"),
        "spec", Map.of("entrypoint", "x", "templates", List.of(Map.of("name", "x", "container",
            Map.of("image", 5, "args", "not a list")))));
    List<String> problems = WorkflowSchema.problems(wrongTypes);
    assertFalse(problems.isEmpty());
    assertTrue(problems.stream().anyMatch(p -> p.contains("/spec/templates/0/container/image")), problems.toString());
    assertFalse(WorkflowSchema.problems(Map.of("apiVersion", "argoproj.io/v1alpha1", "kind", "Workflow")).isEmpty(),
        "a workflow without metadata and spec must fail");
    assertFalse(WorkflowSchema.problems(Map.of("apiVersion", "v1", "kind", "Pod", "metadata", Map.of(),
        "spec", Map.of())).isEmpty(), "another kind must fail");
  }
}
