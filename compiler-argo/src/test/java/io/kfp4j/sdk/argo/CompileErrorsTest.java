package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the compiler refuses, each with the pipeline, the task and the input or field at fault. */
class CompileErrorsTest {
  /** {@code sh -c "echo <msg>"}. */
  private static ContainerOp echo(Source<?> msg) {
    return ContainerOp.builder("echo").image("alpine").command("sh", "-c").arguments(Formatted.of("echo %s", msg)).build();
  }

  /** Writes a list to its output {@code out}. */
  private static ContainerOp list() {
    return ContainerOp.builder("make list").image("alpine").command("sh", "-c").arguments("echo [1] > /tmp/o")
        .fileOutput("out", "/tmp/o").build();
  }


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
  void aKfpV2PythonComponentNamesTheV2TargetAsTheFix() {
    ComponentDefinition python = ComponentDefinition.fromText("""
        components:
          comp-add:
            executorLabel: exec-add
            inputDefinitions: {parameters: {a: {parameterType: NUMBER_INTEGER}}}
        deploymentSpec:
          executors:
            exec-add:
              container: {image: 'python:3.11', command: [python3], args: [--executor_input, '{{$}}']}
        pipelineInfo: {name: add}
        root:
          dag:
            tasks:
              add:
                componentRef: {name: comp-add}
                inputs: {parameters: {a: {componentInputParameter: a}}}
                taskInfo: {name: add}
          inputDefinitions: {parameters: {a: {parameterType: NUMBER_INTEGER}}}
        schemaVersion: 2.1.0
        sdkVersion: kfp-2.14.6
        """);
    PipelineGraph graph = Pipelines.builder("py").build(p -> python.task(Map.of("a", Value.of(1))));
    CompileException e = fails(graph);
    assertEquals("pipeline \"py\", task \"add\": component \"add\": deploymentSpec.executors.exec-add.container.args[1]:"
        + " v2-only placeholder {{$}} is not supported by the v1 toolchain", e.problem());
    assertTrue(e.fix().orElse("").startsWith("this KFP v2 component runs only on KFP v2"), e.getMessage());
    assertEquals(Map.of("pipeline", "py", "task", "add", "option", "target-v2"), e.facts());
  }

  @Test
  void anImporterIsRefusedNamingTheTaskAndTheV2Target() {
    ComponentDefinition consume = ComponentDefinition.fromText("""
        name: consume
        inputs: [{name: data, type: Dataset}]
        implementation: {container: {image: alpine, command: [cat, {inputPath: data}]}}
        """);
    PipelineGraph graph = Pipelines.builder("imports").build(p -> consume.task(Map.of("data",
        io.kfp4j.sdk.Importer.of(Value.of("gs://bucket/data.csv"), "system.Dataset").output())));
    CompileException e = fails(graph);
    assertEquals("pipeline \"imports\", task \"importer\" is an importer (KFP v2's dsl.importer), which KFP v1"
        + " does not have", e.problem());
    assertTrue(e.fix().orElse("").contains("compile the pipeline for KFP v2")
        && e.fix().orElse("").contains("String parameter"), e.getMessage());
    assertEquals(Map.of("pipeline", "imports", "task", "importer", "option", "target-v2"), e.facts());
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
      ContainerOp first = list();
      ContainerOp exit = echo(first.outputNamed("out"));
      ExitHandler.of(exit, () -> echo(Value.of("guarded")));
    });
    assertMentions(fails(graph), "pipeline \"exits\"", "task \"echo\"", "exit task", "make-list");
  }

  @Test
  void conditionOnTextWithReferences() {
    PipelineGraph graph = Pipelines.builder("conds").build(p -> {
      ContainerOp list = list();
      Condition.when(Formatted.of("x%s", list.outputNamed("out")).eq("x[1]"),
          () -> echo(Value.of("yes")));
    });
    assertMentions(fails(graph), "pipeline \"conds\"", "condition", "single value");
  }
}
