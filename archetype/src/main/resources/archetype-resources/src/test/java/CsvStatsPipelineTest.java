package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.CsvStepsOps.ColumnStatsOp;
import ${package}.CsvStepsOps.ColumnStatsOp.ColumnStatsResult;
import ${package}.CsvStepsOps.LoadCsvOp;
import ${package}.CsvStepsOps.WriteReportOp;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The components as plain Java, then the whole pipeline on this machine, then compiled for Kubeflow. */
class CsvStatsPipelineTest {
  private static final String TABLE = "city,price\nOslo,12.5\n\nLima,7.25\nPune,4.75\nKyiv,9.5\n";

  @Test
  void componentsAreJavaMethods(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("table.csv");

    assertEquals(4, CsvSteps.loadCsv(TABLE, table));
    assertEquals(new CsvSteps.ColumnStats(4, 8.5, 4.75, 12.5), CsvSteps.columnStats(table, "price"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvSteps.loadCsv("city,price\nOslo\n", dir.resolve("bad.csv")));
    assertEquals("row 1 has 1 values where the header has 2: Oslo", e.getMessage());
  }

  @Test
  void pipelineRunsHere(@TempDir Path runs) throws IOException {
    // in-process, as a run of kfp4j:run would; records under runs/ (by default .kfp4j/)
    RunResult run = LocalRunner.create().withRoot(runs)
        .run(CsvStatsPipeline.spec(), Map.of("csvText", TABLE, "column", "price"))
        .assertSucceeded();   // else an AssertionError: the run's summary and the end of its failed tasks' logs

    // typed results, read by the generated factories: a record for several outputs, else the one output's value
    assertEquals(4, LoadCsvOp.result(run, "load-csv").output());
    assertEquals(new ColumnStatsResult(4, 8.5, 4.75, 12.5), ColumnStatsOp.result(run, "column-stats"));
    Path report = WriteReportOp.result(run, "write-report");
    assertEquals("Statistics of price\n\n| rows | mean | min | max |\n|---:|---:|---:|---:|\n"
        + "| 4 | 8.50 | 4.75 | 12.50 |\n", Files.readString(report));
  }

  @Test
  void anUnknownColumnFailsItsTaskAndSkipsTheReport(@TempDir Path runs) {
    // csvText keeps its default, SAMPLE_CSV
    RunResult run = LocalRunner.create().withRoot(runs).run(CsvStatsPipeline.spec(), Map.of("column", "weight"));

    assertFalse(run.succeeded());
    TaskRecord stats = run.task("column-stats").orElseThrow();
    assertEquals(TaskStatus.FAILED, stats.status());
    assertTrue(stats.logTail().contains("no column \"weight\" in the table; its columns are [city, price]"),
        stats.logTail());
    assertEquals(TaskStatus.SKIPPED, run.task("write-report").orElseThrow().status());
  }

  @Test
  void pipelineCompilesToArgoYaml(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("csv-stats.yaml");

    Compiler.compile(CsvStatsPipeline.spec(), yaml);

    String workflow = Files.readString(yaml);
    assertTrue(workflow.contains("kind: Workflow"), workflow);
    for (String task : new String[] {"load-csv", "column-stats", "write-report"}) {
      assertTrue(workflow.contains("name: " + task), task + " in\n" + workflow);
    }
  }

  @Test
  void pipelineCompilesToKfpV2sPipelineSpec(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("csv-stats-v2.yaml");

    PipelineSpecCompiler.compile(CsvStatsPipeline.spec(), yaml);   // for KFP 2.x servers and Vertex AI Pipelines

    String spec = Files.readString(yaml);
    assertTrue(spec.contains("schemaVersion: 2.1.0"), spec);
    for (String task : new String[] {"load-csv", "column-stats", "write-report"}) {
      assertTrue(spec.contains("comp-" + task + ":"), task + " in\n" + spec);
    }
  }
}
