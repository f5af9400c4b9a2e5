package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.internal.entry.EntryReference;
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

  /**
   * Also for components added to the examples later: each spec loads, no index file is written, and the entry its
   * command names ({@code Owner#method}) is generated in the owner's {@code XxxOps.Entries} and loads.
   */
  @Test
  void everyGeneratedSpecLoadsAndHasItsEntry() {
    String folder = "META-INF/kfp4j/components/";
    List<String> keys = examples.generatedFiles().stream().map(f -> f.toUri().getPath())
        .filter(p -> p.contains(folder) && p.endsWith(".component.yaml"))
        .map(p -> p.substring(p.indexOf(folder) + folder.length(), p.length() - ".component.yaml".length()))
        .sorted().toList();
    assertTrue(keys.containsAll(List.of("add", "count-lines", "describe", "greet", "most-valuable", "totals",
        "write-lines")), keys.toString());
    assertEquals(List.of(), examples.generatedFiles().stream().map(f -> f.toUri().getPath())
        .filter(p -> p.contains("META-INF/kfp4j/entries")).toList());
    for (String key : keys) {
      ComponentSpec spec = TestSupport.spec(examples, key);
      assertEquals(key, KfpNames.k8sName(spec.name()));
      EntryReference reference = EntryReference.parse(command(spec).get(command(spec).size() - 1));
      String holder = reference.entriesClass().substring(0, reference.entriesClass().indexOf('$'));
      assertThat(examples).generatedSourceFile(holder).contentsAsUtf8String()
          .contains("public static final class Entries implements ComponentEntries {");
      assertEquals(spec.name(), TestSupport.entry(examples, key).componentName());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "add,           Add,            io.kfp4j.examples.calc.Calc#add,                 AddOp",
      "greet,         Greet,          io.kfp4j.testcomponents.Greetings#greet,         GreetOp",
      "write-lines,   Write lines,    io.kfp4j.testcomponents.TextFiles#writeLines,    WriteLinesOp",
      "count-lines,   Count lines,    io.kfp4j.testcomponents.TextFiles#countLines,    CountLinesOp",
      "totals,        Totals,         io.kfp4j.testcomponents.Inventory#totals,        TotalsOp",
      "most-valuable, Most valuable,  io.kfp4j.testcomponents.Inventory#mostValuable,  MostValuableOp",
      "describe,      Describe,       io.kfp4j.testcomponents.Statistics#describe,     DescribeOp",
  })
  void everyComponentGetsItsFactoryEntryAndSpec(String key, String name, String reference, String op) {
    String holder = reference.substring(0, reference.indexOf('#')) + "Ops";
    assertThat(examples).generatedSourceFile(holder).contentsAsUtf8String()
        .contains("public static final class " + op + " extends Task<" + op + "> {");
    assertThat(examples).generatedSourceFile(holder).contentsAsUtf8String()
        .contains("case \"" + reference.substring(reference.indexOf('#') + 1) + "\":");
    assertThat(examples)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/kfp4j/components/" + key + ".component.yaml")
        .isNotNull();

    ComponentSpec spec = TestSupport.spec(examples, key);
    assertEquals(name, spec.name());
    assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-cp",
            "/app/resources:/app/classes:/app/libs/*", "io.kfp4j.launcher.Launcher", reference), command(spec));
    assertEquals(name, TestSupport.entry(examples, key).componentName());
  }

  private static List<String> command(ComponentSpec spec) {
    return spec.container().orElseThrow().command().stream().map(a -> ((Arg.Literal) a).value()).toList();
  }
}
