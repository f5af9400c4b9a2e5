package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.result.RunOutputs;
import io.kfp4j.sdk.result.TaskOutputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated typed reading of a finished task ({@code XxxOp.result(run, taskId)}): the single output as its Java
 * type, or a record with each output as its Java type, decoded with the runtime's KFP serializers; every iteration
 * with {@code run.results(task, XxxOp::result)}. Checked by compiling code that assigns
 * each output to its exact type, by reflection on the records, then by reading files a run would have written.
 */
class ResultApiTest {
  private static final JavaFileObject COMPONENTS = TestSupport.component("p.C", """
      public record Summary(double mean, double max, int count) {}

      @TypeName("Item")
      public record Item(String name, int quantity) {}

      @Component
      public static String greet(String name) { return "Hello, " + name; }

      @Component
      public static Summary describe(List<Double> values) { return null; }

      @Component
      public static long copy(@InputPath("Text") Path sourcePath, @OutputPath("Text") Path copyPath) { return 0; }

      @Component
      public static Map<String, Double> totals(List<Item> items) { return null; }

      @Component
      public static List<Item> items(int n) { return null; }

      @Component
      public static boolean check(float threshold) { return true; }

      @Component
      public static float ratio(Integer a, Long b) { return 0; }

      @Component
      public static BestResult best(List<Item> items) { return null; }

      @Component
      public static void nothing(String text) {}
      """);

  /** A top-level type named as the generated result record of {@code best}: the generated code must tell them apart. */
  private static final JavaFileObject BEST_RESULT = TestSupport.source("p.BestResult", """
      package p;

      import io.kfp4j.annotations.TypeName;

      @TypeName("Best")
      public record BestResult(String name) {}
      """);

  /** Code that reads each output into its exact type; it compiles only if the generated types are these. */
  private static final JavaFileObject USAGE = TestSupport.source("p.Usage", """
      package p;

      import io.kfp4j.sdk.result.RunOutputs;
      import java.nio.file.Path;
      import java.util.List;
      import java.util.Map;

      import p.COps.BestOp;
      import p.COps.CheckOp;
      import p.COps.CopyOp;
      import p.COps.DescribeOp;
      import p.COps.GreetOp;
      import p.COps.ItemsOp;
      import p.COps.RatioOp;
      import p.COps.TotalsOp;

      final class Usage {
        static void read(RunOutputs run) {
          String greeting = GreetOp.result(run, "greet");
          DescribeOp.DescribeResult summary = DescribeOp.result(run, "describe");
          double mean = summary.mean();
          int count = summary.count();
          List<DescribeOp.DescribeResult> all = run.results("describe", DescribeOp::result);
          CopyOp.CopyResult copy = CopyOp.result(run, "copy");
          Path copied = copy.copyPath();
          long lines = copy.output();
          Map<String, Double> totals = TotalsOp.result(run, "totals");
          List<C.Item> items = ItemsOp.result(run, "items");
          boolean passed = CheckOp.result(run, "check");
          float ratio = RatioOp.result(run, "ratio");
          double sum = run.results("ratio", RatioOp::result).stream().mapToDouble(Float::doubleValue).sum();
          BestResult best = BestOp.result(run, "best");
        }
      }
      """);

  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation = TestSupport.compile(COMPONENTS, BEST_RESULT, USAGE);
    assertThat(compilation).succeededWithoutWarnings();
    loader = TestSupport.classLoader(compilation);
  }

  @Test
  void severalOutputsAreRecordComponentsOfTheirJavaTypes() throws Exception {
    assertEquals(List.of("double mean", "double max", "int count"), components("p.COps$DescribeOp$DescribeResult"));
    assertEquals(List.of("java.nio.file.Path copyPath", "long output"), components("p.COps$CopyOp$CopyResult"));
  }

  @Test
  void aSingleOutputIsReturnedAsItsJavaTypeWithoutARecord() throws Exception {
    assertEquals("java.lang.String", resultType("p.COps$GreetOp"));
    assertEquals("java.util.Map<java.lang.String, java.lang.Double>", resultType("p.COps$TotalsOp"));
    assertEquals("java.util.List<p.C$Item>", resultType("p.COps$ItemsOp"));
    assertEquals("boolean", resultType("p.COps$CheckOp"));
    assertEquals("float", resultType("p.COps$RatioOp"));
    assertEquals("p.BestResult", resultType("p.COps$BestOp"));
    for (String op : List.of("Greet", "Totals", "Items", "Check", "Ratio", "Best")) {
      assertEquals(List.of(), List.of(loader.loadClass("p.COps$" + op + "Op").getDeclaredClasses()),
          op + "Op nests no result record");
    }
  }

  @Test
  void aComponentWithoutOutputsHasNoResult() throws Exception {
    Class<?> nothing = loader.loadClass("p.COps$NothingOp");
    assertTrue(java.util.Arrays.stream(nothing.getMethods()).noneMatch(m -> m.getName().equals("result")),
        "NothingOp has no result method");
    assertEquals(List.of(), List.of(nothing.getDeclaredClasses()));
  }

  @Test
  void valuesAreDecodedAsTheLauncherReadsThem(@TempDir Path dir) throws Exception {
    FakeRun run = new FakeRun(dir);
    run.task("greet", "Output", "Hello, Ada");
    run.task("describe", "mean", "1.5", "max", "3.0", "count", "3");
    run.task("copy", "copy", "a\nb\n", "Output", "2");
    run.task("totals", "Output", "{\"apple\": 2.5, \"pear\": 1}");
    run.task("items", "Output", "[{\"name\": \"apple\", \"quantity\": 2}]");
    run.task("check", "Output", "True");
    run.task("ratio", "Output", "1e-05");
    run.task("best", "Output", "{\"name\": \"pear\"}");
    run.task("nothing");

    assertEquals("Hello, Ada", result("p.COps$GreetOp", run, "greet"));
    Object summary = result("p.COps$DescribeOp", run, "describe");
    assertEquals(1.5, accessor(summary, "mean"));
    assertEquals(3.0, accessor(summary, "max"));
    assertEquals(3, accessor(summary, "count"));
    Object copy = result("p.COps$CopyOp", run, "copy");
    assertEquals(2L, accessor(copy, "output"));
    Path copied = (Path) accessor(copy, "copyPath");
    assertEquals(dir.resolve("copy").resolve("copy"), copied);
    assertEquals("a\nb\n", Files.readString(copied));
    assertEquals(Map.of("apple", 2.5, "pear", 1.0), result("p.COps$TotalsOp", run, "totals"));
    Object item = loader.loadClass("p.C$Item").getConstructor(String.class, int.class).newInstance("apple", 2);
    assertEquals(List.of(item), result("p.COps$ItemsOp", run, "items"));
    assertEquals(true, result("p.COps$CheckOp", run, "check"));
    assertEquals(1e-05f, result("p.COps$RatioOp", run, "ratio"));
    Object best = loader.loadClass("p.BestResult").getConstructor(String.class).newInstance("pear");
    assertEquals(best, result("p.COps$BestOp", run, "best"));
  }

  @Test
  void theResultRecordsCompareByValue(@TempDir Path dir) throws Exception {
    FakeRun run = new FakeRun(dir);
    run.task("describe", "mean", "2", "max", "3", "count", "2");
    Object expected = loader.loadClass("p.COps$DescribeOp$DescribeResult")
        .getConstructor(double.class, double.class, int.class).newInstance(2.0, 3.0, 2);
    assertEquals(expected, result("p.COps$DescribeOp", run, "describe"));
    assertEquals("DescribeResult[mean=2.0, max=3.0, count=2]", expected.toString());
  }

  @Test
  void resultsReadEveryIterationInOrder(@TempDir Path dir) throws Exception {
    FakeRun run = new FakeRun(dir);
    run.task("greet[0]", "Output", "Hello, A");
    run.task("greet[1]", "Output", "Hello, B");
    run.task("greet[2]", "Output", "Hello, C");
    run.task("greeting", "Output", "not an iteration of greet");
    List<Object> texts = run.results("greet", (r, id) -> {
      try {
        return result("p.COps$GreetOp", r, id);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertEquals(List.of("Hello, A", "Hello, B", "Hello, C"), texts);
    assertEquals("Hello, B", result("p.COps$GreetOp", run, "greet[1]"));
  }

  @Test
  void aValueThatDoesNotDecodeNamesTheOutputTheTaskAndTheExpectedType(@TempDir Path dir) {
    FakeRun run = new FakeRun(dir);
    run.task("describe-2", "mean", "abc", "max", "3", "count", "1");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> result("p.COps$DescribeOp", run, "describe-2"));
    assertEquals("output \"mean\" of task \"describe-2\" (Describe) of run run-1: cannot read \"abc\" as a Float"
        + " such as 1.5", e.getMessage());

    run.task("items", "Output", "[{\"name\": \"apple\", \"quantity\": 2.5}]");
    e = assertThrows(IllegalStateException.class, () -> result("p.COps$ItemsOp", run, "items"));
    assertTrue(e.getMessage().startsWith("output \"Output\" of task \"items\" (Items) of run run-1: cannot read"
        + " \"[{\"name\": \"apple\", \"quantity\": 2.5}]\" as JSON for java.util.List<p.C$Item>"), e.getMessage());
  }

  @Test
  void anOutputTheTaskDidNotProduceIsNamedWithThoseItDid(@TempDir Path dir) {
    FakeRun run = new FakeRun(dir);
    run.task("describe", "mean", "1", "count", "1");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> result("p.COps$DescribeOp", run, "describe"));
    assertEquals("task \"describe\" (Describe) of run run-1 produced no output \"max\"; it produced: count, mean",
        sortedProduced(e.getMessage()));
  }

  @Test
  void typedStubsOfSharedComponentsReadTheirOutputsToo(@TempDir Path dir) throws Exception {
    JavaFileObject stubs = TestSupport.source("s.package-info", """
        @ComponentStubs({"stubs/scores.component.yaml", "stubs/echo.component.yaml"})
        package s;

        import io.kfp4j.annotations.ComponentStubs;
        """);
    JavaFileObject usage = TestSupport.source("s.Usage", """
        package s;

        import io.kfp4j.sdk.result.RunOutputs;
        import java.nio.file.Path;
        import java.util.List;
        import java.util.Map;

        final class Usage {
          static void read(RunOutputs run) {
            ScoreModelOp.ScoreModelResult score = ScoreModelOp.result(run, "score-model");
            double accuracy = score.accuracy();
            long samples = score.samples();
            boolean passed = score.passed();
            String verdict = score.verdict();
            Map<String, Object> perClass = score.perClass();
            String text = score.toStringOutput();
            long waited = score.waitOutput();
            Path report = score.report();
            Echo3TimesOp.Echo3TimesResult echo = Echo3TimesOp.result(run, "echo-3-times");
            Path model = echo.modelExportPath();
            Path self = echo.selfOutput();
            List<Object> settings = echo.settingsOutput();
          }
        }
        """);
    Compilation compilation = TestSupport.stubJavac().compile(stubs, usage);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader stubLoader = TestSupport.classLoader(compilation);
    assertEquals(List.of("double accuracy", "long samples", "boolean passed", "java.lang.String verdict",
        "java.util.Map<java.lang.String, java.lang.Object> perClass", "java.lang.String toStringOutput",
        "long waitOutput", "java.nio.file.Path report"),
        components(stubLoader.loadClass("s.ScoreModelOp$ScoreModelResult")));

    FakeRun run = new FakeRun(dir);
    run.task("score-model", "accuracy", "0.93", "samples", "120", "passed", "False", "verdict", "good",
        "per class", "{\"a\": 0.9, \"b\": [1, 2]}", "to string", "x", "wait", "7", "report", "<html></html>");
    Method result = stubLoader.loadClass("s.ScoreModelOp").getMethod("result", RunOutputs.class, String.class);
    Object score = invoke(result, run, "score-model");
    assertEquals(0.93, accessor(score, "accuracy"));
    assertEquals(120L, accessor(score, "samples"));
    assertEquals(false, accessor(score, "passed"));
    assertEquals("good", accessor(score, "verdict"));
    assertEquals(Map.of("a", 0.9, "b", List.of(1L, 2L)), accessor(score, "perClass"),
        "integers as Long, as json.loads");
    assertEquals(7L, accessor(score, "waitOutput"));
    assertEquals("<html></html>", Files.readString((Path) accessor(score, "report")));
  }

  @Test
  void componentsNamedLikeTheReadingMethodsStillCompile(@TempDir Path dir) throws Exception {
    Compilation compilation = TestSupport.compile(TestSupport.component("q.N", """
        @Component
        public static double result(double run, double taskId) { return run + taskId; }

        @Component
        public static String results(String run, String task) { return run + task; }

        @Component
        public static String read(String outputs) { return outputs; }
        """), TestSupport.source("q.Use", """
        package q;

        import io.kfp4j.sdk.Value;
        import io.kfp4j.sdk.result.RunOutputs;
        import java.util.List;
        import q.NOps.ReadOp;
        import q.NOps.ResultOp;
        import q.NOps.ResultsOp;

        final class Use {
          static void build() {
            ResultOp.result(Value.of(1.0), Value.of(2.0));
            ResultsOp.results(Value.of("a"), Value.of("b"));
            ReadOp.read(Value.of("x"));
          }

          static void read(RunOutputs run) {
            double sum = ResultOp.result(run, "result");
            List<Double> sums = run.results("result", ResultOp::result);
            String joined = ResultsOp.result(run, "results");
            List<String> all = run.results("results", ResultsOp::result);
            String text = ReadOp.result(run, "read");
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    FakeRun run = new FakeRun(dir);
    run.task("read", "Output", "x");
    Method result = TestSupport.classLoader(compilation).loadClass("q.NOps$ReadOp")
        .getMethod("result", RunOutputs.class, String.class);
    assertEquals("x", invoke(result, run, "read"));
  }

  // ---- helpers ----

  /** A run of files written here: task id to output name to text, as {@link RunOutputs} hands them out. */
  static final class FakeRun implements RunOutputs {
    private final Path dir;
    private final Map<String, Map<String, Path>> tasks = new LinkedHashMap<>();

    FakeRun(Path dir) {
      this.dir = dir;
    }

    /** A task that produced these outputs: name, text, name, text... */
    void task(String id, String... outputs) {
      Map<String, Path> files = new LinkedHashMap<>();
      for (int i = 0; i < outputs.length; i += 2) {
        Path file = dir.resolve(id).resolve(outputs[i]);
        try {
          Files.createDirectories(file.getParent());
          Files.writeString(file, outputs[i + 1]);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        files.put(outputs[i], file);
      }
      tasks.put(id, files);
    }

    @Override
    public TaskOutputs outputsOf(String taskId, LoadedComponent component) {
      return new TaskOutputs("run-1", taskId, component, tasks.get(taskId));
    }

    @Override
    public List<TaskOutputs> iterationsOf(String task, LoadedComponent component) {
      return iterationIds(task).stream().map(id -> outputsOf(id, component)).toList();
    }

    @Override
    public List<String> iterationIds(String task) {
      return tasks.keySet().stream().filter(id -> id.equals(task) || id.startsWith(task + "[")).toList();
    }
  }

  private static Object result(String opClass, RunOutputs run, String taskId) throws Exception {
    return invoke(loader.loadClass(opClass).getMethod("result", RunOutputs.class, String.class), run, taskId);
  }

  /** The generic return type of a factory's {@code result(RunOutputs, String)}. */
  private static String resultType(String opClass) throws Exception {
    return loader.loadClass(opClass).getMethod("result", RunOutputs.class, String.class).getGenericReturnType()
        .getTypeName();
  }

  private static Object invoke(Method method, Object... arguments) throws Exception {
    try {
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Object accessor(Object record, String name) throws Exception {
    return record.getClass().getMethod(name).invoke(record);
  }

  private static List<String> components(String recordClass) throws ClassNotFoundException {
    return components(loader.loadClass(recordClass));
  }

  private static List<String> components(Class<?> record) {
    assertTrue(record.isRecord(), record + " is a record");
    List<String> out = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      out.add(component.getGenericType().getTypeName() + " " + component.getName());
    }
    return out;
  }

  /** The message with the produced outputs sorted (the fake's map keeps their order, a copy may not). */
  private static String sortedProduced(String message) {
    int at = message.indexOf("it produced: ") + "it produced: ".length();
    return message.substring(0, at) + String.join(", ", java.util.Arrays.stream(message.substring(at).split(", "))
        .sorted().toList());
  }
}
