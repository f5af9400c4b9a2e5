package io.kfp4j.bench;

import static io.kfp4j.bench.BenchSupport.median;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code kfp4j} command line's start-to-exit time, as a user types it, against a Java hello world measured in
 * the same run: each call a new process, the commands interleaved round by round (2 warm-up rounds, then
 * {@code RUNS} measured ones), medians and minima and their ratios to hello world's, with the goals and the
 * load average at the end. The
 * commands run through the checkout's {@code ./kfp4j} script (hence its launcher and class data archive), in a
 * temporary folder outside any Maven project, with a cache of their own ({@code XDG_CACHE_HOME}): the first call
 * (which starts making the archive) is timed apart, then the bench waits for the archive. Also timed: the bare
 * {@code java -jar} of {@code --version} (what a user without the launcher gets), and the script's own cost, with
 * a stand-in {@code java} that exits at once (a copy of {@code true}) and a stand-in archive.
 *
 * <p>Usage: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.CliStartBench CHECKOUT [RUNS]} (default 10),
 * after building the cli's jar and the examples' classes.
 */
public final class CliStartBench {
  private CliStartBench() {}

  /** One timed command. @param name its row @param goal the ratio to hello world it should stay under, or 0 */
  private record Row(String name, double goal, List<String> command, Map<String, String> env) {}

  /** Runs the benchmark and prints one line per command. */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: CliStartBench CHECKOUT [RUNS]");
    }
    Path checkout = Path.of(args[0]).toAbsolutePath().normalize();
    int runs = Math.max(1, args.length > 1 ? Integer.parseInt(args[1]) : 10);
    Path script = checkout.resolve("kfp4j");
    Path classes = checkout.resolve("examples/target/classes");
    Path jar;
    try (Stream<Path> jars = Files.list(checkout.resolve("cli/target"))) {
      jar = jars.filter(p -> p.getFileName().toString().matches("kfp4j-cli-.*-all\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no cli/target/kfp4j-cli-*-all.jar: build the cli first"));
    }
    Path tmp = Files.createTempDirectory("kfp4j-cli-start");
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path hello = BenchSupport.compileHello(tmp.resolve("hello"));
      Path component = Files.writeString(tmp.resolve("component.yaml"), """
          name: Add
          inputs:
          - {name: a, type: Float}
          - {name: b, type: Float, default: '1'}
          outputs:
          - {name: sum, type: Float}
          implementation:
            container:
              image: python:3.9
              command: [sh, -c, 'echo $(($0 + $1)) > $2', {inputValue: a}, {inputValue: b}, {outputPath: sum}]
          """);
      // KFP4J_BUILD=0: a stale jar fails the bench instead of building (and installing) the checkout
      Map<String, String> env = Map.of("XDG_CACHE_HOME", tmp.resolve("cache").toString(), "KFP4J_BUILD", "0");
      List<Row> rows = new ArrayList<>();
      rows.add(new Row("java hello world", 0, List.of(java, "-cp", hello.toString(), "Hello"), Map.of()));
      rows.add(new Row("kfp4j --version", 2, List.of(script.toString(), "--version"), env));
      rows.add(new Row("kfp4j compile addition-pipeline", 5, List.of(script.toString(), "compile",
          "addition-pipeline", "--classpath", classes.toString(), "-o", tmp.resolve("x.yaml").toString()), env));
      rows.add(new Row("kfp4j components validate FILE", 4,
          List.of(script.toString(), "components", "validate", component.toString()), env));
      rows.add(new Row("kfp4j run addition-pipeline (in-process)", 8, List.of(script.toString(), "run",
          "addition-pipeline", "--classpath", classes.toString(), "--root", tmp.resolve("runs").toString(),
          "--param", "a=7", "--param", "b=8"), env));
      rows.add(new Row("java -jar kfp4j-cli-*-all.jar --version", 0,
          List.of(java, "-jar", jar.toString(), "--version"), Map.of()));
      rows.add(new Row("./kfp4j alone (java stand-in, archive found)", 0,
          List.of(script.toString(), "--version"), scriptAlone(tmp, jar)));

      double first = time(tmp, rows.get(2).command(), env);
      Path cds = tmp.resolve("cache/kfp4j/cds");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!hasArchive(cds) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      System.out.printf("first call (compile, no archive yet; starts making it): %.0f ms; archive %s%n", first,
          hasArchive(cds) ? "made" : "NOT made within 180 s");

      Map<Row, double[]> times = new LinkedHashMap<>();
      rows.forEach(row -> times.put(row, new double[runs]));
      for (int round = -2; round < runs; round++) {
        for (Row row : rows) {
          double ms = time(tmp, row.command(), row.env());
          if (round >= 0) {
            times.get(row)[round] = ms;
          }
        }
      }
      double base = median(times.get(rows.get(0)));
      double baseMin = Arrays.stream(times.get(rows.get(0))).min().orElseThrow();
      System.out.printf("%-46s %14s %14s %6s%n", "command (" + runs + " runs)", "median (min)", "ratio (of min)",
          "goal");
      for (Row row : rows) {
        double ms = median(times.get(row));
        double min = Arrays.stream(times.get(row)).min().orElseThrow();
        System.out.printf("%-46s %5.0f (%4.0f) ms %6.1fx (%4.1fx) %6s%n", row.name(), ms, min, ms / base,
            min / baseMin, row.goal() > 0 ? "<= " + (int) row.goal() + "x" : "");
      }
      System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static boolean hasArchive(Path cds) throws IOException {
    if (!Files.isDirectory(cds)) {
      return false;
    }
    try (Stream<Path> files = Files.list(cds)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".jsa"));
    }
  }

  /**
   * A JDK whose {@code java} exits at once and a cache that holds an archive for it under the name the launcher
   * looks for, so that the script does all its checks and then starts nothing.
   */
  private static Map<String, String> scriptAlone(Path tmp, Path jar) throws IOException {
    Path jdk = tmp.resolve("stand-in-jdk");
    Path bin = Files.createDirectories(jdk.resolve("bin"));
    Path java = Files.copy(Path.of("/bin/true"), bin.resolve("java"), StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path cache = tmp.resolve("stand-in-cache");
    Path cds = Files.createDirectories(cache.resolve("kfp4j/cds"));
    // the launcher's name for it: both paths with '_' for '/', at most 200 characters (the end); newer than both
    String key = (jar.toString() + "-" + java).replace('/', '_');
    key = key.substring(Math.max(0, key.length() - 200));
    Files.writeString(cds.resolve(key + ".jsa"), "x");
    return Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME", cache.toString(), "KFP4J_BUILD", "0");
  }

  /** Start-to-exit milliseconds of one process; its output is discarded, a failure ends the bench. */
  private static double time(Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    long start = System.nanoTime();
    int rc = builder.start().waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (rc != 0) {
      throw new IllegalStateException("exit " + rc + ": " + String.join(" ", command));
    }
    return ms;
  }
}
