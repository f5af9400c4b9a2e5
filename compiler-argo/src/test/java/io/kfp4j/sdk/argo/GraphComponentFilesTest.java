package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.ComponentReference;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentRefs;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seven graph components of the KFP reference ({@code implementation.graph}) load, and a task of each compiles
 * as KFP 1.8.22 compiles it: expanded into the tasks of its graph, each a container template of the workflow. Their
 * tasks' components are named by URL; offline, they come from the reference's copies of the same paths, and two
 * that the reference lacks from stand-ins with the same inputs and outputs.
 */
class GraphComponentFilesTest {
  private static final String URL_PREFIX = "https://raw.githubusercontent.com/kubeflow/pipelines/";

  static List<Path> graphFiles() throws IOException {
    try (Stream<Path> files = Files.list(Reference.file("kfp-components"))) {
      return files.filter(f -> {
        try {
          return Files.readString(f).contains("  graph:");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  /** The reference's copy of what a task's URL serves, else a stand-in of the same interface. */
  static ComponentRefs offline() {
    return ref -> {
      if (ref.url() == null || !ref.url().startsWith(URL_PREFIX)) {
        return Optional.empty();
      }
      String path = ref.url().substring(URL_PREFIX.length());
      path = path.substring(path.indexOf('/') + 1).replace("/", "__");
      return copy(path).or(() -> standIn(ref));
    };
  }

  private static Optional<ComponentDefinition> copy(String flattened) {
    Path file = Reference.file("kfp-components").resolve(flattened);
    return Files.exists(file) ? Optional.of(ComponentDefinition.load(file)) : Optional.empty();
  }

  private static Optional<ComponentDefinition> standIn(ComponentReference ref) {
    if (ref.url().endsWith("split_data_into_folds/in_CSV/component.yaml")) {
      StringBuilder outputs = new StringBuilder();
      for (int i = 1; i <= 5; i++) {
        outputs.append("- {name: train_").append(i).append(", type: CSV}\n- {name: test_").append(i)
            .append(", type: CSV}\n");
      }
      return Optional.of(ComponentDefinition.fromText("name: Split table into folds\ninputs:\n"
          + "- {name: table, type: CSV}\noutputs:\n" + outputs + "implementation: {container: {image: alpine, command: [split-folds,"
          + " {inputPath: table}]}}\n"));
    }
    if (ref.url().endsWith("automl/prediction_service_batch_predict/component.yaml")) {
      return Optional.of(ComponentDefinition.fromText("""
          name: Automl prediction service batch predict
          inputs:
          - {name: model_path}
          - {name: gcs_output_uri_prefix, optional: true}
          - {name: bq_input_uri, optional: true}
          implementation:
            container:
              image: alpine
              command: [batch-predict, {inputValue: model_path}]
          """));
    }
    return Optional.empty();
  }

  private static final ComponentDefinition CSV_DATA = ComponentDefinition.fromText("""
      name: Make data
      outputs:
      - {name: data, type: CSV}
      implementation: {container: {image: alpine, command: [make-data, {outputPath: data}]}}
      """);

  /** A pipeline with one task of the graph component, every required input given. */
  private static PipelineGraph pipelineOf(ComponentDefinition graph) {
    return Pipelines.builder("graph " + graph.name()).build(p -> {
      ComponentTask data = CSV_DATA.task(Map.of());
      Map<String, Source<?>> arguments = new LinkedHashMap<>();
      for (InputSpec input : graph.spec().inputs()) {
        if (input.defaultValue() == null && !input.optional()) {
          arguments.put(input.name(), "CSV".equals(input.typeName().orElse(null)) ? data.outputNamed("data")
              : p.param(input.name(), String.class));
        }
      }
      graph.task(arguments);
    });
  }

  @Test
  void theSevenGraphComponentFilesLoad() throws IOException {
    List<Path> files = graphFiles();
    assertEquals(7, files.size(), files.toString());
    for (Path file : files) {
      ComponentDefinition graph = ComponentDefinition.load(file);
      assertTrue(graph.spec().implementation() instanceof Implementation.Graph, file.toString());
      assertEquals(file.toString(), graph.loaded().origin());
    }
  }

  @Test
  void eachCompilesAsItsGraphsTasks() throws IOException {
    Map<String, List<String>> tasksByFile = new LinkedHashMap<>();
    for (Path file : graphFiles()) {
      ComponentDefinition graph = ComponentDefinition.load(file).withComponentRefs(offline());
      PipelineGraph pipeline = pipelineOf(graph);
      Map<String, Object> workflow = Goldens.compileChecked(pipeline);
      int graphTasks = ((Implementation.Graph) graph.spec().implementation()).graph().tasks().size();
      assertEquals(graphTasks + 1, pipeline.tasks().size(), file.toString());
      List<String> containers = new ArrayList<>();
      for (Map<String, Object> template : Trees.maps(Trees.map(workflow, "spec").get("templates"))) {
        if (template.containsKey("container")) {
          containers.add((String) template.get("name"));
        }
      }
      assertEquals(pipeline.tasks().keySet().stream().sorted().toList(), containers, file.toString());
      tasksByFile.put(file.getFileName().toString(), List.copyOf(pipeline.tasks().keySet()));
    }
    assertEquals(List.of("make-data", "split-table-into-folds", "xgboost-train", "xgboost-predict",
        "pandas-transform-dataframe-in-csv-format", "remove-header", "calculate-regression-metrics-from-csv"),
        tasksByFile.get("components__XGBoost__Cross_validation_for_regression__from_CSV__component.yaml")
            .subList(0, 7));
  }
}
