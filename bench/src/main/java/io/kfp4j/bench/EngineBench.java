package io.kfp4j.bench;

import static io.kfp4j.bench.BenchSupport.median;

import io.kfp4j.examples.calc.CalcOps.AddOp;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The embedded engine's cost per task. In-process: a ParallelFor of N trivial {@code add} tasks, for N = 100,
 * 1,000 and 10,000, wall time divided by N. Subprocess: a chain of {@code add} tasks run as separate JVMs
 * through the launcher, per task, without and with class data sharing, against bare {@code java} starts.
 *
 * <p>Run: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.EngineBench [ROUNDS] [--subprocess-only]}.
 */
public final class EngineBench {
  private EngineBench() {}

  /** Prints the numbers. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    boolean inProcess = !List.of(args).contains("--subprocess-only");
    Path root = Files.createTempDirectory("kfp4j-engine-bench");
    LocalRunner runner = LocalRunner.create().withRoot(root).withCaching(false);
    run(runner, BenchSupport.fanOut(200)); // warm-up
    for (int n : inProcess ? new int[] {100, 1_000, 10_000} : new int[0]) {
      double[] perTask = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        RunResult result = run(runner, BenchSupport.fanOut(n));
        perTask[r] = (System.nanoTime() - start) / 1e6 / n;
        check(result, n);
      }
      Arrays.sort(perTask);
      System.out.printf("in-process: %,6d tasks  %.3f ms a task (median of %d; min %.3f)%n", n, perTask[rounds / 2],
          rounds, perTask[0]);
    }
    subprocess(root, runner, rounds);
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * A chain of 10 {@code add} tasks as subprocesses, per task: without class data sharing, with the archive made
   * by an earlier run (warm), and the first run on a new classpath (a fresh root: its first task lists the classes,
   * the archive is made in the background, the run returns when it is ready); against 10 bare JVM starts: {@code
   * java -version} with the launcher's options and a hello world with the launcher's and the default options. The
   * variants are interleaved, round by round.
   */
  private static void subprocess(Path root, LocalRunner runner, int rounds) throws Exception {
    int chain = 10;
    LocalRunner off = runner.withRunner(RunnerKind.SUBPROCESS).withClassDataSharing(false);
    LocalRunner on = runner.withRunner(RunnerKind.SUBPROCESS).withRoot(root.resolve("warm"));
    run(off, chain(2));
    run(on, chain(2)); // makes the warm root's archive
    Path hello = BenchSupport.compileHello(root.resolve("hello"));
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> version = new ArrayList<>(List.of(java));
    version.addAll(LauncherCommand.JVM_OPTIONS);
    version.add("-version");
    List<String> helloDefault = List.of(java, "-cp", hello.toString(), "Hello");
    List<String> helloOptions = new ArrayList<>(List.of(java));
    helloOptions.addAll(LauncherCommand.JVM_OPTIONS);
    helloOptions.addAll(List.of("-cp", hello.toString(), "Hello"));

    String[] names = {"subprocess, no class data sharing", "subprocess, with the archive (warm)",
        "subprocess, first run (makes it)", "  its first task (lists classes)", "bare java -version, same options",
        "bare hello world, default options", "bare hello world, same options"};
    double[][] ms = new double[names.length][rounds];
    for (int r = 0; r < rounds; r++) {
      ms[0][r] = perTask(off, chain);
      ms[1][r] = perTask(on, chain);
      LocalRunner cold = on.withRoot(root.resolve("cold-" + r));
      long start = System.nanoTime();
      RunResult first = run(cold, chain(chain));
      ms[2][r] = (System.nanoTime() - start) / 1e6 / chain;
      check(first, chain);
      TaskRecord task = first.task("add").orElseThrow();
      ms[3][r] = Duration.between(task.startedAt(), task.finishedAt()).toNanos() / 1e6;
      ms[4][r] = bare(version, chain) / chain;
      ms[5][r] = bare(helloDefault, chain) / chain;
      ms[6][r] = bare(helloOptions, chain) / chain;
    }
    System.out.printf("%nsubprocess, a chain of %d add tasks, per task (ms, %d rounds):%n", chain, rounds);
    System.out.printf("%-38s %8s %8s %10s %10s %10s%n", "", "median", "min", "/version", "/hello", "/hello opt");
    for (int i = 0; i < names.length; i++) {
      double median = median(ms[i]);
      System.out.printf("%-38s %8.1f %8.1f %9.2fx %9.2fx %9.2fx%n", names[i], median, min(ms[i]),
          median / median(ms[4]), median / median(ms[5]), median / median(ms[6]));
    }
    System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }

  private static double perTask(LocalRunner runner, int chain) {
    long start = System.nanoTime();
    RunResult result = run(runner, chain(chain));
    check(result, chain);
    return (System.nanoTime() - start) / 1e6 / chain;
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

  /** Milliseconds for {@code n} sequential runs of a command, its output discarded; fails unless each exits 0. */
  private static double bare(List<String> command, int n) throws IOException, InterruptedException {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }





  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }
}
