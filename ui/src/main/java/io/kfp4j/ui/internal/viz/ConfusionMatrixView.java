package io.kfp4j.ui.internal.viz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A {@code confusion_matrix} visualization: a grid with a row for each target label and a column for each
 * predicted label, both in {@code labels} order, each cell shaded in proportion to its count.
 *
 * <p>As in KFP's UI, the CSV rows are {@code target,predicted,count} by position, one row for every pair of
 * labels, and the first two {@code schema} names title the axes.
 */
final class ConfusionMatrixView {

  /** At most this many labels are drawn. */
  static final int MAX_LABELS = 100;

  private static final int LISTED = 5;

  private ConfusionMatrixView() {}

  static List<Element> render(UiMetadata.Output output, Content content) throws InvalidInput {
    List<String> labels = labels(output.labels());
    List<UiMetadata.Column> schema = output.schema();
    if (schema.size() < 2) {
      throw new InvalidInput("schema", (schema.isEmpty() ? "missing" : "has one column")
          + "; expected [{\"name\": \"target\", \"type\": \"CATEGORY\"},"
          + " {\"name\": \"predicted\", \"type\": \"CATEGORY\"},"
          + " {\"name\": \"count\", \"type\": \"NUMBER\"}]");
    }
    BigDecimal[][] counts = counts(content.get(), labels);
    return List.of(grid(labels, schema.get(0).name(), schema.get(1).name(), counts),
        Html.note("Cell shading is in proportion to the count, from 0 to the largest count, " + max(counts)
            .toPlainString() + "."));
  }

  private static List<String> labels(List<String> labels) throws InvalidInput {
    if (labels.isEmpty()) {
      throw new InvalidInput("labels",
          "missing or empty; expected the labels in display order, e.g. [\"cat\", \"dog\"]");
    }
    if (labels.size() > MAX_LABELS) {
      throw new InvalidInput("labels", labels.size() + " labels are too many to draw; expected at most " + MAX_LABELS);
    }
    if (labels.stream().distinct().count() < labels.size()) {
      throw new InvalidInput("labels", "has repeated labels; expected each label once");
    }
    return labels;
  }

  private static BigDecimal[][] counts(String csv, List<String> labels) throws InvalidInput {
    Map<String, Integer> index = new HashMap<>();
    labels.forEach(label -> index.put(label, index.size()));
    BigDecimal[][] counts = new BigDecimal[labels.size()][labels.size()];
    List<Problem> problems = new ArrayList<>();
    int[] more = {0};
    Csv.forEach(csv, "source", (number, cells) -> {
      String problem = cell(cells, index, counts, labels);
      if (problem != null && problems.size() < LISTED) {
        problems.add(new Problem("source", "row " + number + " " + problem));
      } else if (problem != null) {
        more[0]++;
      }
    });
    if (problems.isEmpty()) {
      missing(counts, labels, problems, more);
    }
    if (more[0] > 0) {
      problems.add(new Problem("source", more[0] + " more problems like the ones above"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return counts;
  }

  /** Adds a problem for each pair of labels without a count; only worth saying when every row was good. */
  private static void missing(BigDecimal[][] counts, List<String> labels, List<Problem> problems, int[] more) {
    for (int t = 0; t < labels.size(); t++) {
      for (int p = 0; p < labels.size(); p++) {
        if (counts[t][p] == null && problems.size() < LISTED) {
          problems.add(new Problem("source", "has no row for target \"" + labels.get(t) + "\", predicted \""
              + labels.get(p) + "\"; expected one target,predicted,count row for every pair of labels"));
        } else if (counts[t][p] == null) {
          more[0]++;
        }
      }
    }
  }

  /** Stores one CSV row's count; returns what is wrong with the row, or null. */
  private static String cell(List<String> cells, Map<String, Integer> index, BigDecimal[][] counts,
      List<String> labels) {
    if (cells.size() < 3) {
      return "has " + Html.count(cells.size(), "value") + "; expected target,predicted,count";
    }
    String target = cells.get(0).strip();
    String predicted = cells.get(1).strip();
    Integer t = index.get(target);
    Integer p = index.get(predicted);
    if (t == null || p == null) {
      return "names " + (t == null ? "target \"" + Json.shorten(target) : "predicted \"" + Json.shorten(predicted))
          + "\", which is not in labels; expected one of " + Json.shorten(String.join(", ", labels));
    }
    BigDecimal count = Numbers.decimal(cells.get(2));
    if (count == null || count.signum() < 0) {
      return "has count \"" + Json.shorten(cells.get(2).strip()) + "\"; expected a number of 0 or more";
    }
    if (counts[t][p] != null) {
      return "repeats target \"" + target + "\", predicted \"" + predicted + "\"; expected each pair once";
    }
    counts[t][p] = count;
    return null;
  }

  private static BigDecimal max(BigDecimal[][] counts) {
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal[] row : counts) {
      for (BigDecimal count : row) {
        max = max.max(count);
      }
    }
    return max.stripTrailingZeros();
  }

  private static Element grid(List<String> labels, String rowAxis, String columnAxis, BigDecimal[][] counts) {
    double max = max(counts).doubleValue();
    Element table = new Element("table").addClass("viz-confusion-matrix");
    Element head = table.appendElement("thead");
    Element axisRow = head.appendElement("tr");
    axisRow.appendElement("td").attr("colspan", "2").attr("rowspan", "2");
    axisRow.appendElement("th").addClass("viz-axis").attr("scope", "colgroup")
        .attr("colspan", String.valueOf(labels.size())).text(columnAxis);
    Element labelRow = head.appendElement("tr");
    labels.forEach(label -> labelRow.appendElement("th").attr("scope", "col").text(label));
    Element body = table.appendElement("tbody");
    for (int t = 0; t < labels.size(); t++) {
      Element tr = body.appendElement("tr");
      if (t == 0) {
        tr.appendElement("th").addClass("viz-axis").attr("scope", "rowgroup")
            .attr("rowspan", String.valueOf(labels.size())).text(rowAxis);
      }
      tr.appendElement("th").attr("scope", "row").text(labels.get(t));
      for (int p = 0; p < labels.size(); p++) {
        double share = max > 0 ? counts[t][p].doubleValue() / max : 0;
        tr.appendElement("td").attr("data-target", labels.get(t)).attr("data-predicted", labels.get(p))
            .attr("style", "background-color: rgba(41, 121, 255, " + Html.plain(share, 3) + "); color: "
                + (share < 0.6 ? "#212121" : "#ffffff"))
            .text(counts[t][p].stripTrailingZeros().toPlainString());
      }
    }
    return table;
  }
}
