package io.kfp4j.sdk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The process (and container) a task runs in, kept in {@code <run>/processes/<task folder>.json} while it runs, so
 * that a later engine can stop what a dead one left: the task's process group (its pid, which leads the group)
 * checked against its start time, so that a reused pid is never mistaken for it, and the Docker container, when
 * there is one.
 *
 * @param pid the pid of the task's group leader (the group's id)
 * @param startTicks its start time ({@code /proc/<pid>/stat} field 22), or {@code -1} where unknown
 * @param container the Docker container's name, or {@code null}
 */
record TaskProcess(long pid, long startTicks, String container) {
  /** The folder of a run that holds the processes of its running tasks. */
  static final String FOLDER = "processes";

  /** Records the process of a task (by its folder); best effort, as the watchdog stops the task with the engine. */
  void save(Path runDir, Path taskDir) {
    try {
      Path dir = Files.createDirectories(runDir.resolve(FOLDER));
      Path temp = dir.resolve(taskDir.getFileName() + ".json.tmp");
      RunStore.JSON.writeValue(temp.toFile(), this);
      RunStore.replace(temp, dir.resolve(taskDir.getFileName() + ".json"));
    } catch (IOException | RuntimeException e) {
      // a full disk, say: the watchdog still stops the task with the engine
    }
  }

  /** Forgets a task's process once it has ended. */
  static void forget(Path runDir, Path taskDir) {
    try {
      Files.deleteIfExists(runDir.resolve(FOLDER).resolve(taskDir.getFileName() + ".json"));
    } catch (IOException e) {
      // a later engine finds the group gone
    }
  }

  /** Whether a run has recorded processes: tasks running, or left by a dead engine. */
  static boolean any(Path runDir) {
    Path dir = runDir.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Stops what a dead engine left of a run: kills the recorded process groups that are still the recorded ones,
   * removes the recorded containers (and any other labelled with the run), and forgets them. Returns how many
   * processes and containers were stopped. Call it only once the run's engine is known to be dead.
   */
  static int reap(Path runDir, boolean dockerRunner) {
    Path dir = runDir.resolve(FOLDER);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.toList();
    } catch (IOException e) {
      return 0;
    }
    int stopped = 0;
    boolean containers = dockerRunner;
    for (Path file : files) {
      try {
        TaskProcess process = file.getFileName().toString().endsWith(".json")
            ? RunStore.JSON.readValue(file.toFile(), TaskProcess.class) : null;
        if (process != null) {
          stopped += process.killGroup();
          containers |= process.container() != null;
        }
        Files.deleteIfExists(file);
      } catch (IOException | RuntimeException e) {
        // unreadable (half-written when the engine died): nothing to stop by it; the label sweep below still runs
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // left for the next reader
        }
      }
    }
    if (containers) {
      stopped += new DockerRunner("docker").removeLeftovers(runDir.getFileName().toString());
    }
    return stopped;
  }

  /**
   * Kills the process group this task leads, if it is still the one recorded: members that started before the leader
   * did cannot belong to it. Returns how many processes were killed.
   */
  int killGroup() {
    if (!ProcStat.available()) {
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> p.destroyForcibly() ? 1 : 0).orElse(0);
    }
    ProcStat leader = ProcStat.of(pid).orElse(null);
    if (leader != null && leader.running() && startTicks >= 0 && leader.startTicks() != startTicks) {
      return 0; // the pid (and so the group id) belongs to another process now
    }
    int killed = 0;
    long end = System.nanoTime() + 2_000_000_000L;
    for (var members = members(); !members.isEmpty() && System.nanoTime() < end; members = members()) {
      for (ProcStat member : members) {
        if (ProcessHandle.of(member.pid()).map(ProcessHandle::destroyForcibly).orElse(false)) {
          killed++;
        }
      }
      sleep();
    }
    return killed;
  }

  private List<ProcStat> members() {
    return ProcStat.group(pid).stream().filter(s -> startTicks < 0 || s.startTicks() >= startTicks).toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
