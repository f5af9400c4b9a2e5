package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.sdk.client.FakeApiServer;
import io.kfp4j.sdk.client.FakeKfpServer;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.RunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The help of every server command: an example and its exit codes; and the shared usage errors. */
class RemoteCommandsTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"experiments create", "experiments list", "experiments show", "experiments delete",
      "pipelines upload", "pipelines list", "pipelines show", "pipelines delete", "runs list", "runs show"})
  void everyCommandHasHelpWithAnExampleAndExitCodes(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("Example"), run.describe());
    assertTrue(run.out().contains("--endpoint=URL"), run.describe());
    assertTrue(run.out().contains("--output=FORMAT"), run.describe());
    assertTrue(run.out().contains("--api=v1|v2"), run.describe());
    for (String code : List.of("  0 ", "  1 ", "  2 ")) {
      assertTrue(run.out().contains(code), "no exit code" + code + "\n" + run.describe());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"experiments list", "pipelines list", "pipelines show p", "experiments delete e"})
  void withoutAServerItIsAUsageError(String command) {
    CliRun run = CliRun.run(command.split(" "));
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: no KFP server: give --endpoint URL or set KFP_ENDPOINT"), run.describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"experiments list --output yaml", "pipelines list --page-size x"})
  void badOptionsAreUsageErrors(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--endpoint", server.url()));
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.describe());
  }

  /** Runs a server command against the fake server. */
  static CliRun remote(FakeApiServer server, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", server.url()));
    return CliRun.run(all.toArray(String[]::new));
  }

  static JsonNode json(CliRun run) {
    try {
      return new ObjectMapper().readTree(run.out());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + run.describe(), e);
    }
  }

  /** A one-line error naming the server's message, no stack trace. */
  static void assertServerError(CliRun run, String serverMessage) {
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals(1, run.errLines().size(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: "), run.describe());
    assertTrue(run.err().contains(serverMessage), run.describe());
    assertFalse(run.err().contains("\tat "), run.describe());
  }

  static void addRuns(FakeKfpServer server, String experimentId, int count) {
    KfpClient kfp = KfpClient.connect(server.url());
    for (int i = 1; i <= count; i++) {
      kfp.createRun(RunRequest.builder("run " + i).pipelineId("pl-1").experimentId(experimentId)
          .parameters(Map.of("a", i)).build());
    }
  }
}
