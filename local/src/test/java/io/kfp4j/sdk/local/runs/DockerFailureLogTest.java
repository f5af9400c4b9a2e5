package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Docker-runner failure's task log holds Docker's own error: no such image, and a container killed for memory
 * (exit 137, OOMKilled). Needs a running daemon, as {@link DockerRunTest} (which builds the image); daemon down is
 * {@code DockerRunnerLogTest}.
 */
class DockerFailureLogTest {

  @BeforeAll
  static void dockerAndImage(@TempDir Path work) throws Exception {
    DockerRunTest.dockerAndImage(work);
  }

  @Test
  void imageNotFound(@TempDir Path root) throws Exception {
    ComponentDefinition missing = LocalTesting.shellIn("kfp4j-test/absent:1", "Missing", "echo never");
    PipelineGraph graph = Pipelines.builder("docker-no-image").build(p -> missing.task(Map.of()));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.DOCKER).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord task = assertTask(run, "missing", TaskStatus.FAILED);
    String log = Files.readString(run.runDir().resolve("tasks/missing/log.txt"));
    assertTrue(log.contains("No such image: kfp4j-test/absent:1"), "docker's own error in the log: " + log);
    assertTrue(task.logTail().contains("No such image: kfp4j-test/absent:1"), describe(run));
    assertTrue(task.message().contains("No such image: kfp4j-test/absent:1")
        && task.message().contains("build or load the image first"), task.message());
  }

  @Test
  void outOfMemoryKill(@TempDir Path root) throws Exception {
    ComponentDefinition hog = LocalTesting.shellIn(DockerRunTest.IMAGE, "Hog",
        "echo filling memory; x=$(cat /dev/zero | tr '\\0' a); echo never reached");
    PipelineGraph graph = Pipelines.builder("docker-oom").build(p -> hog.task(Map.of()).memoryLimit("8Mi"));
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.DOCKER).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    TaskRecord task = assertTask(run, "hog", TaskStatus.FAILED);
    assertEquals(137, task.exitCode(), describe(run));
    String log = Files.readString(run.runDir().resolve("tasks/hog/log.txt"));
    assertTrue(log.contains("filling memory"), log);
    assertTrue(log.contains("exit code 137, OOMKilled true")
        && log.contains("killed for using more memory than its limit"), "docker's account in the log: " + log);
  }
}
