package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Stubs from classpath resources: what they look like, what they refuse to wire, and errors in their YAML. */
class StubDiagnosticsTest {
  private static final JavaFileObject ECHO = TestSupport.source("p.package-info", """
      @ComponentStubs("stubs/echo.component.yaml")
      package p;

      import io.kfp4j.annotations.ComponentStubs;
      """);

  private static JavaFileObject pipeline(String body) {
    return TestSupport.source("p.Use", """
        package p;

        import io.kfp4j.sdk.Output;
        import io.kfp4j.sdk.Value;
        import io.kfp4j.types.CSV;
        import java.util.List;

        final class Use {
          static void build() {
            Echo3TimesOp first = Echo3TimesOp.echo3Times(Value.of("hi"), CSV.of("a,b"));
        %s
          }
        }
        """.formatted(body.indent(4)));
  }

  @Test
  void aStubFromAClasspathResourceHasTheShapeOfAnAuthoredFactory() throws IOException {
    Compilation compilation = TestSupport.stubJavac().compile(ECHO, pipeline("""
        Output<CSV> model = first.modelExportPath();
        Echo3TimesOp.echo3Times(Value.of("again"), model).withClass_(Value.of(2)).with_2ndText(first.selfOutput())
            .with_2ndText2(Value.of("x"));
        Output<List<Object>> settings = first.settingsOutput();
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String op = TestSupport.generatedSource(compilation, "p.Echo3TimesOp");
    assertTrue(op.contains("public static Echo3TimesOp echo3Times(Source<String> text, Source<CSV> table)"), op);
    assertTrue(op.contains("what to print, *&#47; with &#64;tags and &#92;u escapes"), op);
    assertTrue(op.contains("@Generated("), op);
    // the spec resource holds the file's own bytes
    byte[] original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("stubs/echo.component.yaml")) {
      original = in.readAllBytes();
    }
    try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/kfp4j/stubs/p/echo-3-times.component.yaml").orElseThrow().openInputStream()) {
      assertArrayEquals(original, in.readAllBytes());
    }
  }

  @Test
  void aCsvOutputDoesNotFeedAStringInput() {
    JavaFileObject pipeline = pipeline("""
        Echo3TimesOp.echo3Times(first.modelExportPath(), CSV.of("x"));
        """);
    Compilation compilation = TestSupport.stubJavac().compile(ECHO, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("io.kfp4j.sdk.Output<io.kfp4j.types.CSV> cannot be converted to"
        + " io.kfp4j.sdk.Source<java.lang.String>").inFile(pipeline).onLineContaining("Echo3TimesOp.echo3Times(first");
  }

  @Test
  void aJsonArrayOutputDoesNotFeedACsvInput() {
    JavaFileObject pipeline = pipeline("""
        Echo3TimesOp.echo3Times(Value.of("x"), first.settingsOutput());
        """);
    Compilation compilation = TestSupport.stubJavac().compile(ECHO, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("io.kfp4j.sdk.Output<java.util.List<java.lang.Object>> cannot be"
        + " converted to io.kfp4j.sdk.Source<io.kfp4j.types.CSV>").inFile(pipeline);
  }

  @Test
  void aStringConstantDoesNotFeedACsvInput() {
    JavaFileObject pipeline = pipeline("""
        Echo3TimesOp.echo3Times(Value.of("x"), Value.of("a,b"));
        """);
    Compilation compilation = TestSupport.stubJavac().compile(ECHO, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(pipeline)
        .onLineContaining("Value.of(\"a,b\")");
  }

  @Test
  void anInvalidFileIsACompileErrorWithFileLineColumnAndFieldPath() {
    JavaFileObject annotated = TestSupport.source("q.Stubs", """
        package q;

        @io.kfp4j.annotations.ComponentStubs({"stubs/broken.component.yaml"})
        final class Stubs {}
        """);
    Compilation compilation = TestSupport.stubJavac().compile(annotated);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("broken.component.yaml:7:34: implementation.container.command[1]"
        + ".inputValue: ").inFile(annotated).onLineContaining("final class Stubs");
  }

  @Test
  void aMissingFileNamesWhereItWasLookedFor() {
    JavaFileObject annotated = TestSupport.source("q.Stubs", """
        package q;

        @io.kfp4j.annotations.ComponentStubs("stubs/nothing.yaml")
        final class Stubs {}
        """);
    Compilation compilation = TestSupport.stubJavac("-Akfp4j.projectDir=/nowhere").compile(annotated);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("no component spec \"stubs/nothing.yaml\": it is no resource on the"
        + " class path").inFile(annotated);
    assertThat(compilation).hadErrorContaining("no file at /nowhere/stubs/nothing.yaml");
  }

  @Test
  void theOptionNeedsAPackage() {
    Compilation compilation = TestSupport.stubJavac("-Akfp4j.stubs=x.yaml").compile(TestSupport.source("q.A",
        "package q; final class A {}"));
    assertThat(compilation).hadErrorContaining("option -Akfp4j.stubs needs -Akfp4j.stubsPackage=PACKAGE");
  }
}
