package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash soak for the Docker runner, smaller: two chains of three shell tasks in containers, the engine killed
 * with SIGKILL at 4 random moments; after each kill, within 10 s, no container labelled with the run and no process
 * of it is left (the watchdog removes the run's containers twice, 2 s apart, as a killed docker client's last request
 * may still create one), every record reads and no output is partial. Needs a running daemon, as {@link DockerRunTest}.
 */
class DockerCrashSoakTest {
  static final int KILLS = 4;

  @BeforeAll
  static void dockerAndImage(@TempDir Path work) throws Exception {
    DockerRunTest.dockerAndImage(work);
  }

  @Test
  void killedEnginesLeaveNoContainers(@TempDir Path root) throws Exception {
    long seed = Long.getLong("kfp4j.soak.seed", System.nanoTime());
    CrashSoak soak = new CrashSoak(root, "docker", seed, java.time.Duration.ofSeconds(10));
    try {
      for (int round = 1; soak.kills < KILLS && round <= 4 * KILLS; round++) {
        soak.round(round, "d" + round, 2500, DockerCrashSoakTest::containersLeft);
      }
    } finally {
      soak.close();
      System.out.println("DockerCrashSoakTest (seed " + seed + "): " + soak.summary() + "\n  "
          + String.join("\n  ", soak.log));
    }
    assertEquals(KILLS, soak.kills, "kills mid-run (seed " + seed + "): " + soak.log);
  }

  /** The containers labelled with the run, waiting up to 10 s for them to go. */
  static List<String> containersLeft(String runId) {
    long end = System.nanoTime() + 10_000_000_000L;
    List<String> left = containers(runId);
    while (!left.isEmpty() && System.nanoTime() < end) {
      LocalTesting.sleep(100);
      left = containers(runId);
    }
    return left;
  }

  private static List<String> containers(String runId) {
    try {
      Process p = new ProcessBuilder("docker", "ps", "-a", "--format", "{{.Names}} {{.Status}}", "--filter",
          "label=io.kfp4j.run=" + runId).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return fail("docker ps failed: " + out);
      }
      return out.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException | InterruptedException e) {
      return fail("cannot run docker ps: " + e);
    }
  }
}
