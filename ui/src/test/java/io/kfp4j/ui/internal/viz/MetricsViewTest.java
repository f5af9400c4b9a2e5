package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.bodyRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MetricsViewTest {

  private static Element metrics(String json) {
    return TestHtml.reparse(Visualizations.metrics(json));
  }

  @Test
  void showsNamesAndValuesAsKfpDoes() {
    Element section = metrics("""
        {"metrics": [
          {"name": "accuracy-score", "numberValue": 0.12341234, "format": "PERCENTAGE"},
          {"name": "roc-auc", "numberValue": 0.98765, "format": "RAW"},
          {"name": "epochs", "numberValue": 12},
          {"name": "loss", "numberValue": -0.0001}
        ]}""");

    assertEquals("viz viz-metrics", section.className());
    assertEquals("Metrics", section.selectFirst("h3").text());
    Element table = section.selectFirst("table.viz-metrics");
    assertEquals(List.of("Name", "Value"), table.select("thead th").eachText());
    assertEquals(List.of(List.of("accuracy-score", "12.341%"), List.of("roc-auc", "0.988"),
        List.of("epochs", "12.000"), List.of("loss", "-0.000")), bodyRows(table));
    assertTrue(section.select("div.viz-error").isEmpty());
  }

  @Test
  void theExactValueStaysInTheCell() {
    Element section = metrics(
        "{\"metrics\": [{\"name\": \"auc\", \"numberValue\": 0.98765432101, \"format\": \"RAW\"}]}");

    Element cell = section.select("tbody td").get(1);
    assertEquals("0.98765432101", cell.attr("title"));
    assertEquals("0.98765432101", cell.attr("data-value"));
  }

  @Test
  void percentagesRoundLikeToFixed() {
    assertEquals("50.000%", MetricsView.display(0.5, true));
    assertEquals("100.000%", MetricsView.display(1, true));
    assertEquals("0.001", MetricsView.display(0.0005, false));
    assertEquals("1.005", MetricsView.display(1.0049999999999999, false));
    assertEquals("0.000", MetricsView.display(-0.0, false));
  }

  @Test
  void namesAreText() {
    Element section = metrics("{\"metrics\": [{\"name\": \"<script>x()</script>\", \"numberValue\": 1}]}");

    assertTrue(section.select("script").isEmpty());
    assertEquals("<script>x()</script>", section.selectFirst("tbody td").text());
  }

  @Test
  void noMetricsSaysSo() {
    assertEquals("No metrics.", metrics("{\"metrics\": []}").selectFirst("p.viz-note").text());
  }
}
