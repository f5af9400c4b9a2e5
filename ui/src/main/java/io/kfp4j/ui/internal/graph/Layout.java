package io.kfp4j.ui.internal.graph;

import io.kfp4j.sdk.local.RunGraph;
import java.util.List;

/**
 * Where each part of a graph goes, in pixels.
 *
 * @param nodes the tasks
 * @param edges the edges, already deduplicated, each between placed parts
 * @param boxes the groups, outer ones first
 * @param width the drawing's width
 * @param height the drawing's height
 */
public record Layout(List<PlacedNode> nodes, List<PlacedEdge> edges, List<PlacedBox> boxes, int width, int height) {
  public Layout {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    boxes = List.copyOf(boxes);
  }

  /** A task's box: {@code x, y} its top-left corner. @param node the task @param layer its row from the top */
  public record PlacedNode(RunGraph.Node node, int layer, int x, int y, int width, int height) {
    int centerX() {
      return x + width / 2;
    }
  }

  /**
   * An edge from a task's bottom to a task's or group's top (or from the exit handler's frame to the exit task).
   *
   * @param from the producing task (or the exit handler's group)
   * @param to the task or group reading
   * @param label the outputs read (joined by commas), or empty for an ordering edge
   * @param toGroup whether it ends on a group (a loop's items, a condition's operand)
   */
  public record PlacedEdge(String from, String to, String label, boolean toGroup, int x1, int y1, int x2, int y2) {}

  /** A group's frame around its members. @param box the group @param depth 0 for a top-level group */
  public record PlacedBox(RunGraph.Box box, int depth, int x, int y, int width, int height) {}
}
