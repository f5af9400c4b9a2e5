package io.kfp4j.bench;

import io.kfp4j.examples.calc.CalcOps.AddOp;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;

/**
 * What the benchmarks share: a median, the hello world that JVM starts are measured against, and a pipeline of
 * many trivial tasks.
 */
final class BenchSupport {
  private BenchSupport() {}

  /** The median (the mean of the two middle values for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Compiles {@code Hello} (prints {@code hello}) into a folder; returns the folder, for {@code -cp}. */
  static Path compileHello(Path dir) throws IOException {
    Path source = Files.createDirectories(dir).resolve("Hello.java");
    Files.writeString(source, "public class Hello { public static void main(String[] args) {"
        + " System.out.println(\"hello\"); } }");
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", dir.toString(),
        source.toString());
    if (rc != 0) {
      throw new IllegalStateException("javac Hello.java failed: " + rc);
    }
    return dir;
  }

  /** A {@code ParallelFor} of {@code n} examples' {@code add} tasks, each adding 1 to its item. */
  static PipelineGraph fanOut(int n) {
    List<Double> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add((double) i);
    }
    return Pipelines.builder("fan-out-" + n)
        .build(p -> ParallelFor.each(items, item -> AddOp.add(item, Value.of(1.0))));
  }
}
