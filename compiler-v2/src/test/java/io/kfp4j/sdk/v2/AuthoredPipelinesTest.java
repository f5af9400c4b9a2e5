package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.task.Retry;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import io.kfp4j.testcomponents.GreetingsOps.GreetOp;
import io.kfp4j.testcomponents.Inventory;
import io.kfp4j.testcomponents.InventoryOps.MostValuableOp;
import io.kfp4j.testcomponents.InventoryOps.TotalsOp;
import io.kfp4j.testcomponents.JsonValuesOps.DescribeConfigOp;
import io.kfp4j.testcomponents.JsonValuesOps.TagOp;
import io.kfp4j.testcomponents.ReportsOps.TrainAndReportOp;
import io.kfp4j.testcomponents.StatisticsOps.DescribeOp;
import io.kfp4j.testcomponents.TextFilesOps.CountLinesOp;
import io.kfp4j.testcomponents.TextFilesOps.WriteLinesOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pipelines of the shapes the examples have (the samples' sequence, condition, loops over static items and a
 * parameter, exit handler, fan-in, resources, retry, caching, artifacts and metrics, JSON values), built from the
 * authored components of {@code test-components}, compiled to KFP v2 and parsed strictly; every task has its
 * component and executor. (No authored test component returns a list, so a loop over an output is in
 * ControlFlowTest, over a v1 component.)
 */
class AuthoredPipelinesTest {

  static Stream<PipelineGraph> pipelines() {
    List<PipelineGraph> graphs = new ArrayList<>();
    graphs.add(Pipelines.builder("sequence").build(p -> {
      Param<Double> a = p.param("a", Double.class, "7");
      AddOp.add(AddOp.add(a, Value.of(8.0)).output(), a);
    }));
    graphs.add(Pipelines.builder("condition").build(p -> {
      var sum = AddOp.add(p.param("a", Double.class, "1"), Value.of(2.0));
      Condition.when(sum.output().gt(2), () -> GreetOp.greet(Value.of("big")).withExcited(Value.of(true)));
      Condition.when("small", sum.output().le(2), () -> GreetOp.greet(Value.of("small")));
    }));
    graphs.add(Pipelines.builder("loops").build(p -> {
      Param<List<Double>> values = p.param("values", doubles(), "[1.5, 2.5]");
      ParallelFor.each(List.of(1.0, 2.0, 3.0), item -> AddOp.add(item, Value.of(1.0)));
      ParallelFor.each(values, 2, item -> AddOp.add(item, item));
      Param<List<Object>> people = p.param("people", objects(), "[{\"name\": \"Ada\"}]");
      ParallelFor.each(people, Object.class, person -> GreetOp.greet(person.field("name")));
      DescribeOp.describe(values);
    }));
    graphs.add(Pipelines.builder("exit-handler").build(p -> {
      var exit = GreetOp.greet(Value.of("done"));
      ExitHandler.of(exit, () -> WriteLinesOp.writeLines(Value.of("hi"), Value.of(3)));
    }));
    graphs.add(Pipelines.builder("fan-in-and-settings").build(p -> {
      var left = AddOp.add(Value.of(1.0), Value.of(2.0)).cpuLimit("500m").memoryLimit("1Gi").gpuLimit(1);
      var right = AddOp.add(Value.of(3.0), Value.of(4.0)).retry(Retry.times(3)).caching(false);
      AddOp.add(left.output(), right.output()).env("MODE", "sum").displayName("total");
    }));
    graphs.add(Pipelines.builder("artifacts-and-metrics").build(p -> {
      // CountLinesOp reads the Text file with @InputPath, which v2 refuses (a Text input is a parameter): see the
      // refusal test below
      WriteLinesOp.writeLines(Value.of("a line"), Value.of(4));
      TrainAndReportOp.trainAndReport(Value.of(0.1));
    }));
    graphs.add(Pipelines.builder("json-values").build(p -> {
      Param<List<Inventory.Item>> items = p.param("items", items(),
          "[{\"name\": \"a\", \"quantity\": 2, \"price\": 1.5}]");
      TotalsOp.totals(items);
      MostValuableOp.mostValuable(items);
      // DescribeConfigOp's JsonNode input is untyped, an artifact in v2, so it takes no constant: left out
      var tagged = TagOp.tag(p.param("config", config(), "{\"k\": 1}"), Value.of("t"));
      TagOp.tag(tagged.output(), Value.of("again"));
    }));
    return graphs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pipelines")
  void compilesAndParsesStrictly(PipelineGraph graph) {
    ObjectNode spec = Compiled.spec(graph);
    assertEquals(graph.name(), spec.at("/pipelineInfo/name").asText());
    List<String> tasks = new ArrayList<>();
    collectTasks(spec, spec.get("root"), tasks);
    assertEquals(graph.tasks().size(), tasks.size(), "tasks of " + graph.name() + ": " + tasks);
    assertTrue(spec.at("/deploymentSpec/executors").size() >= graph.tasks().size(), spec.toPrettyString());
  }

  /**
   * An authored component reading a file of a parameter type ({@code @InputPath("Text")}) is refused for v2 by name:
   * KFP 2 makes a Text input a parameter, passed as a value.
   */
  @Test
  void aTextFileInputIsRefusedByName() {
    PipelineGraph graph = Pipelines.builder("text-file").build(p ->
        CountLinesOp.countLines(WriteLinesOp.writeLines(Value.of("a line"), Value.of(4)).linesPath()));
    var e = assertThrows(V2CompileException.class, () -> PipelineSpecCompiler.toYaml(graph));
    assertTrue(e.getMessage().contains("task \"count-lines\""), e.getMessage());
  }

  /** The container tasks in a DAG and its sub-DAGs (components with an executor). */
  private static void collectTasks(JsonNode spec, JsonNode component, List<String> out) {
    component.path("dag").path("tasks").fields().forEachRemaining(task -> {
      JsonNode ref = spec.path("components").path(task.getValue().at("/componentRef/name").asText());
      if (ref.has("executorLabel")) {
        assertTrue(spec.at("/deploymentSpec/executors").has(ref.get("executorLabel").asText()), task.getKey());
        out.add(task.getKey());
      } else {
        collectTasks(spec, ref, out);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static Class<List<Double>> doubles() {
    return (Class<List<Double>>) (Class<?>) List.class;
  }

  @SuppressWarnings("unchecked")
  private static Class<List<Object>> objects() {
    return (Class<List<Object>>) (Class<?>) List.class;
  }

  @SuppressWarnings("unchecked")
  private static Class<Map<String, Object>> config() {
    return (Class<Map<String, Object>>) (Class<?>) Map.class;
  }

  @SuppressWarnings("unchecked")
  private static Class<List<Inventory.Item>> items() {
    return (Class<List<Inventory.Item>>) (Class<?>) List.class;
  }
}
