package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine killed mid-run (SIGKILL: no shutdown hook, no last save) leaves a record that reads as INTERRUPTED,
 * with what finished before, its unfinished tasks INTERRUPTED, and none of its task processes running.
 */
class KilledEngineRunTest {
  private final List<ProcessHandle> started = new ArrayList<>();

  @AfterEach
  void killWhatIsLeft() {
    started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void recordReadsInterrupted(@TempDir Path root, @TempDir Path work) throws Exception {
    String marker = LocalTesting.marker("killed");
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path out = work.resolve("engine.log");
    Process engine = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KilledEngineMain.class.getName(), root.toString(), marker)
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    started.add(engine.toHandle());
    RunStore store = new RunStore(root);

    RunRecord running;
    List<ProcessHandle> tree;
    try {
      running = LocalTesting.awaitRun(store, LocalTesting.taskIs("sleeper", TaskStatus.RUNNING), Duration.ofSeconds(30),
          "task sleeper running (engine output: " + out + ")");
      tree = LocalTesting.sleepingTree(marker + "-task");
      started.addAll(tree);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nengine output:\n" + Files.readString(out), e);
    }
    assertEquals(RunStatus.RUNNING, running.status());
    assertEquals(engine.pid(), running.pid());
    List<Long> engineDescendants = engine.descendants().map(ProcessHandle::pid).toList();
    assertTrue(tree.stream().allMatch(p -> engineDescendants.contains(p.pid())),
        "the task's processes are the engine's descendants: " + LocalTesting.show(tree));

    engine.destroyForcibly();
    assertTrue(engine.waitFor(10, TimeUnit.SECONDS), "the engine JVM did not die");

    List<RunRecord> runs = store.list();
    assertEquals(1, runs.size(), runs.toString());
    RunRecord run = runs.get(0);
    assertEquals(RunStatus.INTERRUPTED, run.status(), LocalTesting.describe(run));
    assertTrue(run.message().contains("pid " + engine.pid()), run.message());
    assertEquals("killed-engine", run.pipeline());
    // what finished before the kill is recorded, output and all
    assertEquals(TaskStatus.SUCCEEDED, run.tasks().get("add").status(), LocalTesting.describe(run));
    assertEquals("3.0", run.tasks().get("add").outputValues().get("Output"));
    assertTrue(Files.isRegularFile(Path.of(run.tasks().get("add").outputs().get("Output"))));
    // the task that was running reads as interrupted, and so does the last one, if it was reached
    assertEquals(TaskStatus.INTERRUPTED, run.tasks().get("sleeper").status(), LocalTesting.describe(run));
    assertNotNull(run.tasks().get("sleeper").startedAt());
    assertTrue(!run.tasks().containsKey("add-2") || run.tasks().get("add-2").status() == TaskStatus.INTERRUPTED,
        LocalTesting.describe(run));
    // the same through find, by id and by a unique prefix
    assertEquals(RunStatus.INTERRUPTED, store.find(run.id()).orElseThrow().status());
    assertEquals(run.id(), store.find(run.id().substring(0, run.id().length() - 2)).orElseThrow().id());
    assertTrue(Files.readString(store.runDir(run.id()).resolve("run.json")).contains("\"RUNNING\""),
        "run.json itself still says RUNNING: readers derive INTERRUPTED from the dead engine");

    // the task's watchdog saw the engine die and killed the task's process group: nothing of it runs on
    List<ProcessHandle> orphans = LocalTesting.awaitGone(tree, Duration.ofSeconds(5));
    assertTrue(orphans.isEmpty(), "the killed engine left task processes running: " + LocalTesting.show(orphans));
    assertTrue(LocalTesting.processesWith(marker + "-task").isEmpty(), LocalTesting.show(
        LocalTesting.processesWith(marker + "-task")));
    // and the sleeper wrote no output: only a finished task's outputs are promoted
    assertTrue(!Files.exists(store.runDir(run.id()).resolve("tasks/sleeper/outputs")), "outputs of a killed task");
  }
}
