package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the compiler refuses, each with the pipeline, the task and the input or field at fault. */
class CompileErrorsTest {
  private static final ComponentDefinition ECHO = RawOps.sh("echo", "alpine", "echo ${msg}", Map.of());
  private static final ComponentDefinition LIST = RawOps.sh("make list", "alpine", "echo [1] > /tmp/o",
      Map.of("out", "/tmp/o"));

  private static CompileException fails(PipelineGraph graph) {
    return assertThrows(CompileException.class, () -> Compiler.compile(graph));
  }

  private static void assertMentions(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "\"" + part + "\" not in: " + e.getMessage());
    }
  }

  @Test
  void v2OnlyPlaceholderNamesTheTaskAndField() {
    ComponentDefinition v2 = ComponentDefinition.fromText("""
        name: Uses uri
        inputs:
        - {name: data}
        implementation:
          container:
            image: alpine
            command: [cat, {inputUri: data}]
        """);
    PipelineGraph graph = Pipelines.builder("v2-pipe").build(p -> v2.task(Map.of("data", Value.of("x"))));
    assertMentions(fails(graph), "pipeline \"v2-pipe\"", "task \"uses-uri\"", "implementation.container.command[1]",
        "inputUri", "not supported by the v1 toolchain");
  }

  @Test
  void graphComponentNamesTheTask() {
    ComponentDefinition graphComponent = ComponentDefinition.fromText("""
        name: Nested
        implementation:
          graph:
            tasks:
              inner:
                componentRef:
                  spec:
                    name: Inner
                    implementation: {container: {image: alpine}}
        """);
    // the DSL expands a graph component's task into its graph's tasks, as KFP does
    PipelineGraph expanded = Pipelines.builder("graphs").build(p -> graphComponent.task(Map.of()));
    assertEquals(List.of("inner"), List.copyOf(expanded.tasks().keySet()));
    // an IR made elsewhere that holds one as a task cannot compile
    PipelineGraph graph = new PipelineGraph("graphs", null, null, List.of(), Map.of("nested",
        new io.kfp4j.sdk.ir.TaskNode("nested", graphComponent.loaded(), Map.of(),
            io.kfp4j.sdk.task.TaskSettings.DEFAULT, List.of())), new io.kfp4j.sdk.ir.Group.Root(List.of(new io.kfp4j.sdk.ir.Member.TaskMember("nested"))),
        expanded.settings());
    assertMentions(fails(graph), "pipeline \"graphs\"", "task \"nested\"", "graph component");
  }

  @Test
  void exitTaskCannotReadOtherTasks() {
    PipelineGraph graph = Pipelines.builder("exits").build(p -> {
      ComponentTask first = LIST.task(Map.of());
      ComponentTask exit = ECHO.task(Map.of("msg", first.outputNamed("out")));
      ExitHandler.of(exit, () -> ECHO.task(Map.of("msg", Value.of("guarded"))));
    });
    assertMentions(fails(graph), "pipeline \"exits\"", "task \"echo\"", "exit task", "make-list");
  }

  @Test
  void loopOverAnOutputFromAnotherGroup() {
    PipelineGraph graph = Pipelines.builder("loops").build(p -> {
      ComponentTask list = LIST.task(Map.of());
      Condition.when(list.outputNamed("out").ne("[]"), () ->
          ParallelFor.each(list.outputNamed("out"), item -> ECHO.task(Map.of("msg", item))));
    });
    assertMentions(fails(graph), "pipeline \"loops\"", "for-loop-2", "output \"out\" of task \"make-list\"",
        "same group");
  }

  @Test
  void conditionOnTextWithReferences() {
    PipelineGraph graph = Pipelines.builder("conds").build(p -> {
      ComponentTask list = LIST.task(Map.of());
      Condition.when(Formatted.of("x%s", list.outputNamed("out")).eq("x[1]"),
          () -> ECHO.task(Map.of("msg", Value.of("yes"))));
    });
    assertMentions(fails(graph), "pipeline \"conds\"", "condition", "single value");
  }
}
