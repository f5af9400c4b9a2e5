package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.assertTask;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run store on a 2 MiB tmpfs fills during a run: a task fills the disk (its output, and a file beside the
 * store), and fails. The run fails with a message naming the store and the file system's error, its record reads
 * (written from the run's reserve), and nothing partial is promoted or cached. Mounting needs root (as in CI) or
 * {@code sudo -n}; without either the test fails, saying so.
 */
class DiskFullRunTest {
  private static final ComponentDefinition SMALL = LocalTesting.shell("Small", "echo small > \"$0\"", ">out");
  private static final ComponentDefinition FILL = LocalTesting.shell("Fill",
      "echo filling; dd if=/dev/zero of=\"$0\" bs=65536 count=40 2>&1 || true; dd if=/dev/zero of=\"$1\" bs=65536 count=64",
      "filler", ">out");
  private static final ComponentDefinition AFTER = LocalTesting.shell("After", "cat \"$0\" > \"$1\"", "<in", ">out");

  @TempDir
  Path mountPoint;
  private boolean mounted;

  @BeforeEach
  void mountSmallTmpfs() throws Exception {
    List<String> mount = List.of("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint.toString());
    Result result = isRoot() ? exec(mount) : exec(sudo(mount));
    if (result.code() != 0) {
      fail("the disk-full test mounts a 2 MiB tmpfs at " + mountPoint + ", which needs root or passwordless sudo"
          + " (CI runs as root); " + String.join(" ", isRoot() ? mount : sudo(mount)) + " said: " + result.out());
    }
    mounted = true;
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      List<String> umount = List.of("umount", "-l", mountPoint.toString());
      Result result = isRoot() ? exec(umount) : exec(sudo(umount));
      assertEquals(0, result.code(), "umount: " + result.out());
    }
  }

  @Test
  void fullStoreFailsTheRunClearly() throws Exception {
    Path root = mountPoint.resolve("store");
    Path filler = mountPoint.resolve("filler");
    PipelineGraph graph = Pipelines.builder("disk-full").build(p -> {
      var small = SMALL.task(Map.of());
      var fill = FILL.task(args("filler", filler.toString())).after(small);
      AFTER.task(args("in", fill.outputNamed("out")));
    });
    RunResult run = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS).withParallelism(1)
        .run(graph, Map.of());

    System.out.println("DiskFullRunTest: " + describe(run));
    assertEquals(RunStatus.FAILED, run.record().status(), describe(run));
    String message = run.record().message();
    assertTrue(message.contains("task fill failed") && message.contains("the run store " + root + " is out of space")
        && message.contains("No space left on device"), message);
    assertTask(run, "small", TaskStatus.SUCCEEDED);
    assertTask(run, "after", TaskStatus.SKIPPED);

    // the record reads, and says the same
    RunRecord stored = new RunStore(root).find(run.record().id()).orElseThrow();
    assertEquals(RunStatus.FAILED, stored.status(), describe(stored));
    assertEquals(message, stored.message());
    // nothing partial promoted or cached; the finished task's output is whole
    Path fillDir = run.runDir().resolve("tasks/fill");
    assertFalse(Files.exists(fillDir.resolve("outputs")), "a failed task's outputs are never promoted");
    assertFalse(Files.exists(fillDir.resolve("outputs.partial")), "a failed task's partial outputs are removed");
    assertEquals("small\n", Files.readString(run.runDir().resolve("tasks/small/outputs/out/data")));
    try (Stream<Path> cache = Files.list(root.resolve("cache"))) {
      List<Path> entries = cache.toList();
      assertEquals(1, entries.size(), "only small's result is cached: " + entries);
      assertEquals("small\n", Files.readString(entries.get(0).resolve("out")));
    }
  }

  private static boolean isRoot() throws Exception {
    return exec(List.of("id", "-u")).out().strip().equals("0");
  }

  private static List<String> sudo(List<String> command) {
    List<String> all = new ArrayList<>(List.of("sudo", "-n"));
    all.addAll(command);
    return all;
  }

  private record Result(int code, String out) {}

  private static Result exec(List<String> command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "no answer within 30 s");
      }
      return new Result(p.exitValue(), out.strip());
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    }
  }
}
