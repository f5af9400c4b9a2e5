package io.kfp4j.sdk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task's command line as a process on this machine (the image is ignored), its output to the task's log;
 * on timeout or cancellation the whole process tree is killed.
 *
 * <p>Where {@code setsid} is (Linux), the task never outlives the engine, whatever its command line: it runs under a
 * small {@code sh} watchdog in a session and process group of its own, and the watchdog reads its standard input,
 * a pipe only the engine writes to. When the engine dies, even by SIGKILL, the pipe closes, and the watchdog
 * removes the task's container (Docker runner) and kills the group. The group's leader is recorded with its start
 * time ({@link TaskProcess}) while it runs, so that a later engine can also stop what is left, and when the task
 * ends whatever it left in its group is killed, as Kubernetes ends a pod with its main container.
 */
final class SubprocessRunner implements TaskRunner {
  /** The environment variable naming the task's Docker container, for the watchdog to remove. */
  static final String CONTAINER_ENV = "KFP4J_CONTAINER";
  /** The environment variable naming the docker command that removes it. */
  static final String DOCKER_ENV = "KFP4J_DOCKER";

  /** {@code sh -c WATCHDOG kfp4j-task COMMAND...}: runs COMMAND, and stops it when standard input closes. */
  static final String WATCHDOG = String.join("\n",
      "exec 3<&0",
      "\"$@\" 3<&- </dev/null &",
      "task=$!",
      "( while read -r _ <&3; do :; done",
      "  if [ -n \"${KFP4J_CONTAINER:-}\" ]; then \"${KFP4J_DOCKER:-docker}\" rm -f \"$KFP4J_CONTAINER\" >/dev/null 2>&1; fi",
      "  kill -KILL 0 ) &",
      "watch=$!",
      "exec 3<&-",
      "wait \"$task\"",
      "code=$?",
      "kill \"$watch\" 2>/dev/null",
      "exit \"$code\"");

  private static final String SETSID = List.of("/usr/bin/setsid", "/bin/setsid").stream()
      .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);

  /** Whether tasks run under the watchdog, in a process group of their own. */
  static boolean watched() {
    return SETSID != null && Files.isExecutable(Path.of("/bin/sh"));
  }

  /** The command line that runs {@code command} under the watchdog (or as it is, where there is no setsid). */
  static List<String> watchedCommand(List<String> command) {
    if (!watched()) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of(SETSID, "/bin/sh", "-c", WATCHDOG, "kfp4j-task"));
    wrapped.addAll(command);
    return wrapped;
  }

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(watchedCommand(invocation.command()))
        .directory(invocation.workDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(invocation.log().toFile()));
    builder.environment().putAll(invocation.env());
    if (watched() && !findable(invocation.command().get(0), invocation.workDir(), builder.environment().get("PATH"))) {
      throw new TaskStartException("cannot start " + invocation.command().get(0) + ": no such program; is it installed"
          + " and on the PATH?");
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new TaskStartException("cannot start " + invocation.command().get(0) + ": " + e.getMessage()
          + "; is it installed and on the PATH?");
    }
    TaskProcess recorded = new TaskProcess(process.pid(), ProcStat.startTicksOf(process.pid()),
        invocation.env().get(CONTAINER_ENV));
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
      if (watched()) {
        recorded.killGroup(); // what the task left running in its group ends with it
      }
      TaskProcess.forget(invocation.runDir(), invocation.workDir());
    }
  }

  /**
   * Whether the shell will find the program: a path (relative to the task's folder) to an executable, or a name on
   * the PATH; without the watchdog, starting it says so, with it the shell would only print "not found".
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

  /** Kills the process and everything it started, children first (its whole group, under the watchdog). */
  static void kill(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    if (watched()) {
      new TaskProcess(process.pid(), -1, null).killGroup();
    }
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
