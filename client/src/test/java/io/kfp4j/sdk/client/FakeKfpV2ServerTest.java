package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v2 fake's checks are real: each kind of request the v2beta1 Swagger does not allow is refused with 400. */
class FakeKfpV2ServerTest {
  FakeKfpV2Server server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  int send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type",
        "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void refusesUnknownFieldsQueryParametersFiltersAndBodies() throws Exception {
    assertEquals(200, send("POST", "/apis/v2beta1/experiments", "{\"display_name\": \"e\"}"));
    assertEquals(400, send("POST", "/apis/v2beta1/experiments", "{\"displayName\": \"e\"}"), "camelCase field");
    assertEquals(400, send("POST", "/apis/v2beta1/experiments", "{\"name\": \"e\"}"), "a v1 field");
    assertEquals(400, send("GET", "/apis/v2beta1/runs?resource_reference_key.id=x", null), "a v1 query parameter");
    assertEquals(400, send("GET", "/apis/v2beta1/experiments?filter=%7B%22predicates%22%3A%5B%7B%22op%22%3A1%7D%5D%7D",
        null), "a v1 filter");
    assertEquals(400, send("POST", "/apis/v2beta1/experiments/exp-1:archive", "{\"x\": 1}"), "a body where none is");
    assertEquals(400, send("POST", "/apis/v2beta1/runs", "{\"display_name\": \"r\", \"state\": \"DONE\"}"),
        "a bad enum");
    assertEquals(400, send("POST", "/apis/v2beta1/runs", "{\"display_name\": \"r\", \"runtime_config\":"
        + " {\"parameters\": {}}}"), "neither a spec nor a pipeline version");
    assertEquals(400, send("POST", "/apis/v2beta1/runs", "{\"display_name\": \"r\", \"pipeline_spec\":"
        + " {\"apiVersion\": \"argoproj.io/v1alpha1\", \"kind\": \"Workflow\"}}"), "an Argo workflow inline");
    assertEquals(400, send("POST", "/apis/v2beta1/runs", "{\"display_name\": \"r\", \"pipeline_spec\": {"
        + "\"pipelineInfo\": {\"name\": \"p\"}, \"root\": {\"inputDefinitions\": {\"parameters\": {\"a\": "
        + "{\"parameterType\": \"NUMBER_DOUBLE\"}}}}}, \"runtime_config\": {\"parameters\": {\"a\": \"7.0\"}}}"),
        "a number sent as v1 text");
    assertEquals(400, send("POST", "/apis/v2beta1/runs", "{\"display_name\": \"r\", \"pipeline_spec\": {"
        + "\"pipelineInfo\": {\"name\": \"p\"}, \"root\": {\"dag\": {\"tasks\": {\"t\": {\"componentRef\":"
        + " {\"nme\": \"comp-t\"}}}}}}}"), "a spec with a field KFP's proto does not have");
    assertEquals(400, send("POST", "/apis/v2beta1/pipelines/upload", "{}"), "an upload that is not multipart");
    assertEquals(404, send("GET", "/apis/v1beta1/healthz", null), "a v2-only server");
    assertEquals(11, server.problems.size(), String.join("\n", server.problems));
    assertTrue(server.problems.stream().anyMatch(p -> p.contains("componentRef.nme")),
        String.join("\n", server.problems));
    assertTrue(server.problems.get(0).contains("displayName"), server.problems.get(0));
    server.problems.clear();
  }

  @Test
  void aKfp2ServerThatKeepsV1AnswersItsHealthz() throws Exception {
    server.v1Too(true);
    assertEquals(200, send("GET", "/apis/v1beta1/healthz", null));
    assertEquals(List.of(), server.problems);
  }
}
