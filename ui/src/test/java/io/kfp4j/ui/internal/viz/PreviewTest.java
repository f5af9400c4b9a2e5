package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.bodyRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PreviewTest {

  @Test
  void csvPreviewTakesTheFirstRowAsHeader() {
    Element section = TestHtml.reparse(Visualizations.csvPreview("name,age\nann,31\n\"bo, b\",7\n", 10));

    assertEquals("viz viz-csv", section.className());
    assertEquals("CSV preview", section.selectFirst("h3").text());
    assertEquals(List.of("name", "age"), section.select("thead th").eachText());
    assertEquals(List.of(List.of("ann", "31"), List.of("bo, b", "7")), bodyRows(section.selectFirst("table")));
    assertNull(section.selectFirst("p.viz-note"));
  }

  @Test
  void csvPreviewSaysHowManyRowsItShows() {
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 0; i < 50; i++) {
      csv.append(i).append('\n');
    }
    Element section = TestHtml.reparse(Visualizations.csvPreview(csv.toString(), 20));

    List<List<String>> rows = bodyRows(section.selectFirst("table"));
    assertEquals(20, rows.size());
    assertEquals(List.of("19"), rows.get(19));
    assertEquals("showing 20 of 50 rows", section.selectFirst("p.viz-note").text());
  }

  @Test
  void csvPreviewCellsAreText() {
    Element section = TestHtml.reparse(Visualizations.csvPreview("<b>h</b>\n<script>s()</script>", 5));

    assertTrue(section.select("script, b").isEmpty());
    assertEquals("<script>s()</script>", section.selectFirst("td").text());
  }

  @Test
  void emptyCsvSaysSo() {
    assertEquals("The file is empty.", TestHtml.reparse(Visualizations.csvPreview("\n\n", 5))
        .selectFirst("p.viz-note").text());
  }

  @Test
  void textPreviewShowsTheStartInPre() {
    Element section = TestHtml.reparse(Visualizations.textPreview("line 1\n<b>line 2</b>\nline 3", 15));

    assertEquals("viz viz-text", section.className());
    assertEquals("line 1\n<b>line ", section.selectFirst("pre").wholeText());
    assertTrue(section.select("pre b").isEmpty());
    assertEquals("showing 15 of 27 characters", section.selectFirst("p.viz-note").text());
  }

  @Test
  void textPreviewNeverSplitsACharacter() {
    Element section = TestHtml.reparse(Visualizations.textPreview("ab\uD83D\uDE00cd", 3));

    assertEquals("ab", section.selectFirst("pre").wholeText());
  }

  @Test
  void wholeTextHasNoNote() {
    Element section = TestHtml.reparse(Visualizations.textPreview("short", 100));

    assertEquals("short", section.selectFirst("pre").wholeText());
    assertNull(section.selectFirst("p.viz-note"));
  }
}
