package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.ComponentReference;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task of a component with {@code implementation.graph} becomes its graph's tasks, as KFP 1.8.22 expands it. */
class GraphExpansionTest {
  static final String SCALE = """
      name: Scale
      inputs:
      - {name: x, type: Float}
      - {name: factor, type: Float}
      outputs:
      - {name: y, type: Float}
      implementation:
        container:
          image: alpine
          command: [scale, {inputValue: x}, {inputValue: factor}, {outputPath: y}]
      """;

  /** Two tasks listed out of dependency order; a constant, a graph input with a default, an inline spec. */
  static final String TWICE = """
      name: Scale twice
      inputs:
      - {name: x, type: Float}
      - {name: factor, type: Float, default: '2', optional: true}
      outputs:
      - {name: result, type: Float}
      implementation:
        graph:
          tasks:
            second:
              componentRef: {name: Scale, spec: %s}
              arguments:
                x: {taskOutput: {taskId: first, outputName: y}}
                factor: '10'
            first:
              componentRef: {name: Scale, spec: %s}
              arguments:
                x: {graphInput: {inputName: x}}
                factor: {graphInput: {inputName: factor}}
          outputValues:
            result: {taskOutput: {taskId: second, outputName: y}}
      """.formatted(flow(SCALE), flow(SCALE));

  private final ComponentDefinition twice = ComponentDefinition.fromText(TWICE);
  private final ComponentDefinition print = TestComponents.print();

  /** A spec as one flow-style YAML value. */
  static String flow(String yaml) {
    return io.kfp4j.runtime.types.PythonJson.dumps(new org.yaml.snakeyaml.Yaml().load(yaml));
  }

  @Test
  void theGraphsTasksJoinThePipelineInDependencyOrderAndItsOutputsAreTheirs() {
    PipelineGraph graph = Pipelines.builder("expanded").build(p -> {
      Param<Double> x = p.param("x", Double.class, "1.5");
      ComponentTask task = twice.task(Map.of("x", x));
      print.task(Map.of("msg", task.outputNamed("result"))).after(task);
    });
    assertEquals(List.of("scale", "scale-2", "print-msg"), List.copyOf(graph.tasks().keySet()));
    TaskNode first = graph.task("scale").orElseThrow();
    assertEquals(Map.of("x", new ArgumentValue.ParameterRef("x"), "factor", new ArgumentValue.Constant("2")),
        first.arguments());
    TaskNode second = graph.task("scale-2").orElseThrow();
    assertEquals(Map.of("x", new ArgumentValue.OutputRef("scale", "y"), "factor", new ArgumentValue.Constant("10")),
        second.arguments());
    TaskNode printed = graph.task("print-msg").orElseThrow();
    assertEquals(new ArgumentValue.OutputRef("scale-2", "y"), printed.arguments().get("msg"));
    assertEquals(List.of("scale", "scale-2"), printed.after());
    assertEquals(List.of(new Member.TaskMember("scale"), new Member.TaskMember("scale-2"),
        new Member.TaskMember("print-msg")), graph.root().members());
  }

  @Test
  void aGraphTaskWaitsThroughItsTasksAndTakesNoSettings() {
    PipelineGraph graph = Pipelines.builder("expanded").build(p -> {
      ComponentTask before = print.task(Map.of("msg", Value.of("first")));
      twice.task(Map.of("x", p.param("x", Double.class))).after(before);
    });
    assertEquals(List.of("print-msg"), graph.task("scale").orElseThrow().after());
    assertEquals(List.of("print-msg"), graph.task("scale-2").orElseThrow().after());
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("expanded")
        .build(p -> twice.task(Map.of("x", p.param("x", Double.class))).cpuLimit("2")));
    assertEquals("pipeline \"expanded\", task \"Scale twice\": it runs graph component \"Scale twice\", whose tasks"
        + " become the pipeline's tasks (as in KFP), so it takes no settings of its own; set them in the components"
        + " its graph uses", e.getMessage());
  }

  @Test
  void anOptionalArgumentSetLaterReachesEveryTaskThatReadsIt() {
    PipelineGraph graph = Pipelines.builder("expanded").build(p -> {
      Param<Double> factor = p.param("factor", Double.class);
      twice.task(Map.of("x", p.param("x", Double.class))).with("factor", factor);
    });
    assertEquals(new ArgumentValue.ParameterRef("factor"), graph.task("scale").orElseThrow().arguments().get("factor"));
    assertEquals(new ArgumentValue.Constant("10"), graph.task("scale-2").orElseThrow().arguments().get("factor"));
  }

  @Test
  void anOutputTheGraphDoesNotSetIsRefused() {
    ComponentDefinition noResult = ComponentDefinition.fromText(TWICE.replaceFirst(
        "(?s)\n    outputValues:.*", "\n"));
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("expanded")
        .build(p -> print.task(Map.of("msg", noResult.task(Map.of("x", p.param("x", Double.class)))
            .outputNamed("result")))));
    assertEquals("pipeline \"expanded\", task \"print-msg\", input \"msg\": graph component \"Scale twice\" gives"
        + " no value to its output \"result\" (no outputValues entry); read an output its graph sets",
        e.getMessage());
  }

  @Test
  void aReferenceWithoutSpecOrUrlSaysHowToGiveIt(@TempDir Path dir) throws Exception {
    String byName = TWICE.replaceFirst("componentRef: \\{name: Scale, spec: [^\n]*}\n", "componentRef: {name: Scale}\n");
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("expanded")
        .build(p -> ComponentDefinition.fromText(byName).task(Map.of("x", p.param("x", Double.class)))));
    assertEquals("pipeline \"expanded\", task of graph component \"Scale twice\", graph task \"second\": its"
        + " componentRef names component \"Scale\" without a url or an inline spec, so kfp4j cannot find it; give"
        + " it with ComponentDefinition.withComponentRefs(...)", e.getMessage());
    // given by the caller, by name
    Path scale = Files.writeString(dir.resolve("scale.yaml"), SCALE);
    ComponentDefinition given = ComponentDefinition.fromText(byName).withComponentRefs(
        ref -> "Scale".equals(ref.name()) ? Optional.of(ComponentDefinition.load(scale)) : Optional.empty());
    PipelineGraph graph = Pipelines.builder("expanded").build(p -> given.task(Map.of("x", p.param("x", Double.class))));
    assertEquals(2, graph.tasks().size());
    ComponentRefs urls = ComponentRefs.urls(Map.of("https://example.org/scale.yaml", scale));
    assertEquals("Scale", urls.find(new ComponentReference(null, null, null, "https://example.org/scale.yaml", null))
        .orElseThrow().name());
    assertTrue(urls.find(new ComponentReference("Scale", null, null, null, null)).isEmpty());
  }
}
