package io.kfp4j.bench;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads and validates every {@code component.yaml} of a folder: once in a fresh JVM (cold), then again and
 * again after warm-up (warm). Usage: {@code java -cp bench/target/kfp4j-bench.jar
 * io.kfp4j.bench.CorpusLoadBench [FOLDER] [ROUNDS]}; the folder defaults to the reference corpus, and
 * {@code ROUNDS} 0 measures the cold pass alone.
 */
public final class CorpusLoadBench {
  private CorpusLoadBench() {}

  /** Runs the benchmark and prints its numbers. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/reference/kfp-components");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.isEmpty()) {
      System.err.println("no .yaml files in " + folder.toAbsolutePath());
      System.exit(1);
    }
    long start = System.nanoTime();
    int[] outcome = loadAll(files);
    double coldMs = (System.nanoTime() - start) / 1e6;
    double uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf("files: %d (%d valid, %d invalid)%n", files.size(), outcome[0], outcome[1]);
    System.out.printf("cold: first pass %.0f ms; JVM start to end of first pass %.0f ms%n", coldMs, uptimeMs);

    if (rounds <= 0) {
      return;
    }
    for (int i = 0; i < rounds; i++) {
      loadAll(files); // warm-up
    }
    double[] passes = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      loadAll(files);
      passes[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(passes);
    double median = passes[rounds / 2];
    System.out.printf("warm: corpus median %.1f ms (min %.1f, max %.1f over %d passes); %.3f ms a file%n",
        median, passes[0], passes[rounds - 1], rounds, median / files.size());
  }

  private static int[] loadAll(List<Path> files) {
    int valid = 0;
    int invalid = 0;
    for (Path file : files) {
      try {
        ComponentLoader.standard().fromFile(file);
        valid++;
      } catch (InvalidSpecException e) {
        invalid++;
      }
    }
    return new int[] {valid, invalid};
  }
}
