package ${package};

import ${package}.CsvStepsOps.ColumnStatsOp;
import ${package}.CsvStepsOps.LoadCsvOp;
import ${package}.CsvStepsOps.WriteReportOp;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.sdk.Param;

/**
 * The project's pipelines. For each {@code @Pipeline} method, kfp4j-processor writes a class named after it
 * ({@code CsvStatsPipeline}) whose {@code spec()} builds the pipeline's graph: run it here with
 * {@code LocalRunner}, compile it to Argo YAML with {@code Compiler}, or submit it with {@code KfpClient}.
 */
public final class CsvStatsPipelines {
  private CsvStatsPipelines() {}

  /** A small table to try the pipeline with: the default of its {@code csvText} parameter. */
  public static final String SAMPLE_CSV = "city,price\nOslo,12.5\nLima,7.25\nPune,4.75\nKyiv,9.5\n";

  /**
   * Loads a CSV table, summarizes one of its columns and writes a report. Each task's inputs are typed: wiring
   * {@code stats.mean()} (a {@code Double}) into the {@code column} input (a {@code String}) does not compile.
   *
   * @param csvText the table
   * @param column the column to summarize
   */
  @Pipeline(name = "csv-stats", description = "Loads a CSV table, summarizes one of its columns and writes a report.")
  public static void csvStatsPipeline(@Default(SAMPLE_CSV) Param<String> csvText,
      @Default("price") Param<String> column) {
    var table = LoadCsvOp.loadCsv(csvText);
    var stats = ColumnStatsOp.columnStats(table.tablePath(), column);
    WriteReportOp.writeReport(column, stats.count(), stats.mean(), stats.min(), stats.max());
  }
}
