package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Endpoints are shown without user info or credential-like query values, wherever the client shows them. */
class RedactionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://user:SECRET@127.0.0.1:1|http://***@127.0.0.1:1",
      "https://SECRET@kfp.example.com/pipeline|https://***@kfp.example.com/pipeline",
      "http://user:p@ss@SECRET@host:8888/x?y=1|http://***@host:8888/x?y=1",
      "user:SECRET@host:8888|***@host:8888",
      "http://host:8888/pipeline?token=SECRET&ns=a|http://host:8888/pipeline?token=***&ns=a",
      "http://host/?Access-Token=SECRET#frag|http://host/?Access-Token=***#frag",
      "http://host/?ns=kubeflow&api_key=SECRET|http://host/?ns=kubeflow&api_key=***",
      "http://host:8888|http://host:8888",
      "http://host:8888/a/b?filter=x|http://host:8888/a/b?filter=x",
  })
  void endpointsLoseTheirSecrets(String endpoint, String shown) {
    assertEquals(shown, Redaction.endpoint(endpoint));
    assertFalse(Redaction.endpoint(endpoint).contains("SECRET"));
  }

  @Test
  void everyUrlInATextIsRedacted() {
    assertEquals("cannot reach http://***@127.0.0.1:1 (refused); see https://***@h/?token=*** and http://plain/",
        Redaction.urls("cannot reach http://u:SECRET@127.0.0.1:1 (refused); see https://SECRET@h/?token=SECRET"
            + " and http://plain/"));
    assertEquals("no url here: user@example", Redaction.urls("no url here: user@example"));
    assertNull(Redaction.urls(null));
    assertNull(Redaction.endpoint(null));
  }

  static KfpClient client(String host) {
    return KfpClient.create(KfpConfig.builder().host(host).maxAttempts(1).connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(2)).environment(Map.of()).build());
  }

  /** The case: an unreachable endpoint with credentials in it. */
  @Test
  void anUnreachableEndpointIsNamedWithoutItsCredentials() {
    KfpApiException e = KfpClientFaultTest.fails(() -> client("http://user:SECRET@127.0.0.1:1").getRun("r1"));
    assertTrue(e.getMessage().startsWith("GET /apis/v1beta1/runs/r1 failed: cannot reach http://***@127.0.0.1:1 ("),
        e.getMessage());
    assertNoSecret(e);
  }

  @Test
  void anEndpointThatIsNoUrlIsNamedWithoutItsCredentials() {
    KfpApiException e = KfpClientFaultTest.fails(() -> client("http://user:SEC RET@127.0.0.1:1").getRun("r1"));
    assertEquals("GET /apis/v1beta1/runs/r1 failed: the endpoint http://***@127.0.0.1:1 is not a valid URL"
        + " (Illegal character in authority at character 7); give the KFP API's URL, e.g. http://localhost:8888",
        e.getMessage());
    assertNoSecret(e);
  }

  @Test
  void theConfigurationShowsNoCredentials() {
    KfpConfig config = KfpConfig.builder().host("https://user:SECRET@kfp.example.com/?token=SECRET")
        .environment(Map.of()).build();
    assertTrue(config.toString().startsWith("KfpConfig[host=https://***@kfp.example.com/?token=***,"), config::toString);
  }

  static void assertNoSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = t.getMessage() + " " + t;
      assertFalse(text.contains("SECRET") || text.contains("SEC RET"), "a secret in: " + text);
    }
  }
}
