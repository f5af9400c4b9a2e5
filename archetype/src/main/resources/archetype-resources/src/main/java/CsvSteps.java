package ${package};

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline's steps. kfp4j-processor writes {@code CsvStepsOps}: for each {@code @Component} method a typed
 * task factory nested in it ({@code CsvStepsOps.LoadCsvOp}, {@code ColumnStatsOp}, {@code WriteReportOp}), and
 * the launcher entries of them all; for each, a KFP {@code component.yaml} under
 * {@code target/classes/META-INF/kfp4j/components/}.
 */
public final class CsvSteps {
  private CsvSteps() {}

  /**
   * The statistics of one column; each record component is one output of the component.
   *
   * @param count how many values
   * @param mean their mean
   * @param min the smallest
   * @param max the largest
   */
  public record ColumnStats(long count, double mean, double min, double max) {}

  /**
   * Loads a CSV table from text into a file, without blank lines, checking that every row has the header's
   * number of values.
   *
   * @param csvText the table: a header line, then one line per row, values separated by commas
   * @param tablePath where the table goes
   * @return the number of rows, header excluded
   * @throws IOException when the table cannot be written
   */
  @Component
  public static long loadCsv(String csvText, @OutputPath("CSV") Path tablePath) throws IOException {
    List<String> lines = csvText.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("the CSV text is empty; give a header line, then one line per row");
    }
    int columns = values(lines.get(0)).size();
    for (int row = 1; row < lines.size(); row++) {
      int found = values(lines.get(row)).size();
      if (found != columns) {
        throw new IllegalArgumentException("row " + row + " has " + found + " values where the header has "
            + columns + ": " + lines.get(row));
      }
    }
    Files.writeString(tablePath, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return lines.size() - 1;
  }

  /**
   * Summarizes one numeric column of a CSV table.
   *
   * @param tablePath the table, a header line first
   * @param column the column's name in the header
   * @return the count, mean, minimum and maximum of the column's values
   * @throws IOException when the table cannot be read
   */
  @Component
  public static ColumnStats columnStats(@InputPath("CSV") Path tablePath, String column) throws IOException {
    List<String> lines = Files.readAllLines(tablePath, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank()).toList();
    List<String> header = lines.isEmpty() ? List.of() : values(lines.get(0));
    int index = header.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no column \"" + column + "\" in the table; its columns are " + header);
    }
    if (lines.size() < 2) {
      throw new IllegalArgumentException("the table has no rows to summarize");
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int row = 1; row < lines.size(); row++) {
      String cell = values(lines.get(row)).get(index);
      double value;
      try {
        value = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("row " + row + ", column \"" + column + "\": \"" + cell
            + "\" is not a number", e);
      }
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    long count = lines.size() - 1L;
    return new ColumnStats(count, sum / count, min, max);
  }

  /**
   * Writes a Markdown report of a column's statistics.
   *
   * @param column the column's name
   * @param count how many values it has
   * @param mean their mean
   * @param min the smallest
   * @param max the largest
   * @param reportPath where the report goes
   * @throws IOException when the report cannot be written
   */
  @Component
  public static void writeReport(String column, long count, double mean, double min, double max,
      @OutputPath("Markdown") Path reportPath) throws IOException {
    String report = "Statistics of " + column + "\n\n"
        + "| rows | mean | min | max |\n"
        + "|---:|---:|---:|---:|\n"
        + String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |\n", count, mean, min, max);
    Files.writeString(reportPath, report, StandardCharsets.UTF_8);
  }

  /** The comma-separated values of a line, stripped (no quoting: keep commas out of the values). */
  private static List<String> values(String line) {
    return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
  }
}
