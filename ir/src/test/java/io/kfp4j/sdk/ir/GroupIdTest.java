package io.kfp4j.sdk.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Group ids are typed and unique; what refers to a group refers to its id, of the right kind. */
class GroupIdTest {
  private static final Comparison ALWAYS = new Comparison(new ArgumentValue.Constant("a"), Comparison.Operator.EQ,
      new ArgumentValue.Constant("a"));

  @Test
  void onlyTheRootHasOrdinalZero() {
    assertEquals(new GroupId(GroupId.Kind.ROOT, 0), GroupId.ROOT);
    assertThrows(IllegalArgumentException.class, () -> new GroupId(GroupId.Kind.ROOT, 1));
    assertThrows(IllegalArgumentException.class, () -> GroupId.loop(0));
    assertThrows(NullPointerException.class, () -> new GroupId(null, 1));
    assertEquals(GroupId.ROOT, new Group.Root(List.of()).id());
  }

  @Test
  void aGroupTakesAnIdOfItsKind() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Group.Conditional(GroupId.loop(1), null, ALWAYS, List.of()));
    assertTrue(e.getMessage().contains("CONDITION"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Group.ExitHandler(GroupId.condition(1), "bye", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Group.Loop(GroupId.exitHandler(2),
        new LoopSource.StaticItems(List.of(1)), 1, null, List.of()));
  }

  @Test
  void onlyALoopOverStaticItemsHasAnItemOrdinal() {
    LoopSource items = new LoopSource.StaticItems(List.of(1, 2));
    LoopSource parameter = new LoopSource.DynamicItems(new ArgumentValue.ParameterRef("xs"));
    assertEquals(3, new Group.Loop(GroupId.loop(4), items, 3, null, List.of()).itemOrdinal());
    assertThrows(IllegalArgumentException.class, () -> new Group.Loop(GroupId.loop(4), items, null, null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Group.Loop(GroupId.loop(4), parameter, 3, null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Group.Loop(GroupId.loop(4), parameter, null, 0, List.of()));
  }

  @Test
  void aLoopItemRefersToALoop() {
    assertEquals(GroupId.loop(2), new ArgumentValue.LoopItemRef(GroupId.loop(2), "a").loop());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ArgumentValue.LoopItemRef(GroupId.condition(2), null));
    assertTrue(e.getMessage().contains("belongs to a loop"), e.getMessage());
  }

  @Test
  void groupIdsAreUniqueInAPipeline() {
    Group.Conditional first = new Group.Conditional(GroupId.condition(1), "a", ALWAYS, List.of());
    Group.Conditional second = new Group.Conditional(GroupId.condition(1), "b", ALWAYS, List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PipelineGraph("twice",
        null, null, List.of(), Map.of(), new Group.Root(List.of(first, second)), PipelineSettings.DEFAULT));
    assertTrue(e.getMessage().contains("pipeline \"twice\" has two groups with the id"), e.getMessage());
  }

  @Test
  void groupsAreFoundByIdParentsFirst() {
    Group.Conditional inner = new Group.Conditional(GroupId.condition(2), null, ALWAYS, List.of());
    Group.Loop loop = new Group.Loop(GroupId.loop(1), new LoopSource.DynamicItems(new ArgumentValue.ParameterRef("xs")),
        null, null, List.of(inner));
    PipelineGraph graph = new PipelineGraph("tree", null, null, List.of(), Map.of(), new Group.Root(List.of(loop)),
        PipelineSettings.DEFAULT);
    assertEquals(List.of(GroupId.ROOT, GroupId.loop(1), GroupId.condition(2)),
        graph.groups().stream().map(Group::id).toList());
    assertEquals(inner, graph.group(GroupId.condition(2)).orElseThrow());
    assertTrue(graph.group(GroupId.condition(3)).isEmpty());
  }
}
