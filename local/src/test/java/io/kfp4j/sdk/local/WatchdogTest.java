package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's script on its own, with a stand-in engine: it kills the groups it was told of when its input
 * closes, and also when the engine dies while something else still holds its input open; a group that ended is
 * forgotten.
 */
class WatchdogTest {
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopWhatIsLeft() {
    started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
    started.forEach(Process::destroyForcibly);
  }

  private Process start(String... command) throws Exception {
    Process p = new ProcessBuilder(command).start();
    started.add(p);
    return p;
  }

  private Process watchdog(long enginePid) throws Exception {
    return start("setsid", "/bin/sh", "-c", Watchdog.SCRIPT, "kfp4j-watchdog", "", "docker", Long.toString(enginePid));
  }

  private static void tell(Process watchdog, String line) throws Exception {
    OutputStream in = watchdog.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    in.flush();
  }

  private static boolean dies(Process p) throws Exception {
    return p.waitFor(5, TimeUnit.SECONDS);
  }

  @Test
  void killsTheGroupsItKnowsWhenItsInputCloses() throws Exception {
    Process engine = start("sleep", "60");
    Process task = start("setsid", "sleep", "60");
    Process ended = start("setsid", "sleep", "60");
    Process watchdog = watchdog(engine.pid());
    tell(watchdog, "+ " + task.pid());
    tell(watchdog, "+ " + ended.pid());
    tell(watchdog, "- " + ended.pid()); // the task ended: its group gets SIGTERM and is forgotten
    assertTrue(dies(ended), "an ended task's group gets SIGTERM");
    watchdog.getOutputStream().close();
    assertTrue(dies(task), "the group still running is killed when the input closes");
    assertTrue(dies(watchdog), "and the watchdog ends");
  }

  @Test
  void killsTheGroupsItKnowsWhenTheEngineDiesWithItsInputStillOpen() throws Exception {
    Process engine = start("sleep", "60");
    Process task = start("setsid", "sleep", "60");
    Process watchdog = watchdog(engine.pid());
    tell(watchdog, "+ " + task.pid());
    Thread.sleep(1500);
    assertTrue(task.isAlive(), "nothing is killed while the engine runs");
    engine.destroyForcibly();
    engine.waitFor();
    assertTrue(dies(task), "the engine is dead: the group is killed though the input is open");
    assertTrue(dies(watchdog), "and the watchdog ends");
  }

  @Test
  void doneEndsItWithoutKilling() throws Exception {
    Process task = start("setsid", "sleep", "60");
    Process watchdog = watchdog(ProcessHandle.current().pid());
    tell(watchdog, "+ " + task.pid());
    tell(watchdog, "= done");
    assertTrue(dies(watchdog), "the run is over: the watchdog ends");
    assertTrue(task.isAlive(), "and kills nothing");
  }

  @Test
  void endsQuietlyWhenNothingRuns() throws Exception {
    Process watchdog = watchdog(ProcessHandle.current().pid());
    watchdog.getOutputStream().close();
    assertTrue(dies(watchdog));
    assertFalse(watchdog.exitValue() != 0, "exit " + watchdog.exitValue());
  }
}
