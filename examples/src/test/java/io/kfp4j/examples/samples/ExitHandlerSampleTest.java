package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertRanAfter;
import static io.kfp4j.examples.samples.Runs.assertStatus;
import static io.kfp4j.examples.samples.Runs.assertTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.examples.samples.ExitHandlerSampleOps.EchoMsgOp;
import io.kfp4j.examples.samples.ExitHandlerSampleOps.PrintFileOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExitHandlerSample}: the exit task runs last, after a success and after a failure. */
class ExitHandlerSampleTest {

  @Test
  void compilesToAnOnExitTemplate(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(ExitHandlerPipeline.spec(), dir);
    assertEquals("echo-msg", workflow.spec().get("onExit"));
    workflow.task("exit-handler-1", "download-blob");
    assertEquals(java.util.List.of("download-blob"), workflow.task("exit-handler-1", "print-file").get("dependencies"));
  }

  @Test
  void exitTaskRunsAfterTheDownloadIsPrinted(@TempDir Path root, @TempDir Path data) throws Exception {
    Path message = Files.writeString(data.resolve("message.txt"), "To be, or not to be");
    RunResult run = assertStatus(RunStatus.SUCCEEDED,
        Runs.run(root, ExitHandlerPipeline.spec(), Map.of("url", message.toUri().toString())));
    assertEquals("To be, or not to be", PrintFileOp.result(run, "print-file"));
    assertEquals("exit!", EchoMsgOp.result(run, "echo-msg"));
    assertRanAfter(run, "echo-msg", "print-file");
  }

  @Test
  void exitTaskRunsAfterAFailedDownload(@TempDir Path root, @TempDir Path data) {
    String missing = data.resolve("missing.txt").toUri().toString();
    RunResult run = assertStatus(RunStatus.FAILED, Runs.run(root, ExitHandlerPipeline.spec(), Map.of("url", missing)));
    assertTrue(assertTask(run, "download-blob", TaskStatus.FAILED).logTail().contains("missing.txt"),
        Runs.describe(run));
    assertTask(run, "print-file", TaskStatus.SKIPPED);
    assertTask(run, "echo-msg", TaskStatus.SUCCEEDED);
    assertEquals("exit!", EchoMsgOp.result(run, "echo-msg"));
    assertRanAfter(run, "echo-msg", "download-blob");
  }
}
