package io.kfp4j.ui.internal.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A {@code roc} visualization: the curve through the (fpr, tpr) points as an inline SVG chart over 0..1 on both
 * axes, with the diagonal of a random guess. The columns are found by their {@code schema} names, {@code fpr},
 * {@code tpr} and one starting with {@code threshold}, as in KFP's UI; points are drawn in order of fpr, then tpr.
 */
final class RocCurveView {

  /** At most this many points are drawn; longer curves are sampled evenly, keeping both ends. */
  static final int MAX_POINTS = 500;

  private static final int LISTED = 5;

  private RocCurveView() {}

  static List<Element> render(UiMetadata.Output output, Content content, List<Problem> warnings)
      throws InvalidInput {
    List<UiMetadata.Column> schema = output.schema();
    if (schema.isEmpty()) {
      throw new InvalidInput("schema", "missing; expected [{\"name\": \"fpr\", \"type\": \"NUMBER\"},"
          + " {\"name\": \"tpr\", \"type\": \"NUMBER\"}, {\"name\": \"thresholds\", \"type\": \"NUMBER\"}]");
    }
    int fpr = column(schema, "fpr", false);
    int tpr = column(schema, "tpr", false);
    int threshold = column(schema, "threshold", true);
    double[][] points = points(content.get(), fpr, tpr, Math.max(threshold, Math.max(fpr, tpr)) + 1, warnings);
    double[][] drawn = RocSvg.sample(points, MAX_POINTS);
    Element chart = RocSvg.chart(drawn);
    if (drawn.length < points.length) {
      return List.of(chart, Html.note(Html.showing(drawn.length, points.length, "points") + ", sampled evenly."));
    }
    return List.of(chart, Html.note(points.length + (points.length == 1 ? " point." : " points.")));
  }

  private static int column(List<UiMetadata.Column> schema, String name, boolean prefix) throws InvalidInput {
    for (int i = 0; i < schema.size(); i++) {
      String n = schema.get(i).name();
      if (prefix ? n.startsWith(name) : n.equals(name)) {
        return i;
      }
    }
    throw new InvalidInput("schema", "has no column named \"" + name + (prefix ? "s" : "") + "\"; expected the"
        + " columns fpr, tpr and thresholds, in the order of the CSV values");
  }

  /** The (fpr, tpr) points sorted by fpr, then tpr; values outside 0..1 are drawn at the edge and reported. */
  private static double[][] points(String csv, int fpr, int tpr, int width, List<Problem> warnings)
      throws InvalidInput {
    List<double[]> points = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int[] outside = {0};
    int[] more = {0};
    Csv.forEach(csv, "source", (number, cells) -> {
      Double x = cells.size() >= width ? Numbers.finite(cells.get(fpr)) : null;
      Double y = cells.size() >= width ? Numbers.finite(cells.get(tpr)) : null;
      String problem = cells.size() < width ? "has " + Html.count(cells.size(), "value") + "; expected " + width
          + ", as many as the schema's columns up to thresholds"
          : x == null ? "has fpr \"" + Json.shorten(cells.get(fpr).strip()) + "\"; expected a number from 0 to 1"
          : y == null ? "has tpr \"" + Json.shorten(cells.get(tpr).strip()) + "\"; expected a number from 0 to 1"
          : null;
      if (problem != null) {
        if (problems.size() < LISTED) {
          problems.add(new Problem("source", "row " + number + " " + problem));
        } else {
          more[0]++;
        }
        return;
      }
      if (x < 0 || x > 1 || y < 0 || y > 1) {
        outside[0]++;
      }
      points.add(new double[] {clamp(x), clamp(y)});
    });
    if (more[0] > 0) {
      problems.add(new Problem("source", more[0] + " more rows with problems like the ones above"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (points.isEmpty()) {
      throw new InvalidInput("source", "has no rows; expected one fpr,tpr,threshold row for each threshold");
    }
    if (outside[0] > 0) {
      warnings.add(new Problem("source", outside[0] + " of " + points.size() + " points lie outside 0..1 and are"
          + " drawn at the edge; expected rates from 0 to 1"));
    }
    double[][] sorted = points.toArray(double[][]::new);
    Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    return sorted;
  }

  private static double clamp(double value) {
    return Math.min(1, Math.max(0, value));
  }
}
