package io.kfp4j.ui.internal.viz;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A {@code markdown} visualization. Raw HTML in the text is shown as text and unsafe link targets are dropped,
 * as KFP's UI does; the rendered HTML is cleaned once more against a safelist before it joins the page.
 */
final class MarkdownView {

  /** KFP's UI renders at most this many characters of markdown. */
  static final int MAX_CHARS = 400_000;

  /** GitHub's tables, which KFP's markdown viewer draws too. */
  private static final java.util.List<org.commonmark.Extension> EXTENSIONS =
      java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
      .sanitizeUrls(true).build();
  private static final Cleaner CLEANER = new Cleaner(Safelist.relaxed());

  private MarkdownView() {}

  /** The rendered text in a {@code <div class="viz-markdown-body">}, with a note when it was cut. */
  static List<Element> render(String markdown) {
    String shown = Text.head(markdown, MAX_CHARS);
    Document dirty = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(shown)));
    Element body = new Element("div").addClass("viz-markdown-body");
    for (Node node : List.copyOf(CLEANER.clean(dirty).body().childNodes())) {
      body.appendChild(node);
    }
    body.select("a[href]").attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
    if (shown.length() < markdown.length()) {
      return List.of(Html.note("This markdown is too large to render completely: "
          + Html.showing(shown.length(), markdown.length(), "characters") + "."), body);
    }
    return List.of(body);
  }
}
