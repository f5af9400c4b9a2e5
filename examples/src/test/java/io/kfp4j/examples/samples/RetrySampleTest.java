package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertStatus;
import static io.kfp4j.examples.samples.Runs.assertTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.examples.samples.RetrySampleOps.RandomFailureOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RetrySample}: a task that always fails is tried 1 + 10 times; one that passes, once. */
class RetrySampleTest {

  @Test
  void compilesTheRetryLimits(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(RetryPipeline.spec(), dir);
    assertEquals("10", String.valueOf(limit(workflow, "random-failure")));
    assertEquals("5", String.valueOf(limit(workflow, "random-failure-2")));
  }

  private static Object limit(ArgoWorkflow workflow, String template) {
    return ((Map<?, ?>) workflow.template(template).get("retryStrategy")).get("limit");
  }

  @Test
  void countsTheAttempts(@TempDir Path root) throws Exception {
    RunResult run = assertStatus(RunStatus.FAILED,
        Runs.run(root, RetryPipeline.spec(), Map.of("exitCodes1", "3", "exitCodes2", "0")));
    TaskRecord failing = assertTask(run, "random-failure", TaskStatus.FAILED);
    assertEquals(11, failing.attempts(), Runs.describe(run));
    String log = Files.readString(run.runDir().resolve("tasks/random-failure/log.txt"));
    assertEquals(11, log.lines().filter(l -> l.contains("picked exit code 3 of 3")).count(), log);
    TaskRecord passing = assertTask(run, "random-failure-2", TaskStatus.SUCCEEDED);
    assertEquals(1, passing.attempts());
    assertEquals(0, RandomFailureOp.result(run, "random-failure-2"));
    assertTrue(run.record().message().contains("random-failure"), Runs.describe(run));
  }
}
