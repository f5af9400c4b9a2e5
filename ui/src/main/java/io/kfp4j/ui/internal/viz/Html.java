package io.kfp4j.ui.internal.viz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The few DOM shapes every view shares: a titled section, an error block, a note and a plain table. */
final class Html {

  private Html() {}

  /** {@code <section class="viz viz-KIND"><h3>title</h3></section>}; {@code kind} is a constant, never data. */
  static Element section(String kind, String title) {
    Element section = new Element("section").addClass("viz").addClass("viz-" + kind);
    section.appendElement("h3").text(title);
    return section;
  }

  /** A {@code viz-error} block reading {@code where: field: message}. */
  static Element error(String where, Problem problem) {
    Element error = new Element("div").addClass("viz-error").attr("role", "alert");
    error.attr("data-field", problem.field());
    error.appendElement("strong").text(where);
    error.appendText(": " + problem.field() + ": " + problem.message());
    return error;
  }

  /** A short remark under a visualization, such as what was left out. */
  static Element note(String text) {
    return new Element("p").addClass("viz-note").text(text);
  }

  /** A table with one header row (left out when {@code header} is empty) and the given body rows. */
  static Element table(String cssClass, List<String> header, List<List<String>> rows) {
    Element table = new Element("table").addClass(cssClass);
    if (!header.isEmpty()) {
      Element tr = table.appendElement("thead").appendElement("tr");
      header.forEach(name -> tr.appendElement("th").attr("scope", "col").text(name));
    }
    Element body = table.appendElement("tbody");
    for (List<String> row : rows) {
      Element tr = body.appendElement("tr");
      row.forEach(cell -> tr.appendElement("td").text(cell));
    }
    return table;
  }

  /** {@code "showing N of M rows"}-style remark. */
  static String showing(int shown, int total, String unit) {
    return String.format(Locale.ROOT, "showing %,d of %,d %s", shown, total, unit);
  }

  /** {@code 1 value}, {@code 2 values}. */
  static String count(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** A number for an SVG attribute or a style: plain, at most {@code decimals} digits after the point. */
  static String plain(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
