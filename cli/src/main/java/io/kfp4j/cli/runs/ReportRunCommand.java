package io.kfp4j.cli.runs;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.StoreRoot;
import io.kfp4j.ui.RunReport;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfp4j runs report RUN_ID --html FILE}: the run's page as one self-contained HTML file. */
@Command(name = "report", sortOptions = false,
    description = {"Write a recorded run's page (graph, tasks, outputs, visualizations, logs, lineage) as one"
        + " self-contained HTML file: style and script inline, output files up to 2 MB embedded, nothing loaded"
        + " from elsewhere.", "", "Example:", "  kfp4j runs report 20261128-145841-ea8d01 --html run.html", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, "1:no such run, its record cannot be read, or the file cannot be written",
        ExitCodes.DOC_USAGE})
public final class ReportRunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run's id (or a unique start of it).")
  String runId;

  @Option(names = "--html", paramLabel = "FILE", required = true, description = "The file to write.")
  Path html;

  @Mixin
  StoreRoot root;

  @Override
  public Integer call() {
    Path written;
    try {
      written = RunReport.write(root.store(), runId, html);
    } catch (UncheckedIOException e) { // a record that cannot be read; a missing run is a Kfp4jException
      throw new CommandFailedException(e.getMessage(), e);
    }
    spec.commandLine().getOut().println("kfp4j: wrote " + written);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
