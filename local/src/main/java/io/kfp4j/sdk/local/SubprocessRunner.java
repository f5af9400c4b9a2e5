package io.kfp4j.sdk.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task's command line as a process on this machine (the image is ignored), its output to the task's log;
 * on timeout or cancellation the whole process tree is killed.
 */
final class SubprocessRunner implements TaskRunner {

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(invocation.command())
        .directory(invocation.workDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(invocation.log().toFile()));
    builder.environment().putAll(invocation.env());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new TaskStartException("cannot start " + invocation.command().get(0) + ": " + e.getMessage()
          + "; is it installed and on the PATH?");
    }
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
    }
  }

  /** Kills the process and everything it started, children first. */
  static void kill(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
