package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.CM_SCHEMA;
import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ConfusionMatrixViewTest {

  private static Element matrix(List<?> labels, String csv) {
    return only(entry("type", "confusion_matrix", "storage", "inline", "format", "csv",
        "schema", CM_SCHEMA, "labels", labels, "source", csv));
  }

  /** The texts of the count cells of the row whose row header is {@code label}. */
  private static List<String> row(Element section, String label) {
    Element th = section.select("tbody th[scope=row]").stream().filter(e -> e.text().equals(label)).findFirst()
        .orElseThrow();
    return th.parent().select("td").eachText();
  }

  @Test
  void rowsAreTargetsAndColumnsPredictionsInLabelOrder() {
    Element section = matrix(List.of("dog", "cat", "bird"), String.join("\n",
        "cat,cat,50", "cat,dog,3", "cat,bird,1",
        "dog,cat,4", "dog,dog,40", "dog,bird,0",
        "bird,cat,2", "bird,dog,6", " bird , bird , 25 "));

    assertEquals("viz viz-confusion_matrix", section.className());
    assertEquals("Confusion matrix", section.selectFirst("h3").text());
    assertEquals(List.of("dog", "cat", "bird"), section.select("thead th[scope=col]").eachText());
    assertEquals(List.of("dog", "cat", "bird"), section.select("tbody th[scope=row]").eachText());
    assertEquals(List.of("40", "4", "0"), row(section, "dog"));
    assertEquals(List.of("3", "50", "1"), row(section, "cat"));
    assertEquals(List.of("6", "2", "25"), row(section, "bird"));
    assertEquals("3", section.selectFirst("td[data-target=cat][data-predicted=dog]").text());
    assertTrue(section.select("div.viz-error").isEmpty());
  }

  @Test
  void axisTitlesComeFromTheSchema() {
    Element section = matrix(List.of("a", "b"), "a,a,1\na,b,2\nb,a,3\nb,b,4");

    assertEquals("predicted", section.selectFirst("thead th.viz-axis").text());
    assertEquals("target", section.selectFirst("tbody th.viz-axis").text());
    assertEquals("2", section.selectFirst("thead th.viz-axis").attr("colspan"));
    assertEquals("2", section.selectFirst("tbody th.viz-axis").attr("rowspan"));
  }

  @Test
  void shadingIsInProportionToTheCount() {
    Element section = matrix(List.of("a", "b"), "a,a,8\na,b,2\nb,a,0\nb,b,4");

    assertTrue(section.selectFirst("td[data-target=a][data-predicted=a]").attr("style")
        .contains("rgba(41, 121, 255, 1)"));
    assertTrue(section.selectFirst("td[data-target=b][data-predicted=b]").attr("style")
        .contains("rgba(41, 121, 255, 0.5)"));
    assertTrue(section.selectFirst("td[data-target=a][data-predicted=b]").attr("style")
        .contains("rgba(41, 121, 255, 0.25)"));
    assertTrue(section.selectFirst("td[data-target=b][data-predicted=a]").attr("style")
        .contains("rgba(41, 121, 255, 0)"));
    assertTrue(section.selectFirst("p.viz-note").text().contains("8"));
  }

  @Test
  void numericLabelsMatchTheirCsvText() {
    Element section = matrix(List.of(0, 1), "0,0,7\n0,1,1\n1,0,2\n1,1,9");

    assertEquals(List.of("7", "1"), row(section, "0"));
    assertEquals(List.of("2", "9"), row(section, "1"));
  }

  @Test
  void labelsAreEscaped() {
    Element section = matrix(List.of("<i>x</i>", "y"), "<i>x</i>,<i>x</i>,1\n<i>x</i>,y,0\ny,<i>x</i>,0\ny,y,1");

    assertTrue(section.select("i").isEmpty(), section.html());
    assertEquals(List.of("1", "0"), row(section, "<i>x</i>"));
  }
}
