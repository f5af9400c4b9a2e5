package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loops and constants are typed without type witnesses: {@code ParallelFor.each(task.output(), ...)}, an item type
 * for untyped lists, and {@code as(...)} on loop items and constants, as on outputs.
 */
class LoopAndConstantTypingTest {
  private final ComponentDefinition add = TestComponents.add();
  private final ComponentDefinition print = TestComponents.print();
  private final ComponentDefinition flip = TestComponents.flip();

  /** What a generated factory of a component with a {@code Float} input {@code a} looks like: a typed source. */
  private Task<?> addOne(Source<Double> a) {
    return add.task(Map.of("a", a, "b", Value.of(1.0)));
  }

  @Test
  void aLoopOverALoadedComponentsOutputNeedsNoTypeWitness() {
    PipelineGraph graph = Pipelines.builder("loop").build(p -> {
      ComponentTask coin = flip.task(Map.of());
      ParallelFor.each(coin.output(), item -> print.task(Map.of("msg", item)));
      ParallelFor.each(coin.output(), 2, item -> print.task(Map.of("msg", item)));
    });
    Group.Loop loop = assertInstanceOf(Group.Loop.class, graph.root().members().get(1));
    assertEquals(new LoopSource.DynamicItems(new ArgumentValue.OutputRef("flip-coin", "Output")), loop.source());
    assertEquals(new ArgumentValue.LoopItemRef(GroupId.loop(1), null), graph.tasks().get("print-msg").arguments()
        .get("msg"));
  }

  @Test
  void anItemTypeTypesTheItemsOfAnyList() {
    PipelineGraph graph = Pipelines.builder("typed-items").build(p -> {
      Param<String> numbers = p.param("numbers", String.class, "[1.5, 2.5]");
      ComponentTask coin = flip.task(Map.of());
      ParallelFor.each(numbers, Double.class, this::addOne);
      ParallelFor.each(coin.<String>output(), Double.class, 3, item -> addOne(item));
    });
    Group.Loop overParam = assertInstanceOf(Group.Loop.class, graph.root().members().get(1));
    // the declared item type is kept, as KFP v2 types the loop's item by it
    assertEquals(new LoopSource.DynamicItems(new ArgumentValue.ParameterRef("numbers"), "Float"), overParam.source());
    Group.Loop overOutput = assertInstanceOf(Group.Loop.class, graph.root().members().get(2));
    assertEquals(new LoopSource.DynamicItems(new ArgumentValue.OutputRef("flip-coin", "Output"), "Float"),
        overOutput.source());
    assertEquals(3, overOutput.parallelism());
    assertEquals(new ArgumentValue.LoopItemRef(overOutput.id(), null), graph.tasks().get("add-2").arguments()
        .get("a"));
  }

  @Test
  void aLoopItemSeenAsAnotherTypeIsTheSameItem() {
    PipelineGraph graph = Pipelines.builder("as").build(p -> {
      ComponentTask coin = flip.task(Map.of());
      ParallelFor.each(coin.output(), item -> addOne(item.as(Double.class)));
      ParallelFor.each(List.of(Map.of("x", 1.5)), item -> addOne(item.field("x").as(Double.class)));
    });
    assertEquals(new ArgumentValue.LoopItemRef(GroupId.loop(1), null), graph.tasks().get("add").arguments().get("a"));
    assertEquals(new ArgumentValue.LoopItemRef(GroupId.loop(3), "x"), graph.tasks().get("add-2").arguments()
        .get("a"));
  }

  @Test
  void aConstantSeenAsAnotherTypeIsSerializedByTheInputsType() {
    PipelineGraph graph = Pipelines.builder("constants").build(p -> {
      addOne(Value.of(2).as(Double.class));
      addOne(Value.of(3L).as(Double.class));
    });
    assertEquals(new ArgumentValue.Constant("2"), graph.tasks().get("add").arguments().get("a"));
    assertEquals(new ArgumentValue.Constant("3"), graph.tasks().get("add-2").arguments().get("a"));
  }

  @Test
  void aConstantTheInputsTypeCannotTakeFailsNamingTaskAndInput() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class, () -> Pipelines.builder("bad")
        .build(p -> addOne(Value.of(List.of(1)).as(Double.class))));
    assertTrue(e.getMessage().startsWith("pipeline \"bad\", task \"add\", input \"a\": "), e.getMessage());
  }
}
