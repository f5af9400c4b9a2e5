package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.LoopItem;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loops, the exit handler and conditions over loop items, written as KFP 2 writes them (its shapes, checked here). */
class ControlFlowTest {
  static final ComponentDefinition PRINT = ComponentDefinition.fromText("""
      name: Print text
      inputs:
      - {name: msg, type: String}
      implementation:
        container: {image: alpine, command: [echo, {inputValue: msg}]}
      """);
  static final ComponentDefinition MAKE_LIST = ComponentDefinition.fromText("""
      name: Make list
      outputs:
      - {name: Output, type: JsonArray}
      implementation:
        container: {image: alpine, command: [sh, -c, 'echo "[1, 2]" > $0', {outputPath: Output}]}
      """);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void loopsOverStaticItemsParametersAndOutputs() throws Exception {
    PipelineGraph graph = Pipelines.builder("loops").build(p -> {
      Param<List<Object>> list = p.param("loop_parameter", listType(), "[\"a\"]");
      ParallelFor.each(list, 2, item -> PRINT.task(Map.of("msg", item)));
      ParallelFor.each(List.of(Map.of("A_a", "1"), Map.of("A_a", "10")), item ->
          PRINT.task(Map.of("msg", item.field("A_a"))));
      ComponentTask made = MAKE_LIST.task(Map.of());
      ParallelFor.each(made.output(), Object.class, item -> PRINT.task(Map.of("msg", item.as(String.class))));
    });
    JsonNode spec = Compiled.spec(graph);
    JsonNode tasks = spec.at("/root/dag/tasks");
    assertEquals(json("""
        {"componentRef": {"name": "comp-for-loop-1"},
         "inputs": {"parameters": {"pipelinechannel--loop_parameter": {"componentInputParameter": "loop_parameter"}}},
         "iteratorPolicy": {"parallelismLimit": 2},
         "parameterIterator": {"itemInput": "pipelinechannel--loop_parameter-loop-item",
                               "items": {"inputParameter": "pipelinechannel--loop_parameter"}},
         "taskInfo": {"name": "for-loop-1"}}"""), tasks.get("for-loop-1"));
    assertEquals(json("""
        {"parameters": {"pipelinechannel--loop_parameter": {"parameterType": "LIST"},
                        "pipelinechannel--loop_parameter-loop-item": {"parameterType": "STRING"}}}"""),
        spec.at("/components/comp-for-loop-1/inputDefinitions"));
    assertEquals(json("""
        {"componentInputParameter": "pipelinechannel--loop_parameter-loop-item"}"""),
        spec.at("/components/comp-for-loop-1/dag/tasks/print-text/inputs/parameters/msg"));
    // a static loop takes two numbers, its item first: for-loop-3 over loop-item-param-2
    assertEquals(json("""
        {"componentRef": {"name": "comp-for-loop-3"},
         "parameterIterator": {"itemInput": "pipelinechannel--loop-item-param-2",
                               "items": {"raw": "[{\\"A_a\\": \\"1\\"}, {\\"A_a\\": \\"10\\"}]"}},
         "taskInfo": {"name": "for-loop-3"}}"""), tasks.get("for-loop-3"));
    assertEquals(json("""
        {"componentInputParameter": "pipelinechannel--loop-item-param-2",
         "parameterExpressionSelector": "parseJson(string_value)[\\"A_a\\"]"}"""),
        spec.at("/components/comp-for-loop-3/dag/tasks/print-text-2/inputs/parameters/msg"));
    assertEquals("STRUCT", spec.at("/components/comp-for-loop-3/inputDefinitions/parameters/"
        + "pipelinechannel--loop-item-param-2/parameterType").asText());
    // KFP 2 lower-cases a v1 component's names: output Output is output
    assertEquals(json("""
        {"componentRef": {"name": "comp-for-loop-4"}, "dependentTasks": ["make-list"],
         "inputs": {"parameters": {"pipelinechannel--make-list-output":
             {"taskOutputParameter": {"outputParameterKey": "output", "producerTask": "make-list"}}}},
         "parameterIterator": {"itemInput": "pipelinechannel--make-list-output-loop-item",
                               "items": {"inputParameter": "pipelinechannel--make-list-output"}},
         "taskInfo": {"name": "for-loop-4"}}"""), tasks.get("for-loop-4"));
  }

  @SuppressWarnings("unchecked")
  private static Class<List<Object>> listType() {
    return (Class<List<Object>>) (Class<?>) List.class;
  }

  @Test
  void exitHandlerRunsTheExitTaskAfterTheWholeGroup() throws Exception {
    PipelineGraph graph = Pipelines.builder("exit-handler").build(p -> {
      Param<String> message = p.param("message", String.class, "done");
      ComponentTask exit = PRINT.task(Map.of("msg", message));
      ExitHandler.of(exit, () -> {
        ComponentTask first = PRINT.task(Map.of("msg", message));
        PRINT.task(Map.of("msg", Value.of("second"))).after(first);
      });
    });
    JsonNode spec = Compiled.spec(graph);
    assertEquals(json("""
        {"cachingOptions": {"enableCache": true}, "componentRef": {"name": "comp-print-text"},
         "dependentTasks": ["exit-handler-1"],
         "inputs": {"parameters": {"msg": {"componentInputParameter": "message"}}},
         "taskInfo": {"name": "print-text"},
         "triggerPolicy": {"strategy": "ALL_UPSTREAM_TASKS_COMPLETED"}}"""),
        spec.at("/root/dag/tasks/print-text"));
    assertEquals(json("""
        {"componentRef": {"name": "comp-exit-handler-1"},
         "inputs": {"parameters": {"pipelinechannel--message": {"componentInputParameter": "message"}}},
         "taskInfo": {"name": "exit-handler-1"}}"""), spec.at("/root/dag/tasks/exit-handler-1"));
    JsonNode inner = spec.at("/components/comp-exit-handler-1/dag/tasks");
    assertEquals("pipelinechannel--message",
        inner.at("/print-text-2/inputs/parameters/msg/componentInputParameter").asText());
    assertEquals(json("[\"print-text-2\"]"), inner.at("/print-text-3/dependentTasks"));
    assertFalse(spec.at("/components/comp-print-text/executorLabel").isMissingNode());
  }

  @Test
  void conditionOnALoopItemReadsTheItemPassedIntoTheCondition() throws Exception {
    PipelineGraph graph = Pipelines.builder("loop-condition").build(p ->
        ParallelFor.each(List.of(1, 2, 3), (LoopItem<Integer> item) ->
            Condition.when(item.gt(1), () -> PRINT.task(Map.of("msg", Value.of("big"))))));
    JsonNode spec = Compiled.spec(graph);
    assertEquals(json("""
        {"componentRef": {"name": "comp-condition-3"},
         "inputs": {"parameters": {"pipelinechannel--loop-item-param-1":
             {"componentInputParameter": "pipelinechannel--loop-item-param-1"}}},
         "taskInfo": {"name": "condition-3"},
         "triggerPolicy": {"condition": "int(inputs.parameter_values['pipelinechannel--loop-item-param-1']) > 1"}}"""),
        spec.at("/components/comp-for-loop-2/dag/tasks/condition-3"));
    assertEquals("[1, 2, 3]", spec.at("/root/dag/tasks/for-loop-2/parameterIterator/items/raw").asText());
  }

  @Test
  void graphComponentCallIsASubDagWaitedForAsAWhole() throws Exception {
    PipelineGraph graph = Pipelines.builder("graph").build(p -> {
      Param<String> message = p.param("message", String.class, "hi");
      var call = io.kfp4j.sdk.GraphComponent.named("say_twice").input("text", message).call(() -> {
        ComponentTask first = PRINT.task(Map.of("msg", message));
        PRINT.task(Map.of("msg", message)).after(first);
      });
      PRINT.task(Map.of("msg", Value.of("after"))).after(call);
    });
    JsonNode spec = Compiled.spec(graph);
    assertEquals(json("""
        {"componentRef": {"name": "comp-graph-say-twice-1"},
         "inputs": {"parameters": {"pipelinechannel--message": {"componentInputParameter": "message"}}},
         "taskInfo": {"name": "graph-say-twice-1"}}"""), spec.at("/root/dag/tasks/graph-say-twice-1"));
    assertEquals(json("[\"graph-say-twice-1\"]"), spec.at("/root/dag/tasks/print-text-3/dependentTasks"));
    assertEquals("pipelinechannel--message", spec.at("/components/comp-graph-say-twice-1/dag/tasks/print-text/inputs"
        + "/parameters/msg/componentInputParameter").asText());
  }

  @Test
  void graphComponentResultIsSurfacedAsTheSubDagsOutput() throws Exception {
    PipelineGraph graph = Pipelines.builder("graph-result").build(p -> {
      var call = io.kfp4j.sdk.GraphComponent.named("make").callReturning(() -> MAKE_LIST.task(Map.of()).output());
      ParallelFor.each(call.result(), Object.class, item -> PRINT.task(Map.of("msg", item.as(String.class))));
    });
    JsonNode spec = Compiled.spec(graph);
    assertEquals(json("""
        {"dag": {"outputs": {"parameters": {"make-list-output": {"valueFromParameter":
             {"outputParameterKey": "output", "producerSubtask": "make-list"}}}},
                 "tasks": {"make-list": {"cachingOptions": {"enableCache": true},
                                         "componentRef": {"name": "comp-make-list"},
                                         "taskInfo": {"name": "make-list"}}}},
         "outputDefinitions": {"parameters": {"make-list-output": {"parameterType": "LIST"}}}}"""),
        spec.at("/components/comp-graph-make-1"));
    assertEquals(json("""
        {"componentRef": {"name": "comp-for-loop-2"}, "dependentTasks": ["graph-make-1"],
         "inputs": {"parameters": {"pipelinechannel--graph-make-1-make-list-output": {"taskOutputParameter":
             {"outputParameterKey": "make-list-output", "producerTask": "graph-make-1"}}}},
         "parameterIterator": {"itemInput": "pipelinechannel--graph-make-1-make-list-output-loop-item",
                               "items": {"inputParameter": "pipelinechannel--graph-make-1-make-list-output"}},
         "taskInfo": {"name": "for-loop-2"}}"""), spec.at("/root/dag/tasks/for-loop-2"));
    assertEquals("pipelinechannel--graph-make-1-make-list-output-loop-item", spec.at("/components/comp-for-loop-2/dag"
        + "/tasks/print-text/inputs/parameters/msg/componentInputParameter").asText());
  }

  @Test
  void conditionOnAFieldOfALoopItemTakesItWithASelector() throws Exception {
    PipelineGraph graph = Pipelines.builder("field-condition").build(p ->
        ParallelFor.each(List.of(Map.of("a", 1, "b", "x"), Map.of("a", 2, "b", "y")), item ->
            Condition.when(item.field("a").gt(1), () -> PRINT.task(Map.of("msg", item.field("b"))))));
    JsonNode spec = Compiled.spec(graph);
    assertEquals(json("""
        {"componentRef": {"name": "comp-condition-3"},
         "inputs": {"parameters": {
           "pipelinechannel--loop-item-param-1": {"componentInputParameter": "pipelinechannel--loop-item-param-1"},
           "pipelinechannel--loop-item-param-1-subvar-a": {"componentInputParameter": "pipelinechannel--loop-item-param-1",
                                                          "parameterExpressionSelector": "parseJson(string_value)[\\"a\\"]"}}},
         "taskInfo": {"name": "condition-3"},
         "triggerPolicy": {"condition":
             "int(inputs.parameter_values['pipelinechannel--loop-item-param-1-subvar-a']) > 1"}}"""),
        spec.at("/components/comp-for-loop-2/dag/tasks/condition-3"));
    assertEquals("NUMBER_INTEGER", spec.at("/components/comp-condition-3/inputDefinitions/parameters/"
        + "pipelinechannel--loop-item-param-1-subvar-a/parameterType").asText());
    assertEquals(json("""
        {"componentInputParameter": "pipelinechannel--loop-item-param-1",
         "parameterExpressionSelector": "parseJson(string_value)[\\"b\\"]"}"""),
        spec.at("/components/comp-condition-3/dag/tasks/print-text/inputs/parameters/msg"));
  }

  @Test
  void aNamedConditionShowsItsName() throws Exception {
    PipelineGraph graph = Pipelines.builder("named").build(p ->
        Condition.when("big enough", p.param("n", Long.class, "3").ge(2L), () -> PRINT.task(Map.of("msg", Value.of("yes")))));
    JsonNode spec = Compiled.spec(graph);
    assertEquals(json("""
        {"componentRef": {"name": "comp-condition-1"},
         "inputs": {"parameters": {"pipelinechannel--n": {"componentInputParameter": "n"}}},
         "taskInfo": {"name": "big enough"},
         "triggerPolicy": {"condition": "int(inputs.parameter_values['pipelinechannel--n']) >= 2"}}"""),
        spec.at("/root/dag/tasks/condition-1"));
  }

  @Test
  void kubernetesSettingsReadingRunTimeValuesReachTheTasksDag() throws Exception {
    PipelineGraph graph = Pipelines.builder("k8s-refs").build(p -> {
      Param<String> secret = p.param("secret", String.class, "creds");
      ComponentTask made = MAKE_LIST.task(Map.of());
      Condition.when(p.param("go", String.class, "yes").eq("yes"), () ->
          PRINT.task(Map.of("msg", Value.of("x"))).mountSecret("creds", secret, "/etc/creds")
              .envFromSecret("CREDS", made.<String>output(), "password"));
    });
    JsonNode spec = Compiled.spec(graph);
    JsonNode condition = spec.at("/root/dag/tasks/condition-1");
    assertEquals(json("""
        {"pipelinechannel--go": {"componentInputParameter": "go"},
         "pipelinechannel--make-list-output": {"taskOutputParameter": {"outputParameterKey": "output",
                                                                      "producerTask": "make-list"}},
         "pipelinechannel--secret": {"componentInputParameter": "secret"}}"""), condition.at("/inputs/parameters"));
    assertEquals(json("[\"make-list\"]"), condition.get("dependentTasks"));
    ReferenceSources sources = new ReferenceSources(graph);
    assertEquals(json("{\"componentInputParameter\": \"pipelinechannel--secret\"}"),
        sources.of("print-text", new io.kfp4j.sdk.ir.ArgumentValue.ParameterRef("secret")));
    assertEquals(json("{\"componentInputParameter\": \"pipelinechannel--make-list-output\"}"),
        sources.of("print-text", new io.kfp4j.sdk.ir.ArgumentValue.OutputRef("make-list", "Output")));
    assertEquals(json("{\"componentInputParameter\": \"secret\"}"),
        sources.of("make-list", new io.kfp4j.sdk.ir.ArgumentValue.ParameterRef("secret")));
  }
}
