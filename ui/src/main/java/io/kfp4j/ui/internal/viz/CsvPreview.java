package io.kfp4j.ui.internal.viz;

import java.util.List;
import org.jsoup.nodes.Element;

/** The first rows of a CSV output file as a table, its first row taken as the header. */
final class CsvPreview {

  static final String WHERE = "CSV preview";

  private CsvPreview() {}

  /** Appends to {@code section} the table, notes on what was left out and a {@code viz-error} for ragged rows. */
  static void render(String text, int maxRows, Element section) {
    int rows = Math.max(0, Math.min(maxRows, TableView.MAX_ROWS));
    Csv.Rows csv;
    try {
      csv = Csv.read(text, "file", rows + 1, -1);
    } catch (InvalidInput e) {
      e.problems().forEach(p -> section.appendChild(Html.error(WHERE, p)));
      section.appendChild(Html.note("Shown as text instead:"));
      TextPreview.body(text, TextPreview.DEFAULT_CHARS).forEach(section::appendChild);
      return;
    }
    if (csv.total() == 0) {
      section.appendChild(Html.note("The file is empty."));
      return;
    }
    List<String> header = csv.rows().get(0);
    if (csv.raggedCount() > 0) {
      section.appendChild(Html.error(WHERE, TableView.ragged("file", csv, header.size())));
    }
    List<List<String>> body = csv.rows().subList(1, csv.rows().size());
    section.appendChild(Html.table("viz-csv-data", header, body));
    if (csv.total() - 1 > body.size()) {
      section.appendChild(Html.note(Html.showing(body.size(), csv.total() - 1, "rows")));
    }
  }
}
