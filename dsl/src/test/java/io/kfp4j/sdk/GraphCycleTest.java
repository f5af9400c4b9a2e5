package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML graph component whose task names itself, or a graph that names it back, is refused with the cycle named
 * (it used to expand until a StackOverflowError); a graph used twice side by side, or inside another, is no cycle.
 */
class GraphCycleTest {
  private static final String FIX = "; a graph component's tasks are expanded when the pipeline is built (as in KFP"
      + " 1.8.22), so a graph may not use itself or a graph that uses it; point the componentRef at another"
      + " component, or for a loop that ends write a Java graph component that calls itself inside"
      + " Condition.when(...) (GraphComponent)";

  /** A graph component named {@code name} whose one task, {@code taskId}, runs the component at {@code url}. */
  private static String graph(String name, String taskId, String url) {
    return """
        name: %s
        inputs:
        - {name: x, type: Float}
        implementation:
          graph:
            tasks:
              %s:
                componentRef: {url: '%s'}
                arguments:
                  x: {graphInput: {inputName: x}}
        """.formatted(name, taskId, url);
  }

  private static PipelineGraph build(ComponentDefinition component, ComponentRefs refs) {
    return Pipelines.builder("cycles").build(p -> {
      p.componentRefs(refs);
      component.task(Map.of("x", p.param("x", Double.class, "1.5")));
    });
  }

  @Test
  void aGraphWhoseTaskNamesItselfIsRefusedNamingTheFileTaskCycleAndFix(@TempDir Path dir) throws Exception {
    Path self = dir.resolve("self.yaml");
    String url = self.toUri().toString();
    Files.writeString(self, graph("Self", "again", url));
    PipelineBuildException e = assertThrows(PipelineBuildException.class,
        () -> build(ComponentDefinition.load(self), ref -> java.util.Optional.empty()));
    assertEquals("pipeline \"cycles\", task of graph component \"Self\" (" + self + "), graph task \"again\": its"
        + " componentRef (" + url + ") names graph component \"Self\", which contains this task, so the graph would"
        + " contain itself without end: \"Self\" (" + self + ") -> \"Self\"" + FIX, e.getMessage());
  }

  @Test
  void twoGraphsNamingEachOtherAreRefusedWhenBuiltAndWhenGivenAsRefs(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.yaml"), graph("A", "to-b", "https://example.org/b.yaml"));
    Path b = Files.writeString(dir.resolve("b.yaml"), graph("B", "to-a", "https://example.org/a.yaml"));
    ComponentRefs refs = ComponentRefs.urls(Map.of("https://example.org/a.yaml", a, "https://example.org/b.yaml", b));
    PipelineBuildException built = assertThrows(PipelineBuildException.class,
        () -> build(ComponentDefinition.load(a), refs));
    assertTrue(built.getMessage().startsWith("pipeline \"cycles\", task of graph component \"B\" (" + b + "),"
        + " graph task \"to-a\": its componentRef (https://example.org/a.yaml) names graph component \"A\""),
        built.getMessage());
    assertTrue(built.getMessage().contains(": \"A\" (" + a + ") -> \"B\" (" + b + ") -> \"A\"" + FIX),
        built.getMessage());
    InvalidSpecException given = assertThrows(InvalidSpecException.class,
        () -> ComponentDefinition.load(a).withComponentRefs(refs));
    assertEquals(List.of(a + ": implementation.graph.tasks.to-b.componentRef.spec.implementation.graph.tasks.to-a"
        + ".componentRef: its componentRef (https://example.org/a.yaml) names graph component \"A\", which contains"
        + " this task, so the graph would contain itself without end: \"A\" (" + a + ") -> \"B\" (" + b + ") ->"
        + " \"A\"" + FIX), given.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aGraphUsedTwiceSideBySideAndInsideAnotherIsNoCycle(@TempDir Path dir) throws Exception {
    Path scale = Files.writeString(dir.resolve("scale.yaml"), GraphExpansionTest.SCALE);
    Path twice = Files.writeString(dir.resolve("twice.yaml"), GraphExpansionTest.TWICE);
    Path outer = Files.writeString(dir.resolve("outer.yaml"), graph("Outer", "one", "https://example.org/twice.yaml")
        + """
                  two:
                    componentRef: {url: 'https://example.org/twice.yaml'}
                    arguments:
                      x: {graphInput: {inputName: x}}
            """);
    ComponentRefs refs = ComponentRefs.urls(Map.of("https://example.org/twice.yaml", twice,
        "https://example.org/scale.yaml", scale));
    assertEquals(4, build(ComponentDefinition.load(outer), refs).tasks().size());
    assertEquals(4, build(ComponentDefinition.load(outer).withComponentRefs(refs), ref -> java.util.Optional.empty())
        .tasks().size());
  }
}
