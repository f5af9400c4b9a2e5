package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A loop inside a Condition over the output of a task before the Condition, as the engine and the v2 target run it:
 * the output enters the Condition's DAG as an input, which the loop's {@code withParam} reads; the Condition waits
 * for the task. (KFP 1.8.22 names the task there, which is no sibling of the loop, and Argo refuses the workflow.)
 */
class LoopInGroupTest {
  private static final ComponentDefinition TABLE = ComponentDefinition.fromText("""
      name: Table
      outputs:
      - {name: rows, type: Integer}
      - {name: columns, type: JsonArray}
      implementation:
        container:
          image: alpine
          command: [sh, -c, 'echo 2 > "$0"; echo "[\\\\"a\\\\"]" > "$1"', {outputPath: rows}, {outputPath: columns}]
      """);
  @Test
  void aLoopInAConditionOverAnOutputOfATaskBeforeItReadsItFromTheConditionsInputs() {
    PipelineGraph graph = Pipelines.builder("loop-in-condition").build(p -> {
      ComponentTask table = TABLE.task(Map.of());
      Condition.when(table.<Long>outputNamed("rows").ge(1L), () ->
          ParallelFor.each(table.outputNamed("columns"), item -> UntypedInputsTest.SHOW.task(Map.of("anything", item))));
    });
    Map<String, Object> workflow = Goldens.compileChecked(graph);   // valid by Argo's schema
    Map<String, Map<String, Object>> templates = new HashMap<>();
    for (Map<String, Object> template
        : UntypedInputsTest.list(UntypedInputsTest.map(workflow.get("spec")).get("templates"))) {
      templates.put((String) template.get("name"), template);
    }
    Map<String, Map<String, Object>> rootTasks = tasks(templates.get("loop-in-condition"));
    Map<String, Object> condition = rootTasks.get("condition-1");
    assertEquals(List.of("table"), condition.get("dependencies"));
    assertEquals("{{tasks.table.outputs.parameters.table-rows}} >= 1", condition.get("when"));
    assertEquals(List.of(Map.of("name", "table-columns", "value", "{{tasks.table.outputs.parameters.table-columns}}")),
        UntypedInputsTest.map(condition.get("arguments")).get("parameters"));
    assertEquals(List.of(Map.of("name", "table-columns")),
        UntypedInputsTest.map(templates.get("condition-1").get("inputs")).get("parameters"));
    Map<String, Object> loop = tasks(templates.get("condition-1")).get("for-loop-2");
    assertEquals("{{inputs.parameters.table-columns}}", loop.get("withParam"));
    assertNull(loop.get("dependencies"), "the loop has no sibling to wait for");
  }

  private static Map<String, Map<String, Object>> tasks(Map<String, Object> template) {
    Map<String, Map<String, Object>> byName = new HashMap<>();
    for (Map<String, Object> task : UntypedInputsTest.list(UntypedInputsTest.map(template.get("dag")).get("tasks"))) {
      byName.put((String) task.get("name"), task);
    }
    return byName;
  }
}
