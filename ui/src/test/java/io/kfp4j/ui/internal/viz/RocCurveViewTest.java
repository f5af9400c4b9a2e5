package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.ROC_SCHEMA;
import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RocCurveViewTest {

  private static Element roc(Object schema, String csv) {
    return only(entry("type", "roc", "storage", "inline", "format", "csv", "schema", schema, "source", csv));
  }

  private static String[] points(Element section) {
    return section.selectFirst("svg polyline.roc-curve").attr("points").split(" ");
  }

  @Test
  void drawsTheCurveInPlotCoordinates() {
    Element section = roc(ROC_SCHEMA, "0,0,1.8\n0.1,0.5,0.9\n0.5,0.9,0.4\n1,1,0");

    assertEquals("viz viz-roc", section.className());
    assertEquals("ROC curve", section.selectFirst("h3").text());
    // plot area: x from 48 to 348, y from 312 (tpr 0) to 12 (tpr 1)
    assertEquals(List.of("48,312", "78,162", "198,42", "348,12"), List.of(points(section)));
    assertEquals("4 points.", section.selectFirst("p.viz-note").text());
  }

  @Test
  void hasTheDiagonalAxesAndTheirNames() {
    Element svg = roc(ROC_SCHEMA, "0,0,1\n1,1,0").selectFirst("svg");

    Element diagonal = svg.selectFirst("line.roc-diagonal");
    assertEquals(List.of("48", "312", "348", "12"),
        List.of(diagonal.attr("x1"), diagonal.attr("y1"), diagonal.attr("x2"), diagonal.attr("y2")));
    assertEquals(List.of("fpr (false positive rate)", "tpr (true positive rate)"),
        svg.select("text.roc-axis-label").eachText());
    assertEquals(List.of("0.0", "0.0", "0.2", "0.2", "0.4", "0.4", "0.6", "0.6", "0.8", "0.8", "1.0", "1.0"),
        svg.select("text.roc-tick").eachText());
    assertEquals("0 0 364 356", svg.attr("viewBox"));
  }

  @Test
  void columnsAreFoundByNameAndPointsSortedByFpr() {
    List<Map<String, String>> schema = List.of(Map.of("name", "thresholds"), Map.of("name", "tpr"),
        Map.of("name", "fpr"));
    Element section = roc(schema, "0.2,1,1\n0.5,0.5,0.5\n1.0,0,0");

    assertEquals(List.of("48,312", "198,162", "348,12"), List.of(points(section)));
  }

  @Test
  void longCurvesAreSampledKeepingBothEnds() {
    StringBuilder csv = new StringBuilder();
    int n = 10_001;
    for (int i = 0; i < n; i++) {
      double v = i / (double) (n - 1);
      csv.append(v).append(',').append(Math.sqrt(v)).append(',').append(1 - v).append('\n');
    }
    Element section = roc(ROC_SCHEMA, csv.toString());

    String[] points = points(section);
    assertEquals(RocCurveView.MAX_POINTS, points.length);
    assertEquals("48,312", points[0]);
    assertEquals("348,12", points[points.length - 1]);
    assertEquals("showing 500 of 10,001 points, sampled evenly.", section.selectFirst("p.viz-note").text());
  }

  @Test
  void eachRocOutputIsItsOwnChart() {
    List<Element> sections = TestHtml.sections(TestHtml.metadata(
        entry("type", "roc", "storage", "inline", "schema", ROC_SCHEMA, "source", "0,0,1\n1,1,0"),
        entry("type", "roc", "storage", "inline", "schema", ROC_SCHEMA, "source", "0,0,1\n0,1,0.5\n1,1,0")),
        TestHtml.NO_FILES);

    assertEquals(2, sections.size());
    assertEquals(2, points(sections.get(0)).length);
    assertEquals(3, points(sections.get(1)).length);
    assertEquals("outputs[1]", sections.get(1).attr("data-entry"));
    assertTrue(sections.stream().allMatch(s -> s.select("div.viz-error").isEmpty()));
  }
}
