package io.kfp4j.ui.internal.viz;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** A {@code table} visualization: CSV rows under the entry's {@code header}, values trimmed as KFP's UI does. */
final class TableView {

  /** At most this many rows are drawn. */
  static final int MAX_ROWS = 1000;

  private TableView() {}

  /** The table, with notes on rows left out; rows of another width than the header are reported in {@code warnings}. */
  static List<Element> render(UiMetadata.Output output, Content content, List<Problem> warnings) throws InvalidInput {
    List<String> header = output.header();
    if (header.isEmpty()) {
      throw new InvalidInput("header",
          "missing or empty; expected the list of column names, e.g. [\"name\", \"value\"]");
    }
    if (output.format() == null) {
      throw new InvalidInput("format", "missing; expected \"csv\"");
    }
    if (!"csv".equals(output.format())) {
      throw new InvalidInput("format", "\"" + Json.shorten(output.format()) + "\" is not supported; expected \"csv\"");
    }
    Csv.Rows csv = Csv.read(content.get(), "source", MAX_ROWS, header.size());
    if (csv.raggedCount() > 0) {
      warnings.add(ragged("source", csv, header.size()));
    }
    List<List<String>> rows = csv.rows().stream().map(r -> r.stream().map(String::strip).toList()).toList();
    Element table = Html.table("viz-table-data", header, rows);
    if (csv.total() > rows.size()) {
      return List.of(table, Html.note(Html.showing(rows.size(), csv.total(), "rows")));
    }
    return List.of(table);
  }

  /** The problem of rows in {@code field} whose width is not {@code width}. */
  static Problem ragged(String field, Csv.Rows csv, int width) {
    String listed = csv.ragged().stream().map(String::valueOf).collect(Collectors.joining(", "));
    int unlisted = csv.raggedCount() - csv.ragged().size();
    String rows = (csv.raggedCount() == 1 ? "row " : "rows ") + listed
        + (unlisted > 0 ? " and " + unlisted + " more" : "");
    return new Problem(field, rows + " (of " + csv.total() + ") " + (csv.raggedCount() == 1 ? "does" : "do")
        + " not have " + width + " values, one for each column, and " + (csv.raggedCount() == 1 ? "is" : "are")
        + " shown as written; expected " + width + " comma-separated values on every row");
  }
}
