package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.argo.WorkflowSchema;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A pipeline of a dozen typed stubs of the KFP reference components (file inputs, optional inputs, JSON types, odd
 * names) compiles to an Argo workflow that Argo's schema accepts, with KFP's component digests.
 */
class StubPipelineTest {
  static final List<String> FILES = List.of(
      "components__web__Download__component.yaml",
      "components___converters__ApacheParquet__from_CSV__component.yaml",
      "components___converters__ApacheParquet__to_CSV__component.yaml",
      "components__XGBoost__Train__component.yaml",
      "components__XGBoost__Predict__component.yaml",
      "components__CatBoost__Train_classifier__from_CSV__component.yaml",
      "components__json__Build_dict__component.yaml",
      "components__json__Query__component.yaml",
      "components__tables__Remove_header__component.yaml",
      "components__basics__Calculate_hash__component.yaml",
      "components__pandas__Transform_DataFrame__in_CSV_format__component.yaml",
      "components__gcp__bigquery__query__to_gcs__component.yaml",
      "components__ml_metrics__Calculate_regression_metrics__from_CSV__component.yaml");

  /** The option naming the files: {@code -Akfp4j.stubs=a.yaml,b.yaml,...}, in package {@code p.shared}. */
  static String[] options() {
    Path dir = TestSupport.reference().resolve("kfp-components").toAbsolutePath().normalize();
    return new String[] {"-Akfp4j.stubs=" + FILES.stream().map(f -> dir.resolve(f).toString())
        .collect(Collectors.joining(",")), "-Akfp4j.stubsPackage=p.shared"};
  }

  static final JavaFileObject PIPELINE = TestSupport.source("p.Shared", """
      package p;

      import io.kfp4j.sdk.Param;
      import io.kfp4j.sdk.Pipelines;
      import io.kfp4j.sdk.Value;
      import io.kfp4j.sdk.ir.PipelineGraph;
      import io.kfp4j.types.CSV;
      import io.kfp4j.types.GCPProjectID;
      import io.kfp4j.types.PythonCode;
      import io.kfp4j.types.URI;
      import java.util.List;
      import java.util.Map;
      import p.shared.*;

      public final class Shared {
        public static PipelineGraph spec() {
          return Pipelines.builder("shared-components").build(p -> {
            Param<URI> url = p.param("url", URI.class, "https://example.com/table.csv");
            Param<Integer> label = p.param("label", Integer.class, "0");
            var download = DownloadDataOp.downloadData(url).withCurlOptions(Value.of("--location"));
            var table = download.data().as(CSV.class);
            var parquet = ConvertCsvToApacheParquetOp.convertCsvToApacheParquet(table);
            var csv = ConvertApacheParquetToCsvOp.convertApacheParquetToCsv(parquet.outputData());
            var cleaned = PandasTransformDataFrameInCsvFormatOp.pandasTransformDataFrameInCsvFormat(
                csv.outputData(), PythonCode.of("df = df.dropna()"));
            var params = BuildDictOp.buildDict().withKey1(Value.of("max_depth"))
                .withValue1(Value.of(Map.of("value", 6)));
            var model = XgboostTrainOp.xgboostTrain(cleaned.transformedTable())
                .withLabelColumn(label).withNumIterations(Value.of(20)).withLearningRate(Value.of(0.1))
                .withBoosterParams(params.output());
            var predictions = XgboostPredictOp.xgboostPredict(cleaned.transformedTable(), model.model())
                .withLabelColumn(label);
            CatboostTrainClassifierOp.catboostTrainClassifier(cleaned.transformedTable())
                .withCatFeatures(Value.of(List.of(1, 2))).withAdditionalTrainingOptions(Value.of(Map.of("a", true)));
            var query = QueryJsonUsingJqOp.queryJsonUsingJq(params.output(), Value.of(".max_depth"));
            var noHeader = RemoveHeaderOp.removeHeader(cleaned.transformedTable());
            CalculateDataHashOp.calculateDataHash(noHeader.table()).withHashAlgorithm(Value.of("SHA256"));
            CalculateRegressionMetricsFromCsvOp.calculateRegressionMetricsFromCsv(noHeader.table(),
                predictions.predictions());
            BigqueryQueryOp.bigqueryQuery(query.output(), GCPProjectID.of("my-project"))
                .withDatasetLocation(Value.of("EU"));
          });
        }
      }
      """);

  @Test
  void aPipelineOfADozenStubsCompilesToAValidArgoWorkflow() throws Exception {
    Compilation compilation = TestSupport.stubJavac(options()).compile(PIPELINE);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = TestSupport.classLoader(compilation);
    PipelineGraph graph = (PipelineGraph) loader.loadClass("p.Shared").getMethod("spec").invoke(null);
    assertEquals(13, graph.tasks().size());
    Map<String, Object> workflow = Compiler.compile(graph);
    WorkflowSchema.check(workflow);

    // the component_ref carries the digest KFP computes of the file, and the file as its url
    Path train = TestSupport.reference().resolve("kfp-components/components__XGBoost__Train__component.yaml")
        .toAbsolutePath().normalize();
    String digest = ComponentLoader.standard().fromFile(train).digest();
    String text = workflow.toString();
    assertTrue(text.contains("{\"digest\": \"" + digest + "\", \"url\": \"" + train + "\"}"),
        "component_ref of xgboost-train in " + text);
  }
}
