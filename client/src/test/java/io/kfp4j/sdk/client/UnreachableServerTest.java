package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.internal.KfpHttp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server nobody listens on: said at once, with the path as a person reads it and where to look. */
class UnreachableServerTest {
  @Test
  void aRefusedConnectionFailsAtOnceNamingTheEndpointAndTheFix() {
    KfpClient client = KfpClient.create(KfpConfig.builder().host("http://127.0.0.1:1").maxAttempts(4)
        .retryBackoff(Duration.ofSeconds(2)).environment(Map.of()).build());
    long start = System.nanoTime();
    KfpApiException e = KfpClientFaultTest.fails(() -> client.listRuns(ListQuery.builder().sortBy("created_at desc").build(), null));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2000, "a refused connection is not retried with a 2 s backoff: took " + millis + " ms");
    assertTrue(e.getMessage().startsWith("GET /apis/v1beta1/runs?"), e.getMessage());
    assertTrue(e.getMessage().contains("sort_by=created_at desc"), "the query is shown decoded: " + e.getMessage());
    assertTrue(e.getMessage().contains(" failed: cannot reach http://127.0.0.1:1 (ConnectException"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; check the endpoint and that KFP's API answers there (for a cluster:"
        + " kubectl port-forward -n kubeflow svc/ml-pipeline-ui 8080:80, then http://localhost:8080)"), e.getMessage());
    assertEquals("endpoint", e.facts().get("option"));
  }

  @Test
  void aPathIsShownDecodedAsTheClientEncodesIt() {
    assertEquals("/apis/v1beta1/runs?filter={\"a\": 1+2}&sort_by=x desc",
        KfpHttp.shown("/apis/v1beta1/runs?filter=%7B%22a%22%3A+1%2B2%7D&sort_by=x+desc"));
    assertEquals("/bad%zz", KfpHttp.shown("/bad%zz"));
  }
}
