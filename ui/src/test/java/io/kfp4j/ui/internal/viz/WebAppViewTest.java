package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WebAppViewTest {

  private static final String PAGE = "<html><body><h1 onclick=\"go('\\\"x')\">Report & more</h1>"
      + "<script>document.title = 1 < 2;</script></body></html>";

  @Test
  void theHtmlGoesIntoASandboxedSrcdocFrame() {
    Element section = only(entry("type", "web-app", "storage", "inline", "source", PAGE));

    assertEquals("viz viz-web-app", section.className());
    assertEquals("Static HTML", section.selectFirst("h3").text());
    Element iframe = section.selectFirst("iframe");
    assertEquals("allow-scripts", iframe.attr("sandbox"));
    assertFalse(iframe.attr("sandbox").contains("allow-same-origin"));
    assertFalse(iframe.hasAttr("src"));
    assertEquals(PAGE, iframe.attr("srcdoc"));
  }

  @Test
  void thePageNeverJoinsTheOuterDocument() {
    Element section = only(entry("type", "web-app", "storage", "inline", "source", PAGE));

    assertTrue(section.select("script, h1, body").isEmpty(), section.html());
    assertEquals(List.of("iframe"), section.children().stream().skip(1).map(Element::tagName).toList());
  }

  @Test
  void readsTheHtmlFromAFile() {
    List<Element> sections = TestHtml.sections(TestHtml.metadata(entry("type", "web-app", "source", "page.html")),
        source -> "<p>from " + source + "</p>");

    assertEquals("<p>from page.html</p>", sections.get(0).selectFirst("iframe").attr("srcdoc"));
  }
}
