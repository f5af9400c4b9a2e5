package io.kfp4j.sdk.client.v2;

import static io.kfp4j.sdk.client.v2.KfpV2ClientFlowTest.compiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpV2Server;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.ListQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploaded pipelines of the v2beta1 client: listed, shown with their newest version, deleted; Swagger-checked. */
class KfpV2ClientPipelinesTest {
  FakeKfpV2Server server;
  KfpV2Client kfp;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server();
    kfp = KfpV2ClientFlowTest.client(server, KfpConfig.builder());
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the v2beta1 Swagger contract");
  }

  @Test
  void theLatestVersionIsTheNewestWithItsSpec() {
    Pipeline p = kfp.uploadPipeline(compiled(), null, null);
    kfp.uploadPipelineVersion(compiled(), "second", p.pipelineId(), null);

    PipelineVersion latest = kfp.latestPipelineVersion(p.pipelineId()).orElseThrow();
    assertEquals("second", latest.name());
    assertEquals("addition-pipeline", latest.pipelineSpec().at("/pipelineInfo/name").asText());
    assertEquals("/apis/v2beta1/pipelines/pl-1/versions?page_token=&page_size=1&sort_by=created_at+desc",
        server.requests("GET", "/apis/v2beta1/pipelines/pl-1/versions").get(0).path());
    assertEquals(null, p.error());
  }

  @Test
  void aPipelineWithVersionsIsDeletedOnlyWithCascade() {
    Pipeline p = kfp.uploadPipeline(compiled(), null, null);

    KfpApiException refused = assertThrows(KfpApiException.class, () -> kfp.deletePipeline(p.pipelineId()));
    assertEquals(400, refused.status());
    assertTrue(refused.getMessage().contains("DELETE /apis/v2beta1/pipelines/pl-1 failed: HTTP 400: pipeline pl-1"
        + " has 1 versions"), refused.getMessage());
    assertEquals(1, kfp.listPipelines(ListQuery.firstPage()).totalSize());

    kfp.deletePipeline(p.pipelineId(), true);
    assertEquals("/apis/v2beta1/pipelines/pl-1?cascade=true",
        server.requests("DELETE", "/apis/v2beta1/pipelines/").get(1).path());
    assertEquals(0, kfp.listPipelines(ListQuery.firstPage()).totalSize());
    assertEquals(404, assertThrows(KfpApiException.class, () -> kfp.getPipeline(p.pipelineId())).status());
    assertEquals(Optional.empty(), kfp.pipelineByName("addition-pipeline"));
  }
}
