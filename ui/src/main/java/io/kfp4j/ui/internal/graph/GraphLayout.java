package io.kfp4j.ui.internal.graph;

import io.kfp4j.sdk.local.RunGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lays a run's graph out as nested blocks: each group (loop, condition, exit handler) is laid out on its own, in
 * rows, and then placed as one block among its siblings, so a frame holds exactly its members and sibling frames
 * never overlap. In a block, a member sits one row below the lowest member it depends on (a member depends on
 * another when a task inside it reads a task inside the other, or the group itself reads it, as a loop's items or
 * a condition's operands do), as close as it can under what it reads; the exit task comes last, alone.
 */
public final class GraphLayout {
  static final int NODE_WIDTH = 190;
  static final int NODE_HEIGHT = 50;
  static final int GAP = 36;
  static final int MARGIN = 24;
  static final int LABEL = 24;
  static final int PAD = 10;
  /** The width of a character of a group's label (11 px sans-serif), for frames wide enough for their labels. */
  static final double LABEL_CHAR = 6.2;

  private final RunGraph graph;
  private final Map<String, RunGraph.Node> nodes = new LinkedHashMap<>();
  private final Map<String, RunGraph.Box> boxes = new LinkedHashMap<>();
  /** Placed task and frame origins, relative to their block until {@link #place} makes them absolute. */
  private final Map<String, int[]> taskAt = new HashMap<>();
  private final Map<String, int[]> boxAt = new HashMap<>();
  private final Map<String, String> parentOf = new HashMap<>();

  private GraphLayout(RunGraph graph) {
    this.graph = graph;
    graph.tasks().forEach(n -> nodes.put(n.name(), n));
    graph.groups().forEach(b -> boxes.put(b.name(), b));
  }

  /** The layout of a graph. */
  public static Layout layout(RunGraph graph) {
    return new GraphLayout(graph).run();
  }

  /** A member of a block: a task or a group, with its size once laid out. */
  private record Unit(String name, boolean group, int width, int height) {}

  private Layout run() {
    for (RunGraph.Box box : boxes.values()) {
      parentOf.put(box.name(), box.parent() != null && boxes.containsKey(box.parent()) ? box.parent() : null);
    }
    breakParentCycles();
    for (RunGraph.Node node : nodes.values()) {
      parentOf.put("task:" + node.name(), node.exitTask() || node.group() == null || !boxes.containsKey(node.group())
          ? null : node.group());
    }
    int[] size = block(null, new LinkedHashSet<>());
    place(null, MARGIN, MARGIN);
    List<Layout.PlacedNode> placed = new ArrayList<>();
    TreeSet<Integer> rows = new TreeSet<>();
    taskAt.values().forEach(p -> rows.add(p[1]));
    List<Integer> rowList = new ArrayList<>(rows);
    for (RunGraph.Node node : nodes.values()) {
      int[] p = taskAt.get(node.name());
      placed.add(new Layout.PlacedNode(node, rowList.indexOf(p[1]), p[0], p[1], NODE_WIDTH, NODE_HEIGHT));
    }
    List<Layout.PlacedBox> frames = new ArrayList<>();
    for (RunGraph.Box box : boxes.values()) {
      int[] r = boxAt.get(box.name());
      if (r != null) {
        frames.add(new Layout.PlacedBox(box, depth(box.name()), r[0], r[1], r[2], r[3]));
      }
    }
    Map<String, Layout.PlacedNode> byName = new LinkedHashMap<>();
    placed.forEach(p -> byName.put(p.node().name(), p));
    return new Layout(placed, edges(byName, frames), frames, size[0] + 2 * MARGIN, size[1] + 2 * MARGIN);
  }

  /** Lays out the members of a group (the top when {@code group} is null); returns the block's width and height. */
  private int[] block(String group, Set<String> open) {
    open.add(group == null ? "" : group);
    List<Unit> units = new ArrayList<>();
    for (RunGraph.Box box : boxes.values()) {
      if (java.util.Objects.equals(parentOf.get(box.name()), group) && !open.contains(box.name())
          && hasTasks(box.name())) {
        int[] size = block(box.name(), open);
        units.add(new Unit(box.name(), true, size[0], size[1]));
      }
    }
    for (RunGraph.Node node : nodes.values()) {
      if (java.util.Objects.equals(parentOf.get("task:" + node.name()), group)) {
        units.add(new Unit(node.name(), false, NODE_WIDTH, NODE_HEIGHT));
      }
    }
    units.sort(java.util.Comparator.comparingInt(this::creationIndex));
    Map<String, Set<String>> dependsOn = dependencies(units);
    Map<String, Integer> layer = new HashMap<>();
    units.forEach(u -> layer(u.name(), dependsOn, layer, new LinkedHashSet<>()));
    int rowCount = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    int top = group == null ? 0 : LABEL + PAD;
    int left = group == null ? 0 : PAD;
    Map<String, Integer> centers = new HashMap<>();
    int width = 0;
    int y = top;
    for (int row = 0; row < rowCount; row++) {
      int rowHeight = 0;
      int minX = left;
      for (Unit unit : units) {
        if (layer.get(unit.name()) != row) {
          continue;
        }
        double desired = dependsOn.get(unit.name()).stream().filter(centers::containsKey).mapToInt(centers::get)
            .average().orElse(minX + unit.width() / 2.0);
        int x = Math.max((int) Math.round(desired) - unit.width() / 2, minX);
        (unit.group() ? boxAt : taskAt).put(unit.name(), new int[] {x, y, unit.width(), unit.height()});
        centers.put(unit.name(), x + unit.width() / 2);
        minX = x + unit.width() + GAP;
        rowHeight = Math.max(rowHeight, unit.height());
        width = Math.max(width, x + unit.width());
      }
      y += rowHeight + (row + 1 < rowCount ? GAP : 0);
    }
    open.remove(group == null ? "" : group);
    if (group == null) {
      return new int[] {width, y};
    }
    RunGraph.Box box = boxes.get(group);
    int label = 16 + (int) Math.ceil(LABEL_CHAR * (box.name().length() + 2 + box.label().length()));
    return new int[] {Math.max(width + PAD, label), y + PAD};
  }

  /** Turns positions relative to their block into page positions, from the top down. */
  private void place(String group, int x, int y) {
    for (Map.Entry<String, int[]> box : boxAt.entrySet()) {
      if (java.util.Objects.equals(parentOf.get(box.getKey()), group) && box.getValue().length == 4
          && !box.getKey().equals(group)) {
        int[] r = box.getValue();
        int[] absolute = {r[0] + x, r[1] + y, r[2], r[3], 1};
        box.setValue(absolute);
        place(box.getKey(), absolute[0], absolute[1]);
      }
    }
    for (Map.Entry<String, int[]> task : taskAt.entrySet()) {
      if (java.util.Objects.equals(parentOf.get("task:" + task.getKey()), group) && task.getValue().length == 4) {
        int[] r = task.getValue();
        task.setValue(new int[] {r[0] + x, r[1] + y, r[2], r[3], 1});
      }
    }
  }

  /** For each unit of a block, the units of the same block it depends on. */
  private Map<String, Set<String>> dependencies(List<Unit> units) {
    Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    Set<String> names = new java.util.HashSet<>();
    units.forEach(u -> {
      dependsOn.put(u.name(), new LinkedHashSet<>());
      names.add(u.name());
    });
    for (RunGraph.Edge edge : graph.edges()) {
      if (!nodes.containsKey(edge.from())) {
        continue;
      }
      String from = unitOf("task:" + edge.from(), names);
      String to = nodes.containsKey(edge.to()) ? unitOf("task:" + edge.to(), names)
          : boxes.containsKey(edge.to()) ? unitOf(edge.to(), names) : null;
      if (from != null && to != null && !from.equals(to)) {
        dependsOn.get(to).add(from);
      }
    }
    for (Unit unit : units) { // the exit task runs after everything at the top
      if (!unit.group() && nodes.get(unit.name()).exitTask()) {
        units.stream().filter(u -> u != unit).forEach(u -> dependsOn.get(unit.name()).add(u.name()));
        units.stream().filter(u -> u != unit).forEach(u -> dependsOn.get(u.name()).remove(unit.name()));
      }
    }
    return dependsOn;
  }

  /** The unit among {@code names} that holds a task ({@code task:NAME}) or group, or null when none does. */
  private String unitOf(String key, Set<String> names) {
    Set<String> seen = new java.util.HashSet<>();
    for (String k = key; k != null && seen.add(k); k = parentOf.get(k)) {
      String name = k.startsWith("task:") ? k.substring(5) : k;
      if (names.contains(name)) {
        return name;
      }
    }
    return null;
  }

  private int layer(String name, Map<String, Set<String>> dependsOn, Map<String, Integer> layers, Set<String> visiting) {
    Integer known = layers.get(name);
    if (known != null) {
      return known;
    }
    if (!visiting.add(name)) {
      return 0; // a cycle cannot come from a checked pipeline; do not loop on a hand-edited graph.json
    }
    int layer = dependsOn.get(name).stream().mapToInt(d -> layer(d, dependsOn, layers, visiting) + 1).max().orElse(0);
    layers.put(name, layer);
    return layer;
  }

  /** Where a unit was created: a task's place in the graph, a group's first task's. */
  private int creationIndex(Unit unit) {
    List<String> order = new ArrayList<>(nodes.keySet());
    if (!unit.group()) {
      return order.indexOf(unit.name());
    }
    return nodes.keySet().stream().filter(t -> inside("task:" + t, unit.name())).mapToInt(order::indexOf).min()
        .orElse(Integer.MAX_VALUE);
  }

  private boolean hasTasks(String group) {
    return nodes.keySet().stream().anyMatch(t -> inside("task:" + t, group));
  }

  private boolean inside(String key, String group) {
    Set<String> seen = new java.util.HashSet<>();
    for (String k = parentOf.get(key); k != null && seen.add(k); k = parentOf.get(k)) {
      if (k.equals(group)) {
        return true;
      }
    }
    return false;
  }

  /** A hand-edited graph.json may make groups their own ancestors: such a group is put at the top. */
  private void breakParentCycles() {
    for (String box : boxes.keySet()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String k = box; k != null; k = parentOf.get(k)) {
        if (!seen.add(k)) {
          parentOf.put(box, null);
          break;
        }
      }
    }
  }

  private List<Layout.PlacedEdge> edges(Map<String, Layout.PlacedNode> placed, List<Layout.PlacedBox> frames) {
    Map<String, Layout.PlacedBox> frameOf = new HashMap<>();
    frames.forEach(f -> frameOf.put(f.box().name(), f));
    Map<List<String>, Set<String>> labels = new LinkedHashMap<>();
    for (RunGraph.Edge edge : graph.edges()) {
      if (placed.containsKey(edge.from()) && (placed.containsKey(edge.to()) || frameOf.containsKey(edge.to()))) {
        Set<String> set = labels.computeIfAbsent(List.of(edge.from(), edge.to()), k -> new LinkedHashSet<>());
        if (edge.output() != null) {
          set.add(edge.output());
        }
      }
    }
    List<Layout.PlacedEdge> out = new ArrayList<>();
    labels.forEach((pair, names) -> {
      Layout.PlacedNode from = placed.get(pair.get(0));
      Layout.PlacedNode to = placed.get(pair.get(1));
      String label = String.join(", ", names);
      if (to != null) {
        out.add(new Layout.PlacedEdge(pair.get(0), pair.get(1), label, false, from.centerX(), from.y() + from.height(),
            to.centerX(), to.y()));
      } else {
        Layout.PlacedBox box = frameOf.get(pair.get(1));
        out.add(new Layout.PlacedEdge(pair.get(0), pair.get(1), label, true, from.centerX(), from.y() + from.height(),
            box.x() + box.width() / 2, box.y()));
      }
    });
    for (Layout.PlacedNode exit : placed.values()) { // the exit task runs after the body it guards
      if (exit.node().exitTask()) {
        for (Layout.PlacedBox body : frames) {
          if (body.box().kind() == RunGraph.Kind.EXIT_HANDLER && body.depth() == 0) {
            out.add(new Layout.PlacedEdge(body.box().name(), exit.node().name(), "", false,
                body.x() + body.width() / 2, body.y() + body.height(), exit.centerX(), exit.y()));
          }
        }
      }
    }
    return out;
  }

  private int depth(String box) {
    int depth = 0;
    Set<String> seen = new java.util.HashSet<>();
    for (String p = parentOf.get(box); p != null && seen.add(p); p = parentOf.get(p)) {
      depth++;
    }
    return depth;
  }
}
