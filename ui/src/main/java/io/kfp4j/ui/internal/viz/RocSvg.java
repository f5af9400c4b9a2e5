package io.kfp4j.ui.internal.viz;

import java.util.StringJoiner;
import org.jsoup.nodes.Element;

/** The SVG drawing of a ROC curve: a 300 × 300 plot area for 0..1 on both axes, ticks every 0.2, axis names. */
final class RocSvg {

  static final double LEFT = 48;
  static final double TOP = 12;
  static final double SIZE = 300;
  private static final double WIDTH = LEFT + SIZE + 16;
  private static final double HEIGHT = TOP + SIZE + 44;

  private RocSvg() {}

  /** At most {@code max} of {@code points}, evenly spaced by index, the first and last always kept. */
  static double[][] sample(double[][] points, int max) {
    if (points.length <= max) {
      return points;
    }
    double[][] sampled = new double[max][];
    for (int i = 0; i < max; i++) {
      sampled[i] = points[(int) Math.round((double) i * (points.length - 1) / (max - 1))];
    }
    return sampled;
  }

  /** The plot x of a false positive rate. */
  static double x(double fpr) {
    return LEFT + fpr * SIZE;
  }

  /** The plot y of a true positive rate. */
  static double y(double tpr) {
    return TOP + (1 - tpr) * SIZE;
  }

  static Element chart(double[][] points) {
    Element svg = new Element("svg").addClass("viz-roc-chart").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + Html.plain(WIDTH, 0) + " " + Html.plain(HEIGHT, 0))
        .attr("width", Html.plain(WIDTH, 0)).attr("height", Html.plain(HEIGHT, 0))
        .attr("role", "img").attr("aria-label", "ROC curve: true positive rate against false positive rate");
    svg.appendElement("title").text("ROC curve");
    for (int i = 0; i <= 5; i++) {
      double v = i / 5.0;
      String tick = Numbers.toFixed(v, 1);
      line(svg, "roc-grid", x(v), y(0), x(v), y(1));
      line(svg, "roc-grid", x(0), y(v), x(1), y(v));
      text(svg, "roc-tick", x(v), y(0) + 16, "middle", tick);
      text(svg, "roc-tick", x(0) - 6, y(v) + 4, "end", tick);
    }
    svg.appendElement("rect").addClass("roc-frame").attr("x", Html.plain(LEFT, 2)).attr("y", Html.plain(TOP, 2))
        .attr("width", Html.plain(SIZE, 2)).attr("height", Html.plain(SIZE, 2))
        .attr("fill", "none").attr("stroke", "#9e9e9e");
    line(svg, "roc-diagonal", x(0), y(0), x(1), y(1)).attr("stroke-dasharray", "4 4");
    StringJoiner coordinates = new StringJoiner(" ");
    for (double[] point : points) {
      coordinates.add(Html.plain(x(point[0]), 2) + "," + Html.plain(y(point[1]), 2));
    }
    svg.appendElement("polyline").addClass("roc-curve").attr("points", coordinates.toString())
        .attr("fill", "none").attr("stroke", "#4285f4").attr("stroke-width", "2");
    text(svg, "roc-axis-label", x(0.5), HEIGHT - 8, "middle", "fpr (false positive rate)");
    double labelY = y(0.5);
    text(svg, "roc-axis-label", 12, labelY, "middle", "tpr (true positive rate)")
        .attr("transform", "rotate(-90 12 " + Html.plain(labelY, 2) + ")");
    return svg;
  }

  private static Element line(Element svg, String cssClass, double x1, double y1, double x2, double y2) {
    return svg.appendElement("line").addClass(cssClass)
        .attr("x1", Html.plain(x1, 2)).attr("y1", Html.plain(y1, 2))
        .attr("x2", Html.plain(x2, 2)).attr("y2", Html.plain(y2, 2))
        .attr("stroke", "roc-grid".equals(cssClass) ? "#eeeeee" : "#9e9e9e");
  }

  private static Element text(Element svg, String cssClass, double x, double y, String anchor, String content) {
    return svg.appendElement("text").addClass(cssClass).attr("x", Html.plain(x, 2)).attr("y", Html.plain(y, 2))
        .attr("text-anchor", anchor).attr("font-size", "11").text(content);
  }
}
