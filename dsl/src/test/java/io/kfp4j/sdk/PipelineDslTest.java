package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.Volume;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    assertEquals(GroupId.ROOT, graph.root().id());
    assertEquals(List.of(graph.root()), graph.groups());
  }

  @Test
  void groupsAreNumberedWithOneCounterAsKfpDoes() {
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
    assertEquals(GroupId.condition(1), heads.id());
    assertEquals("heads", heads.label(), "the author's label, as given");
    assertEquals(new Comparison(new ArgumentValue.OutputRef("flip-coin", "Output"), Comparison.Operator.EQ,
        new ArgumentValue.Constant("heads")), heads.condition());
    Group.Conditional inner = assertInstanceOf(Group.Conditional.class, heads.members().get(1));
    assertEquals(GroupId.condition(2), inner.id());
    assertNull(inner.label());
    Group.Loop first = assertInstanceOf(Group.Loop.class, top.get(2));
    assertEquals(GroupId.loop(4), first.id(), "a static loop counts its item (3), then itself (4)");
    assertEquals(3, first.itemOrdinal());
    assertNull(first.parallelism());
    Group.Loop second = assertInstanceOf(Group.Loop.class, top.get(3));
    assertEquals(GroupId.loop(6), second.id());
    assertEquals(5, second.itemOrdinal());
    assertEquals(2, second.parallelism());
    assertEquals(new LoopSource.StaticItems(List.of(Map.of("a", 1), Map.of("a", 2))), second.source());
    assertEquals(new ArgumentValue.LoopItemRef(GroupId.loop(6), "a"),
        graph.tasks().get("print-msg-3").arguments().get("msg"));
    assertEquals(new ArgumentValue.Template(List.of(new ArgumentValue.OutputRef("add", "Output"),
        new ArgumentValue.Constant(" big"))), graph.tasks().get("print-msg").arguments().get("msg"));
    assertEquals(List.of(GroupId.ROOT, GroupId.condition(1), GroupId.condition(2), GroupId.loop(4), GroupId.loop(6)),
        graph.groups().stream().map(Group::id).toList(), "every group, parents before children");
    assertEquals(Optional.of(second), graph.group(GroupId.loop(6)));
  }

  @Test
  void aLoopOverAnOutputCountsOnlyItself() {
    PipelineGraph graph = Pipelines.builder("dynamic").build(p -> {
      ComponentTask coin = flip.task(Map.of());
      ParallelFor.each(coin.<List<String>>outputNamed("Output"), item -> print.task(Map.of("msg", item)));
      Condition.when(coin.output().eq("heads"), () -> print.task(Map.of("msg", Value.of("heads"))));
    });
    Group.Loop loop = assertInstanceOf(Group.Loop.class, graph.root().members().get(1));
    assertEquals(GroupId.loop(1), loop.id());
    assertNull(loop.itemOrdinal(), "its item is named after the list, not counted");
    assertEquals(new LoopSource.DynamicItems(new ArgumentValue.OutputRef("flip-coin", "Output")), loop.source());
    assertEquals(GroupId.condition(2), ((Group) graph.root().members().get(2)).id());
  }

  @Test
  void runTimeSettingsAreTypedReferences() {
    PipelineGraph graph = Pipelines.builder("settings").build(p -> {
      Param<String> memory = p.param("memory", String.class, "1G");
      Param<String> size = p.param("size", String.class, "1Gi");
      VolumeOp pvc = VolumeOp.create("create-pvc", "my-pvc", size);
      add.task(Map.of("a", Value.of(1), "b", Value.of(2))).memoryLimit(memory).cpuRequest("500m")
          .mount(pvc.volume(), "/mnt");
    });
    TaskNode task = graph.tasks().get("add");
    assertEquals(new SettingValue.Reference(new ArgumentValue.ParameterRef("memory")),
        task.settings().resources().limits().get("memory"));
    assertEquals(SettingValue.of("500m"), task.settings().resources().requests().get("cpu"));
    assertEquals(List.of(new Volume.Claim("create-pvc",
        new SettingValue.Reference(new ArgumentValue.OutputRef("create-pvc", "name")))), task.settings().volumes());
    assertEquals(new SettingValue.Reference(new ArgumentValue.ParameterRef("size")),
        graph.tasks().get("create-pvc").resource().manifest().at("spec", "resources", "requests", "storage")
            .orElseThrow());
    assertEquals(List.of(new ArgumentValue.ParameterRef("memory"), new ArgumentValue.OutputRef("create-pvc", "name")),
        task.settingReferences());
    assertEquals(List.of("create-pvc"), task.upstream(), "the claim's name is read from the VolumeOp");
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
    assertEquals(GroupId.exitHandler(1), handler.id());
  }
}
