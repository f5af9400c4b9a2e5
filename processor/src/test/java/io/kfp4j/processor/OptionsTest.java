package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor options {@code kfp4j.image} and {@code kfp4j.componentsDir}. */
class OptionsTest {
  private static final JavaFileObject COMPONENTS = TestSupport.component("p.C", """
      @Component
      public static double add(double a, double b) { return a + b; }

      @Component(image = "gcr.io/team/special:1.2")
      public static double multiply(double a, double b) { return a * b; }
      """);

  private static String image(Compilation compilation, String key) {
    return TestSupport.spec(compilation, key).container().orElseThrow().image();
  }

  @Test
  void withoutOptionTheDefaultImage() {
    Compilation compilation = TestSupport.compile(COMPONENTS);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("kfp4j/components:latest", image(compilation, "add"));
    assertEquals("gcr.io/team/special:1.2", image(compilation, "multiply"));
  }

  @Test
  void imageOptionForComponentsThatNameNone() {
    Compilation compilation = TestSupport.javac("-Akfp4j.image=registry.example.com/calc:7").compile(COMPONENTS);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("registry.example.com/calc:7", image(compilation, "add"));
    assertEquals("gcr.io/team/special:1.2", image(compilation, "multiply"), "the annotation's image wins");
  }

  @Test
  void componentsDirReceivesACopyOfEachComponentYaml(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("nested/components");
    Compilation compilation = TestSupport.javac("-Akfp4j.componentsDir=" + target).compile(COMPONENTS);
    assertThat(compilation).succeededWithoutWarnings();
    try (var files = Files.list(target)) {
      assertEquals(List.of("add.component.yaml", "multiply.component.yaml"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertEquals(TestSupport.yaml(compilation, "add"),
        Files.readString(target.resolve("add.component.yaml"), StandardCharsets.UTF_8));
    assertEquals(TestSupport.yaml(compilation, "multiply"),
        Files.readString(target.resolve("multiply.component.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void unwritableComponentsDirIsAnError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    JavaFileObject source = TestSupport.component("p.C", """
        @Component
        public static double add(double a, double b) { return a + b; }
        """);
    Compilation compilation = TestSupport.javac("-Akfp4j.componentsDir=" + file).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot write " + file.resolve("add.component.yaml")
        + " (option -Akfp4j.componentsDir)").inFile(source).onLineContaining("public static double add(");
  }
}
