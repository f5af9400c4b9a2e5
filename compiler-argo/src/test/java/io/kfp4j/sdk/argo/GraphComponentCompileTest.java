package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.GraphCall;
import io.kfp4j.sdk.GraphComponent;
import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Graph components that do not recurse, as KFP 1.8.22 compiles them: a DAG template per call, the values its tasks
 * read from outside as its inputs, what is read from it outside as its outputs, a call inside a condition, and
 * calls waiting for tasks and for each other.
 */
class GraphComponentCompileTest {
  private static final ComponentDefinition ECHO = ComponentDefinition.fromText("""
      name: Echo
      inputs: [{name: text}]
      outputs: [{name: out}]
      implementation: {container: {image: alpine, command: [sh, -c, 'echo "$0" > "$1"', {inputValue: text},
        {outputPath: out}]}}
      """);

  private static GraphCall<Output<String>> twice(Source<String> text) {
    return GraphComponent.named("echo_twice").input("text", text).callReturning(() -> {
      ComponentTask first = ECHO.task(Map.of("text", text));
      return ECHO.task(Map.of("text", first.outputNamed("out"))).<String>outputNamed("out");
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> templates(PipelineGraph graph) {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    for (Map<String, Object> t : Trees.maps(Trees.map(Goldens.compileChecked(graph), "spec").get("templates"))) {
      byName.put((String) t.get("name"), t);
    }
    return byName;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> dagTasks(Map<String, Object> template) {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    for (Map<String, Object> t : Trees.maps(Trees.map(template, "dag").get("tasks"))) {
      byName.put((String) t.get("name"), t);
    }
    return byName;
  }

  @Test
  void eachCallIsADagTemplateWithItsInputsAndOutputsAndCallsWaitForEachOther() {
    PipelineGraph graph = Pipelines.builder("graphs").build(p -> {
      Param<String> word = p.param("word", String.class, "hi");
      GraphCall<Output<String>> one = twice(word);
      Condition.when(word.eq("hi"), () -> twice(one.result()).after(one));
      ECHO.task(Map.of("text", one.result()));
    });
    Map<String, Map<String, Object>> templates = templates(graph);
    assertEquals(List.of("condition-2", "echo", "echo-2", "echo-3", "echo-4", "echo-5", "graph-echo-twice-1",
        "graph-echo-twice-3", "graphs"), List.copyOf(templates.keySet()));
    Map<String, Object> first = templates.get("graph-echo-twice-1");
    assertEquals(Map.of("parameters", List.of(Map.of("name", "word"))), first.get("inputs"));
    assertEquals(Map.of("parameters", List.of(Map.of("name", "echo-2-out",
        "valueFrom", Map.of("parameter", "{{tasks.echo-2.outputs.parameters.echo-2-out}}")))), first.get("outputs"));
    Map<String, Map<String, Object>> top = dagTasks(templates.get("graphs"));
    assertEquals(List.of("condition-2", "echo-5", "graph-echo-twice-1"), List.copyOf(top.keySet()));
    assertEquals(List.of("graph-echo-twice-1"), top.get("condition-2").get("dependencies"));
    assertEquals(List.of("graph-echo-twice-1"), top.get("echo-5").get("dependencies"));
    // as KFP writes a condition on a pipeline parameter at the top level
    assertEquals("\"{{inputs.parameters.word}}\" == \"hi\"", top.get("condition-2").get("when"));
    Map<String, Map<String, Object>> inCondition = dagTasks(templates.get("condition-2"));
    assertEquals(Map.of("parameters", List.of(Map.of("name", "echo-2-out",
        "value", "{{inputs.parameters.echo-2-out}}"))), inCondition.get("graph-echo-twice-3").get("arguments"));
  }
}
