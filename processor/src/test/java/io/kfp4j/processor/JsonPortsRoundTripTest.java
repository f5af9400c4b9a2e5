package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.internal.entry.ComponentEntry;
import io.kfp4j.runtime.internal.entry.ParsedArguments;
import io.kfp4j.sdk.result.RunOutputs;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON ports go through the launcher entry and back through {@code result} with the port's full Java type, spelled
 * as a {@code java.lang.reflect.Type} value ({@code JavaTypes.parameterized(...)}) rather than an anonymous
 * {@code TypeReference} class a port.
 */
class JsonPortsRoundTripTest {
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    compilation = TestSupport.compile(TestSupport.component("p.J", """
        @TypeName("Point")
        public record Point(double x, double y) {}

        @Component
        public static List<Double> doubled(List<Double> values) {
          return values.stream().map(v -> 2 * v).toList();
        }

        @Component
        public static Map<String, List<Integer>> grouped(Map<String, List<Integer>> groups) {
          Map<String, List<Integer>> out = new java.util.TreeMap<>(groups);
          out.put("all", groups.values().stream().flatMap(List::stream).sorted().toList());
          return out;
        }

        @Component
        public static Point moved(Point point) { return new Point(point.x() + 1, point.y() + 1); }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    loader = TestSupport.classLoader(compilation);
  }

  @Test
  void noAnonymousClassIsCompiledForAJsonPort() {
    assertEquals(List.of("p/J$Point.class", "p/J.class", "p/JOps$DoubledOp.class", "p/JOps$Entries.class",
        "p/JOps$GroupedOp.class", "p/JOps$MovedOp.class", "p/JOps.class"), HolderSourceTest.classNames(compilation));
    String holder = TestSupport.generatedSource(compilation, "p.JOps");
    assertTrue(holder.contains("JavaTypes.parameterized(Map.class, String.class,"
        + " JavaTypes.parameterized(List.class, Integer.class))"), holder);
    assertTrue(!holder.contains("TypeReference"), holder);
  }

  @Test
  void aListOfDoublesRoundTrips(@TempDir Path dir) throws Exception {
    assertEquals(List.of(2.0, 5.0), roundTrip(dir, "doubled", "values", "[1, 2.5]"));
  }

  @Test
  void aMapOfListsRoundTrips(@TempDir Path dir) throws Exception {
    Object grouped = roundTrip(dir, "grouped", "groups", "{\"b\": [3, 1], \"a\": [2]}");
    assertEquals(Map.of("a", List.of(2), "b", List.of(3, 1), "all", List.of(1, 2, 3)), grouped);
    // the element types are the declared ones, not what JSON alone would give (Long, Double)
    Object first = ((Map<?, ?>) grouped).get("all") instanceof List<?> all ? all.get(0) : null;
    assertEquals(Integer.class, first.getClass());
  }

  @Test
  void aRecordRoundTrips(@TempDir Path dir) throws Exception {
    Object moved = roundTrip(dir, "moved", "point", "{\"x\": 1, \"y\": -2.5}");
    Object expected = loader.loadClass("p.J$Point").getConstructor(double.class, double.class).newInstance(2.0, -1.5);
    assertEquals(expected, moved);
  }

  /** The processor takes no wildcard types, so no authored port needs the {@code TypeReference} fallback. */
  @Test
  void aWildcardTypeIsRefusedOnItsParameter() {
    JavaFileObject source = TestSupport.component("p.W", """
        @Component
        public static double total(List<? extends Number> numbers) {
          return numbers.stream().mapToDouble(Number::doubleValue).sum();
        }
        """);
    Compilation wildcard = TestSupport.compile(source);
    assertThat(wildcard).hadErrorCount(1);
    assertThat(wildcard).hadErrorContaining("the element type of java.util.List<? extends java.lang.Number> must be a"
        + " concrete type, not ? extends java.lang.Number for parameter numbers").inFile(source)
        .onLineContaining("List<? extends Number> numbers");
  }

  /**
   * Runs the component's entry on one JSON input, then reads its one output back with the generated
   * {@code result}, as a run's outputs are read.
   */
  private static Object roundTrip(Path dir, String key, String input, String json) throws Exception {
    ComponentEntry entry = TestSupport.entry(compilation, key);
    Path out = dir.resolve("out");
    entry.run(ParsedArguments.parse(entry.flags(), List.of("--" + input, json, "--out-Output", out.toString())));
    ResultApiTest.FakeRun run = new ResultApiTest.FakeRun(dir.resolve("run"));
    run.task(key, "Output", Files.readString(out));
    String op = "p.JOps$" + Character.toUpperCase(key.charAt(0)) + key.substring(1) + "Op";
    try {
      return loader.loadClass(op).getMethod("result", RunOutputs.class, String.class).invoke(null, run, key);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
