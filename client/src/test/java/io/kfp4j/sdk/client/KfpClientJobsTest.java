package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recurring runs (jobs) against a server that checks every body against KFP's Swagger {@code apiJob}. */
class KfpClientJobsTest {
  static final String JOBS = "/apis/v1beta1/jobs";
  FakeKfpServer server;
  KfpClient kfp;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpServer();
    kfp = KfpClient.create(KfpConfig.builder().host(server.url()).environment(Map.of()).build());
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the Swagger contract");
  }

  @Test
  void createsACronJobFromAGraphWithEveryField() {
    Experiment exp = kfp.createExperiment("nightly", null);
    RunRequest run = RunRequest.builder("nightly-add").pipelinePackage(KfpClientFlowTest.compiled(KfpClientFlowTest.additionPipeline()))
        .parameter("a", 7.0).experimentId(exp.id()).serviceAccount("sa1").build();
    Job job = kfp.createJob(JobRequest.of(run, Trigger.cron("0 0 2 * * *", Instant.parse("2026-12-01T00:00:00Z"),
        Instant.parse("2027-01-01T00:00:00Z"))).withDescription("every night").withMaxConcurrency(3)
        .withNoCatchup(true));

    assertEquals("job-1", job.id());
    assertEquals("ENABLED", job.mode());
    assertEquals("0 0 2 * * *", job.trigger().cronSchedule().cron());
    JsonNode body = KfpRequestLog.tree(server.requests("POST", JOBS).get(0).text());
    assertEquals(List.of("name", "description", "pipeline_spec", "resource_references", "service_account",
        "max_concurrency", "trigger", "enabled", "no_catchup"), fields(body), "kfp's key order");
    assertEquals("\"3\"", body.get("max_concurrency").toString(), "int64 as text, as the Swagger says");
    assertEquals("{\"cron_schedule\":{\"start_time\":\"2026-12-01T00:00:00Z\",\"end_time\":\"2027-01-01T00:00:00Z\","
        + "\"cron\":\"0 0 2 * * *\"}}", body.get("trigger").toString());
    assertEquals("[{\"name\":\"a\",\"value\":\"7.0\"}]", body.at("/pipeline_spec/parameters").toString());
    assertTrue(body.at("/pipeline_spec/workflow_manifest").asText().startsWith("{\"apiVersion\": \"argoproj.io/"));
    assertEquals("{\"key\":{\"type\":\"EXPERIMENT\",\"id\":\"exp-1\"},\"relationship\":\"OWNER\"}",
        body.at("/resource_references/0").toString());
  }

  @Test
  void createsAnIntervalJobFromAPackageOrAnUploadedPipelineWithKfpDefaults() {
    Path twoStep = io.kfp4j.sdk.argo.Reference.file("kfp-sdk-outputs/two_step.yaml");
    kfp.createJob(JobRequest.of(RunRequest.builder("hourly").packageFile(twoStep).enableCaching(false).build(),
        Trigger.every(Duration.ofHours(1), null, null)));
    kfp.createJob(JobRequest.of(RunRequest.builder("by-version").pipelineId("pl-1").versionId("ver-1").build(),
        Trigger.every(Duration.ofMinutes(5), null, null)).withEnabled(false));

    JsonNode first = KfpRequestLog.tree(server.requests("POST", JOBS).get(0).text());
    assertEquals("{\"periodic_schedule\":{\"interval_second\":\"3600\"}}", first.get("trigger").toString());
    assertEquals("\"1\"", first.get("max_concurrency").toString());
    assertTrue(first.get("enabled").asBoolean());
    assertFalse(first.has("no_catchup"), "left out unless set, as kfp does");
    assertEquals("[]", first.get("resource_references").toString());
    JsonNode second = KfpRequestLog.tree(server.requests("POST", JOBS).get(1).text());
    assertEquals("pl-1", second.at("/pipeline_spec/pipeline_id").asText());
    assertEquals("{\"key\":{\"type\":\"PIPELINE_VERSION\",\"id\":\"ver-1\"},\"relationship\":\"CREATOR\"}",
        second.at("/resource_references/0").toString());
    assertEquals("DISABLED", kfp.getJob("job-2").mode());
  }

  @Test
  void listsGetsEnablesDisablesAndDeletes() {
    Experiment exp = kfp.createExperiment("e", null);
    for (int i = 1; i <= 3; i++) {
      kfp.createJob(JobRequest.of(RunRequest.builder("j" + i).pipelineId("pl-1")
          .experimentId(i == 3 ? null : exp.id()).build(), Trigger.every(Duration.ofMinutes(i), null, null)));
    }
    Page<Job> page = kfp.listJobs(ListQuery.firstPage().withPageSize(2).withSortBy("created_at desc"), null);
    assertEquals(List.of("job-1", "job-2"), page.items().stream().map(Job::id).toList());
    assertEquals(3, page.totalSize());
    assertEquals(JOBS + "?page_token=&page_size=2&sort_by=created_at+desc", server.requests("GET", JOBS).get(0).path());
    assertEquals(2, kfp.listJobs(ListQuery.firstPage(), exp.id()).items().size());
    assertTrue(server.requests("GET", JOBS).get(1).path().endsWith(
        "&resource_reference_key.type=EXPERIMENT&resource_reference_key.id=exp-1"));

    kfp.disableJob("job-2");
    assertEquals(Boolean.FALSE, kfp.getJob("job-2").enabled());
    kfp.enableJob("job-2");
    assertEquals("ENABLED", kfp.getJob("job-2").mode());
    assertEquals(1, server.requests("POST", JOBS + "/job-2/disable").size());
    kfp.deleteJob("job-2");
    KfpApiException gone = assertThrows(KfpApiException.class, () -> kfp.getJob("job-2"));
    assertEquals(404, gone.status());
    assertEquals(1, server.requests("DELETE", JOBS + "/job-2").size());
  }

  @Test
  void aNamespaceScopesTheListAndBadRequestsFailBeforeSending() {
    KfpClient scoped = KfpClient.create(kfp.config().toBuilder().namespace("team-a").build());
    scoped.listJobs(ListQuery.firstPage(), null);
    assertTrue(server.requests("GET", JOBS).get(0).path().endsWith(
        "&resource_reference_key.type=NAMESPACE&resource_reference_key.id=team-a"));
    RunRequest run = RunRequest.builder("x").pipelineId("pl-1").build();
    assertThrows(IllegalArgumentException.class, () -> JobRequest.of(run, new Trigger(null, null)));
    assertThrows(IllegalArgumentException.class,
        () -> JobRequest.of(run, Trigger.cron("* * * * * *", null, null)).withMaxConcurrency(11));
    assertThrows(IllegalArgumentException.class, () -> Trigger.every(Duration.ofMillis(10), null, null));
    assertEquals(List.of(), server.requests("POST", JOBS));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
