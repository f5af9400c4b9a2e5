package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;
import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component with {@code implementation.graph} of the same shape as the reference's "Xgboost train regression and
 * calculate metrics on csv" (train, predict, take the true values, remove the header, compute the error), whose
 * leaves are shell test doubles loaded through {@code file:} URLs, runs on the engine as its graph's tasks.
 */
class GraphComponentYamlRunTest {

  private static String leaf(Path dir, String file, String name, String script, String... parameters)
      throws IOException {
    ComponentDefinition component = LocalTesting.shell(name, script, parameters);
    return Files.writeString(dir.resolve(file), component.loaded().text()).toUri().toString();
  }

  private static ComponentDefinition trainAndMetrics(Path dir) throws IOException {
    String train = leaf(dir, "train.yaml", "Xgboost train", "grep -c . \"$0\" > \"$2\"; echo \"$1\" >> \"$2\"",
        "<training_data", "label_column", ">model");
    String predict = leaf(dir, "predict.yaml", "Xgboost predict",
        "n=$(head -n 1 \"$0\"); tail -n +2 \"$1\" | while IFS=, read a b; do echo $((b * n)); done > \"$2\"",
        "<model", "<data", ">predictions");
    String transform = leaf(dir, "transform.yaml", "Pandas Transform DataFrame in CSV format",
        "cut -d, -f1 \"$0\" > \"$1\"", "<table", ">transformed_table");
    String header = leaf(dir, "header.yaml", "Remove header", "tail -n +2 \"$0\" > \"$1\"", "<table", ">table");
    String metrics = leaf(dir, "metrics.yaml", "Calculate regression metrics from csv",
        "paste -d' ' \"$0\" \"$1\" | awk '{d=$1-$2; if (d<0) d=-d; s+=d} END {print s/NR}' > \"$2\"",
        "<true_values", "<predicted_values", ">mean_absolute_error");
    return ComponentDefinition.fromText("""
        name: Train regression and calculate metrics on csv
        inputs:
        - {name: training_data, type: CSV}
        - {name: testing_data, type: CSV}
        - {name: label_column, type: Integer, default: '0', optional: true}
        outputs:
        - {name: model}
        - {name: mean_absolute_error}
        implementation:
          graph:
            tasks:
              Xgboost train:
                componentRef: {url: '%s'}
                arguments:
                  training_data: {graphInput: {inputName: training_data}}
                  label_column: {graphInput: {inputName: label_column}}
              Xgboost predict:
                componentRef: {url: '%s'}
                arguments:
                  data: {graphInput: {inputName: testing_data}}
                  model: {taskOutput: {outputName: model, taskId: Xgboost train}}
              Pandas Transform DataFrame in CSV format:
                componentRef: {url: '%s'}
                arguments:
                  table: {graphInput: {inputName: testing_data}}
              Remove header:
                componentRef: {url: '%s'}
                arguments:
                  table: {taskOutput: {outputName: transformed_table, taskId: Pandas Transform DataFrame in CSV format}}
              Calculate regression metrics from csv:
                componentRef: {url: '%s'}
                arguments:
                  true_values: {taskOutput: {outputName: table, taskId: Remove header}}
                  predicted_values: {taskOutput: {outputName: predictions, taskId: Xgboost predict}}
            outputValues:
              model: {taskOutput: {outputName: model, taskId: Xgboost train}}
              mean_absolute_error: {taskOutput: {outputName: mean_absolute_error, taskId: Calculate regression metrics from csv}}
        """.formatted(train, predict, transform, header, metrics));
  }

  @Test
  void theGraphsTasksRunAndItsOutputsFeedTheNextTask(@TempDir Path dir) throws IOException {
    ComponentDefinition data = LocalTesting.shell("Make data", "printf 'y,x\\n1,1\\n2,1\\n' > \"$0\";"
        + " printf 'y,x\\n4,1\\n9,2\\n' > \"$1\"", ">training", ">testing");
    ComponentDefinition report = LocalTesting.shell("Report", "printf 'error %s' \"$0\" > \"$1\"", "error", ">text");
    ComponentDefinition graph = trainAndMetrics(dir);
    PipelineGraph pipeline = Pipelines.builder("train and evaluate").build(p -> {
      ComponentTask made = data.task(Map.of());
      ComponentTask trained = graph.task(args("training_data", made.outputNamed("training"),
          "testing_data", made.outputNamed("testing")));
      report.task(args("error", trained.outputNamed("mean_absolute_error")));
    });
    assertEquals(List.of("make-data", "xgboost-train", "xgboost-predict", "pandas-transform-dataframe-in-csv-format",
        "remove-header", "calculate-regression-metrics-from-csv", "report"), List.copyOf(pipeline.tasks().keySet()));
    RunResult run = LocalTesting.runner(dir.resolve("runs")).run(pipeline, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
    // 3 training lines (header included) and the default label column
    assertEquals("3\n0\n", run.output("xgboost-train", "model"));
    assertEquals("3\n6\n", run.output("xgboost-predict", "predictions"));
    assertEquals("4\n9\n", run.output("remove-header", "table"));
    // |4 - 3| and |9 - 6|
    assertEquals("2\n", run.output("calculate-regression-metrics-from-csv", "mean_absolute_error"));
    assertEquals("error 2\n", run.output("report", "text"));
  }
}
