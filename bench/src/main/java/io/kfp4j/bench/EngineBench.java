package io.kfp4j.bench;

import io.kfp4j.examples.calc.AddOp;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The embedded engine's cost per task. In-process: a ParallelFor of N trivial {@code add} tasks, for N = 100,
 * 1,000 and 10,000, wall time divided by N. Subprocess: a chain of {@code add} tasks run as separate JVMs
 * through the launcher, per task, against a bare {@code java} start of the same JVM options.
 *
 * <p>Run: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.EngineBench [ROUNDS]}.
 */
public final class EngineBench {
  private EngineBench() {}

  /** Prints the numbers. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path root = Files.createTempDirectory("kfp4j-engine-bench");
    LocalRunner runner = LocalRunner.create().withRoot(root).withCaching(false);
    run(runner, fanOut(200)); // warm-up
    for (int n : new int[] {100, 1_000, 10_000}) {
      double[] perTask = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        RunResult result = run(runner, fanOut(n));
        perTask[r] = (System.nanoTime() - start) / 1e6 / n;
        check(result, n);
      }
      Arrays.sort(perTask);
      System.out.printf("in-process: %,6d tasks  %.3f ms a task (median of %d; min %.3f)%n", n, perTask[rounds / 2],
          rounds, perTask[0]);
    }
    int chain = 10;
    LocalRunner subprocess = runner.withRunner(RunnerKind.SUBPROCESS);
    run(subprocess, chain(2));
    double[] sub = new double[rounds];
    double[] bare = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      RunResult result = run(subprocess, chain(chain));
      sub[r] = (System.nanoTime() - start) / 1e6 / chain;
      if (!result.succeeded()) {
        throw new IllegalStateException("subprocess chain failed: " + result.record().message());
      }
      bare[r] = bareJava(chain) / chain;
    }
    Arrays.sort(sub);
    Arrays.sort(bare);
    System.out.printf("subprocess: %.0f ms a task; bare java start (same options, -version) %.0f ms; ratio %.2f%n",
        sub[rounds / 2], bare[rounds / 2], sub[rounds / 2] / bare[rounds / 2]);
  }

  private static PipelineGraph fanOut(int n) {
    List<Double> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add((double) i);
    }
    return Pipelines.builder("fan-out-" + n).build(p -> ParallelFor.each(items, item -> AddOp.add(item, Value.of(1.0))));
  }

  private static PipelineGraph chain(int n) {
    return Pipelines.builder("chain-" + n).build(p -> {
      var task = AddOp.add(Value.of(0.0), Value.of(1.0));
      for (int i = 1; i < n; i++) {
        task = AddOp.add(task.output(), Value.of(1.0));
      }
    });
  }

  private static RunResult run(LocalRunner runner, PipelineGraph graph) {
    return runner.run(graph, Map.of());
  }

  private static void check(RunResult result, int n) {
    if (!result.succeeded() || result.record().tasks().size() != n) {
      throw new IllegalStateException("run of " + n + " tasks: " + result.record().status() + ", "
          + result.record().tasks().size() + " tasks: " + result.record().message());
    }
  }

  /** Milliseconds for {@code n} sequential bare JVM starts with the launcher's options. */
  private static double bareJava(int n) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(io.kfp4j.runtime.entry.LauncherCommand.JVM_OPTIONS);
    command.add("-version");
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.waitFor(60, TimeUnit.SECONDS);
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
