package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j run --endpoint}: the same pipeline, submitted to a (fake, Swagger-checking) KFP server. */
class RunRemoteTest {

  @Test
  void submitsAndWaitsForTheRun() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      server.statuses("Running", "Succeeded");
      CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=7",
          "--endpoint", server.url() + "/", "--experiment", "seed", "--wait", "--timeout", "30");
      assertEquals(0, run.exitCode(), run.describe());
      assertTrue(run.out().startsWith("run run-1 of addition-pipeline submitted to " + server.url()
          + " (experiment seed)"), run.describe());
      assertTrue(run.out().contains("run run-1 Succeeded"), run.describe());
      assertEquals(List.of(), server.problems);
      String body = server.requests("POST", "/apis/v1beta1/runs").get(0).text();
      assertTrue(body.contains("\"parameters\":[{\"name\":\"a\",\"value\":\"7\"}]"), body);
    }
  }

  @Test
  void aBadlyTypedParameterIsRefusedBeforeAnythingIsSent() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=abc",
          "--endpoint", server.url());
      assertEquals(1, run.exitCode(), run.describe());
      assertTrue(run.err().contains("pipeline \"addition-pipeline\", parameter \"a\" (type Float): "), run.describe());
      assertTrue(server.requests("POST", "/apis/v1beta1/runs").isEmpty(), "no run was submitted");
      CliRun unknown = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "c=1",
          "--endpoint", server.url());
      assertEquals(1, unknown.exitCode(), unknown.describe());
      assertTrue(unknown.err().contains("pipeline \"addition-pipeline\" has no parameter \"c\"; its parameters are:"
          + " a, b"), unknown.describe());
    }
  }

  @Test
  void anUnreachableServerIsOneClearLine() {
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(),
        "--endpoint", "http://127.0.0.1:1");
    assertEquals(1, run.exitCode(), run.describe());
    // without --api or --target the server is first asked which API it speaks
    assertTrue(run.err().startsWith("kfp4j: GET /apis/v2beta1/healthz failed: "), run.describe());
    assertTrue(run.err().contains("cannot reach http://127.0.0.1:1"), run.describe());
  }

  @Test
  void anUnreadableTokenFileIsOneClearLine(@TempDir Path dir) throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      Path missing = dir.resolve("no-such-token");
      CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(),
          "--endpoint", server.url(), "--token-file", missing.toString());
      assertEquals(1, run.exitCode(), run.describe());
      assertTrue(run.err().startsWith("kfp4j: ") && run.err().contains(missing.toString()), run.describe());
    }
  }
}
