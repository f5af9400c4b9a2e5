package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.kfp4j.runtime.internal.entry.ComponentEntry;
import io.kfp4j.runtime.internal.entry.ParsedArguments;
import io.kfp4j.sdk.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated code compiles and runs whatever the method's names, and waits for types other processors generate. */
class GeneratedCodeTest {

  @Test
  void parameterNamesThatTheGeneratedCodeUsesItself(@TempDir Path dir) throws Exception {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Names", """
        @Component
        public static String join(String arguments, String staging, String result, String Values, String Names,
            Optional<String> Optional, @OutputPath Path self) throws java.io.IOException {
          java.nio.file.Files.writeString(self, "written");
          return arguments + staging + result + Values + Names + Optional.orElse("-");
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();

    ComponentEntry entry = TestSupport.entry(compilation, "join");
    List<String> argv = List.of("--arguments", "a", "--staging", "s", "--result", "r", "--Values", "v", "--Names", "n",
        "--out-self", dir.resolve("self").toString(), "--out-Output", dir.resolve("out").toString());
    entry.run(ParsedArguments.parse(entry.flags(), argv));
    assertEquals("asrvn-", Files.readString(dir.resolve("out")));
    assertEquals("written", Files.readString(dir.resolve("self")));
  }

  @Test
  void outputsNamedLikeTaskMethodsGetAnOutputSuffix() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.C", """
        public record Odd(String component, String arguments, String argument, String self, String taskName,
            String settings, String output) {}

        @Component
        public static Odd odd() { return null; }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String op = TestSupport.generatedSource(compilation, "p.COps");
    for (String accessor : List.of("componentOutput", "argumentsOutput", "argumentOutput", "selfOutput",
        "taskNameOutput", "settingsOutput")) {
      assertTrue(op.contains("public Output<String> " + accessor + "() {"), accessor);
    }
    assertTrue(op.contains("public Output<String> output() {"), "output() overloads Task.output(String)");
  }

  /** A guard for changes to the sdk: an accessor must never override a method of {@code Task}. */
  @Test
  void everyTaskMethodWithoutParametersIsReserved() {
    Set<String> methods = Stream.of(Task.class, Object.class).flatMap(type -> Stream.of(type.getDeclaredMethods()))
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
            && (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    methods.removeAll(OpWriter.RESERVED);
    assertEquals(Set.of(), methods, "add these to OpWriter.RESERVED");
  }

  @Test
  void methodsInNestedClassesAndInterfaces() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Outer", """
        public static final class Inner {
          @Component
          public static int inc(int value) { return value + 1; }
        }

        public interface Ops {
          @Component
          static int dec(int value) { return value - 1; }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.Outer_InnerOps").contentsAsUtf8String()
        .contains("Outer.Inner.inc(value)");
    assertThat(compilation).generatedSourceFile("p.Outer_InnerOps").contentsAsUtf8String()
        .contains("public static final class IncOp extends Task<IncOp>");
    assertThat(compilation).generatedSourceFile("p.Outer_OpsOps").contentsAsUtf8String()
        .contains("Outer.Ops.dec(value)");
    assertEquals("Dec", TestSupport.entry(compilation, "dec").componentName());
  }

  /**
   * A class one of whose methods names a type another processor generates is read whole in a later round: one holder
   * with every component of the class, the one that waited for nothing included.
   */
  @Test
  void typesGeneratedByAnotherProcessorAreWaitedFor(@TempDir Path dir) throws Exception {
    Compilation compilation = Compiler.javac().withProcessors(new ComponentProcessor(), new GeneratesPoint())
        .compile(TestSupport.component("p.Geometry", """
            @Component
            public static double twice(double x) { return 2 * x; }

            @Component
            public static double norm(Point point) { return Math.hypot(point.x(), point.y()); }

            @Component
            public static List<Point> corners(double size) { return List.of(); }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("JsonObject", TestSupport.spec(compilation, "norm").inputs().get(0).typeName().orElseThrow());
    assertEquals("JsonArray", TestSupport.spec(compilation, "corners").outputs().get(0).typeName().orElseThrow());
    assertEquals(List.of("GeometryOps.java", "Point.java"), compilation.generatedSourceFiles().stream()
        .map(f -> Path.of(f.toUri().getPath()).getFileName().toString()).sorted().toList());
    String holder = TestSupport.generatedSource(compilation, "p.GeometryOps");
    for (String op : List.of("TwiceOp", "NormOp", "CornersOp")) {
      assertTrue(holder.contains("public static final class " + op + " extends Task<" + op + ">"), holder);
    }
    ComponentEntry norm = TestSupport.entry(compilation, "norm");
    norm.run(ParsedArguments.parse(norm.flags(),
        List.of("--point", "{\"x\": 3, \"y\": 4}", "--out-Output", dir.resolve("norm").toString())));
    assertEquals("5.0", Files.readString(dir.resolve("norm")));
    assertEquals("Twice", TestSupport.entry(compilation, "twice").componentName());
  }

  /** Writes the record {@code p.Point} in the first round, as annotation processors such as AutoValue do. */
  private static final class GeneratesPoint extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("p.Point").openWriter()) {
          out.write("package p;\n\npublic record Point(double x, double y) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
