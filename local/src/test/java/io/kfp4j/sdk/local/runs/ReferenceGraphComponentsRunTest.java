package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.runtime.spec.ComponentReference;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentRefs;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seven graph components of the KFP reference run on the engine: each expands into its graph's tasks, whose
 * XGBoost, pandas and AutoML images cannot run here, so each leaf component is replaced by a {@link TaskDouble}
 * that writes what it read into its outputs; the values that reach each task show the graph's wiring.
 */
class ReferenceGraphComponentsRunTest {
  private static final String URL_PREFIX = "https://raw.githubusercontent.com/kubeflow/pipelines/";

  private static List<Path> graphFiles() throws IOException {
    try (Stream<Path> files = Files.list(LocalTesting.reference().resolve("kfp-components"))) {
      return files.filter(f -> read(f).contains("  graph:")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The reference's copy of the path a task's URL names; two it lacks get interface-only stand-ins. */
  private static ComponentRefs offline() {
    return ref -> {
      String path = ref.url().substring(URL_PREFIX.length());
      Path copy = LocalTesting.reference().resolve("kfp-components")
          .resolve(path.substring(path.indexOf('/') + 1).replace("/", "__"));
      return Files.exists(copy) ? Optional.of(ComponentDefinition.load(copy)) : standIn(ref);
    };
  }

  private static Optional<ComponentDefinition> standIn(ComponentReference ref) {
    if (ref.url().endsWith("split_data_into_folds/in_CSV/component.yaml")) {
      StringBuilder outputs = new StringBuilder();
      for (int i = 1; i <= 5; i++) {
        outputs.append("- {name: train_").append(i).append("}\n- {name: test_").append(i).append("}\n");
      }
      return Optional.of(ComponentDefinition.fromText("name: Split table into folds\ninputs:\n- {name: table}\n"
          + "outputs:\n" + outputs + "implementation: {container: {image: alpine, command: [split]}}\n"));
    }
    return Optional.of(ComponentDefinition.fromText("name: Automl prediction service batch predict\ninputs:\n"
        + "- {name: model_path}\n- {name: gcs_output_uri_prefix}\n- {name: bq_input_uri}\n"
        + "implementation: {container: {image: alpine, command: [predict]}}\n"));
  }

  /** A double per leaf component: each output holds the component's name and the inputs it read. */
  private static List<TaskDouble> doubles(PipelineGraph pipeline) {
    Map<String, List<String>> outputsByComponent = new TreeMap<>();
    for (TaskNode task : pipeline.tasks().values()) {
      outputsByComponent.put(task.component().spec().nameOrDefault(),
          task.component().spec().outputs().stream().map(OutputSpec::name).toList());
    }
    return outputsByComponent.entrySet().stream().map(e -> TaskDouble.of(e.getKey(), inputs -> {
      Map<String, String> outputs = new LinkedHashMap<>();
      e.getValue().forEach(o -> outputs.put(o, e.getKey() + "(" + new TreeMap<>(inputs) + ")." + o));
      return outputs;
    })).toList();
  }

  @Test
  void eachRunsAsItsGraphsTasksWithDoublesForTheirImages(@TempDir Path dir) throws IOException {
    Map<String, RunResult> runs = new LinkedHashMap<>();
    for (Path file : graphFiles()) {
      ComponentDefinition graph = ComponentDefinition.load(file).withComponentRefs(offline());
      PipelineGraph pipeline = Pipelines.builder("run " + graph.name()).build(p -> {
        Map<String, Source<?>> arguments = new LinkedHashMap<>();
        for (InputSpec input : graph.spec().inputs()) {
          if (input.defaultValue() == null && !input.optional()) {
            arguments.put(input.name(), p.param(input.name(), Object.class));
          }
        }
        graph.task(arguments);
      });
      Map<String, Object> arguments = new LinkedHashMap<>();
      pipeline.parameters().forEach(p -> arguments.put(p.name(), "given-" + p.name()));
      LocalRunner runner = LocalTesting.runner(dir.resolve("runs"));
      for (TaskDouble d : doubles(pipeline)) {
        runner = runner.withDouble(d);
      }
      RunResult run = runner.run(pipeline, arguments);
      assertEquals(RunStatus.SUCCEEDED, run.record().status(), file + "\n" + describe(run));
      for (String task : pipeline.tasks().keySet()) {
        LocalTesting.assertTask(run, task, TaskStatus.SUCCEEDED);
      }
      runs.put(file.getFileName().toString(), run);
    }
    // the wiring of "Xgboost train regression and calculate metrics on csv": the graph inputs' defaults reach the
    // tasks by value (beside the train component's own defaults), the parameters and the train task's model reach predict as files (a double sees values only)
    RunResult run = runs.get("components__XGBoost__Train_regression_and_calculate_metrics__from_CSV__component.yaml");
    assertEquals("Xgboost train({booster=gbtree, label_column=0, learning_rate=0.3, max_depth=6, min_split_loss=0,"
        + " num_iterations=200, objective=reg:squarederror}).model",
        run.output("xgboost-train", "model"));
    TaskRecord predict = LocalTesting.task(run, "xgboost-predict");
    assertEquals(run.output("xgboost-train", "model"), Files.readString(Path.of(predict.inputs().get("model"))));
    assertEquals("given-testing_data", Files.readString(Path.of(predict.inputs().get("data"))));
    TaskRecord metrics = LocalTesting.task(run, "calculate-regression-metrics-from-csv");
    assertEquals(run.output("xgboost-predict", "predictions"),
        Files.readString(Path.of(metrics.inputs().get("predicted_values"))));
    assertEquals(run.output("remove-header", "table"), Files.readString(Path.of(metrics.inputs().get("true_values"))));
  }
}
