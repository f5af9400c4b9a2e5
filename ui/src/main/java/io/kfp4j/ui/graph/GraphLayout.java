package io.kfp4j.ui.graph;

import io.kfp4j.sdk.local.RunGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a run's graph out in rows: a task sits one row below the lowest task it depends on (a task in a loop or
 * condition also depends on what the group reads), the exit task last. In a row, members of one group stay
 * together, and each task sits under the tasks it reads from when it can. Groups are framed around their members,
 * with room above for their labels.
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
  private final Map<String, Set<String>> dependsOn = new HashMap<>();
  private final Map<String, Integer> layers = new HashMap<>();

  private GraphLayout(RunGraph graph) {
    this.graph = graph;
    graph.tasks().forEach(n -> nodes.put(n.name(), n));
    graph.groups().forEach(b -> boxes.put(b.name(), b));
  }

  /** The layout of a graph. */
  public static Layout layout(RunGraph graph) {
    return new GraphLayout(graph).run();
  }

  private Layout run() {
    nodes.keySet().forEach(n -> dependsOn.put(n, new LinkedHashSet<>()));
    for (RunGraph.Edge edge : graph.edges()) {
      if (!nodes.containsKey(edge.from())) {
        continue;
      }
      for (String target : nodes.containsKey(edge.to()) ? List.of(edge.to()) : tasksIn(edge.to())) {
        if (!target.equals(edge.from())) {
          dependsOn.get(target).add(edge.from());
        }
      }
    }
    nodes.keySet().forEach(n -> layer(n, new LinkedHashSet<>()));
    int last = layers.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    graph.tasks().stream().filter(RunGraph.Node::exitTask).forEach(n -> layers.put(n.name(), last + 1));

    List<List<String>> rows = rows();
    int[] top = rowTops(rows);
    Map<String, Layout.PlacedNode> placed = new LinkedHashMap<>();
    for (int row = 0; row < rows.size(); row++) {
      int minX = MARGIN + PAD * maxDepth();
      String previous = null;
      for (String name : rows.get(row)) {
        int desired = (int) Math.round(dependsOn.get(name).stream().filter(placed::containsKey)
            .mapToInt(d -> placed.get(d).centerX()).average().orElse(minX + NODE_WIDTH / 2.0)) - NODE_WIDTH / 2;
        int gap = previous == null ? 0 : GAP + 2 * PAD * differingLevels(previous, name);
        int x = Math.max(desired, minX + gap);
        placed.put(name, new Layout.PlacedNode(nodes.get(name), row, x, top[row], NODE_WIDTH, NODE_HEIGHT));
        minX = x + NODE_WIDTH;
        previous = name;
      }
    }
    List<Layout.PlacedBox> frames = frames(placed);
    int width = placed.values().stream().mapToInt(n -> n.x() + n.width()).max().orElse(0);
    width = Math.max(width, frames.stream().mapToInt(b -> b.x() + b.width()).max().orElse(0)) + MARGIN;
    int height = placed.values().stream().mapToInt(n -> n.y() + n.height()).max().orElse(0);
    height = Math.max(height, frames.stream().mapToInt(b -> b.y() + b.height()).max().orElse(0)) + MARGIN;
    return new Layout(List.copyOf(placed.values()), edges(placed, frames), frames, width, height);
  }

  private int layer(String name, Set<String> visiting) {
    Integer known = layers.get(name);
    if (known != null) {
      return known;
    }
    if (!visiting.add(name)) {
      return 0; // a cycle cannot come from a checked pipeline; do not loop on a hand-edited graph.json
    }
    int layer = dependsOn.get(name).stream().mapToInt(d -> layer(d, visiting) + 1).max().orElse(0);
    layers.put(name, layer);
    return layer;
  }

  private List<List<String>> rows() {
    int count = layers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new ArrayList<>());
    }
    nodes.keySet().forEach(n -> rows.get(layers.get(n)).add(n));
    List<String> order = new ArrayList<>(nodes.keySet());
    Comparator<String> byGroup = (a, b) -> comparePaths(path(a), path(b));
    rows.forEach(r -> r.sort(byGroup.thenComparing(order::indexOf)));
    return rows;
  }

  /** Row tops, with room above each row for the labels of the groups that start there. */
  private int[] rowTops(List<List<String>> rows) {
    int[] tops = new int[rows.size()];
    int y = MARGIN;
    int endingBelow = 0;
    for (int row = 0; row < rows.size(); row++) {
      int starting = 0;
      for (RunGraph.Box box : boxes.values()) {
        if (firstRow(box.name()) == row) {
          starting = Math.max(starting, depthBelow(box.name()) + 1);
        }
      }
      y += starting * (LABEL + PAD) + endingBelow * PAD + (row == 0 ? 0 : GAP);
      tops[row] = y;
      y += NODE_HEIGHT;
      endingBelow = 0;
      for (RunGraph.Box box : boxes.values()) {
        if (lastRow(box.name()) == row) {
          endingBelow = Math.max(endingBelow, depthBelow(box.name()) + 1);
        }
      }
    }
    return tops;
  }

  private List<Layout.PlacedBox> frames(Map<String, Layout.PlacedNode> placed) {
    Map<String, int[]> rects = new HashMap<>();
    List<RunGraph.Box> innerFirst = new ArrayList<>(boxes.values());
    java.util.Collections.reverse(innerFirst);
    for (RunGraph.Box box : innerFirst) {
      int[] r = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
      for (RunGraph.Node node : nodes.values()) {
        if (box.name().equals(node.group())) {
          Layout.PlacedNode p = placed.get(node.name());
          grow(r, p.x() - PAD, p.y() - PAD - LABEL, p.x() + p.width() + PAD, p.y() + p.height() + PAD);
        }
      }
      for (RunGraph.Box child : boxes.values()) {
        if (box.name().equals(child.parent()) && rects.containsKey(child.name())) {
          int[] c = rects.get(child.name());
          grow(r, c[0] - PAD, c[1] - PAD - LABEL, c[2] + PAD, c[3] + PAD);
        }
      }
      if (r[0] != Integer.MAX_VALUE) {
        int label = 16 + (int) Math.ceil(LABEL_CHAR * (box.name().length() + 2 + box.label().length()));
        r[2] = Math.max(r[2], r[0] + label); // room for the whole label
        rects.put(box.name(), r);
      }
    }
    List<Layout.PlacedBox> frames = new ArrayList<>();
    for (RunGraph.Box box : boxes.values()) {
      int[] r = rects.get(box.name());
      if (r != null) {
        frames.add(new Layout.PlacedBox(box, depth(box.name()), r[0], r[1], r[2] - r[0], r[3] - r[1]));
      }
    }
    return frames;
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
    return out;
  }

  private static void grow(int[] r, int x1, int y1, int x2, int y2) {
    r[0] = Math.min(r[0], x1);
    r[1] = Math.min(r[1], y1);
    r[2] = Math.max(r[2], x2);
    r[3] = Math.max(r[3], y2);
  }

  private List<String> tasksIn(String group) {
    return nodes.values().stream().filter(n -> path(n.name()).contains(group)).map(RunGraph.Node::name).toList();
  }

  /** The groups holding a task, outermost first. */
  private List<String> path(String task) {
    List<String> path = new ArrayList<>();
    for (String g = nodes.get(task).group(); g != null && boxes.containsKey(g) && !path.contains(g);
        g = boxes.get(g).parent()) {
      path.add(0, g);
    }
    return path;
  }

  private int comparePaths(List<String> a, List<String> b) {
    List<String> order = new ArrayList<>(boxes.keySet());
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(order.indexOf(a.get(i)), order.indexOf(b.get(i)));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** How many frames lie between two neighbours in a row: the groups one is in and the other is not. */
  private int differingLevels(String a, String b) {
    List<String> pa = path(a);
    List<String> pb = path(b);
    int common = 0;
    while (common < Math.min(pa.size(), pb.size()) && pa.get(common).equals(pb.get(common))) {
      common++;
    }
    return pa.size() - common + pb.size() - common;
  }

  private int firstRow(String box) {
    return tasksIn(box).stream().mapToInt(layers::get).min().orElse(-1);
  }

  private int lastRow(String box) {
    return tasksIn(box).stream().mapToInt(layers::get).max().orElse(-1);
  }

  /** How many levels of groups lie inside a group. */
  private int depthBelow(String box) {
    return depthBelow(box, new java.util.HashSet<>());
  }

  private int depthBelow(String box, Set<String> visiting) {
    if (!visiting.add(box)) {
      return 0; // parents in a cycle cannot come from a checked pipeline; do not recurse on a hand-edited graph.json
    }
    int depth = boxes.values().stream().filter(b -> box.equals(b.parent())).mapToInt(b -> depthBelow(b.name(), visiting)
        + 1).max().orElse(0);
    visiting.remove(box);
    return depth;
  }

  private int depth(String box) {
    int depth = 0;
    for (String p = boxes.get(box).parent(); p != null && boxes.containsKey(p) && depth < boxes.size(); p = boxes.get(p).parent()) {
      depth++;
    }
    return depth;
  }

  private int maxDepth() {
    return boxes.keySet().stream().mapToInt(b -> depth(b) + 1).max().orElse(0);
  }
}
