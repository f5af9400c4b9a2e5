package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.client.FakeKfpServer;
import io.kfp4j.sdk.client.FakeKfpV2Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j:upload} and {@code kfp4j:submit} against a fake KFP server that checks every request. */
class ServerGoalsTest {
  @TempDir
  Path dir;

  private final TestProject.Lines log = new TestProject.Lines();

  private UploadMojo upload(FakeKfpServer server) {
    UploadMojo mojo = new UploadMojo();
    mojo.project = TestProject.with(dir, "addition-pipeline");
    mojo.endpoint = server.url();
    mojo.stalePin = "warn";
    mojo.outputDirectory = dir.resolve("target/kfp4j/pipelines").toFile();
    mojo.setLog(log);
    return mojo;
  }

  private SubmitMojo submit(FakeKfpServer server) {
    SubmitMojo mojo = new SubmitMojo();
    mojo.project = TestProject.with(dir, "addition-pipeline");
    mojo.endpoint = server.url();
    mojo.stalePin = "warn";
    mojo.timeout = 30;
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void uploadsTheProjectsPipelineAsANewPipeline() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      upload(server).execute();
      assertEquals(List.of(), server.problems);
      FakeKfpServer.Request request = server.requests("POST", "/apis/v1beta1/pipelines/upload").get(0);
      assertTrue(request.path().contains("name=addition-pipeline"), request.path());
      assertTrue(request.text().contains("name: addition-pipeline"), "the compiled workflow is uploaded");
      assertTrue(Files.isRegularFile(dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml")));
      assertTrue(log.text().contains("[info] uploaded pipeline addition-pipeline (id "), log.text());
    }
  }

  @Test
  void uploadsANewVersionOfThePipelineOfThatName() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      upload(server).execute();
      UploadMojo second = upload(server);
      second.pipelineVersion = "v2";
      second.execute();
      assertEquals(List.of(), server.problems);
      String path = server.requests("POST", "/apis/v1beta1/pipelines/upload_version").get(0).path();
      assertTrue(path.contains("name=v2") && path.contains("pipelineid="), path);
      assertTrue(log.text().contains("[info] uploaded version v2 (id "), log.text());
    }
  }

  @Test
  void aVersionOfAPipelineTheServerLacksSaysToUploadItFirst() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      UploadMojo mojo = upload(server);
      mojo.pipelineVersion = "v2";
      MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
      assertEquals("there is no pipeline addition-pipeline on " + server.url() + " to add version v2 to; upload it"
          + " once without a version first", e.getMessage());
    }
  }

  @Test
  void submitsARunAndWaitsForIt() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      server.statuses("Running", "Succeeded");
      SubmitMojo mojo = submit(server);
      mojo.params = "a=7";
      mojo.experiment = "seed";
      mojo.wait = true;
      mojo.execute();
      assertEquals(List.of(), server.problems);
      String body = server.requests("POST", "/apis/v1beta1/runs").get(0).text();
      assertTrue(body.contains("\"parameters\":[{\"name\":\"a\",\"value\":\"7\"}]"), body);
      assertTrue(log.text().contains("[info] run run-1 of addition-pipeline submitted to " + server.url()
          + " (experiment seed)"), log.text());
      assertTrue(log.text().contains("[info] run run-1 Succeeded"), log.text());
    }
  }

  @Test
  void aRunThatFailsFailsTheBuildWhenWaitedFor() throws Exception {
    try (FakeKfpServer server = new FakeKfpServer()) {
      server.statuses("Failed");
      SubmitMojo mojo = submit(server);
      mojo.wait = true;
      MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
      assertEquals("the run of addition-pipeline on " + server.url() + " did not succeed; see its page above",
          e.getMessage());
    }
  }

  /** Credentials in the endpoint: every log line and failure names the server without them. */
  @Test
  void credentialsInTheEndpointAreNeverLoggedNorInFailures() throws Exception {
    String secret = "S3CRET-pw";
    try (FakeKfpServer server = new FakeKfpServer()) {
      String endpoint = server.url().replace("http://", "http://user:" + secret + "@");
      String shown = server.url().replace("http://", "http://***@");
      UploadMojo up = upload(server);
      up.endpoint = endpoint;
      up.execute();
      UploadMojo version = upload(server);
      version.endpoint = endpoint;
      version.pipelineName = "nothing-of-that-name";
      version.pipelineVersion = "v2";
      MojoFailureException noPipeline = assertThrows(MojoFailureException.class, version::execute);
      assertTrue(noPipeline.getMessage().contains(" on " + shown + " to add version v2"), noPipeline.getMessage());
      server.statuses("Failed");
      SubmitMojo mojo = submit(server);
      mojo.endpoint = endpoint;
      mojo.wait = true;
      MojoFailureException failed = assertThrows(MojoFailureException.class, mojo::execute);
      assertEquals("the run of addition-pipeline on " + shown + " did not succeed; see its page above",
          failed.getMessage());
      assertTrue(log.text().contains("submitted to " + shown + " (experiment "), log.text());
      assertTrue(log.text().contains(shown + "/#/runs/details/run-1"), log.text());
      assertFalse(log.text().contains(secret), log.text());
    }
    SubmitMojo unreachable = new SubmitMojo();
    unreachable.project = TestProject.with(dir, "addition-pipeline");
    unreachable.endpoint = "http://user:" + secret + "@127.0.0.1:1";
    unreachable.timeout = 30;
    unreachable.setLog(log);
    Exception e = assertThrows(Exception.class, unreachable::execute);
    assertTrue(e.getMessage().contains("cannot reach http://***@127.0.0.1:1"), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(secret), t.toString());
    }
    assertFalse(log.text().contains(secret), log.text());
  }

  @Test
  void submitsKfpV2sPipelineSpecToAKfp2ServerFoundByAsking() throws Exception {
    try (FakeKfpV2Server server = new FakeKfpV2Server()) {
      SubmitMojo mojo = new SubmitMojo();
      mojo.project = TestProject.with(dir, "addition-pipeline");
      mojo.endpoint = server.url();
      mojo.stalePin = "warn";
      mojo.timeout = 30;
      mojo.setLog(log);
      mojo.params = "a=7,b=8";
      mojo.experiment = "my-experiment";
      mojo.wait = true;
      mojo.execute();
      assertEquals(List.of(), server.problems);
      assertEquals("/apis/v2beta1/healthz", server.requests.get(0).path(), "the server was asked its API");
      String body = server.requests("POST", "/apis/v2beta1/runs").get(0).text();
      assertTrue(body.contains("\"runtime_config\":{\"parameters\":{\"a\":7.0,\"b\":8.0}}"), body);
      assertTrue(log.text().contains("[info] run run-1 SUCCEEDED"), log.text());
    }
  }

  @Test
  void uploadsThePipelineSpecWithTargetV2AndRefusesAMismatchedApi() throws Exception {
    try (FakeKfpV2Server server = new FakeKfpV2Server()) {
      UploadMojo mojo = new UploadMojo();
      mojo.project = TestProject.with(dir, "addition-pipeline");
      mojo.endpoint = server.url();
      mojo.stalePin = "warn";
      mojo.outputDirectory = dir.resolve("target/kfp4j/pipelines").toFile();
      mojo.setLog(log);
      mojo.target = "v2";
      mojo.execute();
      assertEquals(List.of(), server.problems);
      assertTrue(server.requests("POST", "/apis/v2beta1/pipelines/upload").get(0).text().contains("pipelineInfo:"));
      assertTrue(log.text().contains("[info] uploaded pipeline addition-pipeline (id pl-1) to " + server.url()),
          log.text());
      mojo.api = "v1";
      Exception e = assertThrows(Exception.class, mojo::execute);
      assertTrue(e.getMessage().contains("API v1 and target v2 do not go together") && e.getMessage().contains(
          "<api>v2</api> with <target>v2</target>"), e.getMessage());
    }
  }

  @Test
  void withoutAServerTheMessageSaysWhereToNameIt() {
    SubmitMojo mojo = new SubmitMojo();
    mojo.project = TestProject.with(dir, "addition-pipeline");
    mojo.timeout = 30;
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("no KFP server: set <endpoint> in the plugin's configuration, pass -Dkfp4j.endpoint=URL, or set"
        + " the environment variable KFP_ENDPOINT", e.getMessage());
  }
}
