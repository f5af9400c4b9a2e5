package io.kfp4j.ui.internal.viz;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A {@code web-app} visualization: the HTML in an {@code <iframe>} sandboxed with {@code allow-scripts} only, as
 * KFP's UI does. Without {@code allow-same-origin} the page runs in an opaque origin: its scripts run but cannot
 * reach the UI, its cookies or its storage.
 *
 * <p>Served by {@code kfp4j ui}, the frame loads its HTML from the UI ({@code src}), which answers it with a policy
 * of its own; so the UI's pages need no inline script. An exported report, a file with no server, holds the HTML in
 * the frame's {@code srcdoc}.
 */
final class WebAppView {

  /** Larger pages are refused. */
  static final int MAX_CHARS = 20_000_000;

  private WebAppView() {}

  /** The frame, loading {@code src} when there is one, else holding the HTML itself. */
  static List<Element> render(Content content, String src) throws InvalidInput {
    String html = content.get();
    if (html.length() > MAX_CHARS) {
      throw new InvalidInput("source", "holds " + html.length() + " characters, too many to show; expected at most "
          + MAX_CHARS);
    }
    return List.of(new Element("iframe").addClass("viz-web-app-frame")
        .attr("sandbox", "allow-scripts")
        .attr("referrerpolicy", "no-referrer")
        .attr("title", "Static HTML output")
        .attr("loading", "lazy")
        .attr(src == null ? "srcdoc" : "src", src == null ? html : src));
  }
}
