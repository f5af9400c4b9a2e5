package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.task.Retry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries: a task that fails once then succeeds, and waits between attempts as the backoff says. */
class RetryRunTest {

  /** Fails when the marker file is absent (creating it), succeeds when it is there. */
  private static final ComponentDefinition FLAKY = LocalTesting.shell("Flaky", """
      date +%s%N >> "$0.attempts"
      if [ -e "$0" ]; then echo "second time lucky"; printf ok > "$1"; exit 0; fi
      touch "$0"
      echo "marker $0 absent: failing this time" >&2
      exit 7
      """, "marker", ">result");

  private static final ComponentDefinition ALWAYS_FAILS = LocalTesting.shell("Always fails", """
      date +%s%N >> "$0"
      echo "attempt failed"
      exit 5
      """, "journal");

  @Test
  void succeedsOnTheSecondAttempt(@TempDir Path root, @TempDir Path work) throws Exception {
    Path marker = work.resolve("marker");
    PipelineGraph graph = Pipelines.builder("retry").build(p ->
        FLAKY.task(args("marker", marker.toString())).retry(3));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());

    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    TaskRecord flaky = assertTask(run, "flaky", TaskStatus.SUCCEEDED);
    assertEquals(2, flaky.attempts(), describe(run));
    assertEquals(0, flaky.exitCode());
    assertEquals("ok", run.output("flaky", "result"));
    assertEquals(2, Files.readAllLines(work.resolve("marker.attempts")).size(), "two real attempts");
    String log = Files.readString(run.runDir().resolve("tasks/flaky/log.txt"));
    assertTrue(log.contains("failing this time") && log.contains("attempt 2 of 4") && log.contains("second time lucky"),
        "the log keeps every attempt: " + log);
  }

  @Test
  void withoutRetriesTheFirstFailureIsFinal(@TempDir Path root, @TempDir Path work) {
    PipelineGraph graph = Pipelines.builder("no-retry").build(p ->
        FLAKY.task(args("marker", work.resolve("marker").toString())));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord flaky = assertTask(run, "flaky", TaskStatus.FAILED);
    assertEquals(1, flaky.attempts());
    assertEquals(7, flaky.exitCode());
  }

  @Test
  void backoffWaitsGrowingAndCapped(@TempDir Path root, @TempDir Path work) throws Exception {
    Path journal = work.resolve("journal");
    // waits 300 ms, then 300 * 4 = 1200 ms capped at 600 ms
    PipelineGraph graph = Pipelines.builder("backoff").build(p ->
        ALWAYS_FAILS.task(args("journal", journal.toString())).retry(new Retry(2, "Always", "300ms", 4, "600ms")));
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());

    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord task = assertTask(run, "always-fails", TaskStatus.FAILED);
    assertEquals(3, task.attempts(), describe(run));
    assertEquals(5, task.exitCode());
    assertTrue(task.message().contains("after 3 attempts"), describe(run));
    long[] starts = Files.readAllLines(journal).stream().mapToLong(l -> Long.parseLong(l.strip()) / 1_000_000).toArray();
    assertEquals(3, starts.length);
    long firstWait = starts[1] - starts[0];
    long secondWait = starts[2] - starts[1];
    assertTrue(firstWait >= 300 && firstWait < 1000, "first wait about 300 ms, was " + firstWait);
    assertTrue(secondWait >= 600 && secondWait < 1100, "second wait capped at about 600 ms, was " + secondWait);
  }

  @Test
  void policyDecidesWhatIsRetriedAsArgoDoes(@TempDir Path root, @TempDir Path work) {
    // Argo: Always and OnFailure (the default) retry a program that failed; OnError and OnTransientError do not
    for (String policy : new String[] {"Always", "OnFailure", "OnError", "OnTransientError"}) {
      Path marker = work.resolve("marker-" + policy);
      PipelineGraph graph = Pipelines.builder("retry-" + policy.toLowerCase(java.util.Locale.ROOT)).build(p ->
          FLAKY.task(args("marker", marker.toString())).retry(new Retry(2, policy, null, null, null)));
      RunResult run = LocalTesting.runner(root).run(graph, Map.of());
      boolean retried = policy.equals("Always") || policy.equals("OnFailure");
      assertEquals(retried ? RunStatus.SUCCEEDED : RunStatus.FAILED, run.record().status(), policy + ": " + describe(run));
      assertEquals(retried ? 2 : 1, assertTask(run, "flaky", retried ? TaskStatus.SUCCEEDED : TaskStatus.FAILED).attempts(),
          policy + ": " + describe(run));
    }
  }
}
