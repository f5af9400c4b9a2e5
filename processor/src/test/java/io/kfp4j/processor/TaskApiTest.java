package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import io.kfp4j.sdk.Artifact;
import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.Task;
import io.kfp4j.sdk.Value;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated task factories: required inputs as parameters, optional ones as {@code withX} methods, one typed
 * accessor per output. Checked by compiling code that uses them, then by running them.
 */
class TaskApiTest {
  private static final JavaFileObject COMPONENTS = TestSupport.component("p.C", """
      public record Summary(double mean, double max, int count) {}

      @Component
      public static String greet(String name, @Default("Hello") String greeting, @Default("False") boolean excited,
          Optional<String> title) {
        return greeting + ", " + name;
      }

      @Component
      public static Summary describe(List<Double> values) { return null; }

      @Component
      public static void copy(@InputPath("Text") Path sourcePath, @InputPath Optional<Path> headerPath,
          @OutputPath("Text") Path copyPath) {}
      """);

  /** Code that uses each generated method with its exact type; it compiles only if they are all there. */
  private static final JavaFileObject USAGE = TestSupport.source("p.Usage", """
      package p;

      import io.kfp4j.sdk.Artifact;
      import io.kfp4j.sdk.Output;
      import io.kfp4j.sdk.Value;
      import java.util.List;
      import p.COps.CopyOp;
      import p.COps.DescribeOp;
      import p.COps.GreetOp;

      final class Usage {
        static void build() {
          GreetOp greet = GreetOp.greet(Value.of("Ada"))
              .withGreeting(Value.of("Hi"))
              .withExcited(Value.of(true))
              .withTitle(Value.of("Dr"));
          Output<String> greeting = greet.output();

          DescribeOp describe = DescribeOp.describe(Value.of(List.of(1.0, 2.0)));
          Output<Double> mean = describe.mean();
          Output<Double> max = describe.max();
          Output<Integer> count = describe.count();

          CopyOp copy = CopyOp.copy(Artifact.constant("text")).withHeaderPath(Artifact.constant("# "));
          Output<Artifact> copied = copy.copyPath();
          CopyOp.copy(copied);
        }
      }
      """);

  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    compilation = TestSupport.compile(COMPONENTS, USAGE);
    assertThat(compilation).succeededWithoutWarnings();
    loader = TestSupport.classLoader(compilation);
  }

  @Test
  void requiredInputsAreTheFactorysParameters() throws Exception {
    Task<?> task = (Task<?>) factory("p.COps$GreetOp", "greet", 1).invoke(null, Value.of("Ada"));
    assertEquals(Map.of("name", Value.of("Ada")), task.arguments());
    assertEquals("Greet", task.component().name());
  }

  @Test
  void optionalInputsAreSetWithWithMethods() throws Exception {
    Task<?> task = (Task<?>) factory("p.COps$GreetOp", "greet", 1).invoke(null, Value.of("Ada"));
    Object same = task.getClass().getMethod("withTitle", Source.class).invoke(task, Value.of("Dr"));
    task.getClass().getMethod("withExcited", Source.class).invoke(task, Value.of(true));
    assertSame(task, same);
    assertEquals(List.of("name", "title", "excited"), List.copyOf(task.arguments().keySet()));
    assertEquals(Value.of(true), task.arguments().get("excited"));
  }

  @Test
  void recordComponentsBecomeOutputAccessors() throws Exception {
    Task<?> task = (Task<?>) factory("p.COps$DescribeOp", "describe", 1).invoke(null, Value.of(List.of(1.0)));
    for (String output : List.of("mean", "max", "count")) {
      Output<?> reference = (Output<?>) task.getClass().getMethod(output).invoke(task);
      assertEquals(output, reference.name());
      assertSame(task, reference.task());
    }
  }

  @Test
  void fileInputsAndOutputsKeepTheirParameterNamesInJavaAndDropPathInKfp() throws Exception {
    Task<?> task = (Task<?>) factory("p.COps$CopyOp", "copy", 1).invoke(null, Artifact.constant("x"));
    task.getClass().getMethod("withHeaderPath", Source.class).invoke(task, Artifact.constant("# "));
    assertEquals(List.of("source", "header"), List.copyOf(task.arguments().keySet()));
    Output<?> copied = (Output<?>) task.getClass().getMethod("copyPath").invoke(task);
    assertEquals("copy", copied.name());
    assertEquals("Text", copied.kfpType());
  }

  private static Method factory(String op, String name, int parameters) throws Exception {
    Class<?> type = loader.loadClass(op);
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == parameters) {
        return method;
      }
    }
    throw new AssertionError("no " + name + " with " + parameters + " parameters in " + op);
  }
}
