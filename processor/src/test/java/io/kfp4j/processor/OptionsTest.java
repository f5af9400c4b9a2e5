package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor option {@code kfp4j.image}, and the removed {@code kfp4j.componentsDir}. */
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
  void componentsDirIsRefusedWithWhereTheSpecsAre(@TempDir Path dir) {
    Path target = dir.resolve("nested/components");
    Compilation compilation = TestSupport.javac("-Akfp4j.componentsDir=" + target).compile(COMPONENTS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("the option -Akfp4j.componentsDir is no longer supported: the"
        + " processor writes only through the Filer. The specs are in the class output under"
        + " META-INF/kfp4j/components/; mvn kfp4j:compile copies them to target/kfp4j/components/");
    assertFalse(Files.exists(target), "nothing is written outside the Filer");
  }

}
