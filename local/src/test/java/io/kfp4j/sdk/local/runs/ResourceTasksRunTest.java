package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ResourceOp;
import io.kfp4j.sdk.VolumeOp;
import io.kfp4j.sdk.VolumeSnapshotOp;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskDouble;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource tasks on the engine, which has no cluster: claims and snapshots are folders of the run; any other
 * resource task is refused before the run starts unless a test double stands in for it.
 */
class ResourceTasksRunTest {
  private static final ComponentDefinition ECHO = LocalTesting.shell("Echo", "echo \"$0\" > \"$1\"", "text",
      ">said");

  private static PipelineGraph secretPipeline() {
    return Pipelines.builder("secret").build(p -> {
      Param<String> password = p.param("password", String.class, "hunter2");
      ResourceOp secret = ResourceOp.named("create-secret")
          .manifest(Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("generateName", "s-"),
              "data", Map.of("password", password)))
          .build();
      ECHO.task(args("text", secret.output()));
    });
  }

  @Test
  void aResourceOpIsRefusedBeforeTheRunNamingTheTaskAndTheFix(@TempDir Path root) {
    Kfp4jException e = assertThrows(Kfp4jException.class,
        () -> LocalTesting.runner(root).run(secretPipeline(), Map.of()));
    assertEquals("pipeline \"secret\", task \"create-secret\": it would create a Secret on a Kubernetes cluster,"
        + " which the local engine does not have (it emulates only creating volume claims and snapshots, as"
        + " folders); give the task a test double with its outputs (name, manifest), e.g."
        + " TaskDouble.fixed(\"create-secret\", Map.of(...)), or run the pipeline on KFP", e.getMessage());
    assertFalse(Files.exists(root.resolve("runs")) && root.resolve("runs").toFile().list().length > 0,
        "no run was started");
  }

  @Test
  void aTestDoubleStandsInForAResourceOp(@TempDir Path root) throws Exception {
    RunResult run = LocalTesting.runner(root)
        .withDouble(TaskDouble.fixed("create-secret", Map.of("name", "s-x7k2", "manifest", "{}")))
        .run(secretPipeline(), Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("s-x7k2", run.output("echo", "said").strip());
  }

  @Test
  void claimsAndSnapshotsAreFoldersOfTheRun(@TempDir Path root) throws Exception {
    // writes into the claim's folder as a mounting task would in a container
    ComponentDefinition write = LocalTesting.shell("Write",
        "mkdir -p \"$0/runs/${1%-vol1}/volumes/$1\" && echo data > \"$0/runs/${1%-vol1}/volumes/$1/file\"",
        "root", "claim");
    PipelineGraph graph = Pipelines.builder("snapshots").build(p -> {
      VolumeOp vop = VolumeOp.create("create-volume", "vol1", "1Gi");
      var step = write.task(args("root", root.toString(), "claim", vop.claimName()));
      VolumeSnapshotOp snap = VolumeSnapshotOp.of("snap", "snap1", vop.volume().after(step));
      VolumeOp.fromSnapshot("restore", "vol2", snap);
    });
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    String id = run.record().id();
    Path runDir = root.resolve("runs").resolve(id);
    assertEquals(id + "-snap1", run.output("snap", "name"));
    assertEquals("1Gi", run.output("snap", "size"), "a snapshot is as large as its claim");
    assertEquals(id + "-vol2", run.output("restore", "name"));
    assertEquals("1Gi", run.output("restore", "size"));
    assertTrue(run.output("restore", "manifest").contains("\"name\": \"" + id + "-snap1\""),
        run.output("restore", "manifest"));
    assertEquals("data\n", Files.readString(runDir.resolve("snapshots").resolve(id + "-snap1").resolve("file")));
    assertEquals("data\n", Files.readString(runDir.resolve("volumes").resolve(id + "-vol2").resolve("file")),
        "the restored claim holds the snapshot's files");
  }
}
