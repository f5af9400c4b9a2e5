package io.kfp4j.sdk.v2;

import static io.kfp4j.sdk.v2.GoldenComponents.cut;
import static io.kfp4j.sdk.v2.Goldens.assertSameSpec;
import static io.kfp4j.sdk.v2.Goldens.compiled;
import static io.kfp4j.sdk.v2.Goldens.golden;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * KFP's goldens whose components are Python functions, rewritten with kfp4j: each component is loaded as a KFP v2
 * component file cut from the golden itself ({@link GoldenComponents}), and the pipeline compiled equals KFP 2's
 * output as data, apart from {@code sdkVersion}.
 */
class PythonComponentGoldensTest {

  @Test
  void pipelineWithEnv() {
    String golden = "critical/pipeline_with_env.yaml";
    ComponentDefinition printEnvOp = cut(golden, "comp-print-env-op");
    ComponentDefinition printEnv = ComponentDefinition.fromText("""
        name: Print env
        implementation:
          container:
            image: alpine
            command:
            - sh
            - -c
            - |
              set -e -x
              echo "$ENV1"
              echo "$ENV2"
              echo "$ENV3"
            env:
              ENV1: val0
              ENV2: val0
        """);
    PipelineGraph graph = Pipelines.builder("pipeline-with-env").build(p -> {
      printEnvOp.task(Map.of()).env("ENV1", "val1");
      printEnv.task(Map.of()).env("ENV2", "val2").env("ENV3", "val3");
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void singleCondition() {
    String golden = "essential/pipeline_with_condition.yaml";
    ComponentDefinition flip = cut(golden, "comp-flip-coin-op");
    ComponentDefinition print = cut(golden, "comp-print-op");
    PipelineGraph graph = Pipelines.builder("single-condition-pipeline").build(p -> {
      Param<String> text = p.param("text", String.class, "condition test");
      ComponentTask flip1 = flip.task(Map.of()).caching(false);
      print.task(Map.of("msg", flip1.output()));
      Condition.when(flip1.<String>output().eq("heads"), () -> {
        ComponentTask flip2 = flip.task(Map.of()).caching(false);
        print.task(Map.of("msg", flip2.output()));
        print.task(Map.of("msg", text));
      });
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void flipCoin() {
    String golden = "critical/flip_coin.yaml";
    ComponentDefinition flip = cut(golden, "comp-flip-coin");
    ComponentDefinition random = cut(golden, "comp-random-num");
    ComponentDefinition print = cut(golden, "comp-print-msg");
    PipelineGraph graph = Pipelines.builder("conditional-execution-pipeline")
        .description("Shows how to use dsl.If().").build(p -> {
          ComponentTask flipped = flip.task(Map.of()).caching(false);
          for (String[] side : new String[][] {{"heads", "0", "9", "5"}, {"tails", "10", "19", "15"}}) {
            Condition.when(flipped.<String>output().eq(side[0]), () -> {
              ComponentTask num = random.task(Map.of("low", Value.of(Long.parseLong(side[1])),
                  "high", Value.of(Long.parseLong(side[2])))).caching(false);
              long bound = Long.parseLong(side[3]);
              Condition.when(num.<Long>output().gt(bound), () -> print.task(Map.of("msg",
                  Formatted.of(side[0] + " and %s > " + bound + "!", num.output()))).caching(false));
              Condition.when(num.<Long>output().le(bound), () -> print.task(Map.of("msg",
                  Formatted.of(side[0] + " and %s <= " + bound + "!", num.output()))).caching(false));
            });
          }
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void nestedConditions() {
    String golden = "essential/pipeline_with_nested_conditions.yaml";
    ComponentDefinition flip = cut(golden, "comp-flip-coin-op");
    ComponentDefinition print = cut(golden, "comp-print-op");
    PipelineGraph graph = Pipelines.builder("nested-conditions-pipeline").build(p -> {
      ComponentTask flip1 = flip.task(Map.of());
      print.task(Map.of("msg", flip1.output()));
      ComponentTask flip2 = flip.task(Map.of());
      print.task(Map.of("msg", flip2.output()));
      Condition.when(flip1.<String>output().ne("no-such-result"), () -> {
        ComponentTask flip3 = flip.task(Map.of());
        print.task(Map.of("msg", flip3.output()));
        Condition.when(flip2.<String>output().eq(flip3.output()), () -> {
          ComponentTask flip4 = flip.task(Map.of());
          print.task(Map.of("msg", flip4.output()));
        });
      });
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void parallelForPipelineParam() {
    String golden = "pipeline_with_parallelfor_pipeline_param.yaml";
    ComponentDefinition print = cut(golden, "comp-print-with-prefix");
    ComponentDefinition makePrefix = cut(golden, "comp-make-prefix");
    PipelineGraph graph = Pipelines.builder("pipeline-parallelfor-pipeline-param")
        .description("Pipeline parameter used alongside loop item inside ParallelFor.").build(p -> {
          Param<String> prefix = p.param("prefix", String.class);
          Param<List<Object>> loopParameter = p.param("loop_parameter", listType());
          ParallelFor.each(loopParameter, Object.class, 1, item ->
              print.task(Map.of("prefix", prefix, "item", item.as(String.class))));
          ComponentTask prefixTask = makePrefix.task(Map.of());
          ParallelFor.each(loopParameter, Object.class, item ->
              print.task(Map.of("prefix", prefixTask.output(), "item", item.as(String.class))));
          ParallelFor.each(List.of("x", "y"), 2, outer ->
              ParallelFor.each(loopParameter, Object.class, inner ->
                  print.task(Map.of("prefix", prefix, "item", inner.as(String.class)))));
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void parallelForAfterDependency() {
    String golden = "critical/parallel_for_after_dependency.yaml";
    ComponentDefinition print = cut(golden, "comp-print-op");
    PipelineGraph graph = Pipelines.builder("loop-with-after-dependency-set").build(p -> {
      ComponentTask[] one = new ComponentTask[1];
      ParallelFor.each(List.of(1, 2, 3), item -> one[0] = print.task(Map.of("message", Value.of("foo"))));
      print.task(Map.of("message", Value.of("bar"))).after(one[0]);
      print.task(Map.of("message", Value.of("baz"))).after(one[0]);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void crossLoopAfterTopology() {
    String golden = "cross_loop_after_topology.yaml";
    ComponentDefinition print = cut(golden, "comp-print-op");
    PipelineGraph graph = Pipelines.builder("my-pipeline").build(p -> {
      ComponentTask[] t = new ComponentTask[9];
      List<Integer> two = List.of(1, 2);
      ParallelFor.each(two, i -> t[1] = print.task(Map.of("message", Value.of("one"))));
      ParallelFor.each(two, i -> t[2] = print.task(Map.of("message", Value.of("two"))).after(t[1]));
      ParallelFor.each(two, i -> {
        t[3] = print.task(Map.of("message", Value.of("three")));
        ParallelFor.each(two, j -> t[4] = print.task(Map.of("message", Value.of("four"))).after(t[3]));
      });
      ParallelFor.each(two, i -> t[5] = print.task(Map.of("message", Value.of("five"))));
      print.task(Map.of("message", Value.of("six"))).after(t[5]);
      ParallelFor.each(two, i -> {
        ParallelFor.each(two, j -> t[7] = print.task(Map.of("message", Value.of("seven"))));
        print.task(Map.of("message", Value.of("eight"))).after(t[7]);
      });
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void parallelForParallelism() {
    String golden = "pipeline_with_parallelfor_parallelism.yaml";
    ComponentDefinition printText = cut(golden, "comp-print-text");
    ComponentDefinition printInt = cut(golden, "comp-print-int");
    PipelineGraph graph = Pipelines.builder("pipeline-with-loops").build(p -> {
      Param<List<Object>> loopParameter = p.param("loop_parameter", listType());
      ParallelFor.each(loopParameter, Object.class, 2, item -> {
        printText.task(Map.of("msg", item.as(String.class)));
        ParallelFor.each(loopParameter, Object.class, nested -> printText.task(Map.of("msg", nested.as(String.class))));
      });
            // parallelism=0 in KFP means no limit, which is a loop without one here
      ParallelFor.each(List.of(Map.of("A_a", "1", "B_b", "2"), Map.of("A_a", "10", "B_b", "20")), item -> {
        printText.task(Map.of("msg", item.field("A_a")));
        printText.task(Map.of("msg", item.field("B_b")));
        ParallelFor.each(List.of(Map.of("A_a", "10", "B_b", "20"), Map.of("A_a", "100", "B_b", "200")), 1, nested -> {
          printText.task(Map.of("msg", nested.field("A_a")));
          printText.task(Map.of("msg", nested.field("B_b")));
        });
      });
      ParallelFor.each(List.of(Map.of("a", 1, "b", 2), Map.of("a", 2, "b", 3), Map.of("a", 3, "b", 4)), 1, item ->
          printInt.task(Map.of("x", item.field("a"))));
      // the item type is the Python annotation of the maker's output, which the IR leaves out (LIST): List[Dict]
      // gives STRUCT items, a bare List gives STRING items
      Map<String, Class<?>> makers = new java.util.LinkedHashMap<>();
      makers.put("list-dict-maker-0", Map.class);
      makers.put("list-dict-maker-1", Map.class);
      makers.put("list-dict-maker-2", Map.class);
      makers.put("list-dict-maker-3", Object.class);
      makers.put("list-dict-maker-1-2", Object.class);
      makers.forEach((key, itemType) -> {
        ComponentTask made = cut(golden, "comp-" + key, key.equals("list-dict-maker-1-2") ? "list-dict-maker-1" : key)
            .task(Map.of());
        ParallelFor.each(made.output(), itemType, item -> printInt.task(Map.of("x", item.field("a"))));
      });
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void retry() {
    String golden = "critical/pipeline_with_retry.yaml";
    ComponentDefinition add = cut(golden, "comp-add");
    PipelineGraph graph = Pipelines.builder("test-pipeline").build(p -> {
      Param<Double> a = p.param("a", Double.class, "1.0");
      Param<Double> b = p.param("b", Double.class, "7.0");
      add.task(Map.of("a", a, "b", b)).retry(3);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void reusedComponent() {
    String golden = "essential/pipeline_with_reused_component.yaml";
    ComponentDefinition add = cut(golden, "comp-add-numbers");
    PipelineGraph graph = Pipelines.builder("pipeline-with-reused-component").build(p -> {
      Param<Long> a = p.param("a", Long.class, "2");
      Param<Long> b = p.param("b", Long.class, "5");
      ComponentTask first = add.task(Map.of("a", a, "b", Value.of(3L)));
      ComponentTask second = add.task(Map.of("a", first.outputNamed("Output"), "b", b));
      add.task(Map.of("a", second.outputNamed("Output"), "b", Value.of(7L)));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  /**
   * Python components compiled by themselves: the golden's one component, loaded from the file cut from it and
   * compiled as KFP compiles a component (a pipeline of one task, its inputs and outputs the pipeline's).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"critical/add_numbers.yaml", "output_metrics.yaml", "component_with_metadata_fields.yaml",
      "containerized_python_component.yaml", "essential/component_with_pip_install.yaml",
      "essential/component_with_pip_install_in_venv.yaml", "essential/concat_message.yaml",
      "essential/dict_input.yaml", "identity.yaml", "input_artifact.yaml", "nested_return.yaml", "preprocess.yaml",
      "mounted_cabundle_configmap.yaml", "mounted_cabundle_secret.yaml", "run_as_user_cache_disabled.yaml",
      "run_as_user_cache_enabled.yaml"})
  void componentCompiledByItself(String golden) {
    ObjectNode expected = golden(golden);
    String key = expected.get("components").fieldNames().next();
    ObjectNode compiled = Compiled.component(cut(golden, key, expected.at("/pipelineInfo/name").asText()).loaded());
    compiled.remove("sdkVersion");
    assertSameSpec(expected, compiled);
  }

  @Test
  void takeNap() {
    String golden = "take_nap_compiled.yaml";
    PipelineGraph graph = Pipelines.builder("take-nap-pipeline")
        .description("Pipeline that sleeps for 15 mins (900 secs)").build(p -> {
          ComponentTask nap = cut(golden, "comp-take-nap").task(Map.of("naptime_secs",
              p.param("naptime_secs", Long.class, "900"))).caching(false);
          cut(golden, "comp-wake-up").task(Map.of("message", nap.output())).caching(false);
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void takeNapWithPipelineRoot() {
    String golden = "take_nap_pipeline_root_compiled.yaml";
    PipelineGraph graph = Pipelines.builder("take-nap-pipeline")
        .description("Pipeline that sleeps for 15 mins (900 secs)").pipelineRoot("s3://change/me").build(p -> {
          ComponentTask nap = cut(golden, "comp-take-nap").task(Map.of("naptime_secs",
              p.param("naptime_secs", Long.class, "900"))).caching(false);
          cut(golden, "comp-wake-up").task(Map.of("message", nap.output())).caching(false);
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void uploadDownload() {
    String golden = "upload_download_compiled.yaml";
    PipelineGraph graph = Pipelines.builder("test-data-passing-pipeline-1").build(p -> {
      Param<String> bucket = p.param("bucket_name", String.class);
      Param<String> secret = p.param("mlpipeline_minio_artifact_secret", String.class);
      ComponentTask sent = cut(golden, "comp-send-file").task(Map.of("file_size_bytes", Value.of(20971520L)))
          .caching(false);
      ComponentTask received = cut(golden, "comp-receive-file").task(Map.of("incomingfile",
          sent.outputNamed("outgoingfile"))).caching(false);
      cut(golden, "comp-test-uploaded-artifact").task(Map.of("previous_step", received.outputNamed("saveartifact"),
          "file_size_bytes", Value.of(20971520L), "mlpipeline_minio_artifact_secret", secret,
          "bucket_name", bucket)).caching(false);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void notebookComponentMixed() {
    String golden = "notebook_component_mixed.yaml";
    PipelineGraph graph = Pipelines.builder("nb-mixed").build(p -> {
      ComponentTask pre = cut(golden, "comp-preprocess").task(Map.of("text",
          p.param("text", String.class, "Hello   world"))).caching(false);
      ComponentTask trained = cut(golden, "comp-train-model").task(Map.of("cleaned_text", pre.outputNamed("dataset")))
          .caching(false);
      cut(golden, "comp-evaluate-model").task(Map.of("model_text", trained.outputNamed("model"))).caching(false);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void submitRequest() {
    String golden = "critical/pipeline_with_submit_request.yaml";
    ComponentDefinition submit = cut(golden, "comp-submit-request");
    PipelineGraph graph = Pipelines.builder("pipeline-with-external-request")
        .description("A pipeline that requests both in-cluster & external URLs.").build(p -> {
          submit.task(Map.of("url", Value.of("httpbin.org/get"))).caching(false);
          submit.task(Map.of("url", Value.of("ml-pipeline:8888/apis/v2beta1/healthz"))).caching(false);
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void paramsContainingFormat() {
    String golden = "essential/pipeline_with_params_containing_format.yaml";
    ComponentDefinition print = cut(golden, "comp-print-op");
    PipelineGraph graph = Pipelines.builder("pipeline-with-pipelineparam-containing-format").build(p -> {
      Param<String> name = p.param("name", String.class, "KFP");
      ComponentTask printed = print.task(Map.of("text", Formatted.of("Hello %s", name)));
      print.task(Map.of("text", Formatted.of("%s, again.", printed.output())));
      ParallelFor.each(List.of("1", "2"), item -> cut(golden, "comp-print-op2").task(Map.of("text1", item,
          "text2", Formatted.of(" and %s.", name))));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void embeddedArtifact() {
    String golden = "essential/embedded_artifact.yaml";
    PipelineGraph graph = Pipelines.builder("nb-simple").build(p -> {
      cut(golden, "comp-read-embedded-artifact-dir").task(Map.of()).caching(false);
      cut(golden, "comp-read-embedded-artifact-file").task(Map.of()).caching(false);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void artifactCustomPath() {
    String golden = "critical/pipeline_with_artifact_custom_path.yaml";
    PipelineGraph graph = Pipelines.builder("pipeline-with-custom-path-artifact")
        .description("pipeline with artifact with custom path").build(p -> {
          ComponentTask out = cut(golden, "comp-component-output-artifact").task(Map.of()).caching(false);
          cut(golden, "comp-validate-input-artifact").task(Map.of("in_dataset", out.outputNamed("out_dataset")));
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void artifactUploadDownload() {
    String golden = "critical/pipeline_with_artifact_upload_download.yaml";
    PipelineGraph graph = Pipelines.builder("pipeline-with-datasets").description("Download Hugging Face Data Set,"
        + " upload it as an artifact and print its metadata").build(p -> {
          ComponentTask downloaded = cut(golden, "comp-download-dataset-and-upload-as-artifact").task(Map.of(
              "dataset_repo", p.param("dataset_repo", String.class, "google/frames-benchmark"),
              "dataset_name", p.param("dataset_name", String.class, "")));
          cut(golden, "comp-print-dataset-info").task(Map.of("dataset", downloaded.output()));
        });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void iris() {
    String golden = "essential/iris_pipeline_compiled.yaml";
    PipelineGraph graph = Pipelines.builder("iris-training-pipeline").build(p -> {
      Param<Boolean> scaler = p.param("standard_scaler", Boolean.class, "True");
      Param<Long> neighbors = p.param("neighbors", Long.class, "3");
      ComponentTask created = cut(golden, "comp-create-dataset").task(Map.of()).caching(false);
      ComponentTask normalized = cut(golden, "comp-normalize-dataset").task(Map.of(
          "input_iris_dataset", created.outputNamed("iris_dataset"), "standard_scaler", scaler)).caching(false);
      cut(golden, "comp-train-model").task(Map.of("normalized_iris_dataset",
          normalized.outputNamed("normalized_iris_dataset"), "n_neighbors", neighbors)).caching(false);
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void functionsWithOutputs() {
    String golden = "essential/lightweight_python_functions_with_outputs.yaml";
    PipelineGraph graph = Pipelines.builder("functions-with-outputs").build(p -> {
      ComponentTask concat = cut(golden, "comp-concat-message").task(Map.of(
          "first", p.param("first_message", String.class), "second", p.param("second_message", String.class)));
      ComponentTask add = cut(golden, "comp-add-numbers").task(Map.of(
          "first", p.param("first_number", Long.class), "second", p.param("second_number", Long.class)));
      ComponentTask artifact = cut(golden, "comp-output-artifact").task(Map.of("number", add.output(),
          "message", concat.output()));
      cut(golden, "comp-output-named-tuple").task(Map.of("artifact", artifact.output()));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void xgboost() {
    String golden = "xgboost_sample_pipeline.yaml";
    ComponentDefinition trainCsv = cut(golden, "comp-xgboost-train", "xgboost-train");
    ComponentDefinition trainParquet = cut(golden, "comp-xgboost-train-2", "xgboost-train");
    ComponentDefinition predictCsv = cut(golden, "comp-xgboost-predict", "xgboost-predict");
    ComponentDefinition predictParquet = cut(golden, "comp-xgboost-predict-2", "xgboost-predict");
    PipelineGraph graph = Pipelines.builder("xgboost-sample-pipeline").build(p -> {
      var csv = cut(golden, "comp-chicago-taxi-trips-dataset").task(Map.of(
          "where", Value.of("trip_start_timestamp >= \"2019-01-01\" AND trip_start_timestamp < \"2019-02-01\""),
          "select", Value.of("tips,trip_seconds,trip_miles,pickup_community_area,dropoff_community_area,fare,tolls,"
              + "extras,trip_total"),
          "limit", Value.of(10000L))).output();
      var csvModel = trainCsv.task(Map.of("training_data", csv, "label_column", Value.of(0L),
          "objective", Value.of("reg:squarederror"), "num_iterations", Value.of(200L))).outputNamed("model");
      predictCsv.task(Map.of("data", csv, "model", csvModel, "label_column", Value.of(0L)));
      var parquet = cut(golden, "comp-convert-csv-to-apache-parquet").task(Map.of("data", csv)).output();
      var parquetModel = trainParquet.task(Map.of("training_data", parquet, "label_column_name", Value.of("tips"),
          "objective", Value.of("reg:squarederror"), "num_iterations", Value.of(200L))).outputNamed("model");
      predictParquet.task(Map.of("data", parquet, "model", parquetModel, "label_column_name", Value.of("tips")));
      predictParquet.task(Map.of("data", parquet, "model", csvModel, "label_column_name", Value.of("tips")));
      predictCsv.task(Map.of("data", csv, "model", parquetModel, "label_column", Value.of(0L)));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void componentWithOptionalInputs() {
    String golden = "critical/component_with_optional_inputs.yaml";
    PipelineGraph graph = Pipelines.builder("v2-component-optional-input").build(p ->
        cut(golden, "comp-component-op").task(Map.of("input1", Value.of("Hello"), "input2", Value.of("World"))));
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void pipIndexUrls() {
    String golden = "essential/component_with_pip_index_urls.yaml";
    PipelineGraph graph = Pipelines.builder("v2-component-pip-index-urls").build(p ->
        cut(golden, "comp-component-op").task(Map.of()));
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void logStreaming() {
    String golden = "log_streaming_compiled.yaml";
    PipelineGraph graph = Pipelines.builder("log-streaming-pipeline")
        .description("Pipeline that prints a hello message in a loop to test log streaming in Dashboard").build(p ->
            cut(golden, "comp-print-message").task(Map.of("message",
                p.param("message", String.class, "Hello world"))).caching(false));
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void pipelineWithUtils() {
    String golden = "pipeline_with_utils.yaml";
    PipelineGraph graph = Pipelines.builder("pipeline-with-utils").description("A simple hello world pipeline")
        .build(p -> cut(golden, "comp-echo").task(Map.of("msg", p.param("msg", String.class, "Hello, World!"))));
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void notebookComponent() {
    String golden = "critical/notebook_component_simple.yaml";
    PipelineGraph graph = Pipelines.builder("nb-simple").build(p ->
        cut(golden, "comp-run-train-notebook").task(Map.of("text", p.param("text", String.class, "hello")))
            .caching(false));
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void metricsVisualization() {
    String golden = "metrics_visualization_v2.yaml";
    PipelineGraph graph = Pipelines.builder("metrics-visualization-pipeline").build(p -> {
      cut(golden, "comp-wine-classification").task(Map.of());
      cut(golden, "comp-iris-sgdclassifier").task(Map.of("test_samples_fraction", Value.of(0.3)));
      cut(golden, "comp-digit-classification").task(Map.of());
      cut(golden, "comp-html-visualization").task(Map.of());
      cut(golden, "comp-markdown-visualization").task(Map.of());
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void metricsOutputs() {
    String golden = "essential/pipeline_with_metrics_outputs.yaml";
    ComponentDefinition metrics = cut(golden, "comp-output-metrics");
    PipelineGraph graph = Pipelines.builder("pipeline-with-metrics-outputs").build(p -> {
      metrics.task(Map.of());
      ParallelFor.each(List.of(1, 2), item -> metrics.task(Map.of()));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @Test
  void lightweightPythonFunctions() {
    String golden = "essential/lightweight_python_functions_pipeline.yaml";
    PipelineGraph graph = Pipelines.builder("my-test-pipeline-beta").build(p -> {
      Param<String> message = p.param("message", String.class);
      Param<Map<String, Object>> inputDict = p.param("input_dict", structType(), "{\"A\": 1, \"B\": 2}");
      ComponentTask pre = cut(golden, "comp-preprocess").task(Map.of("message", message,
          "input_dict_parameter", inputDict, "input_list_parameter", Value.of(List.of("a", "b", "c"))));
      cut(golden, "comp-train").task(Map.of(
          "dataset_one_path", pre.outputNamed("output_dataset_one"),
          "dataset_two", pre.outputNamed("output_dataset_two_path"),
          "message", pre.outputNamed("output_parameter_path"),
          "input_bool", pre.outputNamed("output_bool_parameter_path"),
          "input_dict", pre.outputNamed("output_dict_parameter_path"),
          "input_list", pre.outputNamed("output_list_parameter_path")));
    });
    assertSameSpec(golden(golden), compiled(graph));
  }

  @SuppressWarnings("unchecked")
  private static Class<Map<String, Object>> structType() {
    return (Class<Map<String, Object>>) (Class<?>) Map.class;
  }

  @SuppressWarnings("unchecked")
  private static Class<List<Object>> listType() {
    return (Class<List<Object>>) (Class<?>) List.class;
  }
}
