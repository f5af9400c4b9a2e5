package io.kfp4j.sdk.local;

import io.kfp4j.runtime.internal.entry.EntryRunner;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs kfp4j components in this JVM through their generated entry, with the same file-based inputs and outputs
 * as in a container: fast, and debuggable with breakpoints. Other components go to the fallback runner.
 */
final class InProcessRunner implements TaskRunner {
  private final TaskRunner fallback;
  private final ClassLoader loader;

  InProcessRunner(TaskRunner fallback, ClassLoader loader) {
    this.fallback = fallback;
    this.loader = loader;
  }

  /** Whether the command line starts the kfp4j launcher. */
  static boolean isLauncher(List<String> command) {
    return LauncherCommand.entryOf(command) != null;
  }

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    List<String> command = invocation.command();
    if (!isLauncher(command)) {
      return fallback.run(invocation);
    }
    String entry = LauncherCommand.entryOf(command);
    List<String> flags = command.subList(command.indexOf(LauncherCommand.MAIN_CLASS) + 2, command.size());
    FutureTask<Integer> call = new FutureTask<>(() -> call(entry, flags, invocation));
    Thread thread = new Thread(call, "kfp4j-task-" + invocation.taskId());
    thread.setContextClassLoader(loader);
    thread.setDaemon(true);
    thread.start();
    try {
      return invocation.timeout() == null ? new Outcome(call.get(), false)
          : new Outcome(call.get(invocation.timeout().toMillis(), TimeUnit.MILLISECONDS), false);
    } catch (TimeoutException e) {
      thread.interrupt();
      TaskExecution.append(invocation.log(), "kfp4j: the task ran past its timeout of " + invocation.timeout()
          + " and was interrupted\n");
      return new Outcome(-1, true);
    } catch (InterruptedException e) {
      thread.interrupt();
      throw e;
    } catch (ExecutionException e) {
      TaskExecution.append(invocation.log(), "kfp4j: " + e.getCause() + "\n");
      return new Outcome(1, false);
    }
  }

  private int call(String entry, List<String> flags, Invocation invocation) {
    try (PrintStream log = new PrintStream(new FileOutputStream(invocation.log().toFile(), true), true,
        StandardCharsets.UTF_8)) {
      return EntryRunner.run(entry, flags, loader, log, "kfp4j: ");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the log of task " + invocation.taskId() + ": " + e.getMessage(), e);
    }
  }
}
