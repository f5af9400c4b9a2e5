package io.kfp4j.bench;

import static io.kfp4j.bench.BenchSupport.median;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The annotation processor's cost: writes {@code CLASSES} classes of 10 {@code @Component} methods each (a mix of
 * double, String, int with {@code @Default}, {@code List<Double>}, {@code Optional<String>}, {@code @InputPath} and
 * {@code @OutputPath} files and record returns), and as many {@code @AutoValue} classes of comparable size
 * ({@link AutoValueSources}), then compiles each set in this JVM with {@code javax.tools}, a fresh compiler task each
 * time, without ({@code -proc:none}) and with its processor (kfp4j's, AutoValue's). The four compilations run in
 * turn, so that both processors meet the same load on a shared machine: a first (cold) round, 10 warm-up rounds,
 * then {@code RUNS} measured rounds. Each compilation's wall time and the compiling thread's CPU time are kept (javac
 * compiles in the calling thread; the CPU time leaves out the JIT's and the collector's threads and time spent
 * waiting for a core). Fails unless each kfp4j run wrote one {@code component.yaml} and one task factory per
 * component and one source with its entries per class, and each AutoValue run one {@code AutoValue_} class per
 * value class. Prints the cost per component against the cost per {@code @AutoValue} class, cold and warm. Usage, after
 * {@code mvn -q install -DskipTests}: {@code java -cp bench/target/kfp4j-bench.jar io.kfp4j.bench.ProcessorBench
 * [CLASSES] [RUNS]} (defaults 50, 5).
 */
public final class ProcessorBench {
  static final int METHODS_PER_CLASS = 10;
  /** Warm-up rounds after the first one: javac's own code takes about ten compilations to reach steady speed. */
  private static final int WARMUP = 10;
  private static final String KFP4J = "io.kfp4j.processor.ComponentProcessor";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProcessorBench() {}

  /** One set of sources and its processor. */
  private record Corpus(List<Path> sources, String processor, Check check) {}

  /** Runs the benchmark and prints its numbers. */
  public static void main(String[] args) throws IOException {
    int classes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int components = classes * METHODS_PER_CLASS;
    Path work = Files.createTempDirectory("kfp4j-processor-bench");
    try {
      Corpus kfp4j = new Corpus(writeSources(work.resolve("src"), classes), KFP4J, dir -> verify(dir, components));
      Corpus autoValue = new Corpus(AutoValueSources.write(work.resolve("values"), classes, METHODS_PER_CLASS),
          AutoValueSources.PROCESSOR, dir -> AutoValueSources.verify(dir, components));
      System.out.printf("%d components in %d files; %d @AutoValue classes in %d files; in %s%n", components,
          kfp4j.sources().size(), components, autoValue.sources().size(), work);
      Path out = work.resolve("out");
      Result[] cold = round(kfp4j, autoValue, out);
      for (int i = 0; i < WARMUP; i++) {
        round(kfp4j, autoValue, out);
      }
      Result[][] warm = new Result[runs][];
      for (int i = 0; i < runs; i++) {
        warm[i] = round(kfp4j, autoValue, out);
      }
      report(cold, warm, components, runs);
    } finally {
      deleteTree(work);
    }
  }

  /** kfp4j without and with its processor, then AutoValue's sources without and with AutoValue. */
  private static Result[] round(Corpus kfp4j, Corpus autoValue, Path out) throws IOException {
    return new Result[] {compile(kfp4j.sources(), out, null, kfp4j.check()),
        compile(kfp4j.sources(), out, kfp4j.processor(), kfp4j.check()),
        compile(autoValue.sources(), out, null, autoValue.check()),
        compile(autoValue.sources(), out, autoValue.processor(), autoValue.check())};
  }

  private static void report(Result[] cold, Result[][] warm, int components, int runs) {
    String[] names = {"kfp4j -proc:none", "kfp4j with its processor", "AutoValue's sources -proc:none",
        "AutoValue's sources with AutoValue"};
    System.out.printf("cold, the first round in this JVM (ms, wall/cpu): %s%n", Arrays.toString(Arrays.stream(cold)
        .map(r -> Math.round(r.ms) + "/" + Math.round(r.cpuMs)).toArray()));
    double[][] wall = new double[4][runs];
    double[][] cpu = new double[4][runs];
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < 4; k++) {
        wall[k][i] = warm[i][k].ms;
        cpu[k][i] = warm[i][k].cpuMs;
      }
    }
    for (int k = 0; k < 4; k++) {
      System.out.printf("warm, %d rounds after %d warm-up rounds, %s: wall %s ms, cpu %s ms%n", runs, WARMUP,
          names[k], Arrays.toString(rounded(wall[k])), Arrays.toString(rounded(cpu[k])));
    }
    double[] processing = Arrays.stream(warm).mapToDouble(r -> r[1].processingMs).toArray();
    System.out.printf("kfp4j's annotation processing rounds, warm median: %.0f ms (%.2f ms a component)%n",
        median(processing), median(processing) / components);
    double coldKfp4j = (cold[1].ms - cold[0].ms) / components;
    double coldAutoValue = (cold[3].ms - cold[2].ms) / components;
    System.out.printf("per component (kfp4j) against per @AutoValue class, cold (wall): %.2f ms vs %.2f ms (%.1fx)%n",
        coldKfp4j, coldAutoValue, coldKfp4j / coldAutoValue);
    for (String kind : List.of("wall", "cpu")) {
      double[][] t = kind.equals("wall") ? wall : cpu;
      double k = (median(t[1]) - median(t[0])) / components;
      double a = (median(t[3]) - median(t[2])) / components;
      double kMin = (min(t[1]) - min(t[0])) / components;
      double aMin = (min(t[3]) - min(t[2])) / components;
      System.out.printf("per component (kfp4j) against per @AutoValue class, warm (%s): medians %.2f ms vs %.2f ms"
          + " (%.1fx), minimums %.2f ms vs %.2f ms (%.1fx)%n", kind, k, a, k / a, kMin, aMin, kMin / aMin);
    }
  }

  private record Result(double ms, double cpuMs, double processingMs) {}

  /** What checks a processor's output. */
  private interface Check {
    void check(Path out) throws IOException;
  }

  /**
   * Compiles the sources to {@code out/classes} (generated sources in {@code out/generated}) with a processor (or
   * none: {@code null}), checks what the processor wrote and deletes it; fails on any error.
   */
  private static Result compile(List<Path> sources, Path out, String processor, Check check) throws IOException {
    boolean withProcessor = processor != null;
    Path classesDir = Files.createDirectories(out.resolve("classes"));
    Path generatedDir = Files.createDirectories(out.resolve("generated"));
    List<String> options = new ArrayList<>(List.of("--release", "17",
        "-classpath", System.getProperty("java.class.path"),
        "-d", classesDir.toString(), "-s", generatedDir.toString()));
    options.addAll(withProcessor
        ? List.of("-processor", processor) : List.of("-proc:none"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter messages = new StringWriter();
    long[] processing = new long[2];
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(messages, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.addTaskListener(new TaskListener() {
        @Override
        public void started(TaskEvent e) {
          if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
            processing[0] = System.nanoTime();
          }
        }

        @Override
        public void finished(TaskEvent e) {
          if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING) {
            processing[1] = System.nanoTime();
          }
        }
      });
      ok = task.call();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    if (!ok || !errors.isEmpty()) {
      throw new IllegalStateException("compilation failed (" + (withProcessor ? "with processor" : "-proc:none")
          + "): " + errors + messages);
    }
    if (withProcessor) {
      check.check(out);
    }
    deleteTree(out);
    return new Result(ms, cpuMs, (processing[1] - processing[0]) / 1e6);
  }

  /**
   * Fails unless the processor wrote one component.yaml and one compiled task factory ({@code XxxOps$XxxOp}) per
   * component, one generated source ({@code XxxOps}) with compiled launcher entries ({@code XxxOps$Entries}) per
   * class, and every generated source was compiled.
   */
  static void verify(Path out, int components) throws IOException {
    Path classesDir = out.resolve("classes");
    int classes = components / METHODS_PER_CLASS;
    long yamls = count(classesDir.resolve("META-INF/kfp4j/components"), ".component.yaml");
    long factories = count(classesDir, "Op.class");
    long entries = count(classesDir, "Ops$Entries.class");
    long generated = count(out.resolve("generated"), ".java");
    long compiled;
    try (Stream<Path> walk = Files.walk(out.resolve("generated"))) {
      compiled = walk.filter(f -> f.toString().endsWith(".java"))
          .map(f -> out.resolve("generated").relativize(f).toString().replaceAll("\\.java$", ".class"))
          .filter(c -> Files.isRegularFile(classesDir.resolve(c))).count();
    }
    if (yamls != components || factories != components || generated != classes || compiled != generated
        || entries != classes) {
      throw new IllegalStateException("expected " + components + " component.yaml files and task factories, "
          + classes + " generated and compiled sources and entry classes; found " + yamls + " component.yaml"
          + " files, " + factories + " task factories, " + generated + " generated sources, " + compiled
          + " of them compiled, " + entries + " entry classes, in " + out);
    }
  }

  private static long count(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
    }
  }

  /** Writes {@code gen/cNN/TasksNN.java} for each class; method names end in NN so every component key is unique. */
  static List<Path> writeSources(Path root, int classes) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      String n = String.format(Locale.ROOT, "%02d", c);
      Path file = root.resolve("gen/c" + n + "/Tasks" + n + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, TEMPLATE.replace("NN", n), StandardCharsets.UTF_8);
      sources.add(file);
    }
    return sources;
  }

  /** One class of 10 components; {@code NN} is the class number. */
  private static final String TEMPLATE = """
      package gen.cNN;

      import io.kfp4j.annotations.Component;
      import io.kfp4j.annotations.Default;
      import io.kfp4j.annotations.InputPath;
      import io.kfp4j.annotations.OutputPath;
      import java.io.IOException;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.util.List;
      import java.util.Optional;

      /** Benchmark components, set NN. */
      public final class TasksNN {
        private TasksNN() {}

        /** Several outputs. */
        public record Summary(double mean, double max, int count) {}

        /** Two outputs. */
        public record Scaled(double value, String label) {}

        /**
         * Adds two numbers.
         *
         * @param a the first addend
         * @param b the second addend
         * @return the sum
         */
        @Component
        public static double addNN(double a, double b) {
          return a + b;
        }

        /**
         * Repeats a text.
         *
         * @param text the text
         * @param times how many times
         * @return the text, repeated
         */
        @Component
        public static String repeatNN(String text, @Default("3") int times) {
          return text.repeat(times);
        }

        /**
         * Describes numbers.
         *
         * @param values the numbers
         * @return their mean, maximum and count
         */
        @Component
        public static Summary describeNN(List<Double> values) {
          double sum = 0;
          double max = Double.NEGATIVE_INFINITY;
          for (double v : values) {
            sum += v;
            max = Math.max(max, v);
          }
          return new Summary(values.isEmpty() ? 0 : sum / values.size(), max, values.size());
        }

        /**
         * Greets someone.
         *
         * @param name who to greet
         * @param title an optional title
         * @return the greeting
         */
        @Component
        public static String greetNN(String name, Optional<String> title) {
          return "Hello, " + title.map(t -> t + " ").orElse("") + name;
        }

        /**
         * Copies a text file.
         *
         * @param textPath the file to copy
         * @param copyPath where the copy goes
         */
        @Component
        public static void copyTextNN(@InputPath("Text") Path textPath, @OutputPath("Text") Path copyPath)
            throws IOException {
          Files.copy(textPath, copyPath);
        }

        /**
         * Counts the bytes of a file.
         *
         * @param dataPath the file
         * @return its size
         */
        @Component
        public static long countBytesNN(@InputPath Path dataPath) throws IOException {
          return Files.size(dataPath);
        }

        /**
         * Raises a number to a power.
         *
         * @param x the number
         * @param power the power
         * @param label an optional label
         * @return the value and its label
         */
        @Component
        public static Scaled scaleNN(double x, @Default("2") int power, Optional<String> label) {
          return new Scaled(Math.pow(x, power), label.orElse("x^" + power));
        }

        /**
         * Keeps the numbers above a minimum.
         *
         * @param values the numbers
         * @param minimum the smallest number kept
         * @return the numbers kept
         */
        @Component
        public static List<Double> keepAboveNN(List<Double> values, @Default("0") double minimum) {
          return values.stream().filter(v -> v >= minimum).toList();
        }

        /**
         * Writes a text several times.
         *
         * @param text the text
         * @param copies how many times
         * @param resultPath where the text goes
         */
        @Component
        public static void writeCopiesNN(String text, @Default("1") int copies, @OutputPath Path resultPath)
            throws IOException {
          Files.writeString(resultPath, text.repeat(copies));
        }

        /**
         * Combines values of every kind.
         *
         * @param a a number
         * @param b an integer
         * @param c a text
         * @param d an optional text
         * @return a number made of them
         */
        @Component
        public static double combineNN(double a, int b, String c, Optional<String> d) {
          return a * b + c.length() + d.map(String::length).orElse(0);
        }
      }
      """;



  private static long[] rounded(double[] values) {
    return Arrays.stream(values).mapToLong(Math::round).toArray();
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
