package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ContainerOp;
import io.kfp4j.sdk.Formatted;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Argo compiler names groups and loop items from their ids as KFP 1.8.22 does: one pipeline-wide counter for
 * conditions, loops and exit handlers, a static loop's item counted just before the loop, a dynamic loop's item named
 * after its list.
 */
class GroupNamesTest {
  /** {@code sh -c "echo <msg>"}. */
  private static ContainerOp echo(Source<?> msg) {
    return ContainerOp.builder("echo").image("alpine").command("sh", "-c").arguments(Formatted.of("echo %s", msg)).build();
  }

  /** Writes a list to its output {@code out}. */
  private static ContainerOp list() {
    return ContainerOp.builder("make list").image("alpine").command("sh", "-c").arguments("echo [1] > /tmp/o")
        .fileOutput("out", "/tmp/o").build();
  }


  private static Map<String, String> names(PipelineGraph graph) {
    GroupTree tree = new GroupTree(graph);
    return graph.groups().stream().collect(Collectors.toMap(g -> g.id().kind() + " " + g.id().ordinal(),
        g -> tree.groups().entrySet().stream().filter(e -> e.getValue() == g).findFirst().orElseThrow().getKey()));
  }

  @Test
  void groupsAndStaticLoopItemsShareOneCounter() {
    PipelineGraph graph = Pipelines.builder("Condition pipeline").build(p -> {
      Param<Long> threshold = p.param("threshold", Long.class, "5");
      ContainerOp list = list();
      Condition.when("Heads up!", list.outputNamed("out").eq("heads"), () -> {
        echo(Value.of("in"));
        Condition.when(list.outputNamed("out").gt(threshold), () -> echo(Value.of("big")));
      });
      ParallelFor.each(List.of(1, 2, 3), item -> echo(item));
      ParallelFor.each(List.of(Map.of("a", 1), Map.of("a", 2)), 2, item -> echo(item.field("a")));
    });
    assertEquals(Map.of("ROOT 0", "condition-pipeline", "CONDITION 1", "condition-heads-up-1", "CONDITION 2",
        "condition-2", "LOOP 4", "for-loop-4", "LOOP 6", "for-loop-6"), names(graph));
    List<Group.Loop> loops = graph.groups().stream().filter(g -> g instanceof Group.Loop).map(g -> (Group.Loop) g)
        .toList();
    assertEquals(List.of("loop-item-param-3", "loop-item-param-5"), loops.stream().map(GroupTree::itemName).toList());
    Set<String> templates = templateNames(graph);
    assertTrue(templates.containsAll(Set.of("condition-heads-up-1", "condition-2", "for-loop-4", "for-loop-6")),
        templates::toString);
    String yaml = Compiler.toYaml(graph);
    assertTrue(yaml.contains("{{inputs.parameters.loop-item-param-3}}"), yaml);
    assertTrue(yaml.contains("{{inputs.parameters.loop-item-param-5-subvar-a}}"), yaml);
  }

  @Test
  void dynamicLoopItemsAreNamedAfterTheirList() {
    PipelineGraph graph = Pipelines.builder("dynamic").build(p -> {
      Param<List<String>> items = p.param("items", (Class<List<String>>) (Class<?>) List.class, "[\"a\"]");
      ContainerOp list = list();
      ParallelFor.each(items, item -> echo(item));
      ParallelFor.each(list.outputNamed("out"), item -> echo(item));
    });
    assertEquals(Map.of("ROOT 0", "dynamic", "LOOP 1", "for-loop-1", "LOOP 2", "for-loop-2"), names(graph));
    assertEquals(List.of("items-loop-item", "make-list-out-loop-item"), graph.groups().stream()
        .filter(g -> g instanceof Group.Loop).map(g -> GroupTree.itemName((Group.Loop) g)).toList());
  }

  @Test
  void theExitHandlerIsCountedToo() {
    PipelineGraph graph = Pipelines.builder("exits").build(p -> {
      ContainerOp bye = echo(Value.of("bye"));
      Condition.when(Value.of("a").eq("a"), () -> echo(Value.of("first")));
      ExitHandler.of(bye, () -> echo(Value.of("guarded")));
    });
    assertEquals(Map.of("ROOT 0", "exits", "CONDITION 1", "condition-1", "EXIT_HANDLER 2", "exit-handler-2"),
        names(graph));
  }

  private static Set<String> templateNames(PipelineGraph graph) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> templates = (List<Map<String, Object>>) ((Map<String, Object>) Compiler.compile(graph)
        .get("spec")).get("templates");
    return templates.stream().map(t -> (String) t.get("name")).collect(Collectors.toSet());
  }
}
