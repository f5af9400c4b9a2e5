package io.kfp4j.examples.ml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file of numbers in memory: a header line, then rows of numbers with the label in the last column.
 *
 * @param header the column names
 * @param rows the rows, each as long as the header
 */
public record Table(List<String> header, List<double[]> rows) {
  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a CSV file of numbers.
   *
   * @throws IllegalArgumentException naming the file, line and column of a row that is not numbers
   */
  public static Table read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty; expected a header line, then rows of numbers");
    }
    List<String> header = List.of(lines.get(0).strip().split(","));
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        rows.add(parse(file, i + 1, header, lines.get(i).strip().split(",")));
      }
    }
    return new Table(header, rows);
  }

  private static double[] parse(Path file, int line, List<String> header, String[] cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(file + ":" + line + ": " + cells.length + " values, expected "
          + header.size() + " (" + String.join(",", header) + ")");
    }
    double[] row = new double[cells.length];
    for (int c = 0; c < cells.length; c++) {
      try {
        row[c] = Double.parseDouble(cells[c]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + line + ": column \"" + header.get(c) + "\" holds \""
            + cells[c] + "\", which is not a number");
      }
    }
    return row;
  }

  /** Writes the table as CSV; whole numbers without a decimal point. */
  public void write(Path file) throws IOException {
    StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
    for (double[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        out.append(c == 0 ? "" : ",").append(format(row[c]));
      }
      out.append('\n');
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  /** The same header with other rows. */
  public Table withRows(List<double[]> newRows) {
    return new Table(header, newRows);
  }

  /** The feature columns: all but the last. */
  public List<String> features() {
    return header.subList(0, header.size() - 1);
  }

  /** The label of a row: its last value, 0 or 1. */
  public static int label(double[] row) {
    return (int) row[row.length - 1];
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
