package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An untyped input takes any argument, as in KFP: a JSON array output, a list constant (JSON text, as KFP's
 * {@code json.dumps}), and the item of a loop over an untyped output given an item type.
 */
class UntypedInputsTest {
  private static final ComponentDefinition NAMES = ComponentDefinition.fromText("""
      name: Names
      outputs:
      - {name: names, type: JsonArray}
      - {name: text}
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo "[1]" > "$0"; echo "[2]" > "$1"', {outputPath: names}, {outputPath: text}]
      """);
  /** Echoes an untyped input; other tests of the package use it too. */
  static final ComponentDefinition SHOW = ComponentDefinition.fromText("""
      name: Show
      inputs:
      - {name: anything}
      implementation:
        container:
          image: alpine
          command: [echo, {inputValue: anything}]
      """);

  @Test
  void jsonArraysListConstantsAndLoopItemsFeedAnUntypedInput() {
    PipelineGraph graph = Pipelines.builder("untyped").build(p -> {
      ComponentTask names = NAMES.task(Map.of());
      SHOW.task(Map.of("anything", names.outputNamed("names")));
      SHOW.task(Map.of("anything", Value.of(List.of(1, "a", Map.of("k", true)))));
      ParallelFor.each(names.outputNamed("text"), Long.class, item -> SHOW.task(Map.of("anything", item)));
    });
    Map<String, Object> workflow = Goldens.compileChecked(graph);
    Map<String, String> arguments = new LinkedHashMap<>();
    Map<String, Object> loopTask = null;
    Map<String, Object> constantTemplate = null;
    for (Map<String, Object> template : list(map(workflow.get("spec")).get("templates"))) {
      if (template.get("name").equals("show-2")) {
        constantTemplate = template;
      }
      Map<String, Object> dag = map(template.get("dag"));
      if (dag == null) {
        continue;
      }
      for (Map<String, Object> task : list(dag.get("tasks"))) {
        if (task.get("name").equals("for-loop-1")) {
          loopTask = task;
        }
        Map<String, Object> args = map(task.get("arguments"));
        if (args != null && args.get("parameters") != null) {
          for (Map<String, Object> parameter : list(args.get("parameters"))) {
            arguments.put(task.get("name") + " " + parameter.get("name"), String.valueOf(parameter.get("value")));
          }
        }
      }
    }
    assertEquals(Map.of(
        "show names-names", "{{tasks.names.outputs.parameters.names-names}}",
        "for-loop-1 names-text-loop-item", "{{item}}",
        "show-3 names-text-loop-item", "{{inputs.parameters.names-text-loop-item}}"), arguments);
    assertEquals("{{tasks.names.outputs.parameters.names-text}}", loopTask.get("withParam"));
    assertEquals(List.of("echo", "[1, \"a\", {\"k\": true}]"), map(constantTemplate.get("container")).get("command"),
        "a list constant is inlined as KFP's json.dumps writes it");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
