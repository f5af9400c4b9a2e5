package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's flow against a server that checks every body against KFP's Swagger definitions. */
class KfpClientFlowTest {
  static final String ADD = """
      name: Add
      description: Calculates sum of two arguments
      inputs:
      - {name: a, type: Float}
      - {name: b, type: Float}
      outputs:
      - {name: Output, type: Float}
      implementation:
        container:
          image: python:3.7
          command: [sh, -c, 'echo "$0 + $1" | bc > "$2"', {inputValue: a}, {inputValue: b}, {outputPath: Output}]
      """;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T13:28:28Z"), ZoneOffset.UTC);

  FakeKfpServer server;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpServer();
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the Swagger contract");
  }

  /** The graph compiled as kfp4j compile writes it, as a package the client takes. */
  static PipelinePackage compiled(PipelineGraph graph) {
    return PipelinePackage.ofYaml(graph.name(), graph.description(), Compiler.toYaml(graph));
  }

  static PipelineGraph additionPipeline() {
    ComponentDefinition add = ComponentDefinition.fromText(ADD);
    return Pipelines.builder("addition-pipeline").description("An example pipeline that performs addition calculations.")
        .build(p -> {
          Param<Double> a = p.param("a", Double.class, "1");
          Param<Double> b = p.param("b", Double.class, "7");
          var first = add.task(Map.of("a", a, "b", Value.of(4.0)));
          add.task(Map.of("a", first.output(), "b", b));
        });
  }

  KfpClient client(KfpConfig.Builder config) {
    return KfpClient.create(config.host(server.url()).pollInterval(Duration.ofMillis(5)).clock(CLOCK)
        .environment(Map.of()).build());
  }

  @Test
  void seedFlowCreatesExperimentUploadsRunsAndWaits() {
    KfpClient kfp = client(KfpConfig.builder());
    PipelineGraph graph = additionPipeline();
    Path yaml = dir.resolve("add_pipeline.yaml");
    Compiler.compile(graph, yaml);

    assertEquals(Boolean.FALSE, kfp.health().multiUser());
    Experiment experiment = kfp.createExperiment("my-exp", "desc");
    Pipeline pipeline = kfp.uploadPipeline(yaml, "my-pipeline", "pdesc");
    server.statuses("Running", "Running", "Running", "Succeeded");
    Run run = kfp.createRunFromPipeline(compiled(graph), Map.of("a", 7.0), null, "my-exp");
    RunDetail done = kfp.waitForRunCompletion(run.id(), Duration.ofSeconds(10));

    assertEquals("exp-1", experiment.id());
    assertEquals("pl-1", pipeline.id());
    assertEquals("Succeeded", done.run().status());
    assertEquals(4, server.requests("GET", "/apis/v1beta1/runs/" + run.id()).size(), "three Running polls, then done");
    assertEquals("addition-pipeline 2026-11-28 13-28-28", run.name());
    assertEquals(1, server.requests("POST", "/apis/v1beta1/experiments").size(), "the second lookup finds my-exp");
    assertEquals("/apis/v1beta1/pipelines/upload?name=my-pipeline&description=pdesc",
        server.requests("POST", "/apis/v1beta1/pipelines").get(0).path());
    JsonNode body = KfpRequestLog.tree(server.requests("POST", "/apis/v1beta1/runs").get(0).text());
    assertEquals("[{\"name\":\"a\",\"value\":\"7.0\"}]", body.at("/pipeline_spec/parameters").toString());
    assertEquals("{\"key\":{\"type\":\"EXPERIMENT\",\"id\":\"exp-1\"},\"relationship\":\"OWNER\"}",
        body.at("/resource_references/0").toString());
    assertTrue(body.at("/pipeline_spec/workflow_manifest").asText().startsWith(
        "{\"apiVersion\": \"argoproj.io/v1alpha1\", \"kind\": \"Workflow\", \"metadata\": {\"generateName\": "
            + "\"addition-pipeline-\""), "json.dumps of the workflow, keys in order");
  }

  @Test
  void sendsWhatKfpSendsInTheSeedsRequestLog() {
    KfpClient kfp = client(KfpConfig.builder());
    Path twoStep = io.kfp4j.sdk.argo.Reference.file("kfp-sdk-outputs/two_step.yaml");
    kfp.health();
    Experiment e = kfp.createExperiment("my-exp", "desc");
    kfp.uploadPipeline(twoStep, "my-pipeline", "pdesc");
    Map<String, Object> params = new java.util.LinkedHashMap<>();
    params.put("text", "hello");
    params.put("times", 5);
    params.put("lst", List.of(1, 2));
    kfp.createRun(RunRequest.builder("run-a").experimentId(e.id()).packageFile(twoStep).parameters(params)
        .enableCaching(false).serviceAccount("sa1").build());
    kfp.createRun(RunRequest.builder("run-b").experimentId(e.id()).pipelineId("pl-1").versionId("ver-1")
        .parameter("text", "x").build());
    server.statuses("Succeeded");
    kfp.getRun("run-1");
    kfp.waitForRunCompletion("run-1", Duration.ofSeconds(30));
    kfp.listRuns(ListQuery.firstPage().withPageSize(5).withSortBy("created_at desc"), "exp-1");
    kfp.createRunFromPipelinePackage(twoStep, Map.of("text", "z"), null, "fromfunc");

    List<JsonNode> expected = KfpRequestLog.entries();
    List<FakeKfpServer.Request> actual = server.requests;
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i);
      FakeKfpServer.Request got = actual.get(i);
      assertEquals(want.get("method").asText() + " " + want.get("path").asText(), got.method() + " " + got.path());
      assertEquals(null, got.header("Authorization"));
      if (want.has("json")) {
        assertEquals("application/json", got.header("Content-Type"));
        JsonNode body = KfpRequestLog.tree(got.text().replace("exp-2", "exp-1"));
        if (i == expected.size() - 1) {   // compiled by Python at another time: all but the manifest and name
          ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("pipeline_spec")).remove("workflow_manifest");
          ((com.fasterxml.jackson.databind.node.ObjectNode) want.get("json").get("pipeline_spec"))
              .remove("workflow_manifest");
          assertEquals("two_step.yaml 2026-11-28 13-28-28", body.get("name").asText());
          ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("name", "two_step 2026-11-28 13-28-28");
        }
        assertEquals(want.get("json"), body, "request " + i + " " + got.path());
      }
      if (want.has("raw")) {
        String boundary = got.header("Content-Type").substring("multipart/form-data; boundary=".length());
        String wantRaw = want.get("raw").asText();
        String wantBoundary = wantRaw.substring(2, wantRaw.indexOf("\r\n"));
        assertTrue(got.text().startsWith(wantRaw.replace(wantBoundary, boundary)), "the multipart upload");
      }
    }
  }

  @Test
  void pagesThrough250Runs() {
    KfpClient kfp = client(KfpConfig.builder());
    server.addRuns(250, "exp-9");
    List<Run> runs = kfp.listAllRuns(ListQuery.firstPage().withPageSize(100).withSortBy("created_at desc"), "exp-9");
    assertEquals(250, runs.size());
    assertEquals("run-0250", runs.get(0).id());
    assertEquals("run-0001", runs.get(249).id());
    assertEquals(250, runs.stream().map(Run::id).distinct().count());
    List<String> paths = server.requests.stream().map(FakeKfpServer.Request::path).toList();
    String rest = "&page_size=100&sort_by=created_at+desc&resource_reference_key.type=EXPERIMENT"
        + "&resource_reference_key.id=exp-9";
    assertEquals(List.of("/apis/v1beta1/runs?page_token=" + rest, "/apis/v1beta1/runs?page_token=100" + rest,
        "/apis/v1beta1/runs?page_token=200" + rest), paths);
    Page<Run> first = kfp.listRuns(ListQuery.firstPage(), "exp-9");
    assertEquals(250, first.totalSize());
    assertEquals("10", first.nextPageToken());
  }

  @Test
  void multiUserNamespaceGoesIntoReferencesAndQueries() {
    server.multiUser(true);
    KfpClient kfp = client(KfpConfig.builder().namespace("team-a"));
    assertEquals(Boolean.TRUE, kfp.health().multiUser());
    Experiment created = kfp.createExperiment("ns-exp", null);
    Experiment again = kfp.createExperiment("ns-exp", null);
    kfp.listRuns(ListQuery.firstPage(), null);
    kfp.listExperiments(ListQuery.firstPage());

    assertEquals(created.id(), again.id());
    List<String> paths = server.requests.stream().map(r -> r.method() + " " + r.path()).toList();
    String lookup = "GET /apis/v1beta1/experiments?filter=%7B%22predicates%22%3A+%5B%7B%22op%22%3A+1%2C+%22key%22%3A+"
        + "%22name%22%2C+%22stringValue%22%3A+%22ns-exp%22%7D%5D%7D"
        + "&resource_reference_key.type=NAMESPACE&resource_reference_key.id=team-a";
    assertEquals(List.of("GET /apis/v1beta1/healthz", lookup, "POST /apis/v1beta1/experiments", lookup,
        "GET /apis/v1beta1/runs?page_token=&page_size=10&sort_by=&resource_reference_key.type=NAMESPACE"
            + "&resource_reference_key.id=team-a",
        "GET /apis/v1beta1/experiments?page_token=&page_size=10&sort_by=&resource_reference_key.type=NAMESPACE"
            + "&resource_reference_key.id=team-a"), paths);
    assertEquals(KfpRequestLog.tree("{\"name\": \"ns-exp\", \"resource_references\": [{\"key\": {\"type\": "
        + "\"NAMESPACE\", \"id\": \"team-a\"}, \"relationship\": \"OWNER\"}]}"),
        KfpRequestLog.tree(server.requests("POST", "/apis/v1beta1/experiments").get(0).text()));
  }
}
