package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertStatus;
import static io.kfp4j.examples.samples.Runs.assertTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.examples.samples.CachingSampleOps.DoWorkOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CachingSample}: a second run reuses the cached task's output, and works again for the stale one. */
class CachingSampleTest {

  @Test
  void compilesTheStalenessOfTheSecondTask(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(CachingPipeline.spec(), dir);
    assertEquals("P0D", workflow.annotations("do-work-2").get("pipelines.kubeflow.org/max_cache_staleness"));
    assertEquals(null, workflow.annotations("do-work").get("pipelines.kubeflow.org/max_cache_staleness"));
  }

  @Test
  void secondRunHitsTheCacheOfTheFirst(@TempDir Path root) {
    Map<String, Object> args = Map.of("seconds", 0.3);
    RunResult first = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, CachingPipeline.spec(), args));
    assertTask(first, "do-work", TaskStatus.SUCCEEDED);
    assertTask(first, "do-work-2", TaskStatus.SUCCEEDED);

    RunResult second = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, CachingPipeline.spec(), args));
    TaskRecord cached = assertTask(second, "do-work", TaskStatus.CACHED);
    assertEquals(first.record().id(), cached.cachedFrom().run(), Runs.describe(second));
    assertEquals(DoWorkOp.result(first, "do-work"), DoWorkOp.result(second, "do-work"),
        "the first run's instant");
    assertTask(second, "do-work-2", TaskStatus.SUCCEEDED);
    assertTrue(Instant.parse(DoWorkOp.result(second, "do-work-2"))
        .isAfter(Instant.parse(DoWorkOp.result(first, "do-work-2"))), "the stale task worked again");
  }
}
