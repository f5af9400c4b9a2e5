package io.kfp4j.tooling.local;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a project's pipeline on the embedded engine as a front end shows it: a line when the run starts, a line at
 * every task state change, then each task's outputs and the record's path. The project's class loader is the
 * thread's context loader during the run, and the run is cancelled cleanly if the JVM is asked to stop (Ctrl-C).
 */
public final class LocalRun {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final int INLINE_VALUE_LIMIT = 200;

  private final LocalRunner runner;
  private final Consumer<String> out;

  /**
   * @param runner the engine's settings (root, runner kind, experiment, caching...); its progress listener is
   *     replaced by this run's
   * @param classpath the project's classpath: its loader, and the classpath of subprocess tasks
   * @param out where lines go
   */
  public LocalRun(LocalRunner runner, PipelineClasspath classpath, Consumer<String> out) {
    this.out = Objects.requireNonNull(out, "out");
    this.runner = runner.withClasspath(classpath.subprocessClasspath()).withProgress(this::progress);
  }

  /**
   * Runs the pipeline to its end and prints as it goes.
   *
   * @param graph the pipeline
   * @param arguments its parameters as KFP text or values
   * @param describe how the run is described on its first line ({@code "in-process, experiment Default"})
   * @param loader the project's class loader
   * @return the result; see {@link RunResult#succeeded()}
   * @throws Kfp4jException ({@link Kfp4jException.Kind#INVALID_INPUT}) when the arguments do not fit the pipeline
   */
  public RunResult run(PipelineGraph graph, Map<String, ?> arguments, String describe, ClassLoader loader) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      LocalRunner.Handle handle;
      try {
        handle = runner.start(graph, arguments);
      } catch (IllegalArgumentException e) {
        throw new ToolingException(Kind.INVALID_INPUT, e.getMessage(), e);
      }
      out.accept("run " + handle.runId() + " of " + graph.name() + " (" + describe + ")");
      Thread cancel = new Thread(handle::cancel, "kfp4j-cancel");
      Runtime.getRuntime().addShutdownHook(cancel);
      RunResult result;
      try {
        result = handle.await();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(cancel);
        } catch (IllegalStateException e) {
          // the JVM is shutting down: the hook is cancelling the run
        }
      }
      summary(result);
      return result;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private synchronized void progress(TaskRecord task) {
    StringBuilder line = new StringBuilder(LocalTime.now().format(CLOCK)).append("  ")
        .append(String.format("%-10s", task.status())).append(task.id());
    if (task.attempts() > 1) {
      line.append(" (attempt ").append(task.attempts()).append(')');
    }
    if (task.message() != null && task.status().isFinal()) {
      line.append(": ").append(task.message());
    }
    out.accept(line.toString());
  }

  private void summary(RunResult result) {
    RunRecord record = result.record();
    out.accept("");
    out.accept("run " + record.id() + " " + record.status() + " in "
        + String.format("%.1f s", (record.durationMillis() == null ? 0 : record.durationMillis()) / 1000.0)
        + (record.message() == null ? "" : ": " + record.message()));
    for (TaskRecord task : record.tasks().values()) {
      for (Map.Entry<String, String> output : task.outputs().entrySet()) {
        String value = task.outputValues().get(output.getKey());
        boolean inline = value != null && value.length() <= INLINE_VALUE_LIMIT && !value.contains("\n");
        out.accept("  " + task.id() + "  " + output.getKey() + " = " + (inline ? value : output.getValue()));
      }
      if (task.logTail() != null && task.status() == TaskStatus.FAILED) {
        out.accept("  " + task.id() + " log (last lines):");
        task.logTail().lines().forEach(l -> out.accept("    " + l));
      }
    }
    out.accept("  record: " + result.runDir().resolve(RunStore.RECORD_FILE));
  }
}
