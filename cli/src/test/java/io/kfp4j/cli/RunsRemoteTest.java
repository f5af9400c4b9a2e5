package io.kfp4j.cli;

import static io.kfp4j.cli.RemoteCommandsTest.assertServerError;
import static io.kfp4j.cli.RemoteCommandsTest.json;
import static io.kfp4j.cli.RemoteCommandsTest.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import io.kfp4j.sdk.client.KfpClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j runs list|show --endpoint}: a KFP server's runs instead of the local records. */
class RunsRemoteTest {
  FakeKfpServer server;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpServer();
    String exp = KfpClient.connect(server.url()).createExperiment("nightly", null).id();
    RemoteCommandsTest.addRuns(server, exp, 3);
    RemoteCommandsTest.addRuns(server, null, 1);
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the Swagger contract");
  }

  @Test
  void listsTheServersRunsOfAnExperimentInTableAndJson() {
    CliRun table = remote(server, "runs", "list", "--experiment", "nightly", "--page-size", "2",
        "--root", dir.toString());
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("ID     NAME   STATUS  CREATED               FINISHED",
        "run-3  run 3  -       2026-11-28T13:27:38Z  -", "run-2  run 2  -       2026-11-28T13:27:38Z  -",
        "2 of 3; next page: --page-token 2"), table.outLines());
    assertTrue(server.requests("GET", "/apis/v1beta1/runs?").get(0).path().endsWith(
        "page_size=2&sort_by=created_at+desc&resource_reference_key.type=EXPERIMENT&resource_reference_key.id=exp-1"));

    CliRun json = remote(server, "runs", "list", "--output", "json");
    assertEquals(0, json.exitCode(), json.describe());
    assertEquals(4, json(json).get("total_size").asInt());
    assertEquals("run-4", json(json).at("/runs/0/id").asText());
  }

  @Test
  void listOfAMissingExperimentFails() {
    CliRun run = remote(server, "runs", "list", "--experiment", "nope");
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("kfp4j: no experiment \"nope\" on " + server.url() + "\n", run.err());
  }

  @Test
  void withoutAnEndpointListsTheLocalRecords() {
    CliRun run = CliRun.run("runs", "list", "--root", dir.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().startsWith("no runs under "), run.describe());
    assertEquals(6, server.requests.size(), "only the set-up's requests");
  }

  @Test
  void showsARunInTableAndJson() {
    server.statuses("Succeeded");
    CliRun table = remote(server, "runs", "show", "run-2");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("run run-2  run 2", "  status:     Succeeded", "  pipeline:   pl-1",
        "  experiment: exp-1", "  created:    2026-11-28T13:27:38Z", "  finished:   -", "  param a = 2"),
        table.outLines());
    CliRun json = remote(server, "runs", "show", "run-2", "--output", "json");
    assertEquals("Succeeded", json(json).at("/run/status").asText());
    assertEquals("{}", json(json).at("/pipeline_runtime/workflow_manifest").asText());
  }

  @Test
  void showOfAMissingRunIsTheServersMessage() {
    assertServerError(remote(server, "runs", "show", "run-9"), "no resource run-9");
  }
}
