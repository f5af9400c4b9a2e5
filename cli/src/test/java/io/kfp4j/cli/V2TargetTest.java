package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.sdk.client.FakeKfpServer;
import io.kfp4j.sdk.client.FakeKfpV2Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code --target v2} and {@code --api}: KFP v2's pipeline spec compiled, uploaded and run on a KFP 2.x server. */
class V2TargetTest {
  static final ObjectMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;

  static JsonNode tree(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void compilesThePipelineSpecWithTargetV2() throws Exception {
    Path file = dir.resolve("out/addition-v2.yaml");
    CliRun run = CliRun.run("compile", "addition-pipeline", "--classpath", CompileTest.examples(), "--target", "v2",
        "-o", file.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("compiled addition-pipeline (2 tasks) to " + file, run.out().strip());
    Map<?, ?> spec = new Yaml().load(Files.readString(file));
    assertEquals("addition-pipeline", ((Map<?, ?>) spec.get("pipelineInfo")).get("name"));
    assertTrue(!spec.containsKey("apiVersion"), "not an Argo workflow");
    io.kfp4j.sdk.v2.StrictPipelineSpec.check(Files.readString(file)); // KFP's proto, no unknown field
  }

  @Test
  void aV2PackageMustBeYamlAndAnUnknownTargetIsNamed() {
    CliRun zip = CliRun.run("compile", "addition-pipeline", "--classpath", CompileTest.examples(), "--target", "v2",
        "-o", dir.resolve("a.zip").toString());
    assertEquals(1, zip.exitCode(), zip.describe());
    assertTrue(zip.err().contains("its file name must end with .yaml or .yml"), zip.describe());
    assertTrue(zip.err().strip().endsWith(": its file name must end with .yaml or .yml; give -o a .yaml or .yml"
        + " file, or add --target argo to write a .zip or .tar.gz package"), zip.describe());
    CliRun unknown = CliRun.run("compile", "addition-pipeline", "--classpath", CompileTest.examples(), "--target",
        "vertex", "-o", dir.resolve("a.yaml").toString());
    assertEquals(2, unknown.exitCode(), "a usage error: " + unknown.describe());
    assertEquals("kfp4j: --target vertex: unknown target \"vertex\"; give argo (the Argo workflow of KFP 1.8) or v2"
        + " (KFP v2's pipeline spec)", unknown.errLines().get(0));
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--target", "vertex",
        "--endpoint", "http://127.0.0.1:9");
    assertEquals(2, run.exitCode(), "a usage error, before anything is sent: " + run.describe());
    assertTrue(run.errLines().get(0).startsWith("kfp4j: --target vertex: unknown target"), run.describe());
  }

  @Test
  void runOnAKfp2ServerSendsTheSpecWithTypedParametersAndWaits() throws Exception {
    try (FakeKfpV2Server server = new FakeKfpV2Server()) {
      CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=7",
          "--param", "b=8", "--endpoint", server.url(), "--experiment", "my-experiment", "--wait", "--timeout", "30");
      assertEquals(0, run.exitCode(), run.describe());
      assertEquals(List.of(), server.problems);
      assertTrue(run.out().startsWith("run run-1 of addition-pipeline submitted to " + server.url() + " as KFP v2's"
          + " pipeline spec (experiment my-experiment)"), run.describe());
      assertTrue(run.out().contains("run run-1 SUCCEEDED"), run.describe());
      assertEquals("GET /apis/v2beta1/healthz", server.requests.get(0).method() + " " + server.requests.get(0).path(),
          "the server was asked which API it speaks");
      JsonNode body = tree(server.requests("POST", "/apis/v2beta1/runs").get(0).text());
      assertEquals(tree("{\"a\": 7.0, \"b\": 8.0}"), body.at("/runtime_config/parameters"));
      assertEquals("addition-pipeline", body.at("/pipeline_spec/pipelineInfo/name").asText());
    }
  }

  @Test
  void targetArgoOnAKfp2ServerGoesThroughV1beta1AndMismatchesAreNamed() throws Exception {
    try (FakeKfpServer v1 = new FakeKfpServer()) {
      CliRun mixed = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--endpoint",
          v1.url(), "--api", "v1", "--target", "v2");
      assertEquals(1, mixed.exitCode(), mixed.describe());
      assertTrue(mixed.err().contains("API v1 and target v2 do not go together"), mixed.describe());
      assertTrue(mixed.err().contains("--api v1 --target argo, or --api v2 --target v2"), mixed.describe());

      CliRun old = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--endpoint",
          v1.url(), "--target", "v2");
      assertEquals(1, old.exitCode(), old.describe());
      assertTrue(old.err().contains("does not answer the v2beta1 API (a KFP 1.x server)"), old.describe());
      assertTrue(old.err().strip().endsWith("(target v2); send the Argo workflow instead: --target argo (or leave"
          + " --target out to let the server decide)"), old.describe());
      assertTrue(v1.requests("POST", "/").isEmpty(), "nothing was sent");

      CliRun argo = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--endpoint",
          v1.url(), "--target", "argo");
      assertEquals(0, argo.exitCode(), argo.describe());
      assertEquals(1, v1.requests("POST", "/apis/v1beta1/runs").size());
      assertEquals(List.of(), v1.problems);
    }
  }

  @Test
  void targetWithoutAServerIsAUsageErrorAndHelpStatesTheRule() {
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--target", "v2");
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: --api and --target choose how the pipeline is sent to a KFP server: give"
        + " --endpoint URL too"), run.describe());
    CliRun help = CliRun.run("run", "--help");
    assertTrue(help.out().replaceAll("\\s+", " ").contains("--api and --target go together: v1 (API v1beta1) sends"
        + " the Argo workflow (argo), v2 (API v2beta1) KFP v2's pipeline spec (v2)"), help.describe());
  }

  @Test
  void uploadsTheSpecOfAPipelineOrAFileAndRefusesAFileOfTheOtherTarget() throws Exception {
    Path argoFile = dir.resolve("addition.yaml");
    Path specFile = dir.resolve("addition-v2.yaml");
    assertEquals(0, CliRun.run("compile", "addition-pipeline", "--classpath", CompileTest.examples(), "-o",
        argoFile.toString()).exitCode());
    assertEquals(0, CliRun.run("compile", "addition-pipeline", "--classpath", CompileTest.examples(), "--target",
        "v2", "-o", specFile.toString()).exitCode());
    try (FakeKfpV2Server server = new FakeKfpV2Server()) {
      CliRun pipeline = CliRun.run("pipelines", "upload", "addition-pipeline", "--classpath", CompileTest.examples(),
          "--target", "v2", "--endpoint", server.url());
      assertEquals(0, pipeline.exitCode(), pipeline.describe());
      assertEquals("pipeline pl-1  addition-pipeline  (KFP v2's pipeline spec, API v2beta1)", pipeline.out().strip());

      CliRun file = CliRun.run("pipelines", "upload", specFile.toString(), "--name", "from-file", "--endpoint",
          server.url(), "--output", "json");
      assertEquals(0, file.exitCode(), file.describe());
      assertEquals("from-file", tree(file.out()).get("name").asText());
      assertEquals("pl-2", tree(file.out()).get("pipeline_id").asText(), "the API's own fields");

      CliRun wrong = CliRun.run("pipelines", "upload", argoFile.toString(), "--target", "v2", "--endpoint",
          server.url());
      assertEquals(2, wrong.exitCode(), wrong.describe());
      assertTrue(wrong.err().contains("holds an Argo workflow (target argo, API v1), not what --target v2 asks for"),
          wrong.describe());
      assertEquals(List.of(), server.problems);
      assertEquals(2, server.requests("POST", "/apis/v2beta1/pipelines/upload").size());
    }
  }
}
