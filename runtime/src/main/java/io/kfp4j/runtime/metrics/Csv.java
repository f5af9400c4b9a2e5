package io.kfp4j.runtime.metrics;

import java.util.List;

/** Rows as CSV without a header, as KFP's UI reads inline sources: cells quoted only where CSV needs it. */
final class Csv {
  private Csv() {}

  static String write(List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 0 ? "" : ",").append(cell(String.valueOf(row.get(i))));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
