package io.kfp4j.ui.internal.graph;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A laid-out graph as inline SVG: groups as labelled frames (loops, conditions, the exit handler), tasks as boxes
 * coloured by status ({@code status-succeeded}, ... in the style sheet) carrying {@code data-task} for the page's
 * script, data edges labelled with the outputs they carry.
 */
public final class GraphSvg {
  private GraphSvg() {}

  /** The drawing; tasks missing from {@code states} show as not reached. */
  public static Element render(Layout layout, Map<String, NodeState> states) {
    Element svg = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg").addClass("graph")
        .attr("width", Integer.toString(layout.width())).attr("height", Integer.toString(layout.height()))
        .attr("viewBox", "0 0 " + layout.width() + " " + layout.height()).attr("role", "img")
        .attr("aria-label", "pipeline graph");
    Element defs = svg.appendElement("defs");
    defs.appendElement("marker").attr("id", "arrow").attr("viewBox", "0 0 10 10").attr("refX", "9").attr("refY", "5")
        .attr("markerWidth", "7").attr("markerHeight", "7").attr("orient", "auto-start-reverse")
        .appendElement("path").attr("d", "M 0 0 L 10 5 L 0 10 z").addClass("arrow-head");
    for (Layout.PlacedBox box : layout.boxes()) {
      Element g = svg.appendElement("g").addClass("group").addClass("group-" + kind(box))
          .attr("data-group", box.box().name());
      g.appendElement("rect").attr("x", n(box.x())).attr("y", n(box.y())).attr("width", n(box.width()))
          .attr("height", n(box.height())).attr("rx", "8");
      g.appendElement("text").addClass("group-label").attr("x", n(box.x() + 8)).attr("y", n(box.y() + 16))
          .text(box.box().name() + ": " + box.box().label());
    }
    for (Layout.PlacedEdge edge : layout.edges()) {
      Element g = svg.appendElement("g").addClass("edge").attr("data-from", edge.from()).attr("data-to", edge.to());
      if (edge.label().isEmpty()) {
        g.addClass("edge-order");
      }
      int dy = Math.max(20, (edge.y2() - edge.y1()) / 2);
      g.appendElement("path").attr("d", "M " + edge.x1() + " " + edge.y1() + " C " + edge.x1() + " " + (edge.y1() + dy)
          + ", " + edge.x2() + " " + (edge.y2() - dy) + ", " + edge.x2() + " " + edge.y2())
          .attr("marker-end", "url(#arrow)");
      if (!edge.label().isEmpty()) {
        g.appendElement("text").addClass("edge-label").attr("x", n((edge.x1() + edge.x2()) / 2 + 4))
            .attr("y", n((edge.y1() + edge.y2()) / 2 + 4)).text(edge.label());
      }
    }
    for (Layout.PlacedNode node : layout.nodes()) {
      NodeState state = states.getOrDefault(node.node().name(), NodeState.NOT_REACHED);
      String status = state.status().name().toLowerCase(Locale.ROOT);
      Element g = svg.appendElement("g").addClass("node").addClass("status-" + status)
          .attr("data-task", node.node().name()).attr("data-status", status).attr("tabindex", "0")
          .attr("role", "button");
      if (node.node().exitTask()) {
        g.addClass("exit-task");
      }
      g.appendElement("title").text(node.node().name() + " (" + node.node().component() + "): " + state.summary());
      g.appendElement("rect").attr("x", n(node.x())).attr("y", n(node.y())).attr("width", n(node.width()))
          .attr("height", n(node.height())).attr("rx", "6");
      g.appendElement("text").addClass("node-name").attr("x", n(node.x() + 10)).attr("y", n(node.y() + 20))
          .text(fit(node.node().name(), 24));
      g.appendElement("text").addClass("node-summary").attr("x", n(node.x() + 10)).attr("y", n(node.y() + 38))
          .text(fit(state.summary(), 30));
    }
    return svg;
  }

  private static String kind(Layout.PlacedBox box) {
    return box.box().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String n(int value) {
    return Integer.toString(value);
  }
}
