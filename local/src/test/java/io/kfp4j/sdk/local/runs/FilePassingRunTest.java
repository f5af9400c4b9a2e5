package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.Artifact;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.testcomponents.TextFilesOps.CountLinesOp;
import io.kfp4j.testcomponents.TextFilesOps.WriteLinesOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data passed as files: an outputPath read through an inputPath, and a constant given to an inputPath. */
class FilePassingRunTest {

  /** A shell component that counts the lines of a file input, as a KFP component written by hand. */
  private static final ComponentDefinition WC = LocalTesting.shell("Wc", "wc -l < \"$0\" | tr -d ' ' > \"$1\"", "<text", ">lines");

  private static PipelineGraph writeThenCount() {
    return Pipelines.builder("file-passing").build(p -> {
      var lines = WriteLinesOp.writeLines(Value.of("hello"), Value.of(3));
      CountLinesOp.countLines(lines.linesPath());   // Java reads the Java file
      WC.task(args("text", lines.linesPath()));       // the shell reads the same file
      // a constant given to a file input: written to a file first
      CountLinesOp.countLines(Artifact.constant("one\ntwo\n"));
      WC.task(args("text", "a\nb\nc\nd\n"));
    });
  }

  private static void check(RunResult run) throws Exception {
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    TaskRecord write = assertTask(run, "write-lines", TaskStatus.SUCCEEDED);
    Path file = Path.of(write.outputs().get("lines"));
    assertEquals("hello\nhello\nhello\n", Files.readString(file));
    assertEquals("3", run.output("count-lines", "Output"));
    assertEquals("3", run.output("wc", "lines").strip());
    // the reader got the writer's file, by path
    assertEquals(file.toString(), assertTask(run, "count-lines", TaskStatus.SUCCEEDED).inputs().get("lines"));
    assertEquals("2", run.output("count-lines-2", "Output"));
    assertEquals("4", run.output("wc-2", "lines").strip());
    Path constant = Path.of(assertTask(run, "wc-2", TaskStatus.SUCCEEDED).inputs().get("text"));
    assertTrue(constant.startsWith(run.runDir()), constant + " lies in the run folder");
    assertEquals("a\nb\nc\nd\n", Files.readString(constant));
  }

  @Test
  void inProcess(@TempDir Path root) throws Exception {
    check(LocalTesting.runner(root).run(writeThenCount(), Map.of()));
  }

  @Test
  void asSubprocesses(@TempDir Path root) throws Exception {
    check(LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(writeThenCount(), Map.of()));
  }
}
