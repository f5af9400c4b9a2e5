package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import org.junit.jupiter.api.Test;

/** Credentials in {@code --endpoint} are never printed: not in errors, not in JSON output, not in what a run says. */
class EndpointRedactionTest {
  static final String SECRET = "S3CRET-pw";

  static void assertNoSecret(CliRun run) {
    assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), run.describe());
  }

  /** The issue's case. */
  @Test
  void anUnreachableEndpointIsShownWithoutItsCredentials() {
    CliRun run = CliRun.run("runs", "list", "--endpoint", "http://user:" + SECRET + "@127.0.0.1:1");
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains("cannot reach http://***@127.0.0.1:1 ("), run.describe());
    assertNoSecret(run);
  }

  @Test
  void jsonOutputShowsNoCredentialsEither() {
    CliRun run = CliRun.run("experiments", "list", "--output", "json", "--endpoint",
        "http://127.0.0.1:1/?token=" + SECRET);
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains("cannot reach http://127.0.0.1:1/?token=*** ("), run.describe());
    assertNoSecret(run);
  }

  @Test
  void anEndpointThatIsNoUrlIsShownWithoutItsCredentials() {
    CliRun run = CliRun.run("runs", "list", "--endpoint", "http://user:" + SECRET + " x@127.0.0.1:1");
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains("the endpoint http://***@127.0.0.1:1 is not a valid URL"), run.describe());
    assertNoSecret(run);
  }

  @Test
  void aSubmittedRunNamesItsServerWithoutCredentials() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      String endpoint = server.url().replace("http://", "http://user:" + SECRET + "@");
      CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=7",
          "--endpoint", endpoint, "--experiment", "seed");
      assertEquals(0, run.exitCode(), run.describe());
      String shown = server.url().replace("http://", "http://***@");
      assertTrue(run.out().startsWith("run run-1 of addition-pipeline submitted to " + shown + " (experiment seed)"),
          run.describe());
      assertTrue(run.out().contains(shown + "/#/runs/details/run-1"), run.describe());
      assertNoSecret(run);
    }
  }
}
