package io.kfp4j.sdk.client.v2;

import static io.kfp4j.sdk.client.v2.KfpV2ClientFlowTest.compiled;
import static io.kfp4j.sdk.client.v2.KfpV2ClientFlowTest.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.client.FakeKfpV2Server;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.ListQuery;
import io.kfp4j.sdk.client.RunTimeoutException;
import io.kfp4j.sdk.client.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs, experiments and recurring runs of the v2beta1 client, every request checked against the Swagger. */
class KfpV2ClientRunsTest {
  FakeKfpV2Server server;
  KfpV2Client kfp;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server();
    kfp = KfpV2ClientFlowTest.client(server, KfpConfig.builder());
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the v2beta1 Swagger contract");
  }

  @Test
  void waitStopsAtFailedAndCanceledAndTimesOutNamingTheLastState() {
    server.states("RUNNING", "FAILED");
    Run failed = kfp.createRunFromPipeline(compiled(), Map.of(), "r1", "e");
    assertEquals(RunState.FAILED, kfp.waitForRunCompletion(failed.runId(), Duration.ofSeconds(10)).state());

    server.states("RUNNING");
    Run cancelled = kfp.createRunFromPipeline(compiled(), Map.of(), "r2", "e");
    kfp.getRun(cancelled.runId());
    kfp.terminateRun(cancelled.runId());
    assertEquals(RunState.CANCELED, kfp.waitForRunCompletion(cancelled.runId(), Duration.ofSeconds(10)).state());

    Run stuck = kfp.createRunFromPipeline(compiled(), Map.of(), "r3", "e");
    RunTimeoutException e = assertThrows(RunTimeoutException.class,
        () -> kfp.waitForRunCompletion(stuck.runId(), Duration.ofMillis(50)));
    assertEquals("RUNNING", e.lastStatus());
    assertTrue(e.getMessage().contains("Run timeout: run run-3 is still RUNNING"), e.getMessage());
  }

  @Test
  void experimentsAreListedArchivedAndDeleted() {
    Experiment a = kfp.createExperiment("a", null);
    kfp.createExperiment("b", null);
    kfp.archiveExperiment(a.experimentId());

    assertEquals("ARCHIVED", kfp.getExperiment(a.experimentId()).storageState());
    assertEquals(List.of("a", "b"), kfp.listAllExperiments(ListQuery.firstPage().withPageSize(1)).stream()
        .map(Experiment::displayName).toList(), "page after page");
    kfp.unarchiveExperiment(a.experimentId());
    assertEquals("AVAILABLE", kfp.getExperiment(a.experimentId()).storageState());
    kfp.deleteExperiment(a.experimentId());
    KfpApiException gone = assertThrows(KfpApiException.class, () -> kfp.getExperiment(a.experimentId()));
    assertEquals(404, gone.status());
    assertEquals(Kfp4jException.Kind.NOT_FOUND, gone.kind());
    assertTrue(gone.getMessage().contains("no resource exp-1"), "the server's message: " + gone.getMessage());
  }

  @Test
  void runsAreListedByExperimentArchivedAndDeleted() {
    Experiment e = kfp.createExperiment("e", null);
    Run r1 = kfp.createRunFromPipeline(compiled(), Map.of(), "r1", "e");
    kfp.createRunFromPipeline(compiled(), Map.of(), "r2", "other");
    kfp.archiveRun(r1.runId());

    assertEquals(List.of("r1"), kfp.listAllRuns(ListQuery.firstPage(), e.experimentId()).stream()
        .map(Run::displayName).toList());
    assertEquals("ARCHIVED", kfp.getRun(r1.runId()).storageState());
    assertEquals(2, kfp.listRuns(ListQuery.firstPage(), null).totalSize());
    kfp.deleteRun(r1.runId());
    assertEquals(1, kfp.listRuns(ListQuery.firstPage(), null).totalSize());
  }

  @Test
  void recurringRunsAreCreatedFromAnUploadedPipelineAndEnabledDisabledAndDeleted() {
    Experiment e = kfp.createExperiment("nightly", null);
    Pipeline p = kfp.uploadPipeline(compiled(), null, null);
    RunRequest run = RunRequest.builder("nightly-add").experimentId(e.experimentId())
        .pipelineVersion(new PipelineVersionReference(p.pipelineId(), null)).parameter("a", 7.0)
        .serviceAccount("sa1").pipelineRoot("minio://bucket/root").build();
    RecurringRun made = kfp.createRecurringRun(new RecurringRunRequest(run,
        Trigger.cron("0 0 2 * * *", Instant.parse("2026-12-01T00:00:00Z"), null), 3, false, true));

    assertEquals("DISABLED", made.status());
    JsonNode body = tree(server.requests("POST", "/apis/v2beta1/recurringruns").get(0).text());
    assertEquals(tree("""
        {"display_name": "nightly-add", "pipeline_version_reference": {"pipeline_id": "pl-1"},
         "runtime_config": {"parameters": {"a": 7.0}, "pipeline_root": "minio://bucket/root"},
         "service_account": "sa1", "max_concurrency": "3",
         "trigger": {"cron_schedule": {"start_time": "2026-12-01T00:00:00Z", "cron": "0 0 2 * * *"}},
         "mode": "DISABLE", "no_catchup": true, "experiment_id": "exp-1"}"""), body);
    kfp.enableRecurringRun(made.recurringRunId());
    assertEquals("ENABLED", kfp.getRecurringRun(made.recurringRunId()).status());
    kfp.disableRecurringRun(made.recurringRunId());
    assertEquals(List.of("DISABLED"), kfp.listRecurringRuns(ListQuery.firstPage(), e.experimentId()).items().stream()
        .map(RecurringRun::status).toList(), "listed under recurringRuns, as the Swagger names the field");
    kfp.deleteRecurringRun(made.recurringRunId());
    assertEquals(0, kfp.listRecurringRuns(ListQuery.firstPage(), null).totalSize());
  }

  @Test
  void anEveryIntervalTriggerAndTheLatestVersionAreSent() {
    Pipeline p = kfp.uploadPipeline(compiled(), null, null);
    RunRequest run = RunRequest.builder("hourly").pipelineVersion(new PipelineVersionReference(p.pipelineId(), null))
        .build();
    kfp.createRecurringRun(new RecurringRunRequest(run, Trigger.every(Duration.ofHours(1), null, null), 1, true,
        null));
    JsonNode body = tree(server.requests("POST", "/apis/v2beta1/recurringruns").get(0).text());
    assertEquals(tree("{\"periodic_schedule\": {\"interval_second\": \"3600\"}}"), body.get("trigger"));
    assertEquals("ENABLE", body.get("mode").asText());
  }
}
