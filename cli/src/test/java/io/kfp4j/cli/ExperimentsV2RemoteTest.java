package io.kfp4j.cli;

import static io.kfp4j.cli.RemoteCommandsTest.assertServerError;
import static io.kfp4j.cli.RemoteCommandsTest.json;
import static io.kfp4j.cli.RemoteCommandsTest.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import io.kfp4j.sdk.client.FakeKfpV2Server;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kfp4j experiments create|list|show|delete} on a KFP 2.x server, through API v2beta1 (the server answers its
 * healthz, or {@code --api v2}); every request checked against the v2beta1 Swagger.
 */
class ExperimentsV2RemoteTest {
  static final String HEALTHZ = "/apis/v2beta1/healthz";

  FakeKfpV2Server server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server();
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the v2beta1 Swagger contract");
  }

  @Test
  void createAsksTheServerOnceAndIsGetOrCreateInTableAndJson() {
    CliRun made = remote(server, "experiments", "create", "nightly", "--description", "Nightly training");
    assertEquals(0, made.exitCode(), made.describe());
    assertEquals(List.of("experiment exp-1  nightly", "  description: Nightly training",
        "  created:     2026-11-28T13:27:38Z", "  state:       available"), made.outLines());
    assertEquals(1, server.requests("GET", HEALTHZ).size(), "the server is asked which API it answers");

    CliRun again = remote(server, "experiments", "create", "nightly", "--output", "json");
    assertEquals(0, again.exitCode(), again.describe());
    assertEquals("exp-1", json(again).get("experiment_id").asText(), "the v2beta1 API's own fields");
    assertEquals("AVAILABLE", json(again).get("storage_state").asText());
    assertEquals(1, server.requests("POST", "/apis/v2beta1/experiments").size());
  }

  @Test
  void aNamespaceIsSentAndShown() {
    CliRun made = remote(server, "experiments", "create", "e", "--namespace", "team-a", "--api", "v2");
    assertEquals(0, made.exitCode(), made.describe());
    assertEquals("  namespace:   team-a", made.outLines().get(made.outLines().size() - 1));
    assertTrue(server.requests("GET", "/apis/v2beta1/experiments").get(0).path().endsWith("&namespace=team-a"));
    assertEquals(0, server.requests("GET", HEALTHZ).size(), "--api v2 asks nothing");
  }

  @Test
  void listPagesAndFiltersInV1sTableAndTheApisJson() throws Exception {
    CliRun table;
    try (FakeKfpServer v1 = new FakeKfpServer()) {
      for (String name : List.of("a", "b", "c")) {
        remote(server, "experiments", "create", name);
        remote(v1, "experiments", "create", name);
      }
      table = remote(server, "experiments", "list", "--page-size", "2");
      assertEquals(0, table.exitCode(), table.describe());
      assertEquals(remote(v1, "experiments", "list", "--page-size", "2").outLines(), table.outLines(),
          "the table of v1beta1");
    }
    assertEquals("exp-2  b     2026-11-28T13:27:38Z  available", table.outLines().get(2));
    assertEquals(1, server.requests("GET", "/apis/v2beta1/experiments?page_token=&page_size=2&sort_by=created_at"
        + "+desc").size(), server.requests.toString());

    CliRun filtered = remote(server, "experiments", "list", "--output", "json", "--filter",
        "{\"predicates\": [{\"operation\": \"EQUALS\", \"key\": \"display_name\", \"string_value\": \"b\"}]}");
    assertEquals(0, filtered.exitCode(), filtered.describe());
    assertEquals(1, json(filtered).get("total_size").asInt());
    assertEquals("exp-2", json(filtered).at("/experiments/0/experiment_id").asText());
  }

  @Test
  void aFilterTheServerRefusesIsOneLineWithItsFix() {
    CliRun run = remote(server, "experiments", "list", "--filter",
        "{\"predicates\": [{\"op\": \"EQUALS\", \"key\": \"name\", \"string_value\": \"b\"}]}");
    assertServerError(run, "GET /apis/v2beta1/experiments?");
    assertTrue(run.err().contains("failed: HTTP 400: "), run.describe());
    assertTrue(run.err().contains("; check the filter (--filter): API v2beta1 reads"), run.describe());
    assertEquals(1, server.problems.size(), "the fake refused the v1 filter: " + server.problems);
    server.problems.clear();
  }

  @Test
  void showAndDeleteFindByIdOrName() {
    remote(server, "experiments", "create", "a");
    remote(server, "experiments", "create", "b");
    CliRun byName = remote(server, "experiments", "show", "b", "--output", "json");
    assertEquals(0, byName.exitCode(), byName.describe());
    assertEquals("exp-2", json(byName).get("experiment_id").asText());

    CliRun deleted = remote(server, "experiments", "delete", "a");
    assertEquals(0, deleted.exitCode(), deleted.describe());
    assertEquals("deleted experiment exp-1  a\n", deleted.out());
    CliRun json = remote(server, "experiments", "delete", "exp-2", "--output", "json");
    assertEquals("exp-2", json(json).get("deleted").asText());
    assertEquals(2, server.requests("DELETE", "/apis/v2beta1/experiments/").size());
  }

  @Test
  void anUnknownExperimentNamesItsIdAndTheFix() {
    CliRun run = remote(server, "experiments", "show", "nope");
    assertServerError(run, "GET /apis/v2beta1/experiments/nope failed: HTTP 404: no resource nope; the server has no"
        + " experiment nope: kfp4j experiments list shows its experiments");
  }

  @Test
  void aKfp1ServerIsSpokenToThroughV1AndRefusesV2() throws Exception {
    try (FakeKfpServer v1 = new FakeKfpServer()) {
      CliRun made = remote(v1, "experiments", "create", "e");
      assertEquals(0, made.exitCode(), made.describe());
      assertEquals(1, v1.requests("POST", "/apis/v1beta1/experiments").size(), "healthz v2beta1 is 404 there");

      CliRun forced = remote(v1, "experiments", "list", "--api", "v2");
      assertServerError(forced, "GET /apis/v2beta1/experiments?page_token=&page_size=20&sort_by=created_at desc"
          + " failed: HTTP 404");
      assertTrue(forced.err().contains("; the server does not answer API v2beta1 (a KFP 1.x server?): leave --api"
          + " out or give --api v1"), forced.describe());
      assertEquals(List.of(), v1.problems);
    }
  }

  @Test
  void anUnknownApiIsAUsageError() {
    CliRun run = remote(server, "experiments", "list", "--api", "v3");
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: --api v3: unknown KFP API \"v3\": give v1 (v1beta1) or v2 (v2beta1)"),
        run.describe());
    assertEquals(List.of(), server.requests, "nothing is sent");
  }
}
