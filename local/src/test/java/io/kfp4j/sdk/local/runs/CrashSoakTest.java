package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash soak: a pipeline of 50 subprocess tasks (five chains of ten shell tasks, each writing its output
 * slowly), its engine in a child JVM killed with SIGKILL at 20 random moments across repeated runs on one store,
 * with caching. After each kill, within 5 s, no process of the run is left; every record reads; no output or cache
 * entry is partial. Then a run to the end reuses only complete outputs. About a minute; RELIABILITY.md has numbers.
 */
class CrashSoakTest {
  static final int KILLS = 20;

  @Test
  void killedEnginesLeaveNothingRunningAndNothingPartial(@TempDir Path root) throws Exception {
    long seed = Long.getLong("kfp4j.soak.seed", System.nanoTime());
    CrashSoak soak = new CrashSoak(root, "subprocess", seed, java.time.Duration.ofSeconds(5));
    long start = System.nanoTime();
    String salt = "s0";
    try {
      for (int round = 1; soak.kills < KILLS && round <= 3 * KILLS; round++) {
        salt = "s" + (round - 1) / 3; // three runs in a row share their inputs, so later ones reuse cached results
        soak.round(round, salt, 1200, run -> List.of());
      }
    } finally {
      soak.close();
      System.out.println("CrashSoakTest (seed " + seed + "): " + soak.summary() + " in "
          + (System.nanoTime() - start) / 1_000_000 + " ms\n  " + String.join("\n  ", soak.log));
    }
    assertEquals(KILLS, soak.kills, "kills mid-run (seed " + seed + "): " + soak.log);
    // the final run reuses the inputs of the killed runs that got furthest; on a slow machine the random kills may
    // all come before any task ends, so later kills wait longer until some task's output is complete
    for (int extra = 1; bestSalt(root) == null && extra <= 5; extra++) {
      soak.round(3 * KILLS + extra, "slow" + extra, 1500 * (extra + 1), run -> List.of());
    }
    salt = Objects.requireNonNullElse(bestSalt(root), salt);

    // a run to the end with caching: whatever it reuses is complete, and it completes everything
    RunResult last = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS).withParallelism(5)
        .run(CrashSoakMain.pipeline(DockerRunTest.IMAGE, CrashSoakMain.CHAINS, CrashSoakMain.LENGTH),
            Map.of("salt", salt));
    assertEquals(RunStatus.SUCCEEDED, last.record().status(), LocalTesting.describe(last));
    assertEquals(CrashSoakMain.CHAINS * CrashSoakMain.LENGTH, last.record().tasks().size());
    long cached = last.record().tasks().values().stream().filter(t -> t.status() == TaskStatus.CACHED).count();
    assertTrue(cached > 0, "the last run reused nothing: " + LocalTesting.describe(last));
    for (TaskRecord task : last.record().tasks().values()) {
      String name = task.inputs().get("name");
      List<String> lines = Files.readAllLines(Path.of(task.outputs().get("out")));
      assertEquals("END " + name + " " + salt, lines.get(lines.size() - 1), task.id() + " " + task.status());
      assertEquals(CrashSoakMain.LINES + (name.endsWith("-1") ? 1 : 2), lines.size(), task.id() + ": " + lines);
    }
    soak.assertAllOutputsComplete();
    System.out.println("CrashSoakTest: the last run reused " + cached + " of " + last.record().tasks().size()
        + " results");
  }

  /** The salt of the killed runs that completed the most tasks, or null when none completed any. */
  private static String bestSalt(Path root) {
    Map<String, Long> done = new HashMap<>();
    for (RunRecord run : StoredRun.readable(new RunStore(root).scan())) {
      run.tasks().values().stream().filter(t -> t.status() == TaskStatus.SUCCEEDED)
          .forEach(t -> done.merge(t.inputs().get("salt"), 1L, Long::sum));
    }
    return done.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
