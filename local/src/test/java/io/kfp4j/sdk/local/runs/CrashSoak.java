package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.sdk.local.TaskRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Kills {@link CrashSoakMain} engines with SIGKILL at random moments and checks, after each kill, what must hold: no
 * process of the run is left (found through {@code /proc/<pid>/environ}, which every task process inherits from its
 * engine), every record reads, no output is partial, and what a dead engine recorded is cleaned up.
 */
final class CrashSoak {
  /** The environment variable that marks an engine and every process it starts. */
  static final String MARKER_ENV = "KFP4J_SOAK_MARKER";

  private final Path root;
  private final String runner;
  private final Random random;
  private final Duration processLimit;
  private final List<Process> engines = new ArrayList<>();
  final List<String> log = new ArrayList<>();
  int kills;
  int finishedFirst;
  long maxCleanupMillis;

  /** @param processLimit how long after a kill the run's processes may take to go */
  CrashSoak(Path root, String runner, long seed, Duration processLimit) {
    this.root = root;
    this.runner = runner;
    this.random = new Random(seed);
    this.processLimit = processLimit;
  }

  /**
   * Starts an engine and kills it once its run is recorded, after a random delay; returns whether it was killed
   * mid-run. {@code leftovers} tells, for the run's id, what else it left (containers).
   */
  boolean round(int round, String salt, int maxDelayMillis, Function<String, List<String>> leftovers) throws Exception {
    String marker = "kfp4j-soak-" + java.util.UUID.randomUUID() + "-r" + round;
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path out = root.resolve("engine-" + round + ".log");
    Set before = new Set(new RunStore(root).runDirs());
    ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
        System.getProperty("java.class.path"), CrashSoakMain.class.getName(), root.toString(), salt, runner)
        .redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().put(MARKER_ENV, marker);
    Process engine = builder.start();
    engines.add(engine);
    Path runDir = awaitNewRun(before, engine, out);
    int delay = random.nextInt(maxDelayMillis);
    Thread.sleep(delay);
    boolean midRun = engine.isAlive();
    engine.destroyForcibly(); // SIGKILL
    assertTrue(engine.waitFor(10, TimeUnit.SECONDS), "the engine JVM did not die");
    long killedAt = System.nanoTime();
    if (!midRun) {
      finishedFirst++;
      log.add("round " + round + ": the run ended before the kill (" + delay + " ms)");
      return false;
    }
    List<String> left = awaitNoProcesses(marker, processLimit);
    assertTrue(left.isEmpty(), "round " + round + ": processes of the killed run still run " + processLimit
        + " after the kill: " + left);
    List<String> otherLeft = leftovers.apply(runDir.getFileName().toString());
    assertTrue(otherLeft.isEmpty(), "round " + round + ": left after the kill: " + otherLeft);
    RunRecord record = new RunStore(root).find(runDir.getFileName().toString()).orElseThrow();
    if (record.status() == RunStatus.SUCCEEDED) {
      // the engine was alive but its run had ended (its JVM was on the way out): nothing was killed mid-run
      finishedFirst++;
      log.add("round " + round + ": the run had ended when the kill came (" + delay + " ms)");
      return false;
    }
    kills++;
    long cleanup = (System.nanoTime() - killedAt) / 1_000_000;
    maxCleanupMillis = Math.max(maxCleanupMillis, cleanup);
    checkStore(runDir.getFileName().toString());
    log.add("round " + round + ": killed " + delay + " ms into the run; processes gone within " + cleanup + " ms");
    return true;
  }

  /** Every record reads, the killed run reads interrupted with no task running, every output is complete. */
  void checkStore(String killedRun) throws IOException {
    RunStore store = new RunStore(root);
    List<StoredRun> scanned = store.scan();
    List<StoredRun.Unreadable> bad = StoredRun.unreadable(scanned);
    assertTrue(bad.isEmpty(), "records that do not read: " + bad);
    RunRecord killed = store.find(killedRun).orElseThrow();
    assertEquals(RunStatus.INTERRUPTED, killed.status(), LocalTesting.describe(killed));
    for (TaskRecord task : killed.tasks().values()) {
      assertTrue(task.status().isFinal(), "task " + task.id() + " reads " + task.status() + " in " + killedRun);
    }
    Path processes = store.runDir(killedRun).resolve("processes");
    if (Files.isDirectory(processes)) {
      try (Stream<Path> files = Files.list(processes)) {
        assertEquals(List.of(), files.toList(), "what the dead engine recorded of its processes is cleaned up");
      }
    }
    assertAllOutputsComplete();
  }

  /** Every promoted output and every cache entry ends with its END line; partial ones are only in outputs.partial. */
  void assertAllOutputsComplete() throws IOException {
    List<Path> outputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().equals("data") || f.getParent()
          .getParent().getFileName().toString().equals("cache") && f.getFileName().toString().equals("out"))
          .filter(f -> f.toString().contains("/outputs/") || f.toString().contains("/cache/"))
          .filter(f -> !f.toString().contains("/inputs/") && !f.toString().contains(".partial"))
          .forEach(outputs::add);
    }
    for (Path output : outputs) {
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
      assertTrue(last.startsWith("END ") && lines.size() >= CrashSoakMain.LINES + 1,
          "partial output " + output + ": " + lines);
    }
  }

  private Path awaitNewRun(Set before, Process engine, Path out) throws IOException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      for (Path dir : new RunStore(root).runDirs()) {
        if (!before.dirs().contains(dir) && Files.isRegularFile(dir.resolve("run.json"))) {
          return dir;
        }
      }
      if (!engine.isAlive()) {
        fail("the engine ended before recording its run: " + Files.readString(out));
      }
      LocalTesting.sleep(5);
    }
    return fail("no run was recorded within 30 s: " + Files.readString(out));
  }

  /** Waits until no process carries the marker in its environment; returns those that still do. */
  static List<String> awaitNoProcesses(String marker, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    List<String> left = processesMarked(marker);
    while (!left.isEmpty() && System.nanoTime() < end) {
      LocalTesting.sleep(20);
      left = processesMarked(marker);
    }
    return left;
  }

  /** Running processes (not zombies) whose environment holds {@code MARKER_ENV=marker}, as pid and command line. */
  static List<String> processesMarked(String marker) {
    byte[] wanted = (MARKER_ENV + "=" + marker).getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          byte[] env = Files.readAllBytes(entry.resolve("environ"));
          ProcessHandle handle = ProcessHandle.of(Long.parseLong(name)).orElse(null);
          if (contains(env, wanted) && handle != null && LocalTesting.running(handle)) {
            found.add(name + " " + handle.info().commandLine().orElse("?"));
          }
        } catch (IOException | RuntimeException e) {
          // gone, or not ours to read
        }
      }
    } catch (IOException e) {
      fail("cannot list /proc: " + e);
    }
    return found;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (i > 0 && haystack[i - 1] != 0) {
        continue;
      }
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      if (i + needle.length == haystack.length || haystack[i + needle.length] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Kills any engine still alive (a failed assertion). */
  void close() {
    engines.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
  }

  /** The run folders before a round. @param dirs the folders */
  record Set(List<Path> dirs) {}

  /** Summary counts, for the test's output. */
  Map<String, Object> summary() {
    return Map.of("kills", kills, "finishedBeforeKill", finishedFirst, "maxCleanupMillis", maxCleanupMillis);
  }
}
