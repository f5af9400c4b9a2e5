package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.bodyRows;
import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableViewTest {

  @Test
  void rendersHeaderAndTrimmedCells() {
    Element section = only(entry("type", "table", "storage", "inline", "format", "csv",
        "header", List.of("model", "score"), "source", "\n  a , 0.9\n\"b, quoted\",0.8\n\n"));

    assertEquals("viz viz-table", section.className());
    assertEquals("Table", section.selectFirst("h3").text());
    Element table = section.selectFirst("table");
    assertEquals(List.of("model", "score"), table.select("thead th").eachText());
    assertEquals(List.of(List.of("a", "0.9"), List.of("b, quoted", "0.8")), bodyRows(table));
    assertTrue(section.select("div.viz-error, p.viz-note").isEmpty());
  }

  @Test
  void markupInCellsAndHeaderStaysText() {
    Element section = only(entry("type", "table", "storage", "inline", "format", "csv",
        "header", List.of("<b>h</b>"), "source", "<script>alert(1)</script>"));

    assertTrue(section.select("script, b").isEmpty(), section.html());
    assertEquals("<b>h</b>", section.selectFirst("th").text());
    assertEquals("<script>alert(1)</script>", section.selectFirst("td").text());
  }

  @Test
  void moreThanAThousandRowsAreCutWithANote() {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= 2500; i++) {
      csv.append(i).append('\n');
    }
    Element section = only(entry("type", "table", "storage", "inline", "format", "csv",
        "header", List.of("n"), "source", csv.toString()));

    List<List<String>> rows = bodyRows(section.selectFirst("table"));
    assertEquals(1000, rows.size());
    assertEquals(List.of("1000"), rows.get(999));
    assertEquals("showing 1,000 of 2,500 rows", section.selectFirst("p.viz-note").text());
  }

  @Test
  void readsTheCsvFromAFile() {
    List<Element> sections = TestHtml.sections(TestHtml.metadata(entry("type", "table", "format", "csv",
        "header", List.of("k", "v"), "source", "/tmp/out.csv")), source -> "x,1\ny,2");

    assertEquals(List.of(List.of("x", "1"), List.of("y", "2")), bodyRows(sections.get(0).selectFirst("table")));
  }
}
