package io.kfp4j.bench;

import static io.kfp4j.bench.BenchSupport.median;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds and compiles large pipelines of one small YAML component: linear chains of 10, 100, 1,000 and 5,000 tasks
 * (each reads the previous one's output) and a fan-out of one producer and 1,000 consumers. For each, times building
 * the graph and compiling it plus writing the YAML to a temporary file: the first (cold) run in this JVM, then the
 * median of {@code ROUNDS} (at least 1) runs after as many warm-up runs. Usage: {@code java -cp bench/target/kfp4j-bench.jar
 * io.kfp4j.bench.CompileBench [ROUNDS]} (default 5).
 */
public final class CompileBench {
  private static final ComponentDefinition ECHO = ComponentDefinition.fromText("""
      name: Echo
      inputs:
      - {name: msg, type: String}
      outputs:
      - {name: out, type: String}
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo "$0" | tee "$1"', {inputValue: msg}, {outputPath: out}]
      """);

  /** One shape of pipeline. @param name what it is @param build builds its graph */
  private record Shape(String name, Supplier<PipelineGraph> build) {}

  private CompileBench() {}

  /** Runs the benchmark and prints one line per shape. */
  public static void main(String[] args) throws IOException {
    int rounds = Math.max(1, args.length > 0 ? Integer.parseInt(args[0]) : 5);
    List<Shape> shapes = List.of(chain(10), chain(100), chain(1_000), chain(5_000), fanOut(1_000));
    Path file = Files.createTempFile("kfp4j-compile-bench", ".yaml");
    try {
      System.out.printf("%-16s %12s %14s %14s %14s %12s%n", "shape", "cold build", "cold compile", "warm build",
          "warm compile", "YAML bytes");
      for (Shape shape : shapes) {
        double[] cold = once(shape, file);
        for (int i = 0; i < rounds; i++) {
          once(shape, file);
        }
        double[] builds = new double[rounds];
        double[] compiles = new double[rounds];
        for (int i = 0; i < rounds; i++) {
          double[] run = once(shape, file);
          builds[i] = run[0];
          compiles[i] = run[1];
        }
        System.out.printf("%-16s %9.1f ms %11.1f ms %11.1f ms %11.1f ms %12d%n", shape.name(), cold[0], cold[1],
            median(builds), median(compiles), Files.size(file));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Build time and compile-and-write time of one run, in milliseconds. */
  private static double[] once(Shape shape, Path file) {
    long start = System.nanoTime();
    PipelineGraph graph = shape.build().get();
    long built = System.nanoTime();
    Compiler.compile(graph, file);
    long written = System.nanoTime();
    return new double[] {(built - start) / 1e6, (written - built) / 1e6};
  }

  private static Shape chain(int tasks) {
    return new Shape("chain " + tasks, () -> Pipelines.builder("chain-" + tasks).build(p -> {
      Source<String> previous = p.param("msg", String.class, "hi");
      for (int i = 0; i < tasks; i++) {
        previous = ECHO.task(Map.of("msg", previous)).outputNamed("out");
      }
    }));
  }

  private static Shape fanOut(int consumers) {
    return new Shape("fan-out " + consumers, () -> Pipelines.builder("fan-out-" + consumers).build(p -> {
      ComponentTask producer = ECHO.task(Map.of("msg", Value.of("hi")));
      for (int i = 0; i < consumers; i++) {
        ECHO.task(Map.of("msg", producer.<String>outputNamed("out")));
      }
    }));
  }


}
