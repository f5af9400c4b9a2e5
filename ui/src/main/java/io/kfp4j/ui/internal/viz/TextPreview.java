package io.kfp4j.ui.internal.viz;

import java.util.List;
import org.jsoup.nodes.Element;

/** The start of a text output file in a {@code <pre>}. */
final class TextPreview {

  /** The most characters shown, whatever is asked. */
  static final int MAX_CHARS = 1_000_000;
  static final int DEFAULT_CHARS = 10_000;

  private TextPreview() {}

  /** The {@code <pre>}, and a note when the text was cut. */
  static List<Element> body(String text, int maxChars) {
    String shown = Text.head(text, Math.max(0, Math.min(maxChars, MAX_CHARS)));
    Element pre = new Element("pre").addClass("viz-text-body").text(shown);
    if (shown.length() < text.length()) {
      return List.of(pre, Html.note(Html.showing(shown.length(), text.length(), "characters")));
    }
    return List.of(pre);
  }
}
