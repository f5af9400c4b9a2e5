package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Graph components in the IR: a group per call, recursive calls under a Condition, and each mistake's message. */
class GraphComponentTest {
  private final ComponentDefinition flip = ComponentDefinition.fromText(TestComponents.FLIP);
  private final ComponentDefinition print = ComponentDefinition.fromText(TestComponents.PRINT);

  private GraphCall<Void> loop(Source<String> result) {
    return GraphComponent.named("flip_component").input("flip_result", result).call(() -> {
      ComponentTask again = flip.task(Map.of()).after(print.task(Map.of("msg", result)));
      Output<String> out = again.output();
      Condition.when(out.eq("heads"), () -> loop(out));
    });
  }

  private GraphCall<Void> forever(Source<String> result) {
    return GraphComponent.named("forever").input("flip_result", result).call(() -> {
      ComponentTask again = flip.task(Map.of()).after(print.task(Map.of("msg", result)));
      forever(again.<String>output());
    });
  }

  /** Calls {@link #pong}, which calls this one back, under a Condition when {@code guarded}. */
  private GraphCall<Void> ping(Source<String> result, boolean guarded) {
    return GraphComponent.named("ping").input("flip_result", result).call(() -> pong(result, guarded));
  }

  private GraphCall<Void> pong(Source<String> result, boolean guarded) {
    return GraphComponent.named("pong").input("flip_result", result).call(() -> {
      Output<String> out = flip.task(Map.of()).after(print.task(Map.of("msg", result))).output();
      if (guarded) {
        Condition.when(out.eq("heads"), () -> ping(out, true));
      } else {
        ping(out, false);
      }
    });
  }

  private static PipelineBuildException fails(Consumer<PipelineScope> body) {
    return assertThrows(PipelineBuildException.class, () -> Pipelines.builder("graphs").build(body));
  }

  @Test
  void eachCallIsAGroupAndARecursiveCallRepeatsItsEnclosingCall() {
    PipelineGraph graph = Pipelines.builder("graphs").build(p -> {
      ComponentTask first = flip.task(Map.of());
      GraphCall<Void> call = loop(first.output());
      print.task(Map.of("msg", Value.of("done"))).after(call);
      loop(first.output());
    });
    List<Member> top = graph.root().members();
    Group.Graph one = (Group.Graph) top.get(1);
    Group.Graph two = (Group.Graph) top.get(3);
    assertEquals(GroupId.graph(1), one.id());
    assertEquals(GroupId.graph(3), two.id());
    assertEquals("flip_component", one.name());
    assertEquals(Map.of("flip_result", new ArgumentValue.OutputRef("flip-coin", "Output")), one.arguments());
    assertTrue(one.recursive());
    Group.Conditional condition = (Group.Conditional) one.members().get(2);
    Member.RecursiveCall again = (Member.RecursiveCall) condition.members().get(0);
    assertEquals(one.id(), again.graph());
    assertEquals(Map.of("flip_result", new ArgumentValue.OutputRef("flip-coin-2", "Output")), again.arguments());
    assertEquals(List.of(one.id()), graph.task("print-msg-2").orElseThrow().afterGroups());
    assertEquals(List.of("flip-coin-2", "print-msg", "print-msg-2", "flip-coin-3", "print-msg-3"),
        List.copyOf(graph.tasks().keySet()).subList(1, 6));
  }

  @Test
  void recursionOutsideAnyConditionIsRefusedNamingTheGraphAndTheFix() {
    PipelineBuildException e = fails(p -> forever(flip.task(Map.of()).output()));
    assertEquals("pipeline \"graphs\": graph component \"forever\" calls itself (forever -> forever) outside any"
        + " Condition inside its body, so the recursion has no base case and would never end; put the recursive call"
        + " inside Condition.when(...) on a value that ends the recursion, as KFP's recursive graph components do",
        e.getMessage());
  }

  @Test
  void aConditionOutsideTheCallIsNoBaseCase() {
    PipelineBuildException e = fails(p -> {
      Output<String> out = flip.task(Map.of()).output();
      Condition.when(out.eq("heads"), () -> forever(out));
    });
    assertTrue(e.getMessage().contains("graph component \"forever\" calls itself (forever -> forever) outside any"),
        e.getMessage());
  }

  @Test
  void aConstantArgumentIsRefused() {
    PipelineBuildException e = fails(p -> loop(Value.of("heads")));
    assertEquals("pipeline \"graphs\", graph component \"flip_component\", input \"flip_result\": heads is a"
        + " constant; as in KFP, a graph component takes pipeline parameters, task outputs or loop items; pass a"
        + " Param (p.param(...)) or a task's Output", e.getMessage());
  }

  @Test
  void aRecursiveCallWithOtherInputsIsRefused() {
    PipelineBuildException e = fails(p -> {
      Output<String> out = flip.task(Map.of()).output();
      GraphComponent.named("g").input("a", out).call(() -> Condition.when(out.eq("x"),
          () -> GraphComponent.named("g").input("b", out).call(() -> { })));
    });
    assertEquals("pipeline \"graphs\": the recursive call of graph component \"g\" gives inputs [b], but the graph"
        + " component takes [a]; give the same inputs at every call", e.getMessage());
  }

  @Test
  void aRecursiveCallHasNoResultAndCannotBeWaitedFor() {
    PipelineBuildException e = fails(p -> {
      Output<String> out = flip.task(Map.of()).output();
      GraphComponent.named("g").input("a", out).call(() -> Condition.when(out.eq("x"), () -> {
        GraphCall<Void> inner = GraphComponent.named("g").input("a", out).call(() -> { });
        print.task(Map.of("msg", out)).after(inner);
      }));
    });
    assertTrue(e.getMessage().contains("after(...) names the recursive call of graph component \"g\", which has no"
        + " group of its own; wait for the outer call"), e.getMessage());
  }

  @Test
  void aTaskCannotWaitForTheCallHoldingIt() {
    PipelineBuildException e = fails(p -> {
      Output<String> out = flip.task(Map.of()).output();
      GraphCall<?>[] self = new GraphCall<?>[1];
      self[0] = GraphComponent.named("g").input("a", out).callReturning(() -> print.task(Map.of("msg", out)));
      ((ComponentTask) self[0].result()).after(self[0]);
    });
    assertTrue(e.getMessage().contains("a task cannot wait for its own group"), e.getMessage());
  }

  @Test
  void theBodysResultIsKeptAndOutsideAPipelineACallIsRefused() {
    PipelineGraph graph = Pipelines.builder("graphs").build(p -> {
      Output<String> out = flip.task(Map.of()).output();
      GraphCall<Output<String>> call = GraphComponent.named("g").input("a", out)
          .callReturning(() -> flip.task(Map.of()).after(print.task(Map.of("msg", out))).<String>output());
      print.task(Map.of("msg", call.result()));
    });
    assertEquals(new ArgumentValue.OutputRef("flip-coin-2", "Output"),
        graph.task("print-msg-2").orElseThrow().arguments().get("msg"));
    IllegalStateException outside = assertThrows(IllegalStateException.class,
        () -> GraphComponent.named("g").call(() -> { }));
    assertTrue(outside.getMessage().startsWith("GraphComponent \"g\" can only be used while a pipeline is being built"));
  }

  @Test
  void twoGraphComponentsCallingEachOtherOutsideAnyConditionAreRefusedNamingTheCycle() {
    PipelineBuildException e = fails(p -> ping(flip.task(Map.of()).output(), false));
    assertEquals("pipeline \"graphs\": graph component \"ping\" calls itself (ping -> pong -> ping) outside any"
        + " Condition inside its body, so the recursion has no base case and would never end; put the recursive call"
        + " inside Condition.when(...) on a value that ends the recursion, as KFP's recursive graph components do",
        e.getMessage());
  }

  @Test
  void twoGraphComponentsCallingEachOtherUnderAConditionRecurseAsKfpDoes() {
    PipelineGraph graph = Pipelines.builder("graphs").build(p -> ping(flip.task(Map.of()).output(), true));
    Group.Graph ping = (Group.Graph) graph.root().members().get(1);
    Group.Graph pong = (Group.Graph) ping.members().get(0);
    Group.Conditional condition = (Group.Conditional) pong.members().get(2);
    Member.RecursiveCall again = (Member.RecursiveCall) condition.members().get(0);
    assertEquals("pong", pong.name());
    assertEquals(ping.id(), again.graph());
  }
}
