package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.sdk.argo.CompileException;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.argo.WorkflowSchema;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * KFP v2 component files (the corpus taken from KFP's v2 goldens, container and Python-function components) get
 * typed stubs like v1 ones; container components compile to Argo, Python-function ones are refused by name.
 */
class V2StubTest {
  static Path corpus() {
    return TestSupport.projectRoot().resolve("runtime/src/test/resources/v2-components").toAbsolutePath().normalize();
  }

  static String[] options() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      return new String[] {"-Akfp4j.stubs=" + files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .map(Path::toString).collect(Collectors.joining(",")), "-Akfp4j.stubsPackage=p.v2"};
    }
  }

  static final JavaFileObject PIPELINE = TestSupport.source("p.V2", """
      package p;

      import io.kfp4j.sdk.Param;
      import io.kfp4j.sdk.Pipelines;
      import io.kfp4j.sdk.Value;
      import io.kfp4j.sdk.ir.PipelineGraph;
      import java.util.List;
      import java.util.Map;
      import p.v2.*;

      public final class V2 {
        public static PipelineGraph containers() {
          return Pipelines.builder("v2-containers").build(p -> {
            Param<String> text = p.param("text", String.class, "hello");
            var write = Component1Op.component1(text);
            Component2Op.component2(write.outputGcs());
            ContainerIoOp.containerIo(text);
            ComponentWithOptionalInputsOp.componentWithOptionalInputs(text).withOptionalInput1(Value.of("x"));
            AddContainerOp.addContainer(Value.of(List.of(1, 2)));
          });
        }

        public static PipelineGraph python() {
          return Pipelines.builder("v2-python").build(p -> {
            var sum = AddNumbersOp.addNumbers(Value.of(1), Value.of(2));
            DictInputOp.dictInput(Value.of(Map.of("a", 1)));
            RandomNumOp.randomNum(sum.output(), Value.of(9));
          });
        }
      }
      """);

  @Test
  void everyCorpusComponentGetsATypedStubAndContainerOnesCompileToArgo() throws Exception {
    Compilation compilation = TestSupport.stubJavac(options()).compile(PIPELINE);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = TestSupport.classLoader(compilation);
    PipelineGraph graph = (PipelineGraph) loader.loadClass("p.V2").getMethod("containers").invoke(null);
    assertEquals(List.of("component1", "component2", "container-io", "component-with-optional-inputs",
        "add-container"), List.copyOf(graph.tasks().keySet()));
    assertTrue(graph.tasks().values().stream().allMatch(t -> t.component().spec().v2Native().isPresent()));
    Map<String, Object> workflow = Compiler.compile(graph);
    WorkflowSchema.check(workflow);
    String text = workflow.toString();
    assertTrue(text.contains("container={args=[--arg0, {{inputs.parameters.text}}, --arg1, x, --arg2, default value],"
        + " command=[echo]"), text);
    assertTrue(text.contains("container={args=[/tmp/inputs/input_gcs/data], command=[cat]"), text);
    assertTrue(text.contains("container={args=[--output_path, /tmp/outputs/output_path/data], command=[my_program,"
        + " {{inputs.parameters.text}}]"), text);
  }

  @Test
  void pythonFunctionComponentsBuildButTheArgoCompilerRefusesThemByName() throws Exception {
    Compilation compilation = TestSupport.stubJavac(options()).compile(PIPELINE);
    assertThat(compilation).succeeded();
    PipelineGraph graph = (PipelineGraph) TestSupport.classLoader(compilation).loadClass("p.V2").getMethod("python")
        .invoke(null);
    assertEquals(3, graph.tasks().size());
    CompileException e = assertThrows(CompileException.class, () -> Compiler.compile(graph));
    assertTrue(e.getMessage().startsWith("pipeline \"v2-python\", task \"add-numbers\": component \"add-numbers\":"
        + " deploymentSpec.executors.exec-add-numbers.container.args[1]: v2-only placeholder {{$}} is not supported"
        + " by the v1 toolchain; this KFP v2 component runs only on KFP v2: compile the pipeline for KFP v2"),
        e.getMessage());
  }

  @Test
  void stubsTypeTheirPortsFromTheV2Types() throws IOException {
    Compilation compilation = TestSupport.stubJavac(options()).compile(PIPELINE);
    String add = TestSupport.generatedSource(compilation, "p.v2.AddNumbersOp");
    assertTrue(add.contains("public static AddNumbersOp addNumbers(Source<Integer> a, Source<Integer> b)"), add);
    assertTrue(add.contains("A KFP v2 component (schemaVersion 2.1.0): its command line uses &#123;&#123;$&#125;"
        + "&#125; (at deploymentSpec.executors.exec-add-numbers.container.args[1]), which KFP v2's launcher fills in,"
        + " so its tasks run only in pipelines compiled for KFP v2."), add);
    String joiner = TestSupport.generatedSource(compilation, "p.v2.DatasetJoinerOp");
    assertTrue(joiner.contains("SystemDataset"), joiner);
    String dict = TestSupport.generatedSource(compilation, "p.v2.DictInputOp");
    assertTrue(dict.contains("Source<? extends Map<String, Object>> struct")
        || dict.contains("Source<Map<String, Object>> struct"), dict);
  }
}
