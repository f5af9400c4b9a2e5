package io.kfp4j.cli;

import static io.kfp4j.cli.RemoteCommandsTest.assertServerError;
import static io.kfp4j.cli.RemoteCommandsTest.json;
import static io.kfp4j.cli.RemoteCommandsTest.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kfp4j experiments create|list|show|delete} against a fake, Swagger-checking KFP server. */
class ExperimentsRemoteTest {
  FakeKfpServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpServer();
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the Swagger contract");
  }

  @Test
  void createIsGetOrCreateInTableAndJson() {
    CliRun made = remote(server, "experiments", "create", "nightly", "--description", "Nightly training");
    assertEquals(0, made.exitCode(), made.describe());
    assertEquals("experiment exp-1  nightly", made.outLines().get(0));
    assertTrue(made.out().contains("  description: Nightly training\n"), made.describe());
    assertTrue(made.out().contains("  state:       available\n"), made.describe());

    CliRun again = remote(server, "experiments", "create", "nightly", "--output", "json");
    assertEquals(0, again.exitCode(), again.describe());
    assertEquals("exp-1", json(again).get("id").asText());
    assertEquals("STORAGESTATE_AVAILABLE", json(again).get("storage_state").asText());
    assertEquals(1, server.requests("POST", "/apis/v1beta1/experiments").size());
  }

  @Test
  void createInANamespaceSendsItsReference() {
    CliRun made = remote(server, "experiments", "create", "e", "--namespace", "team-a", "--output", "json");
    assertEquals(0, made.exitCode(), made.describe());
    assertEquals("team-a", json(made).at("/resource_references/0/key/id").asText());
    assertTrue(server.requests("GET", "/apis/v1beta1/experiments").get(0).path()
        .endsWith("&resource_reference_key.type=NAMESPACE&resource_reference_key.id=team-a"));
  }

  @Test
  void listPagesInTableAndJson() {
    for (String name : List.of("a", "b", "c")) {
      remote(server, "experiments", "create", name);
    }
    CliRun table = remote(server, "experiments", "list", "--page-size", "2");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals(List.of("ID     NAME  CREATED               STATE", "exp-1  a     2026-11-28T13:27:38Z  available",
        "exp-2  b     2026-11-28T13:27:38Z  available", "2 of 3; next page: --page-token 2"), table.outLines());
    assertTrue(server.requests("GET", "/apis/v1beta1/experiments?page_token=&page_size=2&sort_by=created_at+desc")
        .size() == 1, server.requests.toString());

    CliRun page2 = remote(server, "experiments", "list", "--page-token", "2", "--output", "json");
    assertEquals(0, page2.exitCode(), page2.describe());
    assertEquals("c", json(page2).at("/experiments/0/name").asText());
    assertEquals(3, json(page2).get("total_size").asInt());
  }

  @Test
  void listReportsAServerErrorInOneLine() throws Exception {
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
      int port = closed.getLocalPort();
      closed.close();
      CliRun run = CliRun.run("experiments", "list", "--endpoint", "http://127.0.0.1:" + port);
      assertServerError(run, "cannot reach http://127.0.0.1:" + port);
    }
  }

  @Test
  void showFindsByIdOrNameInTableAndJson() {
    remote(server, "experiments", "create", "nightly");
    CliRun byId = remote(server, "experiments", "show", "exp-1");
    assertEquals(0, byId.exitCode(), byId.describe());
    assertEquals("experiment exp-1  nightly", byId.outLines().get(0));
    CliRun byName = remote(server, "experiments", "show", "nightly", "--output", "json");
    assertEquals(0, byName.exitCode(), byName.describe());
    assertEquals("exp-1", json(byName).get("id").asText());
  }

  @Test
  void showOfAMissingExperimentIsTheServersMessage() {
    assertServerError(remote(server, "experiments", "show", "nope"), "no resource nope");
  }

  @Test
  void deleteInTableAndJsonAndAMissingOne() {
    remote(server, "experiments", "create", "a");
    remote(server, "experiments", "create", "b");
    CliRun table = remote(server, "experiments", "delete", "a");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals("deleted experiment exp-1  a\n", table.out());
    CliRun json = remote(server, "experiments", "delete", "exp-2", "--output", "json");
    assertEquals("exp-2", json(json).get("deleted").asText());
    assertEquals(2, server.requests("DELETE", "/apis/v1beta1/experiments/").size());
    assertServerError(remote(server, "experiments", "delete", "exp-1"), "404");
  }
}
