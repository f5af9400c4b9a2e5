package io.kfp4j.cli;

import static io.kfp4j.cli.RemoteCommandsTest.assertServerError;
import static io.kfp4j.cli.RemoteCommandsTest.json;
import static io.kfp4j.cli.RemoteCommandsTest.remote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j pipelines upload|list|show|delete} against a fake, Swagger-checking KFP server. */
class PipelinesRemoteTest {
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

  @Test
  void uploadsACompiledPackage() {
    Path file = dir.resolve("addition.yaml");
    CliRun compiled = CliRun.run("compile", "addition-pipeline", "--classpath", CompileTest.examples(),
        "-o", file.toString());
    assertEquals(0, compiled.exitCode(), compiled.describe());
    CliRun run = remote(server, "pipelines", "upload", file.toString(), "--name", "addition", "--description", "d");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("pipeline pl-1  addition", run.outLines().get(0));
    assertEquals("/apis/v1beta1/pipelines/upload?name=addition&description=d",
        server.requests("POST", "/apis/v1beta1/pipelines").get(0).path());
    assertTrue(server.requests.get(0).text().contains("filename=\"addition.yaml\""));
  }

  @Test
  void uploadsAProjectPipelineCompiledInMemoryAsJson() {
    CliRun run = remote(server, "pipelines", "upload", "addition-pipeline", "--classpath", CompileTest.examples(),
        "--output", "json");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("addition-pipeline", json(run).get("name").asText());
    assertEquals("An example pipeline that performs addition calculations.", json(run).get("description").asText());
  }

  @Test
  void uploadOfAMissingFileOrPipelineFails() {
    CliRun file = remote(server, "pipelines", "upload", dir.resolve("nope.yaml").toString());
    assertEquals(1, file.exitCode(), file.describe());
    assertTrue(file.err().startsWith("kfp4j: no package file "), file.describe());
    CliRun pipeline = remote(server, "pipelines", "upload", "no-such-pipeline", "--classpath",
        CompileTest.examples());
    assertEquals(1, pipeline.exitCode(), pipeline.describe());
    assertTrue(pipeline.err().startsWith("kfp4j: no pipeline \"no-such-pipeline\""), pipeline.describe());
    assertEquals(List.of(), server.requests);
  }

  @Test
  void listsShowsAndDeletesInTableAndJson() {
    remote(server, "pipelines", "upload", "addition-pipeline", "--classpath", CompileTest.examples());
    remote(server, "pipelines", "upload", "addition-pipeline", "--classpath", CompileTest.examples(), "--name", "b");

    CliRun table = remote(server, "pipelines", "list");
    assertEquals(0, table.exitCode(), table.describe());
    assertEquals("ID    NAME               CREATED               DESCRIPTION", table.outLines().get(0));
    assertTrue(table.outLines().get(2).startsWith("pl-2  b                  2026-11-28T13:27:38Z  An example"));
    assertEquals("2 of 2", table.outLines().get(3));
    CliRun list = remote(server, "pipelines", "list", "--output", "json");
    assertEquals(List.of("pl-1", "pl-2"), json(list).get("pipelines").findValuesAsText("id"));

    CliRun show = remote(server, "pipelines", "show", "pl-2");
    assertEquals(0, show.exitCode(), show.describe());
    assertEquals("pipeline pl-2  b", show.outLines().get(0));
    assertEquals("b", json(remote(server, "pipelines", "show", "pl-2", "--output", "json")).get("name").asText());

    CliRun delete = remote(server, "pipelines", "delete", "pl-1");
    assertEquals("deleted pipeline pl-1\n", delete.out());
    assertEquals("pl-2", json(remote(server, "pipelines", "delete", "pl-2", "--output", "json"))
        .get("deleted").asText());
    assertEquals("0 of 0", remote(server, "pipelines", "list").outLines().get(1));
  }

  @Test
  void showAndDeleteOfAMissingPipelineAreTheServersMessage() {
    assertServerError(remote(server, "pipelines", "show", "pl-9"), "no resource pl-9");
    assertServerError(remote(server, "pipelines", "delete", "pl-9"), "no resource pl-9");
  }
}
