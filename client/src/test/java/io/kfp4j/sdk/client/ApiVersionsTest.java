package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which API a server speaks: asked once per endpoint with GET /apis/v2beta1/healthz. */
class ApiVersionsTest {
  static KfpConfig config(FakeApiServer server) {
    return KfpConfig.builder().host(server.url()).environment(Map.of()).retryBackoff(Duration.ofMillis(1)).build();
  }

  @Test
  void aKfp2ServerIsV2AndAKfp1ServerV1EachAskedOnce() throws Exception {
    try (FakeKfpV2Server v2 = new FakeKfpV2Server(); FakeKfpServer v1 = new FakeKfpServer()) {
      ApiVersions versions = new ApiVersions();
      assertEquals(ApiVersion.V2, versions.of(config(v2)));
      assertEquals(ApiVersion.V1, versions.of(config(v1)));
      assertEquals(ApiVersion.V2, versions.of(config(v2)));
      assertEquals(ApiVersion.V1, versions.of(config(v1)));

      assertEquals(List.of("GET /apis/v2beta1/healthz"), v2.requests.stream().map(r -> r.method() + " " + r.path())
          .toList());
      assertEquals(List.of("GET /apis/v2beta1/healthz"), v1.requests.stream().map(r -> r.method() + " " + r.path())
          .toList(), "answered 404, and not asked again");
      assertEquals(2, versions.asked());
      assertEquals(List.of(), v2.problems);
    }
  }

  @Test
  void aRefusedProbeIsAnErrorNotAGuess() throws Exception {
    try (FakeKfpV2Server v2 = new FakeKfpV2Server()) {
      v2.fail("GET", "/apis/v2beta1/healthz", 401, "{\"code\": 16, \"message\": \"no token\"}", 0);
      KfpApiException e = assertThrows(KfpApiException.class, () -> new ApiVersions().of(config(v2)));
      assertEquals(401, e.status());
      assertEquals("token", e.fact(io.kfp4j.runtime.Kfp4jException.Fact.OPTION).orElseThrow());
    }
  }

  @Test
  void versionsAreNamedV1AndV2() {
    assertEquals(ApiVersion.V2, ApiVersion.of("V2beta1"));
    assertEquals(ApiVersion.V1, ApiVersion.of(" v1 "));
    assertEquals("/apis/v2beta1", ApiVersion.V2.prefix());
    assertEquals("v2", ApiVersion.V2.toString());
    assertEquals("unknown KFP API \"v3\": give v1 (v1beta1) or v2 (v2beta1)",
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.of("v3")).getMessage());
  }
}
