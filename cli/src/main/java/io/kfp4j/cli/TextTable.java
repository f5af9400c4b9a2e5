package io.kfp4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: a header row and rows, columns two spaces apart, each as wide as its widest cell. */
public final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headers. */
  public TextTable(String... headers) {
    rows.add(List.of(headers));
  }

  /** Adds a row; {@code null} or empty cells print as {@code -}. */
  public TextTable row(String... cells) {
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(cell == null || cell.isEmpty() ? "-" : cell.replace('\n', ' '));
    }
    rows.add(row);
    return this;
  }

  public void print(PrintWriter out) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(i == columns - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
