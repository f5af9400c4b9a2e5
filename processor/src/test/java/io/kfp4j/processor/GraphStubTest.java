package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentRefs;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.argo.WorkflowSchema;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A typed stub of a graph component of the KFP reference ({@code implementation.graph}): typed inputs and
 * outputs, and in a pipeline its task becomes the tasks of its graph, their components given offline through
 * {@code PipelineScope.componentRefs}.
 */
public class GraphStubTest {
  private static final String FILE = "components__XGBoost__Train_regression_and_calculate_metrics__from_CSV"
      + "__component.yaml";
  private static final String URL_PREFIX = "https://raw.githubusercontent.com/kubeflow/pipelines/";

  /** The reference's copies of what the graph's URLs serve (used by the compiled pipeline below). */
  public static ComponentRefs offline() {
    return ref -> {
      String path = ref.url().substring(URL_PREFIX.length());
      Path copy = TestSupport.reference().resolve("kfp-components")
          .resolve(path.substring(path.indexOf('/') + 1).replace("/", "__"));
      return Files.exists(copy) ? Optional.of(ComponentDefinition.load(copy)) : Optional.empty();
    };
  }

  private static final JavaFileObject PIPELINE = TestSupport.source("p.Graphs", """
      package p;

      import io.kfp4j.sdk.Pipelines;
      import io.kfp4j.sdk.ir.PipelineGraph;
      import io.kfp4j.types.CSV;
      import p.shared.XgboostTrainRegressionAndCalculateMetricsOnCsvOp;

      public final class Graphs {
        public static PipelineGraph spec() {
          return Pipelines.builder("graph-stub").build(p -> {
            p.componentRefs(io.kfp4j.processor.GraphStubTest.offline());
            var train = p.param("train", CSV.class);
            var test = p.param("test", CSV.class);
            var trained = XgboostTrainRegressionAndCalculateMetricsOnCsvOp
                .xgboostTrainRegressionAndCalculateMetricsOnCsv(train, test)
                .withNumIterations(p.param("n", Integer.class));
            var again = XgboostTrainRegressionAndCalculateMetricsOnCsvOp
                .xgboostTrainRegressionAndCalculateMetricsOnCsv(train, test);
            again.after(trained);
            io.kfp4j.sdk.Output<Double> error = trained.meanAbsoluteError();
            io.kfp4j.sdk.Output<java.util.Map<String, Object>> metrics = again.metrics();
          });
        }
      }
      """);

  @Test
  void aGraphComponentsStubIsTypedAndItsTaskBecomesItsGraphsTasks() throws Exception {
    Path dir = TestSupport.reference().resolve("kfp-components").toAbsolutePath().normalize();
    Compilation compilation = TestSupport.stubJavac("-Akfp4j.stubs=" + dir.resolve(FILE),
        "-Akfp4j.stubsPackage=p.shared").compile(PIPELINE);
    assertThat(compilation).succeededWithoutWarnings();
    String stub = TestSupport.generatedSource(compilation, "p.shared.XgboostTrainRegressionAndCalculateMetricsOnCsvOp");
    assertTrue(stub.contains("A graph component: in a pipeline its task becomes the tasks of its graph"), stub);
    PipelineGraph graph = (PipelineGraph) TestSupport.classLoader(compilation).loadClass("p.Graphs")
        .getMethod("spec").invoke(null);
    assertEquals(List.of("xgboost-train", "xgboost-predict", "pandas-transform-dataframe-in-csv-format",
        "remove-header", "calculate-regression-metrics-from-csv", "xgboost-train-2", "xgboost-predict-2",
        "pandas-transform-dataframe-in-csv-format-2", "remove-header-2", "calculate-regression-metrics-from-csv-2"),
        List.copyOf(graph.tasks().keySet()));
    assertEquals(Map.of("training_data", new ArgumentValue.ParameterRef("train"), "label_column",
        new ArgumentValue.Constant("0"), "num_iterations", new ArgumentValue.ParameterRef("n"), "objective",
        new ArgumentValue.Constant("reg:squarederror")), graph.task("xgboost-train").orElseThrow().arguments());
    // the second graph waits for every task of the first
    assertEquals(List.of("xgboost-train", "xgboost-predict", "pandas-transform-dataframe-in-csv-format",
        "remove-header", "calculate-regression-metrics-from-csv"), graph.task("xgboost-train-2").orElseThrow().after());
    WorkflowSchema.check(Compiler.compile(graph));
  }
}
