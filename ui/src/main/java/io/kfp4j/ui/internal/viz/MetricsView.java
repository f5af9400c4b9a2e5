package io.kfp4j.ui.internal.viz;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An {@code mlpipeline-metrics} file, {@code {"metrics": [{"name": ..., "numberValue": ..., "format": ...}]}}, as a
 * table of names and values. Values read as KFP's UI shows them: three decimals, and for {@code PERCENTAGE} the
 * value times 100 with a {@code %}; the exact value is in the cell's {@code title}.
 */
final class MetricsView {

  static final String WHERE = "mlpipeline-metrics";
  static final int MAX_METRICS = 1000;

  private static final String EXPECTED =
      "{\"metrics\": [{\"name\": \"accuracy\", \"numberValue\": 0.9, \"format\": \"PERCENTAGE\"}, ...]}";

  private MetricsView() {}

  /** Appends to {@code section} the table and a {@code viz-error} for each metric that cannot be shown. */
  static void render(String json, Element section) throws InvalidInput {
    JsonNode metrics = Json.object(json, EXPECTED).path("metrics");
    if (!metrics.isArray()) {
      throw new InvalidInput("metrics", (metrics.isMissingNode() ? "missing" : "is " + Json.aKind(metrics))
          + "; expected a list: " + EXPECTED);
    }
    List<Element> errors = new ArrayList<>();
    Element table = Html.table("viz-metrics", List.of("Name", "Value"), List.of());
    Element body = table.selectFirst("tbody");
    int shown = Math.min(metrics.size(), MAX_METRICS);
    for (int i = 0; i < shown; i++) {
      String where = WHERE + " metrics[" + i + "]";
      try {
        body.appendChild(row(metrics.get(i)));
      } catch (InvalidInput e) {
        e.problems().forEach(p -> errors.add(Html.error(where, p)));
      }
    }
    errors.forEach(section::appendChild);
    section.appendChild(table);
    if (metrics.isEmpty()) {
      section.appendChild(Html.note("No metrics."));
    } else if (shown < metrics.size()) {
      section.appendChild(Html.note(Html.showing(shown, metrics.size(), "metrics")));
    }
  }

  private static Element row(JsonNode metric) throws InvalidInput {
    if (!metric.isObject()) {
      throw new InvalidInput("entry", "is " + Json.aKind(metric) + "; expected an object such as "
          + "{\"name\": \"accuracy\", \"numberValue\": 0.9, \"format\": \"RAW\"}");
    }
    JsonNode name = metric.path("name");
    if (!name.isTextual() || name.textValue().isBlank()) {
      throw new InvalidInput("name", (name.isMissingNode() ? "missing" : "is " + Json.kind(name) + " \""
          + Json.shorten(name.asText()) + "\"") + "; expected the metric's name, e.g. \"accuracy\"");
    }
    JsonNode number = metric.path("numberValue");
    BigDecimal value = number.isNumber() ? number.decimalValue()
        : number.isTextual() ? Numbers.decimal(number.textValue()) : null;
    if (value == null) {
      throw new InvalidInput("numberValue", (number.isMissingNode() ? "missing" : "is " + Json.kind(number) + " \""
          + Json.shorten(number.asText()) + "\"") + " for \"" + Json.shorten(name.textValue())
          + "\"; expected a number");
    }
    JsonNode format = metric.path("format");
    String formatText = format.isMissingNode() || format.isNull() ? "RAW" : format.asText();
    if (!List.of("RAW", "PERCENTAGE", "UNSPECIFIED").contains(formatText)) {
      throw new InvalidInput("format", "\"" + Json.shorten(formatText) + "\" for \"" + Json.shorten(name.textValue())
          + "\" is not a format; expected \"RAW\" or \"PERCENTAGE\"");
    }
    Element tr = new Element("tr");
    tr.appendElement("td").text(name.textValue());
    tr.appendElement("td").attr("title", value.toString()).attr("data-value", value.toString())
        .text(display(value.doubleValue(), "PERCENTAGE".equals(formatText)));
    return tr;
  }

  /** Each readable metric's name and its value as shown; metrics that cannot be shown are left out. */
  static java.util.Map<String, String> values(String json) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    try {
      JsonNode metrics = Json.object(json, EXPECTED).path("metrics");
      for (int i = 0; metrics.isArray() && i < Math.min(metrics.size(), MAX_METRICS); i++) {
        try {
          Element row = row(metrics.get(i));
          out.put(row.child(0).text(), row.child(1).text());
        } catch (InvalidInput e) {
          // shown as an error on the run's page
        }
      }
    } catch (InvalidInput e) {
      // shown as an error on the run's page
    }
    return out;
  }

  /** KFP's display of a metric value: three decimals, percentages times 100 with {@code %}. */
  static String display(double value, boolean percentage) {
    return percentage ? Numbers.toFixed(value * 100, 3) + "%" : Numbers.toFixed(value, 3);
  }
}
