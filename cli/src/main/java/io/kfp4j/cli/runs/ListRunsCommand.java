package io.kfp4j.cli.runs;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.PageOptions;
import io.kfp4j.cli.StoreRoot;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.ui.internal.store.Format;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kfp4j runs list}: one line per run, newest first; the local records, or a KFP server's runs. */
@Command(name = "list", sortOptions = false,
    description = {"List runs, newest first: the runs recorded here (id, name, status, start, duration), or with"
        + " --endpoint (or KFP_ENDPOINT) one page of a KFP server's runs (id, name, status, created, finished), through"
        + " API v1beta1 or v2beta1 (--api; default: as the server answers).", "",
      "Examples:", "  kfp4j runs list --experiment Default",
      "  kfp4j runs list --endpoint http://localhost:8888 --experiment nightly", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED + "; or no such experiment",
        ExitCodes.DOC_USAGE})
public final class ListRunsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Option(names = "--experiment", paramLabel = "NAME", description = "Only the runs of this experiment.")
  String experiment;

  @Mixin
  StoreRoot root;

  @Mixin
  KfpConnection kfp;

  @Mixin
  ApiOption api;

  @Mixin
  PageOptions paging;

  @Override
  public Integer call() {
    if (RemoteRuns.remote(kfp, api, spec)) {
      RemoteRuns.list(kfp, api, paging, experiment);
      return ExitCodes.OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<StoredRun> stored = root.store().scan();
    List<RunRecord> runs = StoredRun.readable(stored).stream()
        .filter(r -> experiment == null || experiment.equals(r.experiment())).toList();
    for (StoredRun.Unreadable bad : StoredRun.unreadable(stored)) {
      spec.commandLine().getErr().println("kfp4j: run " + bad.id() + " is not listed: " + bad.problem());
    }
    spec.commandLine().getErr().flush();
    if (runs.isEmpty()) {
      out.println("no runs" + (experiment == null ? "" : " in experiment " + experiment) + " under "
          + root.path().toAbsolutePath().normalize());
      out.flush();
      return ExitCodes.OK;
    }
    int nameWidth = Math.max(4, runs.stream().mapToInt(r -> r.name().length()).max().orElse(4));
    out.println(String.format("%-23s  %-" + nameWidth + "s  %-11s  %-19s  %s", "ID", "NAME", "STATUS", "START",
        "DURATION"));
    for (RunRecord run : runs) {
      out.println(String.format("%-23s  %-" + nameWidth + "s  %-11s  %-19s  %s", run.id(), run.name(), run.status(),
          Format.time(run.startedAt()), duration(run.durationMillis())));
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
