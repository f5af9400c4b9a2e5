package io.kfp4j.sdk.client.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.client.FakeApiServer;
import io.kfp4j.sdk.client.FakeKfpV2Server;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's flow on a KFP 2.x server that checks every request against the v2beta1 Swagger. */
class KfpV2ClientFlowTest {
  static final ObjectMapper JSON = JsonMapper.builder().build();
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

  FakeKfpV2Server server;
  KfpV2Client kfp;

  @BeforeEach
  void start() throws Exception {
    server = new FakeKfpV2Server();
    kfp = client(server, KfpConfig.builder());
  }

  @AfterEach
  void stop() {
    server.close();
    assertEquals(List.of(), server.problems, "requests or answers that break the v2beta1 Swagger contract");
  }

  static KfpV2Client client(FakeApiServer server, KfpConfig.Builder config) {
    return KfpV2Client.create(config.host(server.url()).pollInterval(Duration.ofMillis(5)).clock(CLOCK)
        .environment(Map.of()).build());
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

  /** The addition pipeline as kfp4j compile --target v2 writes it. */
  static PipelineSpecPackage compiled() {
    return PipelineSpecPackage.ofYaml(PipelineSpecCompiler.toYaml(additionPipeline()));
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void seedFlowCreatesExperimentUploadsTheIrRunsWithSevenAndEightAndWaits() {
    assertEquals(Boolean.FALSE, kfp.health().multiUser());
    Experiment experiment = kfp.createExperiment("my-experiment", null);
    Pipeline pipeline = kfp.uploadPipeline(compiled(), null, null);
    PipelineVersion version = kfp.listPipelineVersions(pipeline.pipelineId(),
        io.kfp4j.sdk.client.ListQuery.firstPage()).items().get(0);
    Run run = kfp.createRun(RunRequest.builder("add 7 and 8").experimentId(experiment.experimentId())
        .pipelineVersion(new PipelineVersionReference(pipeline.pipelineId(), version.pipelineVersionId()))
        .parameter("a", 7.0).parameter("b", 8.0).build());
    Run done = kfp.waitForRunCompletion(run.runId(), Duration.ofSeconds(10));

    assertEquals("exp-1", experiment.experimentId());
    assertEquals("addition-pipeline", pipeline.name(), "named after pipelineInfo.name");
    assertEquals(RunState.PENDING, run.state());
    assertEquals(RunState.SUCCEEDED, done.state());
    assertTrue(done.finished());
    assertEquals(Map.of("a", 7.0, "b", 8.0), done.runtimeConfig().parameters());
    assertEquals(2, server.requests("GET", "/apis/v2beta1/runs/" + run.runId()).size(), "RUNNING, then SUCCEEDED");
    assertTrue(server.requests("POST", "/apis/v2beta1/pipelines").get(0).path()
        .startsWith("/apis/v2beta1/pipelines/upload?name=addition-pipeline"));
    String upload = server.requests("POST", "/apis/v2beta1/pipelines").get(0).text();
    assertTrue(upload.contains("name=\"uploadfile\"; filename=\"addition-pipeline.yaml\""), upload);
    assertTrue(upload.contains("pipelineInfo:"), "the IR's YAML is the file");
    JsonNode body = tree(server.requests("POST", "/apis/v2beta1/runs").get(0).text());
    assertEquals(tree("{\"experiment_id\": \"exp-1\", \"display_name\": \"add 7 and 8\", \"pipeline_version_reference\":"
        + " {\"pipeline_id\": \"pl-1\", \"pipeline_version_id\": \"ver-1\"}, \"runtime_config\": {\"parameters\":"
        + " {\"a\": 7.0, \"b\": 8.0}}}"), body, "numbers as numbers, no v1 text");
    assertTrue(body.at("/runtime_config/parameters/a").isNumber());
  }

  @Test
  void runsTheIrInlineUnderAnExperimentFoundByName() {
    Experiment made = kfp.createExperiment("my-experiment", "desc");
    Run run = kfp.createRunFromPipeline(compiled(), Map.of("a", 7, "b", 8.5), null, "my-experiment");
    Run done = kfp.waitForRunCompletion(run.runId(), Duration.ofSeconds(10));

    assertEquals(RunState.SUCCEEDED, done.state());
    assertEquals(made.experimentId(), run.experimentId());
    assertEquals("addition-pipeline 2026-11-28 13-28-28", run.displayName());
    assertEquals(1, server.requests("POST", "/apis/v2beta1/experiments").size(), "found by its name the second time");
    assertEquals("/apis/v2beta1/experiments?filter=%7B%22predicates%22%3A+%5B%7B%22operation%22%3A+%22EQUALS%22%2C+"
        + "%22key%22%3A+%22display_name%22%2C+%22string_value%22%3A+%22my-experiment%22%7D%5D%7D",
        server.requests("GET", "/apis/v2beta1/experiments").get(1).path());
    JsonNode body = tree(server.requests("POST", "/apis/v2beta1/runs").get(0).text());
    assertEquals("addition-pipeline", body.at("/pipeline_spec/pipelineInfo/name").asText(), "the IR as JSON");
    assertEquals(tree("{\"a\": 7, \"b\": 8.5}"), body.at("/runtime_config/parameters"));
    assertEquals(tree("{\"display_name\": \"my-experiment\", \"description\": \"desc\"}"),
        tree(server.requests("POST", "/apis/v2beta1/experiments").get(0).text()));
  }

  @Test
  void uploadsAreNamedAndDescribedByPipelineInfoUnlessGivenAndVersionsAddToThem() {
    PipelineSpecPackage spec = PipelineSpecPackage.ofYaml("""
        pipelineInfo: {name: my-pipe, description: Adds two numbers.}
        root: {dag: {tasks: {}}}
        schemaVersion: 2.1.0
        sdkVersion: kfp4j-0.1.0
        """);
    Pipeline p = kfp.uploadPipeline(spec, null, null);
    PipelineVersion v2 = kfp.uploadPipelineVersion(spec, "v2", p.pipelineId(), "second");
    Pipeline other = kfp.uploadPipeline(spec, "other", "given");

    assertEquals("my-pipe", kfp.pipelineByName("my-pipe").orElseThrow().name());
    assertEquals(java.util.Optional.empty(), kfp.pipelineByName("none"));
    assertEquals("v2", kfp.getPipelineVersion(p.pipelineId(), v2.pipelineVersionId()).name());
    assertEquals(2, kfp.listPipelineVersions(p.pipelineId(), io.kfp4j.sdk.client.ListQuery.firstPage()).items()
        .size());
    assertEquals("other", other.name());
    assertEquals(List.of("/apis/v2beta1/pipelines/upload?name=my-pipe&description=Adds+two+numbers.",
        "/apis/v2beta1/pipelines/upload_version?name=v2&pipelineid=pl-1&description=second",
        "/apis/v2beta1/pipelines/upload?name=other&description=given"),
        server.requests("POST", "/apis/v2beta1/pipelines").stream().map(FakeApiServer.Request::path).toList());
    assertEquals(Map.of("name", "my-pipe", "description", "Adds two numbers."),
        ((Map<?, ?>) server.spec(v2.pipelineVersionId())).get("pipelineInfo"), "the server got the spec");
  }

  @Test
  void namespaceGoesIntoExperimentsUploadsAndLists() {
    KfpV2Client ns = client(server, KfpConfig.builder().namespace("team-a"));
    Experiment e = ns.createExperiment("ns-exp", null);
    ns.uploadPipeline(compiled(), "add", "adds");
    ns.listRuns(io.kfp4j.sdk.client.ListQuery.firstPage(), null);
    ns.listRuns(io.kfp4j.sdk.client.ListQuery.firstPage(), e.experimentId());

    assertEquals("team-a", e.namespace());
    List<String> paths = server.requests.stream().map(r -> r.method() + " " + r.path()).toList();
    assertEquals("POST /apis/v2beta1/pipelines/upload?name=add&description=adds&namespace=team-a", paths.get(2));
    assertEquals("GET /apis/v2beta1/runs?page_token=&page_size=10&sort_by=&namespace=team-a", paths.get(3));
    assertEquals("GET /apis/v2beta1/runs?page_token=&page_size=10&sort_by=&experiment_id=exp-1", paths.get(4));
  }
}
