package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownViewTest {

  @Test
  void rendersMarkdownInATitledSection() {
    Element section = only(entry("type", "markdown", "storage", "inline",
        "source", "# Results\n\nAccuracy is **high**.\n\n- one\n- two\n"));

    assertEquals("viz viz-markdown", section.className());
    assertEquals("outputs[0]", section.attr("data-entry"));
    assertEquals("Markdown", section.selectFirst("h3").text());
    Element body = section.selectFirst("div.viz-markdown-body");
    assertEquals("Results", body.selectFirst("h1").text());
    assertEquals("high", body.selectFirst("p > strong").text());
    assertEquals(List.of("one", "two"), body.select("ul > li").eachText());
    assertTrue(section.select("div.viz-error").isEmpty());
  }

  @Test
  void drawsGithubTablesAsKfpDoes() {
    Element section = only(entry("type", "markdown", "storage", "inline",
        "source", "| metric | value |\n|---|---|\n| auc | 0.91 |\n"));

    Element table = section.selectFirst("div.viz-markdown-body table");
    assertEquals(List.of("metric", "value"), table.select("th").eachText());
    assertEquals(List.of("auc", "0.91"), table.select("td").eachText());
  }

  @Test
  void rawHtmlShowsAsTextAndNeverAsElements() {
    Element section = only(entry("type", "markdown", "storage", "inline",
        "source", "Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n<div onclick=\"e()\">d</div>"));

    Element body = section.selectFirst("div.viz-markdown-body");
    assertTrue(body.select("script, img, div[onclick], [onerror]").isEmpty(), body.html());
    assertTrue(body.text().contains("<script>alert('x')</script>"), body.text());
    assertTrue(body.text().contains("<img src=x onerror=alert(1)>"), body.text());
  }

  @Test
  void unsafeLinksLoseTheirTargetAndSafeOnesOpenApart() {
    Element section = only(entry("type", "markdown", "storage", "inline",
        "source", "[bad](javascript:alert(1)) [data](data:text/html,x) [good](https://example.com/a?b=1&c=2)"));

    List<Element> links = section.select("a");
    assertEquals(3, links.size());
    assertFalse(links.get(0).hasAttr("href"));
    assertFalse(links.get(1).attr("href").startsWith("data:"));
    assertEquals("https://example.com/a?b=1&c=2", links.get(2).attr("href"));
    assertEquals("noopener noreferrer nofollow", links.get(2).attr("rel"));
  }

  @Test
  void readsANonInlineSourceThroughTheReader() {
    List<Element> sections = TestHtml.sections(TestHtml.metadata(entry("type", "markdown", "source", "out/report.md")),
        source -> source.equals("out/report.md") ? "## From file" : null);

    assertEquals("From file", sections.get(0).selectFirst("h2").text());
  }

  @Test
  void longMarkdownIsCutWithANote() {
    String text = "word ".repeat(100_000);
    Element section = only(entry("type", "markdown", "storage", "inline", "source", text));

    assertEquals("This markdown is too large to render completely: showing 400,000 of 500,000 characters.",
        section.selectFirst("p.viz-note").text());
    assertTrue(section.selectFirst("div.viz-markdown-body").text().length() < 400_000);
  }
}
