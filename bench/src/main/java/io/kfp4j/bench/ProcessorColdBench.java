package io.kfp4j.bench;

import static io.kfp4j.bench.BenchSupport.median;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The annotation processor's cost as a small project's build pays it: every compilation a fresh {@code javac}
 * process, as Maven's compiler plugin forks it or a developer types it. {@code CLASSES} classes of 10
 * {@code @Component} methods ({@link ProcessorBench}'s sources) against as many files of 10 {@code @AutoValue} classes
 * ({@link AutoValueSources}), each compiled without ({@code -proc:none}) and with its processor, the four in turn in
 * every round, 2 warm-up rounds (the file cache) and {@code RUNS} measured rounds. The outputs are checked as
 * {@code ProcessorBench} checks them. Prints each compilation's median and the processors' overheads, per component
 * and per {@code @AutoValue} class. Usage: {@code java -cp bench/target/kfp4j-bench.jar
 * io.kfp4j.bench.ProcessorColdBench [CLASSES] [RUNS]} (defaults 1, 8).
 */
public final class ProcessorColdBench {
  private static final int WARMUP = 2;

  private ProcessorColdBench() {}

  /** Runs the benchmark and prints its numbers. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int classes = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int components = classes * ProcessorBench.METHODS_PER_CLASS;
    Path work = Files.createTempDirectory("kfp4j-processor-cold");
    try {
      List<Path> kfp4j = ProcessorBench.writeSources(work.resolve("src"), classes);
      List<Path> values = AutoValueSources.write(work.resolve("values"), classes, ProcessorBench.METHODS_PER_CLASS);
      Path out = work.resolve("out");
      String[] names = {"kfp4j -proc:none", "kfp4j with its processor", "AutoValue's sources -proc:none",
          "AutoValue's sources with AutoValue"};
      double[][] ms = new double[4][runs];
      for (int round = 0; round < WARMUP + runs; round++) {
        double[] times = {
            javac(kfp4j, out, null, () -> { }),
            javac(kfp4j, out, "io.kfp4j.processor.ComponentProcessor", () -> ProcessorBench.verify(out, components)),
            javac(values, out, null, () -> { }),
            javac(values, out, AutoValueSources.PROCESSOR, () -> AutoValueSources.verify(out, components))};
        if (round >= WARMUP) {
          for (int k = 0; k < 4; k++) {
            ms[k][round - WARMUP] = times[k];
          }
        }
      }
      System.out.printf("%d components against %d @AutoValue classes, a fresh javac each, %d rounds after %d"
          + " warm-up rounds%n", components, components, runs, WARMUP);
      for (int k = 0; k < 4; k++) {
        System.out.printf("%s: median %.0f ms, all %s%n", names[k], median(ms[k]),
            Arrays.toString(Arrays.stream(ms[k]).mapToLong(Math::round).toArray()));
      }
      double kfp4jCost = median(ms[1]) - median(ms[0]);
      double autoValueCost = median(ms[3]) - median(ms[2]);
      System.out.printf("processor overhead, medians: kfp4j +%.0f ms (%.1f ms a component), AutoValue +%.0f ms"
          + " (%.1f ms a class): %.2fx%n", kfp4jCost, kfp4jCost / components, autoValueCost,
          autoValueCost / components, kfp4jCost / autoValueCost);
    } finally {
      ProcessorBench.deleteTree(work);
    }
  }

  /** What checks a compilation's output. */
  private interface Check {
    void check() throws IOException;
  }

  /** Compiles in a fresh {@code javac} process; returns its wall time in milliseconds. */
  private static double javac(List<Path> sources, Path out, String processor, Check check)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "--release", "17",
        "-classpath", System.getProperty("java.class.path"),
        "-d", out.resolve("classes").toString(), "-s", out.resolve("generated").toString()));
    command.addAll(processor == null ? List.of("-proc:none") : List.of("-processor", processor));
    sources.forEach(s -> command.add(s.toString()));
    Files.createDirectories(out.resolve("classes"));
    Files.createDirectories(out.resolve("generated"));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    int code = process.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (code != 0) {
      throw new IllegalStateException("javac failed (" + code + "): " + String.join(" ", command) + "\n" + output);
    }
    check.check();
    ProcessorBench.deleteTree(out);
    return ms;
  }
}
