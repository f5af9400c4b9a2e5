package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.internal.entry.EntryRunner;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's {@code add} component written in Java: its generated {@code component.yaml} has the interface KFP
 * wrote for the Python original, and the generated files are pinned as goldens so that any change shows.
 */
class AddGoldenTest {
  /** The seed's add, as in the examples module. */
  static final JavaFileObject CALC = TestSupport.source("io.kfp4j.examples.calc.Calc", """
      package io.kfp4j.examples.calc;

      import io.kfp4j.annotations.Component;

      /** The seed's calculator components. */
      public final class Calc {
        private Calc() {}

        /**
         * Calculates sum of two arguments.
         *
         * @param a the first addend
         * @param b the second addend
         * @return the sum
         */
        @Component(baseImage = "eclipse-temurin:17-jre")
        public static double add(double a, double b) {
          return a + b;
        }
      }
      """);

  private static Compilation compilation;
  private static ComponentSpec generated;
  private static ComponentSpec kfp;

  @BeforeAll
  static void compile() {
    compilation = TestSupport.compile(CALC);
    assertThat(compilation).succeededWithoutWarnings();
    generated = TestSupport.spec(compilation, "add");
    kfp = ComponentLoader.standard()
        .fromFile(TestSupport.reference().resolve("kfp-sdk-outputs/add.component.yaml")).spec();
  }

  @Test
  void hasTheInterfaceKfpWroteForThePythonAdd() {
    assertEquals("Add", generated.name());
    assertEquals(kfp.name(), generated.name());
    List<InputSpec> inputs = List.of(InputSpec.of("a", "Float"), InputSpec.of("b", "Float"));
    List<OutputSpec> outputs = List.of(OutputSpec.of("Output", "Float"));
    assertEquals(inputs, namesAndTypes(kfp.inputs()));
    assertEquals(inputs, namesAndTypes(generated.inputs()));
    assertEquals(outputs, namesAndTypesOfOutputs(kfp.outputs()));
    assertEquals(outputs, namesAndTypesOfOutputs(generated.outputs()));
  }

  @Test
  void argumentsResolveToTheLauncherFlagsWithKfpsPaths() {
    Map<String, String> arguments = Map.of("a", "1", "b", "4");
    ResolvedCommandLine line = CommandLineResolver.resolve(generated, arguments);
    assertEquals(List.of("--a", "1", "--b", "4", "--out-Output", "/tmp/outputs/Output/data"), line.args());

    ResolvedCommandLine python = CommandLineResolver.resolve(kfp, arguments);
    assertEquals(python.outputPaths(), line.outputPaths());
    assertEquals(python.inputsConsumedByValue(), line.inputsConsumedByValue());
  }

  @Test
  void componentYamlGolden() {
    assertEquals("""
        name: Add
        description: Calculates sum of two arguments.
        metadata:
          annotations: {kfp4j/base-image: 'eclipse-temurin:17-jre'}
        inputs:
        - {name: a, type: Float, description: the first addend}
        - {name: b, type: Float, description: the second addend}
        outputs:
        - {name: Output, type: Float, description: the sum}
        implementation:
          container:
            image: kfp4j/components:latest
            command: [java, '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xshare:auto',
              -cp, '/app/resources:/app/classes:/app/libs/*', io.kfp4j.launcher.Launcher,
              io.kfp4j.examples.calc.Calc#add]
            args:
            - --a
            - {inputValue: a}
            - --b
            - {inputValue: b}
            - --out-Output
            - {outputPath: Output}
        """, TestSupport.yaml(compilation, "add"));
  }

  @Test
  void noEntryIndexIsWrittenTheCommandNamesTheMethod() {
    assertEquals(List.of(), compilation.generatedFiles().stream().map(f -> f.toUri().getPath())
        .filter(p -> p.contains("META-INF/kfp4j/entries")).toList());
    assertEquals(List.of("CalcOps.java"), compilation.generatedSourceFiles().stream()
        .map(f -> Path.of(f.toUri().getPath()).getFileName().toString()).toList(), "one source for the class");
    assertEquals("Add", TestSupport.entry(compilation, "add").componentName());
  }

  /**
   * The entry is nested in {@code CalcOps} but uses nothing of it: the launcher runs it in an image that leaves out
   * the sdk, without loading the holder, the factory (which is the task class) or the task API.
   */
  @Test
  void entryRunsWithoutItsFactoryOrTheTaskApi(@TempDir Path tmp) throws Exception {
    List<String> refused = new ArrayList<>();
    ClassLoader image = TestSupport.classLoader(compilation, name -> {
      boolean leftOut = name.startsWith("io.kfp4j.sdk.") || name.startsWith("io.kfp4j.examples.calc.CalcOps")
          && !name.equals("io.kfp4j.examples.calc.CalcOps$Entries");
      if (leftOut) {
        refused.add(name);
      }
      return leftOut;
    });
    Path out = tmp.resolve("sum");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EntryRunner.run("io.kfp4j.examples.calc.Calc#add",
        List.of("--a", "1", "--b", "4", "--out-Output", out.toString()), image,
        new PrintStream(err, true, StandardCharsets.UTF_8), "launcher: ");
    assertEquals(EntryRunner.OK, code, err.toString(StandardCharsets.UTF_8));
    assertEquals("5.0", Files.readString(out));
    assertEquals(List.of(), refused, "the entry asked for classes an image leaves out");
  }

  @Test
  void taskFactoryGolden() {
    assertEquals("""
        package io.kfp4j.examples.calc;

        import io.kfp4j.runtime.internal.entry.ComponentEntries;
        import io.kfp4j.runtime.internal.entry.ComponentEntry;
        import io.kfp4j.runtime.internal.entry.Flag;
        import io.kfp4j.runtime.internal.entry.OutputStaging;
        import io.kfp4j.runtime.internal.entry.ParsedArguments;
        import io.kfp4j.runtime.internal.entry.Values;
        import io.kfp4j.sdk.ComponentDefinition;
        import io.kfp4j.sdk.Output;
        import io.kfp4j.sdk.Source;
        import io.kfp4j.sdk.Task;
        import io.kfp4j.sdk.result.RunOutputs;
        import io.kfp4j.sdk.result.TaskOutputs;
        import javax.annotation.processing.Generated;

        /**
         * Task factories of the components of {@link Calc}: one class a {@code @Component} method, named for it,
         * whose static method adds a task and whose instances are the tasks ({@link CalcOps.AddOp}).
         */
        @Generated(
            value = "io.kfp4j.processor.ComponentProcessor",
            comments = "from io.kfp4j.examples.calc.Calc"
        )
        public final class CalcOps {
          private CalcOps() {
          }

          /**
           * Task factory of component "Add", generated from {@link Calc#add}, and the type of its tasks.
           */
          public static final class AddOp extends Task<AddOp> {
            public static final ComponentDefinition COMPONENT = ComponentDefinition.fromResource(AddOp.class, "META-INF/kfp4j/components/add.component.yaml");

            private AddOp(String[] inputs, Source<?>... arguments) {
              super(COMPONENT, inputs, arguments);
            }

            /**
             * Calculates sum of two arguments.
             *
             * @param a the first addend
             * @param b the second addend
             * @return the new task
             */
            public static AddOp add(Source<Double> a, Source<Double> b) {
              return new AddOp(new String[] {"a", "b"}, a, b);
            }

            /**
             * Output "Output" (Float): the sum.
             */
            public Output<Double> output() {
              return this.<Double>output("Output");
            }

            /**
             * The output "Output" of task {@code taskId} in a finished run ({@link RunOutputs#outputsOf}); every iteration: {@code run.results("add", AddOp::result)}.
             */
            public static double result(RunOutputs run, String taskId) {
              TaskOutputs outputs = run.outputsOf(taskId, COMPONENT.loaded());
              return outputs.toDouble("Output");
            }
          }

          /**
           * Launcher entries of the components of {@link Calc}, found by {@code io.kfp4j.examples.calc.Calc#<method>}; they use nothing of {@code CalcOps}.
           */
          public static final class Entries implements ComponentEntries {
            @Override
            public ComponentEntry entry(String method) {
              switch (method) {
                case "add":
                  return ComponentEntry.of("Add", this, method,
                    Flag.value("a", true, "Float", "double"),
                    Flag.value("b", true, "Float", "double"),
                    Flag.outputPath("Output", "Float", "double"));
                default:
                  return null;
              }
            }

            @Override
            public void run(String method, ParsedArguments arguments, OutputStaging staging) throws
                Exception {
              switch (method) {
                case "add":
                  add(arguments, staging);
                  return;
                default:
                  throw new IllegalArgumentException("no @Component method of io.kfp4j.examples.calc.Calc named " + method);
              }
            }

            private static void add(ParsedArguments arguments, OutputStaging staging) throws Exception {
              double a = Values.toDouble(arguments.value("a"), "a");
              double b = Values.toDouble(arguments.value("b"), "b");
              double result = Calc.add(a, b);
              staging.write(arguments.outputPath("Output"), Values.serialize(result, "Float", "Output"));
            }
          }
        }
        """, TestSupport.generatedSource(compilation, "io.kfp4j.examples.calc.CalcOps"));
  }

  @Test
  void taskFactoryJavadocCarriesTheMethodsJavadoc() {
    String source = TestSupport.generatedSource(compilation, "io.kfp4j.examples.calc.CalcOps");
    assertTrue(source.contains("""
            /**
             * Calculates sum of two arguments.
             *
             * @param a the first addend
             * @param b the second addend
             * @return the new task
             */
            public static AddOp add(Source<Double> a, Source<Double> b) {
        """), source);
    assertTrue(source.contains("""
            /**
             * Output "Output" (Float): the sum.
             */
            public Output<Double> output() {
        """), source);
  }

  private static List<InputSpec> namesAndTypes(List<InputSpec> inputs) {
    return inputs.stream().map(i -> InputSpec.of(i.name(), i.typeName().orElse(null))).toList();
  }

  private static List<OutputSpec> namesAndTypesOfOutputs(List<OutputSpec> outputs) {
    return outputs.stream().map(o -> OutputSpec.of(o.name(), o.typeName().orElse(null))).toList();
  }
}
