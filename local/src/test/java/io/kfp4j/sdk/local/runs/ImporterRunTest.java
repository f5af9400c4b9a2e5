package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Importer;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importers on the engine: a local path or {@code file://} URI becomes the task's output artifact, which a downstream
 * task reads; a URI the engine cannot fetch is refused before the run starts, naming the task, the URI and the fix.
 */
class ImporterRunTest {
  private static final ComponentDefinition COUNT = LocalTesting.shell("Count",
      "if [ -d \"$0\" ]; then ls \"$0\" | wc -l | tr -d ' ' > \"$1\"; else tr a-z A-Z < \"$0\" > \"$1\"; fi",
      "<data", ">said");

  private static PipelineGraph importing() {
    return Pipelines.builder("importing").build(p -> {
      Param<String> uri = p.param("uri", String.class);
      COUNT.task(args("data", Importer.of(uri, "system.Dataset").output()));
    });
  }

  @Test
  void aDownstreamTaskReadsTheImportedFileOrFolder(@TempDir Path root) throws Exception {
    Path file = Files.writeString(root.resolve("shakespeare.txt"), "to be or not to be");
    RunResult byPath = LocalTesting.runner(root).run(importing(), Map.of("uri", file.toString()));
    assertEquals(RunStatus.SUCCEEDED, byPath.record().status(), describe(byPath));
    assertEquals("TO BE OR NOT TO BE", byPath.output("count", "said").strip());
    assertTrue(assertTask(byPath, "importer", TaskStatus.SUCCEEDED).message().contains("imported the file "
        + file + " as a system.Dataset"), describe(byPath));

    Path folder = Files.createDirectories(root.resolve("parts"));
    Files.writeString(folder.resolve("part-000.txt"), "a");
    Files.writeString(folder.resolve("part-001.txt"), "b");
    RunResult byUri = LocalTesting.runner(root).run(importing(), Map.of("uri", folder.toUri().toString()));
    assertEquals(RunStatus.SUCCEEDED, byUri.record().status(), describe(byUri));
    assertEquals("2", byUri.output("count", "said").strip());
  }

  @Test
  void aRemoteUriIsRefusedBeforeTheRunUnlessATestDoubleStandsIn(@TempDir Path root) throws Exception {
    Kfp4jException e = assertThrows(Kfp4jException.class, () -> LocalTesting.runner(root)
        .run(importing(), Map.of("uri", "gs://ml-pipeline-playground/shakespeare1.txt")));
    assertEquals("pipeline \"importing\", task \"importer\": imports \"gs://ml-pipeline-playground/shakespeare1.txt\","
        + " which the local engine cannot fetch (it imports a local path or a file:// URI only); give the task a test"
        + " double with the artifact's content, e.g. TaskDouble.fixed(\"importer\", Map.of(\"artifact\", \"...\")),"
        + " or give the path of a local file or folder (or a file:// URI) for this run", e.getMessage());
    assertFalse(Files.exists(root.resolve("runs")) && root.resolve("runs").toFile().list().length > 0,
        "no run was started");
    Kfp4jException missing = assertThrows(Kfp4jException.class, () -> LocalTesting.runner(root)
        .run(importing(), Map.of("uri", root.resolve("absent.csv").toString())));
    assertTrue(missing.getMessage().contains("but there is no file or folder " + root.resolve("absent.csv")),
        missing.getMessage());

    RunResult run = LocalTesting.runner(root).withDouble(TaskDouble.fixed("importer", Map.of("artifact", "stand-in")))
        .run(importing(), Map.of("uri", "s3://bucket/data.csv"));
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    assertEquals("STAND-IN", run.output("count", "said").strip());
  }

  @Test
  void aRemoteUriFromAnUpstreamOutputFailsTheImporterWhenItRuns(@TempDir Path root) throws Exception {
    ComponentDefinition say = LocalTesting.shell("Say", "printf %s \"$0\" > \"$1\"", "text", ">said");
    PipelineGraph graph = Pipelines.builder("late-uri").build(p -> {
      var uri = say.task(args("text", Value.of("s3://bucket/data.csv")));
      COUNT.task(args("data", Importer.of(uri.<String>output(), "Dataset").output()));
    });
    RunResult run = LocalTesting.runner(root).run(graph, Map.of());
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    assertTrue(assertTask(run, "importer", TaskStatus.FAILED).message().startsWith("imports \"s3://bucket/data.csv\","
        + " which the local engine cannot fetch"), describe(run));
  }
}
