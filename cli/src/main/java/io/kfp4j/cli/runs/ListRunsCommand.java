package io.kfp4j.cli.runs;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kfp4j runs list}: one line per run, newest first. */
@Command(name = "list", description = "List runs, newest first: id, name, status, start and duration.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.DOC_OK, ExitCodes.DOC_USAGE})
public final class ListRunsCommand implements Callable<Integer> {
  static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Option(names = "--experiment", paramLabel = "NAME", description = "Only the runs of this experiment.")
  String experiment;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".kfp4j", description = "Where runs are recorded.")
  Path root;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RunRecord> runs = new RunStore(root).list().stream()
        .filter(r -> experiment == null || experiment.equals(r.experiment())).toList();
    if (runs.isEmpty()) {
      out.println("no runs" + (experiment == null ? "" : " in experiment " + experiment) + " under "
          + root.toAbsolutePath().normalize());
      out.flush();
      return ExitCodes.OK;
    }
    int nameWidth = Math.max(4, runs.stream().mapToInt(r -> r.name().length()).max().orElse(4));
    out.println(String.format("%-23s  %-" + nameWidth + "s  %-11s  %-19s  %s", "ID", "NAME", "STATUS", "START",
        "DURATION"));
    for (RunRecord run : runs) {
      out.println(String.format("%-23s  %-" + nameWidth + "s  %-11s  %-19s  %s", run.id(), run.name(), run.status(),
          START.format(run.startedAt()), duration(run.durationMillis())));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String duration(Long millis) {
    if (millis == null) {
      return "-";
    }
    return millis < 60_000 ? String.format("%.1f s", millis / 1000.0)
        : String.format("%d min %d s", millis / 60_000, (millis / 1000) % 60);
  }
}
