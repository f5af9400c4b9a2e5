package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When an engine is dead, and what a later reader or engine does about it: a zombie engine or a pid now used by
 * another process (another start time) reads as not running; the dead engine's tasks read INTERRUPTED; its
 * recorded process groups are killed, unless the pid is another process's now.
 */
class DeadEngineTest {
  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
  private final List<Process> started = new ArrayList<>();

  @TempDir
  Path root;

  @AfterEach
  void stopWhatIsLeft() {
    started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
    started.forEach(Process::destroyForcibly);
  }

  private RunRecord running(String id, long pid, Long startTicks) {
    Map<String, TaskRecord> tasks = new LinkedHashMap<>();
    tasks.put("done", TaskRecord.pending("done", "done", "C").with(TaskStatus.SUCCEEDED, null));
    tasks.put("busy", TaskRecord.pending("busy", "busy", "C").started(Map.of()));
    tasks.put("waiting", TaskRecord.pending("waiting", "waiting", "C"));
    return new RunRecord(id, id, "p", "Default", Map.of(), RunStatus.RUNNING, "subprocess", pid, T0, null, null, tasks,
        startTicks);
  }

  @Test
  void thisEngineRunsAndAReusedPidDoesNot() {
    RunStore store = new RunStore(root);
    long me = ProcessHandle.current().pid();
    long myStart = ProcStat.startTicksOf(me);
    assertTrue(myStart > 0, "/proc/self/stat gives a start time");
    store.save(running("alive", me, myStart));
    assertEquals(RunStatus.RUNNING, store.find("alive").orElseThrow().status());
    // the same pid with another start time: a later process that reuses the dead engine's pid
    store.save(running("reused", me, myStart - 1));
    RunRecord reused = store.find("reused").orElseThrow();
    assertEquals(RunStatus.INTERRUPTED, reused.status());
    assertEquals(TaskStatus.SUCCEEDED, reused.tasks().get("done").status());
    assertEquals(TaskStatus.INTERRUPTED, reused.tasks().get("busy").status());
    assertEquals("the engine stopped while the task ran; its processes were stopped with it",
        reused.tasks().get("busy").message());
    assertEquals(TaskStatus.INTERRUPTED, reused.tasks().get("waiting").status());
    assertTrue(reused.tasks().get("waiting").status().isFinal());
  }

  @Test
  void aZombieEngineIsNotRunning() throws Exception {
    // sh starts a short child, then becomes a sleep that never reaps it: the child ends and stays a zombie
    Process parent = new ProcessBuilder("sh", "-c", "sleep 0.3 & echo $!; exec sleep 30").start();
    started.add(parent);
    long zombie = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(),
        StandardCharsets.UTF_8)).readLine().strip());
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (ProcStat.of(zombie).map(ProcStat::running).orElse(false) && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertEquals('Z', ProcStat.of(zombie).orElseThrow().state(), "the child is a zombie");
    assertTrue(ProcessHandle.of(zombie).map(ProcessHandle::isAlive).orElse(false), "Java counts a zombie as alive");
    RunStore store = new RunStore(root);
    store.save(running("zombie", zombie, null));
    assertEquals(RunStatus.INTERRUPTED, store.find("zombie").orElseThrow().status());
  }

  @Test
  void aLaterReaderKillsWhatADeadEngineLeftButNotAReusedPid() throws Exception {
    RunStore store = new RunStore(root);
    Process left = new ProcessBuilder("setsid", "sh", "-c", "sleep 60 & sleep 60; wait").start();
    started.add(left);
    Process other = new ProcessBuilder("setsid", "sleep", "60").start();
    started.add(other);
    long leftStart = ProcStat.startTicksOf(left.pid());
    Thread.sleep(200); // the sleeps start
    List<ProcessHandle> group = new ArrayList<>(left.descendants().toList());
    assertEquals(2, group.size(), "sh's two sleeps");
    Path runDir = store.runDir("dead");
    store.save(running("dead", Long.MAX_VALUE, null));
    new TaskProcess(left.pid(), leftStart, null).save(runDir, runDir.resolve("tasks/busy"));
    // a pid recorded with another start time is another process by now: it is left alone
    new TaskProcess(other.pid(), ProcStat.startTicksOf(other.pid()) - 1, null).save(runDir, runDir.resolve("tasks/x"));

    assertEquals(RunStatus.INTERRUPTED, store.find("dead").orElseThrow().status());

    assertTrue(left.waitFor(5, TimeUnit.SECONDS), "the recorded group's leader is killed");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (group.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertTrue(group.stream().noneMatch(p -> ProcStat.of(p.pid()).map(ProcStat::running).orElse(false)),
        "and the rest of its group");
    assertTrue(other.isAlive(), "a pid that belongs to another process now is not killed");
    assertFalse(TaskProcess.any(runDir), "the dead engine's records of processes are cleaned up");
  }
}
