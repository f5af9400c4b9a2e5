package io.kfp4j.cli;

import static io.kfp4j.cli.RemoteCommandsTest.assertServerError;
import static io.kfp4j.cli.RemoteCommandsTest.json;
import static io.kfp4j.cli.RemoteCommandsTest.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.client.FakeKfpV2Server;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kfp4j pipelines list|show|delete} on a KFP 2.x server through API v2beta1, Swagger-checked. */
class PipelinesV2RemoteTest {
  FakeKfpV2Server server;
  KfpV2Client kfp;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server();
    kfp = KfpV2Client.connect(server.url());
    String id = kfp.uploadPipeline(PipelineSpecPackage.ofYaml(RunsV2RemoteTest.SPEC), null, null).pipelineId();
    kfp.uploadPipelineVersion(PipelineSpecPackage.ofYaml(RunsV2RemoteTest.SPEC), "second", id, null);
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the v2beta1 Swagger contract");
  }

  @Test
  void listsInTableAndJson() {
    CliRun table = remote(server, "pipelines", "list");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("ID    NAME   CREATED               DESCRIPTION", "pl-1  adder  2026-11-28T13:27:38Z  Adds.",
        "1 of 1"), table.outLines());
    CliRun json = remote(server, "pipelines", "list", "--output", "json", "--namespace", "team-a");
    assertEquals(0, json.exitCode(), json.describe());
    assertEquals("pl-1", json(json).at("/pipelines/0/pipeline_id").asText());
    assertEquals("/apis/v2beta1/pipelines?page_token=&page_size=20&sort_by=created_at+desc&namespace=team-a",
        server.requests("GET", "/apis/v2beta1/pipelines?").get(1).path());
  }

  @Test
  void showsTheNewestVersionAndTheParametersItsSpecDeclares() {
    CliRun table = remote(server, "pipelines", "show", "pl-1");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("pipeline pl-1  adder", "  description: Adds.", "  created:     2026-11-28T13:27:38Z",
        "  version:     ver-2  second", "  param a = 1.5", "  param msg = hi"), table.outLines());
    CliRun json = remote(server, "pipelines", "show", "pl-1", "--output", "json");
    assertEquals("adder", json(json).get("display_name").asText());
  }

  @Test
  void deleteTakesTheVersionsAlong() {
    CliRun deleted = remote(server, "pipelines", "delete", "pl-1");
    assertEquals(0, deleted.exitCode(), deleted.describe());
    assertEquals("deleted pipeline pl-1\n", deleted.out());
    assertEquals("/apis/v2beta1/pipelines/pl-1?cascade=true",
        server.requests("DELETE", "/apis/v2beta1/pipelines/").get(0).path());
    assertServerError(remote(server, "pipelines", "show", "pl-1"), "GET /apis/v2beta1/pipelines/pl-1 failed:"
        + " HTTP 404: no resource pl-1; the server has no pipeline pl-1: kfp4j pipelines list shows its pipelines");
  }
}
