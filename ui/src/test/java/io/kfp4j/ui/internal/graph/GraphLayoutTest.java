package io.kfp4j.ui.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.local.RunGraph;
import io.kfp4j.sdk.local.RunGraph.Box;
import io.kfp4j.sdk.local.RunGraph.Edge;
import io.kfp4j.sdk.local.RunGraph.Kind;
import io.kfp4j.sdk.local.RunGraph.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GraphLayout on hand-built graphs: rows follow dependencies, nothing overlaps, frames hold their members. */
class GraphLayoutTest {

  static Node task(String name) {
    return new Node(name, "C " + name, null, false);
  }

  static Node task(String name, String group) {
    return new Node(name, "C " + name, group, false);
  }

  static Node exit(String name) {
    return new Node(name, "C " + name, null, true);
  }

  static Edge data(String from, String output, String to, String input) {
    return new Edge(from, output, to, input);
  }

  static Edge after(String from, String to) {
    return new Edge(from, null, to, null);
  }

  static Box box(String name, Kind kind, String label, String parent) {
    return new Box(name, kind, label, parent);
  }

  static Map<String, Layout.PlacedNode> byName(Layout layout) {
    Map<String, Layout.PlacedNode> out = new LinkedHashMap<>();
    layout.nodes().forEach(n -> out.put(n.node().name(), n));
    return out;
  }

  static Map<String, Layout.PlacedBox> frames(Layout layout) {
    Map<String, Layout.PlacedBox> out = new LinkedHashMap<>();
    layout.boxes().forEach(b -> out.put(b.box().name(), b));
    return out;
  }

  /** Whether a node's whole box lies strictly below another's. */
  static boolean below(Layout.PlacedNode lower, Layout.PlacedNode upper) {
    return lower.layer() > upper.layer() && lower.y() >= upper.y() + upper.height();
  }

  static boolean contains(Layout.PlacedBox frame, int x, int y, int width, int height) {
    return frame.x() <= x && frame.y() <= y && x + width <= frame.x() + frame.width()
        && y + height <= frame.y() + frame.height();
  }

  static boolean overlap(int ax, int ay, int aw, int ah, int bx, int by, int bw, int bh) {
    return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
  }

  /** Checks what holds for every layout: all tasks placed, none overlapping, frames around their members. */
  static Layout checked(RunGraph graph) {
    Layout layout = GraphLayout.layout(graph);
    assertEquals(graph.tasks().stream().map(Node::name).collect(Collectors.toSet()), byName(layout).keySet());
    assertNoOverlaps(layout);
    assertFramesHoldTheirMembers(graph, layout);
    for (Layout.PlacedNode n : layout.nodes()) {
      assertTrue(n.x() >= 0 && n.y() >= 0, () -> n + " off the drawing");
      assertTrue(n.x() + n.width() <= layout.width() && n.y() + n.height() <= layout.height(), () -> n + " off the drawing");
    }
    for (Layout.PlacedBox b : layout.boxes()) {
      assertTrue(b.x() >= 0 && b.y() >= 0, () -> b + " off the drawing");
      assertTrue(b.x() + b.width() <= layout.width() && b.y() + b.height() <= layout.height(), () -> b + " off the drawing");
    }
    return layout;
  }

  static void assertNoOverlaps(Layout layout) {
    List<Layout.PlacedNode> nodes = layout.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        Layout.PlacedNode a = nodes.get(i);
        Layout.PlacedNode b = nodes.get(j);
        assertFalse(overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
            () -> a.node().name() + " overlaps " + b.node().name() + ": " + a + " / " + b);
      }
    }
  }

  /** Every frame holds its member tasks and the frames of its child groups, with its label band above them. */
  static void assertFramesHoldTheirMembers(RunGraph graph, Layout layout) {
    Map<String, Layout.PlacedNode> nodes = byName(layout);
    Map<String, Layout.PlacedBox> frames = frames(layout);
    for (Node node : graph.tasks()) {
      for (String g = node.group(); g != null; g = parent(graph, g)) {
        Layout.PlacedBox frame = frames.get(g);
        Layout.PlacedNode p = nodes.get(node.name());
        assertTrue(frame != null, "no frame for group " + g + " of " + node.name());
        assertTrue(contains(frame, p.x(), p.y(), p.width(), p.height()), () -> frame + " does not hold " + p);
        assertTrue(p.y() >= frame.y() + GraphLayout.LABEL, () -> node.name() + " sits under the label of " + frame);
      }
    }
    for (Layout.PlacedBox child : layout.boxes()) {
      if (child.box().parent() != null) {
        Layout.PlacedBox parent = frames.get(child.box().parent());
        assertTrue(contains(parent, child.x(), child.y(), child.width(), child.height()),
            () -> parent + " does not hold " + child);
        assertTrue(child.y() >= parent.y() + GraphLayout.LABEL, () -> child + " sits under the label of " + parent);
        assertTrue(child.x() > parent.x() && child.x() + child.width() < parent.x() + parent.width(),
            () -> child + " touches the side of " + parent);
        assertEquals(parent.depth() + 1, child.depth());
      } else {
        assertEquals(0, child.depth());
      }
    }
  }

  static String parent(RunGraph graph, String group) {
    return graph.groups().stream().filter(b -> b.name().equals(group)).findFirst().map(Box::parent).orElse(null);
  }

  /** a → b → c: rows 0, 1, 2, each lower on the page. */
  @Test
  void aChainGoesDownRowByRow() {
    Layout layout = checked(new RunGraph(List.of(task("a"), task("b"), task("c")),
        List.of(data("a", "out", "b", "in"), data("b", "out", "c", "in")), List.of()));
    Map<String, Layout.PlacedNode> n = byName(layout);
    assertEquals(0, n.get("a").layer());
    assertEquals(1, n.get("b").layer());
    assertEquals(2, n.get("c").layer());
    assertTrue(below(n.get("b"), n.get("a")));
    assertTrue(below(n.get("c"), n.get("b")));
    assertEquals(n.get("a").x(), n.get("b").x(), "a lone reader sits under its producer");
  }

  /** Tasks with no dependency share the first row, side by side. */
  @Test
  void independentTasksShareARow() {
    Layout layout = checked(new RunGraph(List.of(task("a"), task("b"), task("c")), List.of(), List.of()));
    Set<Integer> layers = layout.nodes().stream().map(Layout.PlacedNode::layer).collect(Collectors.toSet());
    assertEquals(Set.of(0), layers);
    Set<Integer> ys = layout.nodes().stream().map(Layout.PlacedNode::y).collect(Collectors.toSet());
    assertEquals(1, ys.size());
  }

  /** A task reading two producers on different rows sits below the lower one, and between them sideways. */
  @Test
  void aTaskReadingTwoProducersSitsBelowBoth() {
    Layout layout = checked(new RunGraph(List.of(task("a"), task("b"), task("x"), task("join")),
        List.of(data("a", "out", "b", "in"), data("b", "out", "join", "left"), data("x", "out", "join", "right")),
        List.of()));
    Map<String, Layout.PlacedNode> n = byName(layout);
    assertTrue(below(n.get("join"), n.get("b")));
    assertTrue(below(n.get("join"), n.get("x")));
    assertTrue(below(n.get("join"), n.get("a")));
    assertEquals(2, n.get("join").layer());
    int center = n.get("join").x() + n.get("join").width() / 2;
    int left = Math.min(n.get("b").x(), n.get("x").x()) + GraphLayout.NODE_WIDTH / 2;
    int right = Math.max(n.get("b").x(), n.get("x").x()) + GraphLayout.NODE_WIDTH / 2;
    assertTrue(left <= center && center <= right, "join sits between its producers: " + left + " " + center + " " + right);
  }

  /** An ordering edge (after) counts like a data edge. */
  @Test
  void anOrderingEdgePutsATaskBelow() {
    Map<String, Layout.PlacedNode> n = byName(checked(new RunGraph(List.of(task("first"), task("second")),
        List.of(after("first", "second")), List.of())));
    assertTrue(below(n.get("second"), n.get("first")));
  }

  /** A task inside a condition whose comparison reads x sits below x, though it reads nothing itself. */
  @Test
  void aTaskInAConditionSitsBelowWhatTheConditionReads() {
    RunGraph graph = new RunGraph(List.of(task("x"), task("y"), task("inside", "condition-1")),
        List.of(data("x", "count", "condition-1", "condition"), data("y", "out", "inside", "in")),
        List.of(box("condition-1", Kind.CONDITION, "if x.count > 1", null)));
    Layout layout = checked(graph);
    Map<String, Layout.PlacedNode> n = byName(layout);
    assertTrue(below(n.get("inside"), n.get("x")));
    Layout.PlacedBox frame = frames(layout).get("condition-1");
    assertTrue(frame.y() >= n.get("x").y() + n.get("x").height(), "the condition's frame starts below x");
    Layout.PlacedEdge edge = layout.edges().stream().filter(e -> e.to().equals("condition-1")).findFirst().orElseThrow();
    assertTrue(edge.toGroup());
    assertEquals("count", edge.label());
    assertEquals(frame.y(), edge.y2(), "the edge ends on the frame's top");
    assertEquals(frame.x() + frame.width() / 2, edge.x2());
  }

  /** A task nested in a condition inside a loop sits below what the outer loop reads. */
  @Test
  void nestedTasksSitBelowWhatOuterGroupsRead() {
    RunGraph graph = new RunGraph(
        List.of(task("list"), task("flag"), task("inner", "condition-2"), task("sibling", "for-loop-1")),
        List.of(data("list", "items", "for-loop-1", "items"), data("flag", "out", "condition-2", "condition"),
            after("list", "flag"), after("flag", "sibling")),
        List.of(box("for-loop-1", Kind.LOOP, "for each item of list.items", null),
            box("condition-2", Kind.CONDITION, "if flag.out == yes", "for-loop-1")));
    Layout layout = checked(graph);
    Map<String, Layout.PlacedNode> n = byName(layout);
    assertTrue(below(n.get("inner"), n.get("list")));
    assertTrue(below(n.get("inner"), n.get("flag")));
    assertTrue(below(n.get("sibling"), n.get("list")));
    Map<String, Layout.PlacedBox> f = frames(layout);
    assertEquals(0, f.get("for-loop-1").depth());
    assertEquals(1, f.get("condition-2").depth());
  }

  /** The exit task is alone on the last row, below everything, even when it reads nothing. */
  @Test
  void theExitTaskIsAloneOnTheLastRow() {
    RunGraph graph = new RunGraph(List.of(task("a"), task("b", "exit-handler-1"), task("c", "exit-handler-1"),
        task("d", "exit-handler-1"), exit("cleanup")),
        List.of(data("a", "out", "b", "in"), data("b", "out", "c", "in"), data("a", "out", "d", "in")),
        List.of(box("exit-handler-1", Kind.EXIT_HANDLER, "exit handler: cleanup runs after", null)));
    Layout layout = checked(graph);
    Map<String, Layout.PlacedNode> n = byName(layout);
    Layout.PlacedNode cleanup = n.get("cleanup");
    int lastOther = layout.nodes().stream().filter(p -> p != cleanup).mapToInt(Layout.PlacedNode::layer).max().orElseThrow();
    assertEquals(lastOther + 1, cleanup.layer());
    assertEquals(1, layout.nodes().stream().filter(p -> p.layer() == cleanup.layer()).count());
    for (Layout.PlacedNode other : layout.nodes()) {
      if (other != cleanup) {
        assertTrue(below(cleanup, other), () -> "cleanup is not below " + other.node().name());
      }
    }
    Layout.PlacedBox frame = frames(layout).get("exit-handler-1");
    assertFalse(overlap(frame.x(), frame.y(), frame.width(), frame.height(), cleanup.x(), cleanup.y(), cleanup.width(),
        cleanup.height()), "the exit task is outside the exit handler's frame");
    Layout.PlacedEdge after = layout.edges().stream().filter(e -> e.to().equals("cleanup")).findFirst().orElseThrow();
    assertEquals("exit-handler-1", after.from(), "an edge leads from the guarded body to the exit task");
    assertEquals(frame.y() + frame.height(), after.y1());
    assertEquals(cleanup.y(), after.y2());
  }

  /** The exit task is last even when the longest chain is elsewhere and it reads an early task. */
  @Test
  void theExitTaskIsLastEvenWhenItReadsATask() {
    RunGraph graph = new RunGraph(List.of(task("a"), task("b"), task("c"), task("d"), exit("bye")),
        List.of(after("a", "b"), after("b", "c"), after("c", "d"), data("a", "out", "bye", "in")), List.of());
    Map<String, Layout.PlacedNode> n = byName(checked(graph));
    assertEquals(4, n.get("bye").layer());
  }

  /** Four loops side by side, each with a nested condition, beside free tasks: a graph wide on every row. */
  static RunGraph wideGraph() {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    nodes.add(task("source"));
    for (int g = 0; g < 4; g++) {
      String loop = "for-loop-" + g;
      boxes.add(box(loop, Kind.LOOP, "for each item of [1, 2, 3]", null));
      String inner = "condition-" + g;
      boxes.add(box(inner, Kind.CONDITION, "if item > " + g, loop));
      for (int t = 0; t < 3; t++) {
        String name = "t" + g + "-" + t;
        nodes.add(task(name, t == 2 ? inner : loop));
        edges.add(t == 0 ? data("source", "out", name, "in") : data("t" + g + "-" + (t - 1), "out", name, "in"));
      }
      nodes.add(task("free" + g));
    }
    nodes.add(exit("done"));
    return new RunGraph(nodes, edges, boxes);
  }

  /** In a wide graph no two task boxes overlap, and every frame holds its members and nested frames. */
  @Test
  void nothingOverlapsInAWideGraph() {
    Layout layout = checked(wideGraph());
    assertEquals(18, layout.nodes().size());
    assertEquals(8, layout.boxes().size());
    assertEquals(5, layout.nodes().stream().filter(n -> n.layer() == 0).count(), "source and the four free tasks");
  }

  /** A frame is at least as wide as its label (name: label), however long, and its parent holds it still. */
  @Test
  void framesAreWideEnoughForTheirLabels() {
    String longLabel = "for each item of " + "[\"a rather long item\", ".repeat(3) + "...";
    String longCondition = "if make-data.count > some-parameter-with-a-very-long-name-indeed";
    RunGraph graph = new RunGraph(List.of(task("only", "condition-2"), task("other", "for-loop-3")),
        List.of(),
        List.of(box("for-loop-1", Kind.LOOP, longLabel, null), box("condition-2", Kind.CONDITION, longCondition, "for-loop-1"),
            box("for-loop-3", Kind.LOOP, "x", null)));
    Layout layout = checked(graph);
    for (Layout.PlacedBox frame : layout.boxes()) {
      String shown = frame.box().name() + ": " + frame.box().label();
      double estimate = 8 + GraphLayout.LABEL_CHAR * shown.length();
      assertTrue(frame.width() >= estimate, () -> frame + " is narrower than its label \"" + shown + "\" (" + estimate + ")");
    }
    Map<String, Layout.PlacedBox> f = frames(layout);
    assertTrue(f.get("condition-2").width() > GraphLayout.NODE_WIDTH + 2 * GraphLayout.PAD, "widened for the label");
    assertTrue(f.get("for-loop-1").width() > f.get("condition-2").width());
  }

  /** Several edges between the same two tasks are drawn once, labelled with every output, ordering edges unlabelled. */
  @Test
  void edgesAreDeduplicatedWithJoinedLabels() {
    RunGraph graph = new RunGraph(List.of(task("a"), task("b"), task("c")),
        List.of(data("a", "table", "b", "t"), data("a", "count", "b", "n"), data("a", "table", "b", "again"),
            after("a", "b"), after("a", "c"), after("a", "c")),
        List.of());
    Layout layout = checked(graph);
    assertEquals(2, layout.edges().size(), layout.edges()::toString);
    Layout.PlacedEdge ab = layout.edges().stream().filter(e -> e.to().equals("b")).findFirst().orElseThrow();
    assertEquals("table, count", ab.label());
    assertFalse(ab.toGroup());
    Layout.PlacedEdge ac = layout.edges().stream().filter(e -> e.to().equals("c")).findFirst().orElseThrow();
    assertEquals("", ac.label());
    Map<String, Layout.PlacedNode> n = byName(layout);
    assertEquals(n.get("a").y() + n.get("a").height(), ab.y1(), "from the producer's bottom");
    assertEquals(n.get("b").y(), ab.y2(), "to the reader's top");
    assertEquals(n.get("a").x() + GraphLayout.NODE_WIDTH / 2, ab.x1());
    assertEquals(n.get("b").x() + GraphLayout.NODE_WIDTH / 2, ab.x2());
  }

  /** Edges naming tasks or groups that are not in the graph are left out, not drawn to nowhere. */
  @Test
  void edgesToUnknownPartsAreLeftOut() {
    Layout layout = checked(new RunGraph(List.of(task("a"), task("b")),
        List.of(data("ghost", "out", "b", "in"), data("a", "out", "nowhere", "in"), data("a", "out", "b", "in")),
        List.of()));
    assertEquals(List.of("a->b"), layout.edges().stream().map(e -> e.from() + "->" + e.to()).toList());
  }

  /** A cycle in a hand-edited graph.json ends: every task is placed once, nothing overlaps. */
  @Test
  void aCycleDoesNotLoopForever() {
    RunGraph graph = new RunGraph(List.of(task("a"), task("b"), task("c"), task("d")),
        List.of(data("a", "out", "b", "in"), data("b", "out", "c", "in"), data("c", "out", "a", "in"),
            data("c", "out", "d", "in"), data("d", "out", "d", "self")),
        List.of());
    Layout layout = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> checked(graph));
    assertEquals(4, layout.nodes().size());
    assertEquals(4, new HashSet<>(layout.nodes().stream().map(n -> n.node().name()).toList()).size());
  }

  /** Groups whose parents form a cycle in a hand-edited graph.json end too. */
  @Test
  void aCycleOfGroupsDoesNotLoopForever() {
    RunGraph graph = new RunGraph(List.of(task("a", "g1"), task("b", "g2"), task("c", "self")),
        List.of(data("a", "out", "b", "in")),
        List.of(box("g1", Kind.LOOP, "one", "g2"), box("g2", Kind.CONDITION, "two", "g1"),
            box("self", Kind.LOOP, "itself", "self")));
    Layout layout = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> GraphLayout.layout(graph));
    assertEquals(3, layout.nodes().size());
    assertNoOverlaps(layout);
  }

  /**
   * A frame holds only its group's tasks and sibling frames stay apart: groups are laid out as blocks (rows placed
   * one at a time used to draw a condition's frame around tasks outside it).
   */
  @Test
  void framesHoldNoOtherTasksAndSiblingsDoNotOverlap() {
    // a → e at the top; condition-1 holds m0 (reads nothing, row 0) and m3 (reads e, row 2): a and e fall inside
    RunGraph condition = new RunGraph(List.of(task("a"), task("e"), task("m0", "condition-1"), task("m3", "condition-1")),
        List.of(data("a", "out", "e", "in"), data("e", "out", "m3", "in")),
        List.of(box("condition-1", Kind.CONDITION, "if p == 1", null)));
    assertFramesHoldOnlyTheirTasks(condition, checked(condition));
    assertSiblingFramesApart(checked(wideGraph()));
  }

  static void assertFramesHoldOnlyTheirTasks(RunGraph graph, Layout layout) {
    for (Layout.PlacedBox frame : layout.boxes()) {
      for (Layout.PlacedNode n : layout.nodes()) {
        boolean member = false;
        for (String g = n.node().group(); g != null && !member; g = parent(graph, g)) {
          member = g.equals(frame.box().name());
        }
        if (!member) {
          assertFalse(overlap(frame.x(), frame.y(), frame.width(), frame.height(), n.x(), n.y(), n.width(), n.height()),
              () -> frame.box().name() + " is drawn around " + n.node().name() + ", which is not in it");
        }
      }
    }
  }

  static void assertSiblingFramesApart(Layout layout) {
    List<Layout.PlacedBox> frames = layout.boxes();
    for (int i = 0; i < frames.size(); i++) {
      for (int j = i + 1; j < frames.size(); j++) {
        Layout.PlacedBox a = frames.get(i);
        Layout.PlacedBox b = frames.get(j);
        if (java.util.Objects.equals(a.box().parent(), b.box().parent())) {
          assertFalse(overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
              () -> a + " overlaps " + b);
        }
      }
    }
  }

  /** An empty graph is an empty drawing. */
  @Test
  void anEmptyGraphIsEmpty() {
    Layout layout = GraphLayout.layout(new RunGraph(List.of(), List.of(), List.of()));
    assertEquals(List.of(), layout.nodes());
    assertEquals(List.of(), layout.boxes());
    assertEquals(List.of(), layout.edges());
  }
}
