package io.kfp4j.cli;

import static io.kfp4j.cli.RemoteCommandsTest.assertServerError;
import static io.kfp4j.cli.RemoteCommandsTest.json;
import static io.kfp4j.cli.RemoteCommandsTest.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpV2Server;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.sdk.client.v2.PipelineVersionReference;
import io.kfp4j.sdk.client.v2.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j runs list|show --endpoint} on a KFP 2.x server through API v2beta1, Swagger-checked. */
class RunsV2RemoteTest {
  /** A pipeline spec with a number and a text parameter, both with defaults. */
  static final String SPEC = """
      pipelineInfo: {name: adder, description: Adds.}
      root:
        dag: {tasks: {}}
        inputDefinitions:
          parameters:
            a: {parameterType: NUMBER_DOUBLE, defaultValue: 1.5}
            msg: {parameterType: STRING, defaultValue: hi}
      schemaVersion: 2.1.0
      sdkVersion: kfp4j-0.1.0
      """;

  FakeKfpV2Server server;
  KfpV2Client kfp;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server().states("SUCCEEDED");
    kfp = KfpV2Client.connect(server.url());
    String exp = kfp.createExperiment("nightly", null).experimentId();
    for (int i = 1; i <= 3; i++) {
      kfp.createRun(RunRequest.builder("run " + i).pipelineSpec(PipelineSpecPackage.ofYaml(SPEC)).experimentId(exp)
          .parameter("a", i + 0.5).parameter("msg", "hello " + i).build()); // in this order
    }
    kfp.createExperiment("other", null);
    kfp.createRunFromPipeline(PipelineSpecPackage.ofYaml(SPEC), Map.of(), "elsewhere", "other");
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the v2beta1 Swagger contract");
  }

  @Test
  void listsTheRunsOfAnExperimentWithTheirStateInTableAndJson() {
    CliRun table = remote(server, "runs", "list", "--experiment", "nightly", "--page-size", "2", "--root",
        dir.toString());
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("ID     NAME   STATUS   CREATED               FINISHED",
        "run-3  run 3  PENDING  2026-11-28T13:27:38Z  -", "run-2  run 2  PENDING  2026-11-28T13:27:38Z  -",
        "2 of 3; next page: --page-token 2"), table.outLines());
    assertEquals("/apis/v2beta1/runs?page_token=&page_size=2&sort_by=created_at+desc&experiment_id=exp-1",
        server.requests("GET", "/apis/v2beta1/runs?").get(0).path());

    CliRun json = remote(server, "runs", "list", "--output", "json");
    assertEquals(0, json.exitCode(), json.describe());
    assertEquals(4, json(json).get("total_size").asInt());
    assertEquals("run-4", json(json).at("/runs/0/run_id").asText(), "the v2beta1 API's own fields");
    assertEquals("kfp4j: no experiment \"nope\" on " + server.url() + "\n",
        remote(server, "runs", "list", "--experiment", "nope").err());
  }

  @Test
  void showsARunsStateParametersAndTimesInTableAndJson() {
    CliRun table = remote(server, "runs", "show", "run-2");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("run run-2  run 2", "  status:     SUCCEEDED", "  experiment: exp-1",
        "  created:    2026-11-28T13:27:38Z", "  finished:   2026-11-28T13:27:38Z", "  param a = 2.5",
        "  param msg = hello 2"), table.outLines());
    CliRun json = remote(server, "runs", "show", "run-2", "--output", "json");
    assertEquals("SUCCEEDED", json(json).get("state").asText());
    assertEquals(2.5, json(json).at("/runtime_config/parameters/a").asDouble());
  }

  @Test
  void aRunOfAnUploadedPipelineShowsItsPipelineAndVersion() {
    String pipeline = kfp.uploadPipeline(PipelineSpecPackage.ofYaml(SPEC), null, null).pipelineId();
    String version = kfp.latestPipelineVersion(pipeline).orElseThrow().pipelineVersionId();
    String run = kfp.createRun(RunRequest.builder("from upload").pipelineVersion(new PipelineVersionReference(
        pipeline, version)).experimentId("exp-1").build()).runId();
    CliRun table = remote(server, "runs", "show", run, "--api", "v2");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("run run-5  from upload", "  status:     SUCCEEDED", "  pipeline:   pl-1",
        "  experiment: exp-1", "  version:    ver-1", "  created:    2026-11-28T13:27:38Z",
        "  finished:   2026-11-28T13:27:38Z"), table.outLines());
  }

  @Test
  void anUnknownRunNamesItsIdAndTheFix() {
    assertServerError(remote(server, "runs", "show", "run-9"), "GET /apis/v2beta1/runs/run-9 failed: HTTP 404:"
        + " no resource run-9; the server has no run run-9: kfp4j runs list shows its runs");
  }

  @Test
  void apiWithoutAServerIsAUsageError() {
    CliRun run = CliRun.run("runs", "list", "--api", "v2", "--root", dir.toString());
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: --api chooses the API of a KFP server: give --endpoint URL too"),
        run.describe());
  }

  @Test
  void anUnreachableServerIsOneLineNamingIt() throws Exception {
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    CliRun run = CliRun.run("runs", "show", "run-1", "--endpoint", "http://127.0.0.1:" + port);
    assertServerError(run, "GET /apis/v2beta1/healthz failed: cannot reach http://127.0.0.1:" + port);
    assertTrue(run.err().contains("check --endpoint (or KFP_ENDPOINT)"), run.describe());
  }
}
