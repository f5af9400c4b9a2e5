package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.internal.entry.ComponentEntry;
import io.kfp4j.runtime.internal.entry.ParsedArguments;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.argo.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @OutputPath Metrics} and {@code @OutputPath UiMetadata} parameters: the outputs KFP's lightweight components
 * give them ({@code mlpipeline_metrics: Metrics}, {@code mlpipeline_ui_metadata: UI_metadata}), an entry that writes
 * what the method added, no task reference to wire them on, and every misuse reported on the parameter.
 */
class ReportPortsTest {
  private static final String IMPORTS = "import io.kfp4j.runtime.metrics.Metrics;\n"
      + "import io.kfp4j.runtime.metrics.UiMetadata;\n";

  private static Compilation compile(String members) {
    return TestSupport.compile(source(members));
  }

  private static JavaFileObject source(String members) {
    String text = "package p;\n\n" + IMPORTS + """
        import io.kfp4j.annotations.Component;
        import io.kfp4j.annotations.Default;
        import io.kfp4j.annotations.InputPath;
        import io.kfp4j.annotations.OutputPath;
        import java.nio.file.Path;
        import java.util.List;
import java.util.Map;
        import java.util.Optional;

        public final class C {
        """ + members.indent(2) + "}\n";
    return TestSupport.source("p.C", text);
  }

  private static final String TRAIN = """
      /**
       * Trains.
       *
       * @param rate the learning rate
       * @param modelPath the model
       * @param metrics how well it went
       * @param ui what it looks like
       */
      @Component
      public static void train(double rate, @OutputPath("Model") Path modelPath, @OutputPath Metrics metrics,
          @OutputPath UiMetadata ui) throws java.io.IOException {
        metrics.percentage("accuracy", 0.75).raw("loss", rate * 2);
        ui.markdown("# rate " + rate).confusionMatrix(List.of("a", "b"), new long[][] {{3, 1}, {0, 4}});
        java.nio.file.Files.writeString(modelPath, "model");
      }
      """;

  @Test
  void outputsAreNamedAsKfpsLightweightComponentsNameThem() {
    Compilation compilation = compile(TRAIN);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(
        new OutputSpec("model", new io.kfp4j.runtime.spec.TypeSpec.Named("Model"), "the model", Map.of()),
        new OutputSpec("mlpipeline_metrics", new io.kfp4j.runtime.spec.TypeSpec.Named("Metrics"), "how well it went",
            Map.of()),
        new OutputSpec("mlpipeline_ui_metadata", new io.kfp4j.runtime.spec.TypeSpec.Named("UI_metadata"),
            "what it looks like", Map.of())),
        TestSupport.spec(compilation, "train").outputs());
  }

  @Test
  void theEntryWritesWhatTheMethodAdded(@TempDir Path dir) throws Exception {
    Compilation compilation = compile(TRAIN);
    ComponentEntry entry = TestSupport.entry(compilation, "train");
    entry.run(ParsedArguments.parse(entry.flags(), List.of("--rate", "0.5",
        "--out-mlpipeline_metrics", dir.resolve("metrics").toString(),
        "--out-mlpipeline_ui_metadata", dir.resolve("ui").toString(),
        "--out-model", dir.resolve("model").toString())));
    assertEquals("{\"metrics\":[{\"name\":\"accuracy\",\"numberValue\":0.75,\"format\":\"PERCENTAGE\"},"
        + "{\"name\":\"loss\",\"numberValue\":1.0,\"format\":\"RAW\"}]}", Files.readString(dir.resolve("metrics")));
    assertEquals("{\"version\":1,\"outputs\":[{\"type\":\"markdown\",\"storage\":\"inline\",\"source\":\"# rate 0.5\"},"
        + "{\"type\":\"confusion_matrix\",\"storage\":\"inline\",\"format\":\"csv\",\"schema\":["
        + "{\"name\":\"target\",\"type\":\"CATEGORY\"},{\"name\":\"predicted\",\"type\":\"CATEGORY\"},"
        + "{\"name\":\"count\",\"type\":\"NUMBER\"}],\"labels\":[\"a\",\"b\"],\"source\":\"a,a,3\\na,b,1\\nb,a,0\\nb,b,4\\n\"}]}",
        Files.readString(dir.resolve("ui")));
    assertEquals("model", Files.readString(dir.resolve("model")));
  }

  @Test
  void anEmptyReportIsStillWritten(@TempDir Path dir) throws Exception {
    Compilation compilation = compile("""
        @Component
        public static void quiet(@OutputPath Metrics metrics) {}
        """);
    assertThat(compilation).succeededWithoutWarnings();
    ComponentEntry entry = TestSupport.entry(compilation, "quiet");
    entry.run(ParsedArguments.parse(entry.flags(), List.of("--out-mlpipeline_metrics", dir.resolve("m").toString())));
    assertEquals("{\"metrics\":[]}", Files.readString(dir.resolve("m")));
  }

  /** As KFP 1.8.22 compiles a component with these outputs: the legacy artifacts first, without the task prefix. */
  @Test
  @SuppressWarnings("unchecked")
  void compiledForArgoAsKfpNamesAndOrdersThem() {
    Compilation compilation = compile(TRAIN);
    ComponentDefinition train = ComponentDefinition.fromText(TestSupport.yaml(compilation, "train"));
    Map<String, Object> workflow = Compiler.compile(Pipelines.builder("reports")
        .build(p -> train.task(Map.of("rate", Value.of(0.5)))));
    Map<String, Object> outputs = (Map<String, Object>) ((List<Map<String, Object>>) ((Map<String, Object>)
        workflow.get("spec")).get("templates")).stream().filter(t -> t.get("name").equals("train")).findFirst()
        .orElseThrow().get("outputs");
    assertEquals(Map.of("artifacts", List.of(
            Map.of("name", "mlpipeline-metrics", "path", "/tmp/outputs/mlpipeline_metrics/data"),
            Map.of("name", "mlpipeline-ui-metadata", "path", "/tmp/outputs/mlpipeline_ui_metadata/data"),
            Map.of("name", "train-model", "path", "/tmp/outputs/model/data"))), outputs);
  }

  @Test
  void theTaskHasNoReferenceToWireThem() {
    Compilation compilation = compile(TRAIN);
    String op = TestSupport.generatedSource(compilation, "p.COps");
    assertFalse(op.contains("metrics()"), op);
    assertFalse(op.contains("ui()"), op);
    assertThat(compilation).generatedSourceFile("p.COps").contentsAsUtf8String()
        .contains("public Output<Artifact> modelPath() {");
  }

  // Misuses, each reported once on the parameter with its fix.

  private static void assertError(String members, String message, String line) {
    JavaFileObject source = source(members);
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void twoMetricsOutputs() {
    assertError("""
        @Component
        public static void twice(@OutputPath Metrics first,
            @OutputPath Metrics second) {}
        """, "a component has one Metrics output (KFP's mlpipeline_metrics), and parameter first is it already;"
        + " add every metric to first and remove second", "@OutputPath Metrics second");
  }

  @Test
  void twoUiMetadataOutputs() {
    assertError("""
        @Component
        public static void twice(@OutputPath UiMetadata a,
            @OutputPath UiMetadata b) {}
        """, "a component has one UiMetadata output (KFP's mlpipeline_ui_metadata), and parameter a is it already;"
        + " add every visualization to a and remove b", "@OutputPath UiMetadata b");
  }

  @Test
  void metricsAsAnInputFile() {
    assertError("""
        @Component
        public static void read(@InputPath Metrics metrics) {}
        """, "Metrics is an output, not an input: KFP shows it on the task's page and passes it to no other task;"
        + " write @OutputPath Metrics metrics (to read a file, take @InputPath Path)", "@InputPath Metrics");
  }

  @Test
  void metricsWithoutAnAnnotation() {
    assertError("""
        @Component
        public static void read(Metrics metrics) {}
        """, "a Metrics parameter is the component's mlpipeline_metrics output; annotate it @OutputPath Metrics metrics",
        "read(Metrics metrics)");
  }

  @Test
  void aTypeOnTheOutputPath() {
    assertError("""
        @Component
        public static void typed(@OutputPath("Metrics") Metrics metrics) {}
        """, "the KFP type of a Metrics output is always Metrics; write @OutputPath without a type (not"
        + " @OutputPath(\"Metrics\"))", "typed(");
  }

  @Test
  void anOptionalUiMetadata() {
    assertError("""
        @Component
        public static void maybe(@OutputPath Optional<UiMetadata> ui) {}
        """, "a UiMetadata output is always written (empty when nothing was added); take UiMetadata, not"
        + " Optional<UiMetadata>", "maybe(");
  }

  @Test
  void returningMetrics() {
    assertError("""
        @Component
        public static Metrics evaluate() { return new Metrics(); }
        """, "the return type of a @Component method cannot be Metrics: take it as a parameter @OutputPath Metrics and"
        + " add to it; the launcher writes it when the method returns", "public static Metrics evaluate()");
  }

  @Test
  void aRecordComponentOfUiMetadata() {
    assertError("""
        public record Out(double score, UiMetadata ui) {}

        @Component
        public static Out evaluate() { return null; }
        """, "the returned record Out's component ui cannot be UiMetadata: take it as a parameter @OutputPath"
        + " UiMetadata", "public static Out evaluate()");
  }

  @Test
  void aPathOutputThatIsAlsoKfpsMetricsArtifact() {
    assertError("""
        @Component
        public static void both(@OutputPath Metrics metrics,
            @OutputPath Path MLPipeline_Metrics_path) {}
        """, "the outputs \"mlpipeline_metrics\" and \"MLPipeline_Metrics\" get the same KFP artifact"
        + " \"mlpipeline-metrics\" after KFP's sanitizing; rename one of them", "@OutputPath Path MLPipeline_Metrics_path");
  }

  @Test
  void aPathOutputNamedLikeTheMetricsOutput() {
    assertError("""
        @Component
        public static void both(@OutputPath Metrics metrics,
            @OutputPath Path mlpipeline_metrics_path) {}
        """, "two outputs are named \"mlpipeline_metrics\" (parameter metrics and parameter mlpipeline_metrics_path);"
        + " rename one of them", "@OutputPath Path mlpipeline_metrics_path");
  }
}
