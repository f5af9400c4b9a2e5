package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building pipelines with the DSL gives the IR the compiler and engine consume. */
class PipelineDslTest {
  private final ComponentDefinition add = TestComponents.add();
  private final ComponentDefinition print = TestComponents.print();
  private final ComponentDefinition flip = TestComponents.flip();

  @Test
  void theSeedsAdditionPipeline() {
    PipelineGraph graph = Pipelines.builder("Addition pipeline")
        .description("An example pipeline that performs addition calculations.")
        .build(p -> {
          Param<Double> a = p.param("a", Double.class, "1");
          Param<Double> b = p.param("b", Double.class, "7");
          ComponentTask first = add.task(Map.of("a", a, "b", Value.of(4)));
          add.task(Map.of("a", first.output(), "b", b));
        });
    assertEquals(List.of(new PipelineParameter("a", "Float", "1"), new PipelineParameter("b", "Float", "7")),
        graph.parameters());
    assertEquals(List.of("add", "add-2"), List.copyOf(graph.tasks().keySet()));
    assertEquals(Map.of("a", new ArgumentValue.ParameterRef("a"), "b", new ArgumentValue.Constant("4")),
        graph.tasks().get("add").arguments());
    assertEquals(Map.of("a", new ArgumentValue.OutputRef("add", "Output"), "b", new ArgumentValue.ParameterRef("b")),
        graph.tasks().get("add-2").arguments());
    assertEquals(List.of("add"), graph.tasks().get("add-2").upstream());
    assertEquals("addition-pipeline", graph.root().name());
  }

  @Test
  void groupsAreNamedWithOneCounterAsKfpDoes() {
    PipelineGraph graph = Pipelines.builder("condition-pipeline").build(p -> {
      Param<Long> threshold = p.param("threshold", Long.class, "5");
      ComponentTask coin = flip.task(Map.of());
      Condition.when("heads", coin.output().eq("heads"), () -> {
        ComponentTask num = add.task(Map.of("a", Value.of(0), "b", Value.of(9)));
        Condition.when(num.output().gt(threshold), () -> print.task(Map.of("msg", Formatted.of("%s big", num.output()))));
      });
      ParallelFor.each(List.of(1, 2, 3), item -> print.task(Map.of("msg", item)));
      ParallelFor.each(List.of(Map.of("a", 1), Map.of("a", 2)), 2,
          item -> print.task(Map.of("msg", item.field("a"))));
    });
    List<Member> top = graph.root().members();
    Group.Conditional heads = assertInstanceOf(Group.Conditional.class, top.get(1));
    assertEquals("condition-heads-1", heads.name());
    assertEquals(new Comparison(new ArgumentValue.OutputRef("flip-coin", "Output"), Comparison.Operator.EQ,
        new ArgumentValue.Constant("heads")), heads.condition());
    assertEquals("condition-2", ((Group) heads.members().get(1)).name());
    Group.Loop first = assertInstanceOf(Group.Loop.class, top.get(2));
    assertEquals("for-loop-4", first.name());
    assertEquals("loop-item-param-3", first.itemName());
    assertNull(first.parallelism());
    Group.Loop second = assertInstanceOf(Group.Loop.class, top.get(3));
    assertEquals("for-loop-6", second.name());
    assertEquals(2, second.parallelism());
    assertEquals(new LoopSource.StaticItems(List.of(Map.of("a", 1), Map.of("a", 2))), second.source());
    assertEquals(new ArgumentValue.LoopItemRef("for-loop-6", "a"), graph.tasks().get("print-msg-3").arguments().get("msg"));
    assertEquals(new ArgumentValue.Template(List.of(new ArgumentValue.OutputRef("add", "Output"),
        new ArgumentValue.Constant(" big"))), graph.tasks().get("print-msg").arguments().get("msg"));
  }

  @Test
  void exitHandlerTakesItsTaskOutOfTheTree() {
    PipelineGraph graph = Pipelines.builder("exit-handler").build(p -> {
      ComponentTask bye = print.task(Map.of("msg", Value.of("exit handler has run")));
      ExitHandler.of(bye, () -> add.task(Map.of("a", Value.of(1), "b", Value.of(2))));
    });
    assertEquals("print-msg", graph.exitTask().orElseThrow());
    assertEquals(1, graph.root().members().size());
    Group.ExitHandler handler = assertInstanceOf(Group.ExitHandler.class, graph.root().members().get(0));
    assertEquals("exit-handler-1", handler.name());
  }
}
