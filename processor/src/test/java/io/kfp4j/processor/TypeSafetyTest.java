package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Wiring tasks is checked by javac: an output feeds only inputs of its type. */
class TypeSafetyTest {
  private static final JavaFileObject COMPONENTS = TestSupport.component("p.Calc", """
      @Component
      public static double add(double a, double b) { return a + b; }

      @Component
      public static String shout(String text) { return text.toUpperCase(); }

      @Component
      public static void save(@OutputPath("Text") Path textPath) {}
      """);

  private static JavaFileObject pipeline(String body) {
    return TestSupport.source("p.Pipeline", """
        package p;

        import io.kfp4j.sdk.Output;
        import io.kfp4j.sdk.Value;
        import p.CalcOps.AddOp;
        import p.CalcOps.SaveOp;
        import p.CalcOps.ShoutOp;

        final class Pipeline {
          static void build() {
            AddOp first = AddOp.add(Value.of(1.0), Value.of(4.0));
        %s
          }
        }
        """.formatted(body.indent(4)));
  }

  @Test
  void aDoubleOutputFeedsADoubleInput() {
    Compilation compilation = TestSupport.compile(COMPONENTS, pipeline("""
        Output<Double> sum = first.output();
        AddOp.add(sum, Value.of(2.0));
        AddOp.add(first.output(), AddOp.add(sum, sum).output());
        ShoutOp.shout(Value.of("hi"));
        """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aDoubleOutputDoesNotFeedAStringInput() {
    JavaFileObject pipeline = pipeline("""
        ShoutOp.shout(first.output());
        """);
    Compilation compilation = TestSupport.compile(COMPONENTS, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(pipeline)
        .onLineContaining("ShoutOp.shout(first.output())");
    assertThat(compilation).hadErrorContaining("io.kfp4j.sdk.Output<java.lang.Double> cannot be converted to"
        + " io.kfp4j.sdk.Source<java.lang.String>").inFile(pipeline);
  }

  @Test
  void aConstantOfTheWrongTypeDoesNotCompile() {
    JavaFileObject pipeline = pipeline("""
        AddOp.add(Value.of("one"), Value.of(2.0));
        """);
    Compilation compilation = TestSupport.compile(COMPONENTS, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(pipeline)
        .onLineContaining("AddOp.add(Value.of(\"one\")");
  }

  @Test
  void aFileOutputDoesNotFeedAValueInput() {
    JavaFileObject pipeline = pipeline("""
        ShoutOp.shout(SaveOp.save().textPath());
        """);
    Compilation compilation = TestSupport.compile(COMPONENTS, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("io.kfp4j.sdk.Output<io.kfp4j.sdk.Artifact> cannot be converted to"
        + " io.kfp4j.sdk.Source<java.lang.String>").inFile(pipeline).onLineContaining("ShoutOp.shout(");
  }
}
