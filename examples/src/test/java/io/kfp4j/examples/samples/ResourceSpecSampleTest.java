package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertStatus;
import static io.kfp4j.examples.samples.Runs.assertTask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.examples.samples.ResourceSpecSampleOps.FillMemoryOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ResourceSpecSample}: the container asks for CPU and memory, and the task is never reused. */
class ResourceSpecSampleTest {

  @Test
  void compilesTheContainersResources(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(ResourceSpecPipeline.spec(), dir);
    assertEquals(Map.of("requests", Map.of("cpu", "1", "memory", "512Mi"), "limits", Map.of("cpu", "1", "memory",
        "512Mi")), workflow.container("fill-memory").get("resources"));
    assertEquals("P0D", workflow.annotations("fill-memory").get("pipelines.kubeflow.org/max_cache_staleness"));
  }

  @Test
  void holdsTheNumbersAndRunsEveryTime(@TempDir Path root) {
    Map<String, Object> args = Map.of("n", 100_000);
    RunResult first = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, ResourceSpecPipeline.spec(), args));
    assertEquals(100_000, FillMemoryOp.result(first, "fill-memory"));
    RunResult second = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, ResourceSpecPipeline.spec(), args));
    assertTask(second, "fill-memory", TaskStatus.SUCCEEDED);
  }
}
