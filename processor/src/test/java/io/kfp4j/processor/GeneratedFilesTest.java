package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.KfpNames;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples module's components and pipelines, and the engine tests' components, compiled with the processors:
 * every file is generated and compiles.
 */
class GeneratedFilesTest {
  private static Compilation examples;

  /** With the lint options of the build (the parent pom), so that generated code adds no warning there either. */
  @BeforeAll
  static void compileExamples() {
    // with the stub processor too: the examples load shared component files as typed stubs (@ComponentStubs), found
    // relative to the project folder as a build finds them among the resources
    examples = TestSupport.stubJavac("-Xlint:all,-processing,-serial", "-Akfp4j.projectDir="
        + TestSupport.projectRoot().resolve("examples/src/main/resources")).compile(TestSupport.exampleSources());
  }

  @Test
  void examplesAndTheirGeneratedSourcesCompileWithoutWarnings() {
    assertThat(examples).succeededWithoutWarnings();
  }

  /** Also for components added to the examples later: each spec loads, and its entry is indexed and generated. */
  @Test
  void everyGeneratedSpecLoadsAndHasItsEntry() {
    String folder = "META-INF/kfp4j/components/";
    List<String> keys = examples.generatedFiles().stream().map(f -> f.toUri().getPath())
        .filter(p -> p.contains(folder) && p.endsWith(".component.yaml"))
        .map(p -> p.substring(p.indexOf(folder) + folder.length(), p.length() - ".component.yaml".length()))
        .sorted().toList();
    assertTrue(keys.containsAll(List.of("add", "count-lines", "describe", "greet", "most-valuable", "totals",
        "write-lines")), keys.toString());
    for (String key : keys) {
      assertEquals(key, KfpNames.k8sName(TestSupport.spec(examples, key).name()));
      String entry = TestSupport.resource(examples, "META-INF/kfp4j/entries/" + key).strip();
      assertTrue(entry.matches("[\\w.]+Op\\$\\w+Entry"), entry);
      String op = entry.substring(0, entry.indexOf('$'));
      String nested = entry.substring(entry.indexOf('$') + 1);
      assertThat(examples).generatedSourceFile(op).contentsAsUtf8String()
          .contains("public static final class " + nested + " implements ComponentEntry {");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "add,           Add,            io.kfp4j.examples.calc.AddOp",
      "greet,         Greet,          io.kfp4j.testcomponents.GreetOp",
      "write-lines,   Write lines,    io.kfp4j.testcomponents.WriteLinesOp",
      "count-lines,   Count lines,    io.kfp4j.testcomponents.CountLinesOp",
      "totals,        Totals,         io.kfp4j.testcomponents.TotalsOp",
      "most-valuable, Most valuable,  io.kfp4j.testcomponents.MostValuableOp",
      "describe,      Describe,       io.kfp4j.testcomponents.DescribeOp",
  })
  void everyComponentGetsItsFactoryEntrySpecAndIndex(String key, String name, String op) {
    String entry = op + "$" + op.substring(op.lastIndexOf('.') + 1).replaceFirst("Op$", "Entry");
    assertThat(examples).generatedSourceFile(op).contentsAsUtf8String()
        .contains("public static final class " + entry.substring(entry.indexOf('$') + 1) + " implements");
    assertThat(examples)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kfp4j/components/" + key + ".component.yaml")
        .isNotNull();
    assertThat(examples).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kfp4j/entries/" + key)
        .contentsAsUtf8String().isEqualTo(entry + "\n");

    ComponentSpec spec = TestSupport.spec(examples, key);
    assertEquals(name, spec.name());
    assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-cp",
            "/app/resources:/app/classes:/app/libs/*", "io.kfp4j.launcher.Launcher", key),
        spec.container().orElseThrow().command().stream().map(a -> ((Arg.Literal) a).value()).toList());
  }
}
