package io.kfp4j.sdk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task's command line as a process on this machine (the image is ignored), its output to the task's log;
 * on timeout or cancellation the whole process tree is killed. Under a {@link Watchdog} (Linux) each task runs in a
 * process group of its own that ends with the engine, and its group leader is recorded with its start time
 * ({@link TaskProcess}) while it runs, so that a later engine can also stop what a dead one left.
 */
final class SubprocessRunner implements TaskRunner {
  /** The environment variable naming the task's Docker container, recorded with its process. */
  static final String CONTAINER_ENV = "KFP4J_CONTAINER";

  private final Watchdog watchdog;

  /** Tasks as plain child processes, unwatched. */
  SubprocessRunner() {
    this(Watchdog.none());
  }

  /** Tasks in process groups of their own, under the run's watchdog. */
  SubprocessRunner(Watchdog watchdog) {
    this.watchdog = watchdog;
  }

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(watchdog.inOwnGroup(invocation.command()))
        .directory(invocation.workDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(invocation.log().toFile()));
    builder.environment().putAll(invocation.env());
    String program = invocation.command().get(0);
    if (watchdog.watching() && !findable(program, invocation.workDir(), builder.environment().get("PATH"))) {
      throw new TaskStartException("cannot start " + invocation.command().get(0) + ": no such program; is it installed"
          + " and on the PATH?");
    }
    Process process;
    try {
      process = Spawn.start(builder);
    } catch (IOException e) {
      throw new TaskStartException("cannot start " + invocation.command().get(0) + ": " + e.getMessage()
          + "; is it installed and on the PATH?");
    }
    TaskProcess recorded = new TaskProcess(process.pid(), ProcStat.startTicksOf(process.pid()),
        invocation.env().get(CONTAINER_ENV));
    watchdog.started(process.pid());
    recorded.save(invocation.runDir(), invocation.workDir());
    try {
      if (invocation.timeout() == null) {
        return new Outcome(process.waitFor(), false);
      }
      if (process.waitFor(invocation.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        return new Outcome(process.exitValue(), false);
      }
      kill(process);
      return new Outcome(-1, true);
    } catch (InterruptedException e) {
      kill(process);
      throw e;
    } finally {
      watchdog.ended(process.pid());
      TaskProcess.forget(invocation.runDir(), invocation.workDir());
    }
  }

  /**
   * Whether {@code setsid} will find the program: a path (relative to the task's folder) to an executable, or a
   * name on the PATH; without it, starting the program says so, with it setsid would only print an error.
   */
  private static boolean findable(String program, Path workDir, String path) {
    if (program.contains("/")) {
      return Files.isExecutable(workDir.resolve(program));
    }
    for (String dir : (path == null ? "/usr/bin:/bin" : path).split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** Kills the process and everything it started, children first (its whole group, under a watchdog). */
  void kill(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    if (watchdog.watching()) {
      new TaskProcess(process.pid(), -1, null).killGroup();
    }
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
