package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each fault gives a clear error (or a successful retry, for idempotent calls), and no secret in any message. */
class KfpClientFaultTest {
  static final String TOKEN = "s3cr3t-t0ken-value";
  static final String COOKIE = "authservice_session=c00kie-v4lue";
  static final String RUN = "{\"run\": {\"id\": \"r1\", \"name\": \"r\", \"status\": \"Running\"}}";

  FakeKfpServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  KfpClient client(String url) {
    return KfpClient.create(KfpConfig.builder().host(url).token(TOKEN).cookies(COOKIE).retryBackoff(Duration.ofMillis(1))
        .maxAttempts(3).requestTimeout(Duration.ofMillis(500)).environment(Map.of()).build());
  }

  /** Runs the call, expects a failure, and checks no message in the chain shows the token or the cookie. */
  static KfpApiException fails(Executable call) {
    KfpApiException e = assertThrows(KfpApiException.class, call);
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t.getMessage() + " " + t;
      assertFalse(text.contains(TOKEN) || text.contains("c00kie-v4lue"), "a secret in: " + text);
    }
    return e;
  }

  @Test
  void serverErrorOnPostIsNotRetried() {
    server.fail("POST", "/apis/v1beta1/runs", 500, "{\"error\": \"internal boom\", \"code\": 13}", 0);
    KfpApiException e = fails(() -> client(server.url()).createRun(RunRequest.builder("r").pipelineId("p").build()));
    assertEquals(500, e.status());
    assertEquals("internal boom", e.serverMessage());
    assertEquals("POST /apis/v1beta1/runs failed: HTTP 500: internal boom", e.getMessage());
    assertEquals(1, server.requests("POST", "/apis/v1beta1/runs").size());
  }

  @Test
  void unavailableOnPostIsNotRetriedEither() {
    server.fail("POST", "/apis/v1beta1/experiments", 503, "{\"error\": \"busy\"}", 0);
    KfpApiException e = fails(() -> client(server.url()).createExperiment("x", null));
    assertEquals(503, e.status());
    assertEquals(1, server.requests("POST", "/apis/v1beta1/experiments").size());
  }

  @Test
  void unavailableThenSuccessIsRetriedForGet() {
    server.addRuns(1, "e");
    server.fail("GET", "/apis/v1beta1/runs/", 503, "{\"error\": \"upstream connect error\"}", 0);
    server.fail("GET", "/apis/v1beta1/runs/", 502, "", 0);
    RunDetail run = client(server.url()).getRun("run-0001");
    assertEquals("run-0001", run.run().id());
    assertEquals(3, server.requests("GET", "/apis/v1beta1/runs/").size());
  }

  @Test
  void unavailableThreeTimesGivesUpWithTheLastAnswer() {
    for (int i = 0; i < 3; i++) {
      server.fail("DELETE", "/apis/v1beta1/runs/", 504, "{\"message\": \"gateway timeout\"}", 0);
    }
    KfpApiException e = fails(() -> client(server.url()).deleteRun("r9"));
    assertEquals("DELETE /apis/v1beta1/runs/r9 failed: HTTP 504: gateway timeout (after 3 attempts)", e.getMessage());
  }

  @Test
  void connectionResetIsRetriedForGetOnly() throws Exception {
    try (ResettingServer reset = new ResettingServer(1, RUN)) {
      assertEquals("Running", client(reset.url()).getRun("r1").run().status());
      assertEquals(2, reset.connections.get());
    }
    try (ResettingServer reset = new ResettingServer(100, RUN)) {
      KfpApiException e = fails(() -> client(reset.url()).createRun(RunRequest.builder("r").pipelineId("p").build()));
      assertEquals(0, e.status());
      assertTrue(e.getMessage().startsWith("POST /apis/v1beta1/runs failed: cannot reach " + reset.url()),
          e.getMessage());
      assertEquals(1, reset.connections.get());
    }
  }

  @Test
  void connectionResetEveryTimeGivesUp() throws Exception {
    try (ResettingServer reset = new ResettingServer(100, RUN)) {
      KfpApiException e = fails(() -> client(reset.url()).getRun("r1"));
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }
  }

  @Test
  void slowAnswerPastTheTimeoutFails() {
    server.fail("GET", "/apis/v1beta1/runs/", 200, RUN, 2000);
    long start = System.nanoTime();
    KfpApiException e = fails(() -> client(server.url()).getRun("r1"));
    assertEquals("GET /apis/v1beta1/runs/r1 failed: no answer within 500 ms (the request timeout); the server is slow"
        + " or the request too large", e.getMessage());
    assertTrue(System.nanoTime() - start < 1_900_000_000L, "gave up at the timeout");
  }

  @Test
  void malformedJsonFails() {
    server.fail("GET", "/apis/v1beta1/healthz", 200, "<html>login</html>", 0);
    KfpApiException e = fails(() -> client(server.url()).health());
    assertEquals(200, e.status());
    assertTrue(e.getMessage().startsWith("GET /apis/v1beta1/healthz failed: HTTP 200 but the answer is not JSON"),
        e.getMessage());
    assertTrue(e.getMessage().contains("<html>login</html>"), e.getMessage());
  }

  @Test
  void unauthorizedNamesTheFixAndHidesTheEchoedToken() {
    server.fail("GET", "/apis/v1beta1/experiments", 401,
        "{\"error\": \"bad token Bearer " + TOKEN + " with cookie " + COOKIE + "\", \"code\": 16}", 0);
    KfpApiException e = fails(() -> client(server.url()).createExperiment("x", null));
    assertEquals(401, e.status());
    assertTrue(e.getMessage().contains("HTTP 401: bad token Bearer *** with cookie ***"), e.getMessage());
    assertTrue(e.getMessage().endsWith("check the bearer token or the cookies, and the namespace"), e.getMessage());
    assertEquals(io.kfp4j.runtime.Kfp4jException.Kind.SERVER, e.kind());
    assertEquals(java.util.Optional.of("token"), e.fact(io.kfp4j.runtime.Kfp4jException.Fact.OPTION));
    assertEquals("Bearer " + TOKEN, server.requests.get(0).header("Authorization"));
    assertEquals(COOKIE, server.requests.get(0).header("Cookie"));
  }

  @Test
  void waitingPastTheTimeoutFailsAsKfpDoes() {
    server.addRuns(1, "e");
    server.statuses("Running");
    KfpClient kfp = KfpClient.create(client(server.url()).config().toBuilder().pollInterval(Duration.ofMillis(20))
        .build());
    RunTimeoutException e = assertThrows(RunTimeoutException.class,
        () -> kfp.waitForRunCompletion("run-0001", Duration.ofMillis(200)));
    assertEquals("Running", e.lastStatus());
    assertTrue(e.getMessage().startsWith("Run timeout: run run-0001 is still Running"), e.getMessage());
  }

  @Test
  void configAndClientNeverShowSecrets() {
    KfpClient kfp = client(server.url());
    for (String text : new String[] {kfp.toString(), kfp.config().toString(), kfp.config().token().toString()}) {
      assertFalse(text.contains(TOKEN) || text.contains("c00kie"), text);
    }
  }
}
